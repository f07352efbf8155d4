#include "core/Error.h"
#include "core/Incident.h"
#include "core/PlaybookLibrary.h"
#include "core/PlaybookRules.h"
#include "core/TemplateLibrary.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace muster;
using core::PlaybookLibrary;

namespace {

// A playbook with a misspelt top-level field.
QByteArray misspelt()
{
    return R"({"format": "muster-playbook/1", "id": "demo", "name": "Demo", "triggers": [{}], "workflows": []})";
}

QByteArray playbook(const QByteArray& id, const QByteArray& tasks, const QByteArray& triggers = "[{}]")
{
    return R"({"format": "muster-playbook/1", "id": ")" + id + R"(", "name": "Test", "triggers": )" + triggers +
           R"(, "workstreams": [{"workstream": "legal", "tasks": [)" + tasks + "]}]}";
}

QString parseError(const QByteArray& json, const QString& file = QStringLiteral("test.json"))
{
    try {
        PlaybookLibrary::parse(json, file);
    } catch (const core::Error& e) {
        return e.message();
    }
    return QString();
}

core::Incident incident(core::Category category, core::Severity severity)
{
    core::Incident i;
    i.category = category;
    i.severity = severity;
    return i;
}

} // namespace

class TestPlaybooks : public QObject
{
    Q_OBJECT

private slots:
    void builtInLibrary_loadsWithoutErrors()
    {
        const auto& library = PlaybookLibrary::builtIn();
        QVERIFY2(library.errors().isEmpty(), qPrintable(library.errors().join(QLatin1Char('\n'))));
        for (const char* id : {"baseline", "ransomware", "business_email_compromise", "insider_misconduct",
                               "personal_data_breach", "customer_outage", "third_party_breach"}) {
            QVERIFY2(library.find(QString::fromLatin1(id)), id);
        }
        QVERIFY(library.find(QStringLiteral("insider_misconduct"))->confidential);
        // The baseline applies to every incident.
        QVERIFY(library.find(QStringLiteral("baseline"))
                    ->matches(incident(core::Category::Other, core::Severity::Sev4), {}));
    }

