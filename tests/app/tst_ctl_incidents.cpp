#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using muster::test::CliResult;
using muster::test::runMusterctl;

class TestCtlIncidents : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_db;

    CliResult run(QStringList args)
    {
        args << QStringLiteral("--database") << m_db;
        return runMusterctl(args, m_home.path());
    }
    static QString data(const QString& name)
    {
        return qEnvironmentVariable("MUSTER_SOURCE_DIR") + QStringLiteral("/tests/data/csv/") + name;
    }

private slots:
    void initTestCase()
    {
        m_db = m_home.filePath(QStringLiteral("ctl.sqlite"));
        QCOMPARE(run({QStringLiteral("db"), QStringLiteral("init")}).exitCode, 0);
        auto r = run({QStringLiteral("people"), QStringLiteral("import-csv"), data(QStringLiteral("people-good.csv"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("3 added")));
        r = run({QStringLiteral("assets"), QStringLiteral("import-csv"), data(QStringLiteral("assets-good.csv"))});
        QCOMPARE(r.exitCode, 0);
    }

    void lifecycle_throughTheCommandLine()
    {
        auto r = run({QStringLiteral("incidents"), QStringLiteral("create"), QStringLiteral("--title"),
                      QStringLiteral("Payroll export on a personal drive"), QStringLiteral("--severity"),
                      QStringLiteral("sev3"), QStringLiteral("--category"), QStringLiteral("insider"),
                      QStringLiteral("--asset"), QStringLiteral("pg-payroll-01"), QStringLiteral("--commander"),
                      QStringLiteral("Ben Okoro"), QStringLiteral("--attack"), QStringLiteral("t1567, T1048"),
                      QStringLiteral("--confidential"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject created = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QString ref = created.value(QLatin1String("reference")).toString();
        QVERIFY(ref.startsWith(QLatin1String("INC-")));
        QCOMPARE(created.value(QLatin1String("tier")).toInt(), 2); // business-critical asset
        QCOMPARE(created.value(QLatin1String("priority")).toString(), QStringLiteral("P2"));
        QCOMPARE(created.value(QLatin1String("attack_ids")).toArray().size(), 2);

        QCOMPARE(run({QStringLiteral("incidents"), QStringLiteral("ack"), ref}).exitCode, 0);
        r = run({QStringLiteral("incidents"), QStringLiteral("transition"), ref, QStringLiteral("--to"),
                 QStringLiteral("closed")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("Investigating")), qPrintable(r.err));
        QCOMPARE(run({QStringLiteral("incidents"), QStringLiteral("transition"), ref, QStringLiteral("--to"),
                      QStringLiteral("investigating")})
                     .exitCode,
                 0);
        r = run({QStringLiteral("incidents"), QStringLiteral("escalate"), ref, QStringLiteral("--tier"),
                 QStringLiteral("1"), QStringLiteral("--reason"), QStringLiteral("quiet")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(run({QStringLiteral("incidents"), QStringLiteral("escalate"), ref, QStringLiteral("--tier"),
                      QStringLiteral("3"), QStringLiteral("--reason"), QStringLiteral("possible data theft")})
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("incidents"), QStringLiteral("note"), ref, QStringLiteral("--text"),
                      QStringLiteral("HR informed; legal hold requested")})
                     .exitCode,
                 0);
        // Confidential: the login user may not see it, Legal may.
        r = run({QStringLiteral("incidents"), QStringLiteral("show"), ref});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("confidential")));
        r = run({QStringLiteral("incidents"), QStringLiteral("show"), ref, QStringLiteral("--json"),
                 QStringLiteral("--as"), QStringLiteral("ada.mensah@example.com")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(shown.value(QLatin1String("status")).toString(), QStringLiteral("investigating"));
        QCOMPARE(shown.value(QLatin1String("tier")).toInt(), 3);
        QVERIFY(shown.value(QLatin1String("chain_verified")).toBool());
        QCOMPARE(shown.value(QLatin1String("commander")).toString(), QStringLiteral("Ben Okoro"));
        QVERIFY(shown.value(QLatin1String("timeline")).toArray().size() >= 7);

        r = run({QStringLiteral("incidents"), QStringLiteral("list"), QStringLiteral("--search"),
                 QStringLiteral("legal hold"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0); // hidden from the login user
        r = run({QStringLiteral("incidents"), QStringLiteral("list"), QStringLiteral("--search"),
                 QStringLiteral("legal hold"), QStringLiteral("--json"), QStringLiteral("--as"),
                 QStringLiteral("Ben Okoro")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);

        r = run({QStringLiteral("incidents"), QStringLiteral("verify"), ref});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("verified")));
    }

    void badInput_isRefusedWithTheField()
    {
        auto r = run({QStringLiteral("incidents"), QStringLiteral("create"), QStringLiteral("--title"),
                      QStringLiteral("x"), QStringLiteral("--commander"), QStringLiteral("Nobody")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("--commander")));
        r = run({QStringLiteral("incidents"), QStringLiteral("create"), QStringLiteral("--title"), QStringLiteral("x"),
                 QStringLiteral("--severity"), QStringLiteral("sev9")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("--severity")));
        r = run({QStringLiteral("incidents"), QStringLiteral("show"), QStringLiteral("INC-1999-0001")});
        QCOMPARE(r.exitCode, 1);
        r = run({QStringLiteral("assets"), QStringLiteral("import-csv"), data(QStringLiteral("assets-bad.csv"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("line 3, column kind")));
        r = run({QStringLiteral("assets"), QStringLiteral("import-csv"), data(QStringLiteral("assets-bad.csv")),
                 QStringLiteral("--skip-bad")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains(QLatin1String("skipped")));
    }

    void verify_brokenChain_exits1AndNamesTheEntry()
    {
        const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        QVERIFY2(!sqlite3.isEmpty(), "sqlite3 is required");
        auto r = run({QStringLiteral("incidents"), QStringLiteral("create"), QStringLiteral("--title"),
                      QStringLiteral("Tamper target"), QStringLiteral("--json")});
        const QString ref =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("reference")).toString();
        run({QStringLiteral("incidents"), QStringLiteral("note"), ref, QStringLiteral("--text"),
             QStringLiteral("first")});
        run({QStringLiteral("incidents"), QStringLiteral("note"), ref, QStringLiteral("--text"),
             QStringLiteral("second")});
        QProcess p;
        p.start(sqlite3, {m_db, QStringLiteral("DROP TRIGGER timeline_entries_no_update; UPDATE timeline_entries SET "
                                               "text = 'nothing to see' WHERE text = 'first';")});
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitCode(), 0);
        r = run({QStringLiteral("incidents"), QStringLiteral("verify"), ref});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("BROKEN at entry")) && r.err.contains(QLatin1String("was changed")),
                 qPrintable(r.err));
        r = run({QStringLiteral("incidents"), QStringLiteral("verify"), QStringLiteral("--all")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(QLatin1String("1 broken")));
    }
};

QTEST_GUILESS_MAIN(TestCtlIncidents)
#include "tst_ctl_incidents.moc"
