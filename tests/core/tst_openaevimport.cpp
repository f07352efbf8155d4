#include "TestSupport.h"
#include "core/Error.h"
#include "core/HtmlText.h"
#include "core/Inflate.h"
#include "core/OpenAevImport.h"
#include "core/ScenarioFormat.h"
#include "core/ZipReader.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace muster;
using core::OpenAevImport;

class TestOpenAevImport : public QObject
{
    Q_OBJECT

private:
    static QString shared(const QString& name)
    {
        const QString path = test::sharedDataPath(QStringLiteral("openaev/") + name);
        if (!QFileInfo::exists(path)) {
            qFatal("The OpenAEV samples are missing: %s (../shared/data/openaev)", qPrintable(path));
        }
        return path;
    }

    static QByteArray read(const QString& path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            qFatal("cannot read %s", qPrintable(path));
        }
        return f.readAll();
    }

    static void checkValid(const core::Scenario& s)
    {
        const auto problems = core::ScenarioFormat::validate(s);
        QStringList texts;
        for (const auto& p : problems) {
            texts << p.toString();
        }
        QVERIFY2(problems.isEmpty(), qPrintable(texts.join(QLatin1Char('\n'))));
    }

private slots:
    void easmZip_importsFiveInjectsWithExpectations()
    {
        const auto r = OpenAevImport::fromFile(shared(QStringLiteral("easm.zip")));
        const auto& s = r.scenario;
        checkValid(s);
        QCOMPARE(s.title, QStringLiteral("EASM Scenario"));
        QCOMPARE(s.id, QStringLiteral("easm-scenario"));
        QVERIFY(s.summary.startsWith(QLatin1String("EASM is a cybersecurity practice")));
        QCOMPARE(s.injects.size(), 5);
        QCOMPARE(s.injects.at(0).title, QStringLiteral("Nuclei - Misconfigurations"));
        QCOMPARE(s.injects.at(2).title, QStringLiteral("Nmap - TCP Connect Scan"));
        for (const auto& inj : s.injects) {
            QCOMPARE(inj.trigger, core::InjectTrigger::Scheduled);
            QCOMPARE(inj.offsetMinutes, 0);
            QCOMPARE(inj.expectedActions.size(), 1);
            // Scans have no tabletop meaning: kept as facilitator remarks.
            QCOMPARE(inj.channel, core::InjectChannel::Ticket);
            QVERIFY(inj.notes.remarks.join(QLatin1Char(' ')).contains(QLatin1String("openaev_")));
        }
        QCOMPARE(s.injects.at(0).expectedActions.first().text, QStringLiteral("Not vulnerable"));
        QCOMPARE(s.injects.at(2).expectedActions.first().text, QStringLiteral("Detection"));
        QCOMPARE(r.unknownInjectTypes, 5);
        QCOMPARE(s.roles.size(), 1); // no teams in the export
    }

    void saltTyphoonZip_keepsTimingExpiryAndAttackIds()
    {
        const auto r = OpenAevImport::fromFile(shared(QStringLiteral("salt-typhoon-cve-ttps-validation.zip")));
        const auto& s = r.scenario;
        checkValid(s);
        QCOMPARE(s.injects.size(), 2);
        QCOMPARE(s.injects.at(0).title, QStringLiteral("CVE-2023-48788"));
        QCOMPARE(s.injects.at(0).offsetMinutes, 0);
        const auto& beacon = s.injects.at(1);
        QVERIFY(beacon.title.startsWith(QLatin1String("Download beacon")));
        QCOMPARE(beacon.offsetMinutes, 2); // inject_depends_duration 120 s
        QCOMPARE(beacon.expectedActions.size(), 2);
        QCOMPARE(beacon.expectedActions.at(0).text, QStringLiteral("Prevention"));
        QCOMPARE(beacon.expectedActions.at(1).text, QStringLiteral("Detection"));
        QCOMPARE(beacon.expectedActions.at(0).timeLimitMinutes, 360); // 21600 s
        QVERIFY(s.attackIds.contains(QStringLiteral("T1218")));
    }

    void attackPatternJson_importsTheImplantInject()
    {
        const auto r = OpenAevImport::fromFile(shared(QStringLiteral("scenario-with-attack-pattern.json")));
        checkValid(r.scenario);
        QCOMPARE(r.scenario.title, QStringLiteral("test export"));
        QCOMPARE(r.scenario.difficulty, core::ScenarioDifficulty::Advanced); // severity high
        QCOMPARE(r.scenario.injects.size(), 1);
        QCOMPARE(r.scenario.injects.first().title, QStringLiteral("whoami"));
        QCOMPARE(r.scenario.injects.first().sender, QStringLiteral("OpenBAS Implant"));
        QVERIFY(r.scenario.injects.first().expectedActions.isEmpty());
        QVERIFY(r.scenario.attackIds.isEmpty()); // the contract lists pattern UUIDs only
    }

    void tabletopExport_mapsTeamsEmailsExpectationsLessonsAndVariables_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("json") << QStringLiteral("tabletop-ransomware.json");
        QTest::newRow("zip deflated") << QStringLiteral("tabletop-ransomware.zip");
        QTest::newRow("zip stored, two entries") << QStringLiteral("tabletop-ransomware-stored.zip");
    }

    void tabletopExport_mapsTeamsEmailsExpectationsLessonsAndVariables()
    {
        QFETCH(QString, file);
        const auto r = OpenAevImport::fromFile(test::sourcePath(QStringLiteral("tests/data/openaev/") + file));
        const auto& s = r.scenario;
        checkValid(s);
        QCOMPARE(s.title, QStringLiteral("Ransomware crisis tabletop"));
        QCOMPARE(s.summary, QStringLiteral("A tabletop exercise for the crisis cell of Northwind Manufacturing.\n\n"
                                           "Encryption hits the ERP on a Friday night."));
        // Teams become roles.
        QStringList roles;
        for (const auto& role : s.roles) {
            roles << role.id + QLatin1Char('=') + role.name;
        }
        QCOMPARE(roles, QStringList({QStringLiteral("csirt=CSIRT"), QStringLiteral("legal=Legal"),
                                     QStringLiteral("communication=Communication"),
                                     QStringLiteral("executive-committee=Executive committee")}));
        // Objectives and lessons questions.
        QCOMPARE(s.objectives.size(), 2);
        QCOMPARE(s.objectives.at(0).text, QStringLiteral("Coordination: Activate the crisis cell within 30 minutes."));
        QCOMPARE(s.phases.size(), 1);
        QCOMPARE(s.phases.first().questions,
                 QStringList({QStringLiteral("Organisation — Was the crisis cell complete? (Check the roster)"),
                              QStringLiteral("Organisation — Did everyone know their role?"),
                              QStringLiteral("Communication — Was the press statement approved in time?")}));
        // Injects in time order, with their timing in minutes.
        QCOMPARE(s.injects.size(), 6);
        QCOMPARE(s.injects.at(0).title, QStringLiteral("SOC alert"));
        QCOMPARE(s.injects.at(0).offsetMinutes, 0);
        QCOMPARE(s.injects.at(1).title, QStringLiteral("Ransom note"));
        QCOMPARE(s.injects.at(1).offsetMinutes, 30);
        const auto& ransom = s.injects.at(1);
        QCOMPARE(ransom.channel, core::InjectChannel::Email);
        QCOMPARE(ransom.sender, QStringLiteral("exercise-control@example.org"));
        QCOMPARE(ransom.audience, QStringList({QStringLiteral("executive-committee"), QStringLiteral("legal")}));
        QCOMPARE(ransom.content, QStringLiteral("Subject: Your files are encrypted\n\nHello ${ceo_name},\n\n"
                                                "We encrypted all servers of Northwind Manufacturing & took 200 GB.\n"
                                                "Pay within 72 hours.\n\n• Contact: ${user.email}"));
        QCOMPARE(ransom.expectedActions.size(), 2);
        QCOMPARE(ransom.expectedActions.at(0).text, QStringLiteral("Legal contacts the insurer: Within the hour"));
        QCOMPARE(ransom.expectedActions.at(0).role, QStringLiteral("executive-committee"));
        QCOMPARE(ransom.expectedActions.at(0).timeLimitMinutes, 60);
        // Briefing (manual), unknown type (HTTP query), media pressure, disabled inject.
        QCOMPARE(s.injects.at(2).channel, core::InjectChannel::Briefing);
        QCOMPARE(s.injects.at(2).content, QStringLiteral("The backups are 11 days old."));
        QCOMPARE(s.injects.at(3).channel, core::InjectChannel::Ticket);
        QVERIFY(s.injects.at(3).notes.remarks.first().contains(QLatin1String("openbas_http_query")));
        QCOMPARE(s.injects.at(3).content, QStringLiteral("Simulated outage banner"));
        QCOMPARE(s.injects.at(4).channel, core::InjectChannel::NewsReport);
        QCOMPARE(s.injects.at(4).offsetMinutes, 90);
        QVERIFY(s.injects.at(4).content.contains(QLatin1String("Production at Northwind Manufacturing has stopped")));
        QCOMPARE(s.injects.at(4).audience.size(), 4); // inject_all_teams
        QCOMPARE(s.injects.at(5).trigger, core::InjectTrigger::Manual);
        QVERIFY(s.injects.at(5).notes.remarks.first().contains(QLatin1String("Disabled in OpenAEV")));
        // Unresolved variables are listed for the facilitator.
        QCOMPARE(r.unresolvedVariables, QStringList({QStringLiteral("${ceo_name}"), QStringLiteral("${user.email}")}));
        QVERIFY(s.facilitatorNotes.join(QLatin1Char(' ')).contains(QLatin1String("${user.email}")));
    }

    void malformedExports_areRefusedWithTheirMessage_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        const QDir dir(test::sourcePath(QStringLiteral("tests/data/openaev-malformed")));
        int n = 0;
        for (const QString& line :
             QString::fromUtf8(read(dir.filePath(QStringLiteral("EXPECTED")))).split(QLatin1Char('\n'))) {
            if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
                continue;
            }
            const auto parts = line.split(QLatin1Char('\t'));
            QTest::newRow(qPrintable(parts.at(0))) << dir.filePath(parts.at(0)) << parts.at(1);
            ++n;
        }
        QCOMPARE(n, dir.entryList(QDir::Files).size() - 1);
    }

    void malformedExports_areRefusedWithTheirMessage()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        try {
            OpenAevImport::fromFile(path);
            QFAIL("a malformed export was imported");
        } catch (const core::Error& e) {
            QCOMPARE(e.kind(), core::Error::Kind::BadInput);
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QFileInfo(path).fileName()), qPrintable(e.message()));
        }
    }

    void inflate_rejectsTruncationAndHonoursTheLimit()
    {
        const QByteArray zip = read(test::sourcePath(QStringLiteral("tests/data/openaev/tabletop-ransomware.zip")));
        core::ZipReader reader(zip);
        QCOMPARE(reader.entries().size(), 1);
        const auto& e = reader.entries().first();
        QCOMPARE(e.method, 8);
        const QByteArray json = reader.read(e);
        QCOMPARE(json.size(), qsizetype(e.size));
        QCOMPARE(core::Inflate::crc32(json), e.crc);
        // The raw deflate stream, cut short or capped, fails cleanly.
        const QByteArray raw = zip.mid(30 + e.name.toUtf8().size(), e.compressedSize);
        QString why;
        QVERIFY(core::Inflate::raw(raw, 1 << 20, &why));
        QVERIFY(!core::Inflate::raw(raw.left(raw.size() / 2), 1 << 20, &why));
        QVERIFY(why.contains(QLatin1String("ends too early")));
        QVERIFY(!core::Inflate::raw(raw, 100, &why));
        QVERIFY(why.contains(QLatin1String("size limit")));
        QCOMPARE(core::Inflate::crc32("123456789"), 0xCBF43926U);
    }

    void htmlToPlainText_paragraphsListsEntities()
    {
        QCOMPARE(core::htmlToPlainText(QStringLiteral("<p>One&nbsp;&amp;&#32;two</p><p>Three<br/>four</p>"
                                                      "<ul><li>a</li><li>b &#x263A;</li></ul><script>x()</script>")),
                 QStringLiteral("One & two\n\nThree\nfour\n\n• a\n• b ☺"));
    }
};

QTEST_GUILESS_MAIN(TestOpenAevImport)
#include "tst_openaevimport.moc"
