#include "IntelFixtures.h"
#include "core/Error.h"
#include "core/Ids.h"
#include "core/StixBundle.h"
#include "core/StixIntelMapper.h"
#include "storage/BriefRepository.h"
#include "storage/DisseminationService.h"
#include "storage/IntelImportService.h"
#include "storage/IntelRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/Sql.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace muster;
using core::ShareScope;
using core::Tlp;
using storage::DisseminationService;

// TLP rules at every exit: sending to people, HTML and Markdown exports, a PDF renderer
// plugged into release(), and STIX sharing. A refusal writes no file and logs nothing.
class TestDissemination : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        test::TempDatabase t;
        test::FixedClock clock{test::utcMs(2026, 3, 1, 9)};
        QString ada;
        QString alan;
        QString green;  // C2 server
        QString red;    // Phishing domain
        QString strict; // Loader hash (AMBER+STRICT)
        QString actor;  // Example Spider (GREEN)
        QString pattern;

        Fixture()
        {
            storage::PeopleRepository people(t.db());
            ada = addPerson(people, QStringLiteral("Ada Lovelace"));
            alan = addPerson(people, QStringLiteral("Alan Turing"));
            storage::IntelImportService(t.db(), clock)
                .importFile(test::sourcePath(QStringLiteral("tests/data/stix/tlp-and-unknown-types.json")), {},
                            analyst());
            storage::IntelRepository repo(t.db());
            const auto id = [&](const char* n) {
                return repo.findByStixId(QString::fromLatin1(n))->id;
            };
            green = id("indicator--00000011-0000-4000-8000-000000000000");
            red = id("indicator--00000012-0000-4000-8000-000000000000");
            strict = id("indicator--00000013-0000-4000-8000-000000000000");
            actor = id("threat-actor--0000000d-0000-4000-8000-000000000000");
            pattern = id("attack-pattern--0000000e-0000-4000-8000-000000000000");
        }
        QString addPerson(storage::PeopleRepository& people, const QString& name)
        {
            core::Person p;
            p.id = core::newId();
            p.name = name;
            p.function = core::PersonFunction::ThreatIntelligence;
            people.insert(p);
            return p.id;
        }
        int logRows()
        {
            return storage::Query(t.db().connection(), QStringLiteral("SELECT count(*) FROM intel_distributions"))
                .scalar()
                .toInt();
        }
        QString file(const QString& name) const { return t.dir() + QLatin1Char('/') + name; }
    };

    static core::Actor analyst() { return core::Actor{QString(), QStringLiteral("Intel Analyst")}; }
    static void expectRefused(const std::function<void()>& f, const QString& contains)
    {
        try {
            f();
            QFAIL("the release was allowed");
        } catch (const core::Error& e) {
            QCOMPARE(e.kind(), core::Error::Kind::Refused);
            QVERIFY2(e.message().contains(contains), qPrintable(e.message()));
        }
    }

private slots:
    void draft_storesBriefMarkedByItems();
    void save_markingBelowItems_refused();
    void export_html_markdown_allowedScopes_logged();
    void export_wrongScope_refused_nothingWrittenOrLogged();
    void red_onlyNamedRecipients_neverWider();
    void pdfExit_obeysTheSameRules();
    void send_logsEachRecipient();
    void stix_share_onlyWhatMarkingsAllow();
    void stix_share_redInsideRedBriefToNamedRecipients();
    void stix_share_nothingAllowed_refused();
    void distributionLog_isAppendOnly();
};

void TestDissemination::draft_storesBriefMarkedByItems()
{
    Fixture f;
    DisseminationService service(f.t.db(), f.clock);
    const auto brief =
        service.draft(core::BriefAudience::Soc, QStringLiteral("Phishing kit"), {f.green, f.strict}, analyst());
    QCOMPARE(brief.reference, QStringLiteral("BRIEF-2026-0001"));
    QCOMPARE(brief.tlp, Tlp::AmberStrict);
    QCOMPARE(brief.authorName, QStringLiteral("Intel Analyst"));
    const auto stored = service.get(brief.reference);
    QCOMPARE(stored.sections.size(), brief.sections.size());
    QCOMPARE(stored.itemIds, brief.itemIds);
    QCOMPARE(service.draft(core::BriefAudience::Leadership, QString(), {f.green}, analyst()).reference,
             QStringLiteral("BRIEF-2026-0002"));
}

