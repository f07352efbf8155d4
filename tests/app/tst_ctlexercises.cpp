#include "CliRunner.h"
#include "TestSupport.h"
#include "core/BuiltinScenarios.h"
#include "storage/DemoDataWriter.h"
#include "storage/ExerciseService.h"
#include "storage/PeopleRepository.h"

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

    void importOpenAev_storesOnceAndListsIt()
    {
        const QString db = m_home.filePath(QStringLiteral("import.sqlite"));
        const QString zip = source(QStringLiteral("tests/data/openaev/tabletop-ransomware.zip"));
        auto r =
            run({QStringLiteral("scenarios"), QStringLiteral("import-openaev"), zip, QStringLiteral("--database"), db});
        QCOMPARE(r.exitCode, 1); // the database must exist
        QVERIFY(r.err.contains(db));
        run({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--database"), db});
        r = run({QStringLiteral("scenarios"), QStringLiteral("import-openaev"), zip, QStringLiteral("--database"), db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("6 injects, 4 roles")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("${user.email}")));
        r = run({QStringLiteral("scenarios"), QStringLiteral("import-openaev"), zip, QStringLiteral("--database"), db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("already holds")));
        r = run({QStringLiteral("scenarios"), QStringLiteral("import-openaev"),
                 muster::test::sharedDataPath(QStringLiteral("openaev/salt-typhoon-cve-ttps-validation.zip")),
                 QStringLiteral("--database"), db, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())[QStringLiteral("injects")].toInt(), 2);
        r = run({QStringLiteral("scenarios"), QStringLiteral("import-openaev"),
                 source(QStringLiteral("tests/data/openaev-malformed/version-2.json")), QStringLiteral("--database"),
                 db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("version-2.json")) &&
                     r.err.contains(QLatin1String("nothing was imported")),
                 qPrintable(r.err));
        r = run({QStringLiteral("scenarios"), QStringLiteral("list"), QStringLiteral("--database"), db,
                 QStringLiteral("--json")});
        int imported = 0;
        for (const auto& v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            imported += v[QStringLiteral("source")].toString() == QLatin1String("imported") ? 1 : 0;
        }
        QCOMPARE(imported, 2);
    }

    void exercises_listShowReport()
    {
        const QString path = m_home.filePath(QStringLiteral("drills.sqlite"));
        QString reference;
        {
            auto db = muster::storage::Database::open(path);
            muster::storage::DemoDataWriter::write(*db, 0, 3, muster::test::utcMs(2026, 5, 1));
            muster::test::FixedClock clock(muster::test::utcMs(2026, 5, 4, 10));
            muster::storage::ExerciseService service(*db, clock);
            muster::core::ExerciseRules::Plan plan;
            plan.title = QStringLiteral("Spring DDoS drill");
            plan.plannedAt = clock.nowMs();
            plan.compression = 5;
            const auto people = muster::storage::PeopleRepository(*db).all();
            plan.participants = {{QStringLiteral("legal"), people.at(0).id, {}},
                                 {QStringLiteral("comms"), people.at(1).id, {}}};
            muster::core::Scenario ddos;
            for (const auto& s : muster::core::BuiltinScenarios::all()) {
                if (s.id == QLatin1String("ddos-extortion")) {
                    ddos = s;
                }
            }
            const muster::core::Actor actor{QString(), QStringLiteral("Tester")};
            const auto e = service.plan(ddos, plan, actor);
            reference = e.reference;
            service.start(e.id, actor);
            clock.advanceMinutes(3);
            muster::core::LogEntry d;
            d.kind = muster::core::LogKind::Decision;
            d.injectId = QStringLiteral("inj-01");
            d.roleId = QStringLiteral("legal");
            d.text = QStringLiteral("Report to the police cybercrime unit");
            service.log(e.id, d, actor);
            service.rate(e.id, QStringLiteral("a-le"), muster::core::Rating::S, QStringLiteral("Late but done"), {},
                         actor);
        }
        auto r = run({QStringLiteral("exercises"), QStringLiteral("list"), QStringLiteral("--database"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(reference));
        r = run({QStringLiteral("exercises"), QStringLiteral("list"), QStringLiteral("--database"), path,
                 QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().first()[QStringLiteral("status")].toString(),
                 QStringLiteral("running"));
        r = run({QStringLiteral("exercises"), QStringLiteral("show"), reference, QStringLiteral("--database"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("released")) && r.out.contains(QLatin1String("Extortion e-mail")),
                 qPrintable(r.out));
        r = run({QStringLiteral("exercises"), QStringLiteral("show"), reference, QStringLiteral("--database"), path,
                 QStringLiteral("--json")});
        const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(shown[QStringLiteral("logEntries")].toInt(), 1);
        QCOMPARE(shown[QStringLiteral("injects")].toArray().first()[QStringLiteral("state")].toString(),
                 QStringLiteral("released"));
        r = run({QStringLiteral("exercises"), QStringLiteral("report"), reference, QStringLiteral("--database"), path,
                 QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(report[QStringLiteral("decisions")].toArray().first()[QStringLiteral("sinceReleaseMs")].toInt(),
                 15 * 60'000); // 3 wall minutes at 5x
        const QString html = m_home.filePath(QStringLiteral("aar.html"));
        r = run({QStringLiteral("exercises"), QStringLiteral("report"), reference, QStringLiteral("--database"), path,
                 QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-o"), html});
        QCOMPARE(r.exitCode, 0);
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("Report to the police cybercrime unit"));
        r = run({QStringLiteral("exercises"), QStringLiteral("report"), reference, QStringLiteral("--database"), path});
        QVERIFY(r.out.startsWith(QLatin1String("# After-action report")));
        QVERIFY(r.out.contains(QLatin1String("| Extortion e-mail | Legal counsel |")));
        r = run({QStringLiteral("exercises"), QStringLiteral("show"), QStringLiteral("EX-1999-0001"),
                 QStringLiteral("--database"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("No exercise EX-1999-0001")));
        r = run({QStringLiteral("exercises"), QStringLiteral("report"), reference, QStringLiteral("--database"), path,
                 QStringLiteral("--format"), QStringLiteral("pdf")});
        QCOMPARE(r.exitCode, 2);
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