    void parseErrors_nameFileAndJsonPath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("syntax") << QByteArray("{\n  \"id\": \"x\",\n  \"name\" \"y\"\n}")
                                << QStringLiteral("test.json:3:11: not valid JSON");
        QTest::newRow("format") << QByteArray(R"({"format": "v2", "id": "x", "name": "n", "triggers": [{}], )"
                                              R"("workstreams": []})")
                                << QStringLiteral("test.json: $.format: must be \"muster-playbook/1\"");
        QTest::newRow("unknown field") << misspelt() << QStringLiteral("test.json: $.workflows: unknown field");
        QTest::newRow("bad milestone")
            << playbook(
                   "x",
                   R"({"key": "a.b", "title": "T"}, {"key": "a.c", "title": "T", "due": {"after": "contaned", "hours": 2}})")
            << QStringLiteral("test.json: $.workstreams[0].tasks[1].due.after: \"contaned\" is not one of");
        QTest::newRow("duplicate key") << playbook("x", R"({"key": "a.b", "title": "T"}, {"key": "a.b", "title": "U"})")
                                       << QStringLiteral("$.workstreams[0].tasks[1].key: \"a.b\" is used twice");
        QTest::newRow("bad role") << playbook("x", R"({"key": "a.b", "title": "T", "owner_role": "boss"})")
                                  << QStringLiteral("$.workstreams[0].tasks[0].owner_role: \"boss\" is not one of");
        QTest::newRow("bad approval") << playbook("x", R"({"key": "a.b", "title": "T", "approval": ["legal", "ceo"]})")
                                      << QStringLiteral("$.workstreams[0].tasks[0].approval[1]: \"ceo\" is not one of");
        QTest::newRow("bad category") << playbook("x", R"({"key": "a.b", "title": "T"})", R"([{"category": ["worm"]}])")
                                      << QStringLiteral("$.triggers[0].category[0]: \"worm\" is not one of");
        QTest::newRow("bad jurisdiction")
            << playbook("x", R"({"key": "a.b", "title": "T"})", R"([{"jurisdictions": ["Germany"]}])")
            << QStringLiteral("$.triggers[0].jurisdictions: Jurisdictions: \"Germany\"");
        QTest::newRow("no triggers") << playbook("x", R"({"key": "a.b", "title": "T"})", "[]")
                                     << QStringLiteral("$.triggers: needs at least one condition");
        QTest::newRow("empty title") << playbook("x", R"({"key": "a.b", "title": " "})")
                                     << QStringLiteral("$.workstreams[0].tasks[0].title: must not be empty");
        QTest::newRow("negative offset")
            << playbook("x", R"({"key": "a.b", "title": "T", "due": {"after": "declared", "hours": -1}})")
            << QStringLiteral("$.workstreams[0].tasks[0].due.hours: must be a whole number");
    }

    void parseErrors_nameFileAndJsonPath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const QString message = parseError(json);
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void directoryLoad_reportsBadFilesAndUnknownDependencies_keepsGoodOnes()
    {
        QTemporaryDir dir;
        const auto write = [&](const QString& name, const QByteArray& content) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        };
        write(QStringLiteral("a.json"), playbook("a", R"({"key": "a.one", "title": "One"})"));
        write(QStringLiteral("b.json"), playbook("b", R"({"key": "b.one", "title": "B", "depends_on": ["a.one"]})"));
        write(QStringLiteral("c.json"), playbook("c", R"({"key": "c.one", "title": "C", "depends_on": ["z.nope"]})"));
        write(QStringLiteral("d.json"), "not json");
        write(QStringLiteral("e.json"), playbook("a", R"({"key": "e.one", "title": "E"})"));
        const auto library = PlaybookLibrary::load(dir.path());
        QCOMPARE(library.playbooks().size(), 2);
        QCOMPARE(library.errors().size(), 3);
        const QString all = library.errors().join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("c.json: $.workstreams[0].tasks[0].depends_on[0]: no other task has the "
                                            "key \"z.nope\"")),
                 qPrintable(all));
        QVERIFY2(all.contains(QRegularExpression(QStringLiteral("d.json:1:\\d+: not valid JSON"))), qPrintable(all));
        QVERIFY(all.contains(QLatin1String("e.json: $.id: another playbook already has the id \"a\"")));
    }

    void matching_followsConditions()
    {
        const auto p = PlaybookLibrary::parse(
            playbook("x", R"({"key": "a.b", "title": "T"})",
                     R"([{"severity_at_least": "sev2", "regulated_sector": ["financial"], "jurisdictions": ["EU"]},
                         {"employee_involved": true}])"),
            QStringLiteral("x.json"));
        core::IncidentAttributes a;
        const auto sev2 = incident(core::Category::Malware, core::Severity::Sev2);
        QVERIFY(!p.matches(sev2, a));
        a.sectors = {core::RegulatedSector::Financial};
        a.jurisdictions = {QStringLiteral("IE")};
        QVERIFY(p.matches(sev2, a));
        QVERIFY(p.matches(incident(core::Category::Malware, core::Severity::Sev1), a));
        QVERIFY(!p.matches(incident(core::Category::Malware, core::Severity::Sev3), a));
        a.jurisdictions = {QStringLiteral("US")};
        QVERIFY(!p.matches(sev2, a));
        a.employeeInvolved = true;
        QVERIFY(p.matches(incident(core::Category::Other, core::Severity::Sev4), a));
    }

    void plan_addsEachTaskOnce_acrossPlaybooksAndReapplication()
    {
        const auto& library = PlaybookLibrary::builtIn();
        core::IncidentAttributes a;
        const auto ransomware = incident(core::Category::Ransomware, core::Severity::Sev1);
        const auto matching = library.matching(ransomware, a);
        QStringList ids;
        for (const auto* p : matching) {
            ids.append(p->id);
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("baseline"), QStringLiteral("major_incident"),
                                   QStringLiteral("ransomware")}));
        const auto plan = core::PlaybookRules::plan(matching, {}, {});
        QStringList keys;
        for (const auto& app : plan) {
            for (const auto& t : app.newTasks) {
                keys.append(t.key);
            }
        }
        QCOMPARE(keys.count(QStringLiteral("exec.brief")), 1);
        QCOMPARE(keys.count(QStringLiteral("legal.insurer")), 1);
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), keys.size());
        // Ransomware came after "Major incident": its two shared tasks were already there.
        QCOMPARE(plan.last().alreadyThere,
                 (QStringList{QStringLiteral("legal.insurer"), QStringLiteral("exec.brief")}));
        const auto draft = core::PlaybookRules::applied(plan.last(), 0);
        QVERIFY2(draft.text.startsWith(QLatin1String("Playbook \"Ransomware\" added 8 tasks: ")),
                 qPrintable(draft.text));
        // Applied once: nothing more.
        QHash<QString, int> applied;
        for (const auto& app : plan) {
            applied.insert(app.playbook->id, app.playbook->version);
        }
        QVERIFY(core::PlaybookRules::plan(matching, applied, keys).isEmpty());
        // A newer version of a playbook adds only the tasks the incident lacks.
        core::Playbook newer = *library.find(QStringLiteral("ransomware"));
        newer.version = 2;
        newer.workstreams.first().tasks.append(
            core::PlaybookTask{QStringLiteral("itops.wipe"), QStringLiteral("Rebuild"), {}, {}, {}, 0, {}, {}, false});
        const auto again = core::PlaybookRules::plan({&newer}, applied, keys);
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.first().newTasks.size(), 1);
        QCOMPARE(again.first().newTasks.first().key, QStringLiteral("itops.wipe"));
    }

    void templates_allSevenInEnglishAndGerman()
    {
        const auto& library = core::TemplateLibrary::builtIn();
        QVERIFY2(library.errors().isEmpty(), qPrintable(library.errors().join(QLatin1Char('\n'))));
        const QStringList ids{QStringLiteral("holding_statement"),      QStringLiteral("internal_update"),
                              QStringLiteral("executive_brief"),        QStringLiteral("customer_notice"),
                              QStringLiteral("regulator_notification"), QStringLiteral("press_statement"),
                              QStringLiteral("employee_notice")};
        for (const QString& id : ids) {
            const auto* en = library.find(id, QLocale(QLocale::English));
            const auto* de = library.find(id, QLocale(QLocale::German, QLocale::Austria));
            QVERIFY2(en && en->language == QLatin1String("en"), qPrintable(id));
            QVERIFY2(de && de->language == QLatin1String("de"), qPrintable(id));
            QCOMPARE(de->audience, en->audience);
            // French is not translated yet: English it is.
            QCOMPARE(library.find(id, QLocale(QLocale::French))->language, QStringLiteral("en"));
        }
        QCOMPARE(library.templates(QLocale(QLocale::English)).size(), ids.size());
        QCOMPARE(library.find(QStringLiteral("regulator_notification"))->audience, core::Audience::Regulator);
    }

    void template_unknownPlaceholder_namesFileAndLine()
    {
        try {
            core::TemplateLibrary::parse(QStringLiteral("Name: X\nAudience: press\nChannel: email\nSubject: Hi\n\n"
                                                        "Line one\nAbout {{incident.titel}}\n"),
                                         QStringLiteral("en/x.txt"), QStringLiteral("en"));
            QFAIL("unknown placeholder accepted");
        } catch (const core::Error& e) {
            QVERIFY2(e.message().startsWith(QLatin1String("en/x.txt:7: unknown placeholder {{incident.titel}}")),
                     qPrintable(e.message()));
        }
        QVERIFY_THROWS_EXCEPTION(core::Error,
                                 core::TemplateLibrary::parse(QStringLiteral("Name: X\nAudience: board\n"
                                                                             "Channel: email\n\nBody"),
                                                              QStringLiteral("en/y.txt"), QStringLiteral("en")));
    }

    void render_fillsKnownPlaceholders_andListsFillIns()
    {
        const QString text = core::TemplateLibrary::render(
            QStringLiteral("{{incident.reference}} at {{ organisation }}: {{unknown}} [[what happened]]"),
            {{QStringLiteral("incident.reference"), QStringLiteral("INC-2026-0042")},
             {QStringLiteral("organisation"), QStringLiteral("Acme")}});
        QCOMPARE(text, QStringLiteral("INC-2026-0042 at Acme: {{unknown}} [[what happened]]"));
        QCOMPARE(core::TemplateLibrary::fillIns(text), QStringList{QStringLiteral("[[what happened]]")});
    }
};

QTEST_GUILESS_MAIN(TestPlaybooks)
#include "tst_playbooks.moc"