void TestDissemination::save_markingBelowItems_refused()
{
    Fixture f;
    DisseminationService service(f.t.db(), f.clock);
    auto brief = service.draft(core::BriefAudience::Soc, QStringLiteral("x"), {f.green, f.strict}, analyst());
    brief.tlp = Tlp::Green;
    expectRefused([&] { service.save(brief, analyst()); }, QStringLiteral("TLP:AMBER+STRICT"));
    brief.tlp = Tlp::Red;
    service.save(brief, analyst());
    QCOMPARE(service.get(brief.id).tlp, Tlp::Red);
}

void TestDissemination::export_html_markdown_allowedScopes_logged()
{
    Fixture f;
    DisseminationService service(f.t.db(), f.clock);
    const auto brief =
        service.draft(core::BriefAudience::SecurityTeams, QStringLiteral("Spider"), {f.green, f.actor}, analyst());
    QCOMPARE(brief.tlp, Tlp::Green);
    DisseminationService::Release r;
    r.scope = ShareScope::Community;
    r.destination = f.file(QStringLiteral("brief.html"));
    const QByteArray html = service.exportBrief(brief.id, DisseminationService::Format::Html, r, analyst());
    QVERIFY(html.contains("TLP:GREEN"));
    QCOMPARE(test::readFile(r.destination), html);
    r.destination = f.file(QStringLiteral("brief.md"));
    const QByteArray md = service.exportBrief(brief.id, DisseminationService::Format::Markdown, r, analyst());
    QVERIFY(md.startsWith("**TLP:GREEN**"));
    QVERIFY(md.trimmed().endsWith("**TLP:GREEN**"));
    const auto log = storage::BriefRepository(f.t.db()).distributions(brief.id);
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.first().channel, QStringLiteral("markdown"));
    QCOMPARE(log.first().scope, QStringLiteral("community"));
    QCOMPARE(log.first().tlp, QStringLiteral("green"));
    QCOMPARE(log.first().actorName, QStringLiteral("Intel Analyst"));
    QCOMPARE(log.first().at, f.clock.nowMs());
    QVERIFY(log.first().destination.endsWith(QLatin1String("brief.md")));
}

void TestDissemination::export_wrongScope_refused_nothingWrittenOrLogged()
{
    Fixture f;
    DisseminationService service(f.t.db(), f.clock);
    const auto brief = service.draft(core::BriefAudience::Soc, QStringLiteral("x"), {f.strict}, analyst());
    DisseminationService::Release r;
    r.destination = f.file(QStringLiteral("out.html"));
    for (ShareScope s : {ShareScope::OrganisationAndClients, ShareScope::Community, ShareScope::Public}) {
        r.scope = s;
        expectRefused([&] { service.exportBrief(brief.id, DisseminationService::Format::Html, r, analyst()); },
                      QStringLiteral("TLP:AMBER+STRICT"));
        expectRefused([&] { service.exportBrief(brief.id, DisseminationService::Format::Markdown, r, analyst()); },
                      QStringLiteral("TLP:AMBER+STRICT"));
    }
    QVERIFY(!QFile::exists(r.destination));
    QCOMPARE(f.logRows(), 0);
    r.scope = ShareScope::Organisation;
    service.exportBrief(brief.id, DisseminationService::Format::Html, r, analyst());
    QVERIFY(QFile::exists(r.destination));
    QCOMPARE(f.logRows(), 1);
}

