#include "CliRunner.h"

#include <QFile>
#include <QTemporaryDir>

using muster::test::runMusterctl;

class TestMusterctl : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    muster::test::CliResult run(const QStringList& args) { return runMusterctl(args, m_home.path()); }

private slots:
    void version_answers()
    {
        const auto r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QLatin1String("musterctl " MUSTER_VERSION)));
    }

    void usageErrors_exit2()
    {
        QCOMPARE(run({}).exitCode, 2);
        auto r = run({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("unknown command")));
        r = run({QStringLiteral("db"), QStringLiteral("init")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("--database")));
        r = run({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--bogus")});
        QCOMPARE(r.exitCode, 2);
    }

    void initDemoCheck_roundTrip()
    {
        const QString path = m_home.filePath(QStringLiteral("team.sqlite"));
        auto r = run({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--database"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("Created")));
        r = run({QStringLiteral("demo"), QStringLiteral("--database"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("200 incidents")), qPrintable(r.out));
        r = run({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--database"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("integrity ok")));
        r = run({QStringLiteral("demo"), QStringLiteral("--database"), path});
        QCOMPARE(r.exitCode, 1);
        r = run({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--database"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("up to date")));
    }

    void badFile_exit1WithMessageNamingIt()
    {
        const QString path = m_home.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database");
        f.close();
        const auto r = run({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--database"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("notes.txt")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("not a Muster database")));
        QVERIFY(r.out.isEmpty());
    }

    void missingFile_check_exit1()
    {
        const auto r = run({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--database"),
                            m_home.filePath(QStringLiteral("nope.sqlite"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("does not exist")));
    }
};

QTEST_GUILESS_MAIN(TestMusterctl)
#include "tst_musterctl.moc"
