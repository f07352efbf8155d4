#include "CliRunner.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using muster::test::runMusterctl;

// musterctl's scenarios and exercises commands, run as a user would.
class TestCtlExercises : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    muster::test::CliResult run(const QStringList& args) { return runMusterctl(args, m_home.path()); }

    static QString source(const QString& relative) { return muster::test::sourcePath(relative); }

private slots:
    void validate_shippedScenarios_exit0()
    {
        const QDir dir(source(QStringLiteral("scenarios")));
        QStringList args{QStringLiteral("scenarios"), QStringLiteral("validate")};
        for (const QString& f : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            args << dir.filePath(f);
        }
        const auto r = run(args);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count(QLatin1String(": valid")), args.size() - 2);
        QVERIFY(r.err.isEmpty());
    }

    void validate_invalidFile_exit1WithEveryProblem()
    {
        const QString good = source(QStringLiteral("scenarios/ddos-extortion.json"));
        const QString cycle = source(QStringLiteral("tests/data/scenarios-malformed/branch-cycle.json"));
        const QString unknownRole = source(QStringLiteral("tests/data/scenarios-malformed/missing-role-audience.json"));
        const auto r = run({QStringLiteral("scenarios"), QStringLiteral("validate"), good, cycle, unknownRole});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(QLatin1String("ddos-extortion.json: valid")));
        QVERIFY2(r.err.contains(cycle + QStringLiteral(":")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("branch cycle")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("$.injects[0].audience[1]: no role \"cfo\"")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("2 of 3 files are invalid")));
    }

    void validate_json_listsProblemsWithLines()
    {
        const QString truncated = source(QStringLiteral("tests/data/scenarios-malformed/truncated-middle.json"));
        const auto r =
            run({QStringLiteral("scenarios"), QStringLiteral("validate"), QStringLiteral("--json"), truncated});
        QCOMPARE(r.exitCode, 1);
        const QJsonArray results = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(results.size(), 1);
        const QJsonObject problem = results.first()[QStringLiteral("problems")].toArray().first().toObject();
        QVERIFY(problem[QStringLiteral("line")].toInt() > 1);
        QVERIFY(problem[QStringLiteral("message")].toString().contains(QLatin1String("not valid JSON")));
        QCOMPARE(results.first()[QStringLiteral("valid")].toBool(), false);
    }

    void validate_withoutFile_isUsageError()
    {
        QCOMPARE(run({QStringLiteral("scenarios"), QStringLiteral("validate")}).exitCode, 2);
    }

    void list_showsTheBuiltinLibrary()
    {
        const auto r = run({QStringLiteral("scenarios"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(list.size() >= 10);
        QStringList ids;
        for (const auto& v : list) {
            ids << v[QStringLiteral("id")].toString();
        }
        QVERIFY(ids.contains(QStringLiteral("ransomware-double-extortion")));
        QVERIFY(ids.contains(QStringLiteral("mfa-fatigue-idp-admin")));
    }
};

QTEST_GUILESS_MAIN(TestCtlExercises)
#include "tst_ctlexercises.moc"