void TestDissemination::red_onlyNamedRecipients_neverWider()
{
    Fixture f;
    DisseminationService service(f.t.db(), f.clock);
    auto brief = service.draft(core::BriefAudience::Leadership, QStringLiteral("Eyes only"), {f.red}, analyst());
    QCOMPARE(brief.tlp, Tlp::Red);
    DisseminationService::Release r;
    r.destination = f.file(QStringLiteral("red.html"));
    // Wider than named recipients: refused at every scope.
    for (ShareScope s :
         {ShareScope::Organisation, ShareScope::OrganisationAndClients, ShareScope::Community, ShareScope::Public}) {
        r.scope = s;
        r.recipientIds = {f.ada};
        expectRefused([&] { service.exportBrief(brief.id, DisseminationService::Format::Html, r, analyst()); },
                      QStringLiteral("TLP:RED"));
    }
    // Named recipients, but none given / not named on the brief.
    r.scope = ShareScope::NamedRecipients;
    r.recipientIds.clear();
    expectRefused([&] { service.exportBrief(brief.id, DisseminationService::Format::Markdown, r, analyst()); },
                  QStringLiteral("name the people"));
    r.recipientIds = {f.ada};
    expectRefused([&] { service.exportBrief(brief.id, DisseminationService::Format::Markdown, r, analyst()); },
                  QStringLiteral("does not name"));
    QCOMPARE(f.logRows(), 0);
    QVERIFY(!QFile::exists(r.destination));
    // Named on the brief: allowed, and the document says who it is for.
    brief.recipientIds = {f.ada, f.alan};
    service.save(brief, analyst());
    const QByteArray html = service.exportBrief(brief.id, DisseminationService::Format::Html, r, analyst());
    QVERIFY(html.contains("Named recipients: Ada Lovelace"));
    QVERIFY(!html.contains("Alan Turing"));
    QVERIFY(html.contains("TLP:RED"));
    const auto log = storage::BriefRepository(f.t.db()).distributions(brief.id);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().recipients, QStringLiteral("Ada Lovelace"));
    QCOMPARE(log.first().scope, QStringLiteral("named"));
}

void TestDissemination::pdfExit_obeysTheSameRules()
{
    Fixture f;
    DisseminationService service(f.t.db(), f.clock);
    const auto brief = service.draft(core::BriefAudience::Soc, QStringLiteral("x"), {f.strict}, analyst());
    int rendered = 0;
    const auto pdf = [&](const core::IntelBrief& b, const core::BriefRenderer::Context& ctx) {
        ++rendered;
        return QStringLiteral("%PDF-1.7 %1 %2").arg(core::tlpMarking(b.tlp), ctx.scopeLabel).toUtf8();
    };
    DisseminationService::Release r;
    r.scope = ShareScope::Community;
    r.destination = f.file(QStringLiteral("brief.pdf"));
    expectRefused([&] { service.release(brief.id, QStringLiteral("pdf"), r, analyst(), pdf); },
                  QStringLiteral("TLP:AMBER+STRICT"));
    QCOMPARE(rendered, 0);
    QVERIFY(!QFile::exists(r.destination));
    r.scope = ShareScope::Organisation;
    QVERIFY(service.release(brief.id, QStringLiteral("pdf"), r, analyst(), pdf).contains("TLP:AMBER+STRICT"));
    QCOMPARE(storage::BriefRepository(f.t.db()).distributions().first().channel, QStringLiteral("pdf"));
}

void TestDissemination::send_logsEachRecipient()
{
    Fixture f;
    DisseminationService service(f.t.db(), f.clock);
    const auto brief = service.draft(core::BriefAudience::Soc, QStringLiteral("x"), {f.green}, analyst());
    service.send(brief.id, {f.ada, f.alan}, analyst());
    const auto log = storage::BriefRepository(f.t.db()).distributions(brief.id);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().recipients, QStringLiteral("Ada Lovelace, Alan Turing"));
    QCOMPARE(log.first().channel, QStringLiteral("recipients"));
    QVERIFY_THROWS_EXCEPTION(core::Error, service.send(brief.id, {core::newId()}, analyst()));
    expectRefused([&] { service.send(brief.id, {}, analyst()); }, QStringLiteral("name the people"));
}

