#include "../core/NavigatorLayerCheck.h"
#include "../net/TaxiiTestServer.h"
#include "IntelFixtures.h"
#include "storage/Database.h"
#include "storage/IncidentRepository.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace muster;

// musterctl attack / intel / hunts / coverage, run as a user would (the real
// executable, a private HOME, a real database file).
class TestIntelCtl : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_db;

    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
    };

    // Runs musterctl while this process keeps serving events (the TAXII test server
    // lives in this process).
    Result run(QStringList args, const QHash<QString, QString>& extraEnv = {})
    {
        if (!args.contains(QLatin1String("--database")) && !args.contains(QLatin1String("catalog"))) {
            args << QStringLiteral("--database") << m_db;
        }
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        for (auto it = extraEnv.constBegin(); it != extraEnv.constEnd(); ++it) {
            env.insert(it.key(), it.value());
        }
        p.setProcessEnvironment(env);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(qEnvironmentVariable("MUSTER_BIN_DIR") + QStringLiteral("/musterctl"), args);
        Result r;
        if (!finished.wait(120'000)) {
            p.kill();
            p.waitForFinished();
            r.err = QStringLiteral("timed out");
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QString incidentReference()
    {
        auto db = storage::Database::open(m_db);
        return storage::Query(db->connection(), QStringLiteral("SELECT reference FROM incidents ORDER BY reference "
                                                               "LIMIT 1"))
            .scalar()
            .toString();
    }

    QString itemId(const QString& name)
    {
        const auto r = run({QStringLiteral("intel"), QStringLiteral("list"), QStringLiteral("--search"), name,
                            QStringLiteral("--json")});
        const QJsonArray items = r.json().array();
        return items.isEmpty() ? QString() : items.first().toObject().value(QLatin1String("id")).toString();
    }

private slots:
    void initTestCase()
    {
        m_db = m_home.filePath(QStringLiteral("intel.sqlite"));
        // generate: the demo organisation without the demo intel, which `demo` adds.
        QCOMPARE(run({QStringLiteral("generate"), QStringLiteral("--incidents"), QStringLiteral("20")}).exitCode, 0);
    }

    void demo_addsIntel()
    {
        const auto r = run({QStringLiteral("demo"), QStringLiteral("--incidents"), QStringLiteral("20"),
                            QStringLiteral("--database"), m_home.filePath(QStringLiteral("demo.sqlite"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("Added demo intel: 22 items, 12 hunts, 9 detections")),
                 qPrintable(r.out));
    }

    void attack_importShowSearch()
    {
        MUSTER_REQUIRE_SHARED(test::attackBundlePath());
        auto r = run({QStringLiteral("attack"), QStringLiteral("status")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("Shipped catalog")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("The MITRE Corporation")));
        r = run({QStringLiteral("attack"), QStringLiteral("import"), test::attackBundlePath()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("14 tactics, 835 techniques (479 sub-techniques, 132 revoked, "
                                              "12 deprecated), 187 groups, 4362 uses")),
                 qPrintable(r.out));
        r = run({QStringLiteral("attack"), QStringLiteral("show"), QStringLiteral("T1066")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("revoked")));
        r = run({QStringLiteral("attack"), QStringLiteral("show"), QStringLiteral("T9999")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("not in the ATT&CK catalog")));
        r = run({QStringLiteral("attack"), QStringLiteral("search"), QStringLiteral("powershell"),
                 QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("T1059.001")));
        r = run({QStringLiteral("attack"), QStringLiteral("import"),
                 test::sourcePath(QStringLiteral("tests/data/stix-malformed/not-json.json"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("not-json.json: line 5")));
    }

    void intel_importFile_andMalformed()
    {
        const QString apt1 = test::stixSamplePath(QStringLiteral("apt1.json"));
        MUSTER_REQUIRE_SHARED(apt1);
        auto r = run({QStringLiteral("intel"), QStringLiteral("import"), apt1, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object().value(QLatin1String("added")).toInt(), 32);
        r = run({QStringLiteral("intel"), QStringLiteral("import"),
                 test::sourcePath(QStringLiteral("tests/data/stix-malformed/bad-timestamp.json"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("bad-timestamp.json: $.objects[1].created")), qPrintable(r.err));
        r = run({QStringLiteral("intel"), QStringLiteral("import")});
        QCOMPARE(r.exitCode, 2);
    }

    void intel_importTaxii()
    {
        test::TaxiiServer server;
        QVERIFY(server.listening());
        const QHash<QString, QString> env{{QStringLiteral("TAXII_PW"), QStringLiteral("correct horse")}};
        auto r = run({QStringLiteral("intel"), QStringLiteral("import"), QStringLiteral("--taxii"), server.base(),
                      QStringLiteral("--collection"), test::kFlaky, QStringLiteral("--user"), QStringLiteral("hunter"),
                      QStringLiteral("--password-env"), QStringLiteral("TAXII_PW"), QStringLiteral("--json")},
                     env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json().object().value(QLatin1String("added")).toInt(), 8);
        QCOMPARE(server.drops, 1);
        r = run({QStringLiteral("intel"), QStringLiteral("import"), QStringLiteral("--taxii"), server.base(),
                 QStringLiteral("--collection"), test::kCollection, QStringLiteral("--user"),
                 QStringLiteral("hunter")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("HTTP 401")), qPrintable(r.err));
    }

    void intel_observeBriefShare()
    {
        const QString reference = incidentReference();
        QVERIFY(!reference.isEmpty());
        auto r = run({QStringLiteral("intel"), QStringLiteral("observe"), reference, QStringLiteral("ipv4"),
                      QStringLiteral("203.0.113.10"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json().object().value(QLatin1String("sightings")).toArray().size(), 1);

        const QString green = itemId(QStringLiteral("C2 server"));
        const QString strict = itemId(QStringLiteral("Loader hash"));
        QVERIFY(!green.isEmpty() && !strict.isEmpty());
        r = run({QStringLiteral("intel"), QStringLiteral("brief"), QStringLiteral("create"), QStringLiteral("--item"),
                 green, QStringLiteral("--item"), strict, QStringLiteral("--audience"), QStringLiteral("soc"),
                 QStringLiteral("--title"), QStringLiteral("Loader campaign")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("TLP:AMBER+STRICT")));
        const QString brief = r.out.section(QLatin1Char(' '), 1, 1);
        QVERIFY(brief.startsWith(QLatin1String("BRIEF-")));
        const QString wide = m_home.filePath(QStringLiteral("wide.md"));
        r = run({QStringLiteral("intel"), QStringLiteral("brief"), QStringLiteral("export"), brief,
                 QStringLiteral("--format"), QStringLiteral("markdown"), QStringLiteral("--scope"),
                 QStringLiteral("community"), QStringLiteral("--out"), wide});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("TLP:AMBER+STRICT")));
        QVERIFY(!QFile::exists(wide));
        const QString md = m_home.filePath(QStringLiteral("brief.md"));
        r = run({QStringLiteral("intel"), QStringLiteral("brief"), QStringLiteral("export"), brief,
                 QStringLiteral("--format"), QStringLiteral("markdown"), QStringLiteral("--scope"),
                 QStringLiteral("organisation"), QStringLiteral("--out"), md});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(test::readFile(md).startsWith("**TLP:AMBER+STRICT**"));
        r = run({QStringLiteral("intel"), QStringLiteral("brief"), QStringLiteral("log"), QStringLiteral("--json")});
        QCOMPARE(r.json().array().size(), 1);
        QCOMPARE(r.json().array().first().toObject().value(QLatin1String("scope")).toString(),
                 QStringLiteral("organisation"));

        const QString shared = m_home.filePath(QStringLiteral("share.json"));
        r = run({QStringLiteral("intel"), QStringLiteral("share"), QStringLiteral("--scope"),
                 QStringLiteral("community"), QStringLiteral("--item"), green, QStringLiteral("--item"), strict,
                 QStringLiteral("--out"), shared});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("1 shared, 1 withheld")), qPrintable(r.out));
        QVERIFY(!test::readFile(shared).contains("Loader hash"));
    }

    void hunts_lifecycle_backlog_coverage()
    {
        auto r = run({QStringLiteral("hunts"), QStringLiteral("create"), QStringLiteral("--title"),
                      QStringLiteral("Kerberoasting"), QStringLiteral("--hypothesis"),
                      QStringLiteral("Service tickets are being requested for offline cracking."),
                      QStringLiteral("--technique"), QStringLiteral("T1558.003")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString hunt = r.out.section(QLatin1Char(' '), 1, 1);
        QVERIFY(hunt.startsWith(QLatin1String("HUNT-")));
        QCOMPARE(run({QStringLiteral("hunts"), QStringLiteral("start"), hunt}).exitCode, 0);
        r = run({QStringLiteral("hunts"), QStringLiteral("conclude"), hunt, QStringLiteral("--outcome"),
                 QStringLiteral("detection")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("Detection")));
        QCOMPARE(run({QStringLiteral("hunts"), QStringLiteral("conclude"), hunt, QStringLiteral("--outcome"),
                      QStringLiteral("detection"), QStringLiteral("--detection"), QStringLiteral("RC4 TGS requests")})
                     .exitCode,
                 0);
        r = run({QStringLiteral("hunts"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.json().array().size(), 1);
        r = run({QStringLiteral("hunts"), QStringLiteral("show"), hunt, QStringLiteral("--json")});
        const QJsonObject h = r.json().object();
        QCOMPARE(h.value(QLatin1String("outcome")).toString(), QStringLiteral("detection"));
        QCOMPARE(h.value(QLatin1String("detection_name")).toString(), QStringLiteral("RC4 TGS requests"));
        QVERIFY(h.value(QLatin1String("hypothesis")).toString().contains(QLatin1String("offline cracking")));

        QCOMPARE(
            run({QStringLiteral("attack"), QStringLiteral("track"), QStringLiteral("G0016"), QStringLiteral("g0007")})
                .exitCode,
            0);
        r = run({QStringLiteral("hunts"), QStringLiteral("backlog"), QStringLiteral("--json")});
        QVERIFY(r.json().array().size() > 10);
        for (const auto& e : r.json().array()) {
            QVERIFY(e.toObject().value(QLatin1String("technique")).toString() != QLatin1String("T1558.003"));
        }

        const QString layer = m_home.filePath(QStringLiteral("layer.json"));
        r = run({QStringLiteral("coverage"), QStringLiteral("--navigator-layer"), layer});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("detection 1")));
        const QJsonObject written = QJsonDocument::fromJson(test::readFile(layer)).object();
        const QStringList problems = test::navigatorLayerProblems(written);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(written.value(QLatin1String("techniques")).toArray().size() > 3);
    }
};

QTEST_GUILESS_MAIN(TestIntelCtl)
#include "tst_intelctl.moc"