void TestDissemination::stix_share_onlyWhatMarkingsAllow()
{
    Fixture f;
    DisseminationService service(f.t.db(), f.clock);
    DisseminationService::Release r;
    r.scope = ShareScope::Community;
    r.destination = f.file(QStringLiteral("share.json"));
    const auto share = service.shareStix({f.green, f.red, f.strict, f.actor, f.pattern}, QString(), r, analyst());
    QCOMPARE(share.shared, 2); // GREEN indicator and GREEN actor; the pattern is AMBER (unmarked), RED and STRICT stay
    QCOMPARE(share.withheld, 3);
    // The bundle reads back through Muster's own checks, every object marked.
    const auto bundle = core::StixBundle::parse(test::readFile(r.destination), QStringLiteral("share.json"));
    QSet<QString> ids;
    for (const auto& o : bundle.objects()) {
        ids.insert(o.value(QLatin1String("id")).toString());
        if (o.value(QLatin1String("type")).toString() == QLatin1String("marking-definition")) {
            continue;
        }
        const auto marking = core::StixIntelMapper::markingOf(o);
        QVERIFY(marking);
        QVERIFY(core::TlpPolicy::allows(*marking, ShareScope::Community));
    }
    QVERIFY(ids.contains(QStringLiteral("indicator--00000011-0000-4000-8000-000000000000")));
    QVERIFY(!ids.contains(QStringLiteral("indicator--00000012-0000-4000-8000-000000000000")));
    QVERIFY(!ids.contains(QStringLiteral("indicator--00000013-0000-4000-8000-000000000000")));
    // The actor-uses-pattern relationship does not go without the pattern.
    QVERIFY(!ids.contains(QStringLiteral("relationship--0000000f-0000-4000-8000-000000000000")));
    QVERIFY(ids.contains(core::tlpStixMarkingId(Tlp::Green)));
    QCOMPARE(bundle.count(QStringLiteral("marking-definition")), 1);
    const auto log = storage::BriefRepository(f.t.db()).distributions();
    QCOMPARE(log.first().channel, QStringLiteral("stix"));
    QCOMPARE(log.first().itemCount, 2);
    QCOMPARE(log.first().withheldCount, 3);
    // Within the organisation the pattern and its relationship go too.
    r.scope = ShareScope::Organisation;
    r.destination.clear();
    const auto internal = service.shareStix({f.actor, f.pattern}, QString(), r, analyst());
    QCOMPARE(internal.shared, 2);
    QVERIFY(internal.json.contains("relationship--0000000f-0000-4000-8000-000000000000"));
}

void TestDissemination::stix_share_redInsideRedBriefToNamedRecipients()
{
    Fixture f;
    DisseminationService service(f.t.db(), f.clock);
    auto brief = service.draft(core::BriefAudience::Soc, QStringLiteral("Red"), {f.red, f.green}, analyst());
    brief.recipientIds = {f.ada};
    service.save(brief, analyst());
    DisseminationService::Release r;
    r.scope = ShareScope::NamedRecipients;
    r.recipientIds = {f.alan}; // not named on the brief
    const auto toAlan = service.shareStix({}, brief.id, r, analyst());
    QCOMPARE(toAlan.shared, 1); // only the GREEN item; no report, no RED
    QVERIFY(!toAlan.json.contains("\"report\""));
    r.recipientIds = {f.ada};
    const auto toAda = service.shareStix({}, brief.id, r, analyst());
    QCOMPARE(toAda.shared, 2);
    QVERIFY(toAda.json.contains("\"report\""));
    QVERIFY(toAda.json.contains(core::tlpStixMarkingId(Tlp::Red).toUtf8()));
    r.scope = ShareScope::Community;
    r.recipientIds.clear();
    const auto community = service.shareStix({}, brief.id, r, analyst());
    QCOMPARE(community.shared, 1);
    QVERIFY(!community.json.contains(core::tlpStixMarkingId(Tlp::Red).toUtf8()));
}

void TestDissemination::stix_share_nothingAllowed_refused()
{
    Fixture f;
    DisseminationService service(f.t.db(), f.clock);
    DisseminationService::Release r;
    r.scope = ShareScope::Public;
    r.destination = f.file(QStringLiteral("public.json"));
    expectRefused([&] { service.shareStix({f.green, f.red}, QString(), r, analyst()); }, QStringLiteral("Public"));
    QVERIFY(!QFile::exists(r.destination));
    QCOMPARE(f.logRows(), 0);
}

void TestDissemination::distributionLog_isAppendOnly()
{
    Fixture f;
    DisseminationService service(f.t.db(), f.clock);
    const auto brief = service.draft(core::BriefAudience::Soc, QStringLiteral("x"), {f.green}, analyst());
    service.send(brief.id, {f.ada}, analyst());
    QVERIFY_THROWS_EXCEPTION(
        core::Error,
        storage::Query(f.t.db().connection(), QStringLiteral("UPDATE intel_distributions SET recipients = ''")).exec());
    QVERIFY_THROWS_EXCEPTION(
        core::Error, storage::Query(f.t.db().connection(), QStringLiteral("DELETE FROM intel_distributions")).exec());
    // Deleting the brief keeps the record of who received it.
    service.remove(brief.id);
    QCOMPARE(f.logRows(), 1);
}

QTEST_GUILESS_MAIN(TestDissemination)
#include "tst_dissemination.moc"
