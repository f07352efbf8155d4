#include "TestSupport.h"
#include "core/AttackCatalog.h"
#include "core/BriefRenderer.h"
#include "core/BriefTemplates.h"
#include "core/TlpPolicy.h"

#include <QRegularExpression>
#include <QTest>

using namespace muster;
using namespace muster::core;

class TestBriefs : public QObject
{
    Q_OBJECT

private:
    static QList<IntelItem> items()
    {
        IntelItem actor;
        actor.id = QStringLiteral("a");
        actor.kind = IntelKind::ThreatActor;
        actor.name = QStringLiteral("Example Spider");
        actor.tlp = Tlp::Green;
        actor.attackIds = {QStringLiteral("T1566.002"), QStringLiteral("T1059.001")};
        IntelItem ind;
        ind.id = QStringLiteral("b");
        ind.kind = IntelKind::Indicator;
        ind.name = QStringLiteral("C2 <server>");
        ind.tlp = Tlp::Amber;
        ind.confidence = 80;
        ind.observables = {Observable::parse(ObservableKind::Ipv4, QStringLiteral("203.0.113.10"))};
        return {actor, ind};
    }

private slots:
    void draft_eachAudience_markedByStrictestItem_data();
    void draft_eachAudience_markedByStrictestItem();
    void draft_soc_listsIndicatorsAndTechniques();
    void html_markingOnEveryPageAndBothEnds();
    void html_escapesContent();
    void markdown_markingAtTopAndBottom();
    void render_namedRecipientsPrinted();
};

void TestBriefs::draft_eachAudience_markedByStrictestItem_data()
{
    QTest::addColumn<QString>("audience");
    for (const QString& k : briefAudiences().keys()) {
        QTest::newRow(qPrintable(k)) << k;
    }
}

void TestBriefs::draft_eachAudience_markedByStrictestItem()
{
    QFETCH(QString, audience);
    const auto a = *briefAudiences().fromKey(audience);
    const IntelBrief b =
        BriefTemplates::draft(a, QString(), items(), AttackCatalog::shipped(), test::utcMs(2026, 3, 1));
    QCOMPARE(b.tlp, Tlp::Amber);
    QCOMPARE(b.audience, a);
    QVERIFY(b.sections.size() >= 4);
    QVERIFY(b.title.contains(QLatin1String("2026-03-01")));
    QCOMPARE(b.itemIds, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    for (const auto& s : b.sections) {
        QVERIFY(!s.heading.isEmpty());
        QVERIFY(!s.body.isEmpty());
    }
    QVERIFY(b.sections.first().body.contains(QLatin1String("Example Spider")));
}

void TestBriefs::draft_soc_listsIndicatorsAndTechniques()
{
    const IntelBrief b = BriefTemplates::draft(BriefAudience::Soc, QStringLiteral("Weekly"), items(),
                                               AttackCatalog::shipped(), test::utcMs(2026, 3, 1));
    QString all;
    for (const auto& s : b.sections) {
        all += s.body + QLatin1Char('\n');
    }
    QVERIFY(all.contains(QLatin1String("203.0.113.10")));
    QVERIFY(all.contains(QLatin1String("T1059.001 PowerShell")));
    QVERIFY(all.contains(QLatin1String("confidence 80")));
}

void TestBriefs::html_markingOnEveryPageAndBothEnds()
{
    IntelBrief b = BriefTemplates::draft(BriefAudience::Leadership, QStringLiteral("Q1"), items(),
                                         AttackCatalog::shipped(), test::utcMs(2026, 3, 1));
    b.tlp = Tlp::AmberStrict;
    const QString html = BriefRenderer::toHtml(b, {{}, QStringLiteral("Our organisation"), test::utcMs(2026, 3, 1)});
    QVERIFY(html.contains(QLatin1String("<meta name=\"tlp\" content=\"TLP:AMBER+STRICT\">")));
    QVERIFY(html.contains(QLatin1String("<title>TLP:AMBER+STRICT Q1</title>")));
    // Repeated header and footer (position: fixed prints on every page) plus the first and last lines.
    QVERIFY(html.contains(QLatin1String("<header class=\"marking\"><span class=\"tlp\">TLP:AMBER+STRICT</span>")));
    QVERIFY(html.contains(QLatin1String("<footer class=\"marking\"><span class=\"tlp\">TLP:AMBER+STRICT</span>")));
    QVERIFY(html.contains(QLatin1String("position: fixed")));
    QCOMPARE(html.count(QLatin1String(">TLP:AMBER+STRICT</span>")), 4);
    QVERIFY(html.contains(TlpPolicy::guidance(Tlp::AmberStrict).toHtmlEscaped()));
    QVERIFY(html.contains(QLatin1String("#FFC000")));
    QVERIFY(html.trimmed().endsWith(QLatin1String("</html>")));
}

void TestBriefs::html_escapesContent()
{
    IntelBrief b;
    b.title = QStringLiteral("<script>alert(1)</script>");
    b.sections = {{QStringLiteral("A & B"), QStringLiteral("- <b>bold</b>\n\nplain & simple")}};
    const QString html = BriefRenderer::toHtml(b, {});
    QVERIFY(!html.contains(QLatin1String("<script>")));
    QVERIFY(html.contains(QLatin1String("&lt;script&gt;")));
    QVERIFY(html.contains(QLatin1String("<li>&lt;b&gt;bold&lt;/b&gt;</li>")));
    QVERIFY(html.contains(QLatin1String("<p>plain &amp; simple</p>")));
}

void TestBriefs::markdown_markingAtTopAndBottom()
{
    IntelBrief b = BriefTemplates::draft(BriefAudience::BusinessLeaders, QStringLiteral("Heads-up"), items(),
                                         AttackCatalog::shipped(), test::utcMs(2026, 3, 1));
    const QString md = BriefRenderer::toMarkdown(b, {{}, QString(), test::utcMs(2026, 3, 1)});
    const QStringList lines = md.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.first(), QStringLiteral("**TLP:AMBER**"));
    QCOMPARE(lines.last(), QStringLiteral("**TLP:AMBER**"));
    QVERIFY(md.contains(QLatin1String("# Heads-up")));
    QVERIFY(md.contains(TlpPolicy::guidance(Tlp::Amber)));
}

void TestBriefs::render_namedRecipientsPrinted()
{
    IntelBrief b;
    b.title = QStringLiteral("Eyes only");
    b.tlp = Tlp::Red;
    const BriefRenderer::Context ctx{{QStringLiteral("Ada Lovelace"), QStringLiteral("Alan Turing")}, QString(), 0};
    QVERIFY(BriefRenderer::toHtml(b, ctx).contains(QLatin1String("Named recipients: Ada Lovelace, Alan Turing")));
    QVERIFY(BriefRenderer::toMarkdown(b, ctx).contains(QLatin1String("Named recipients: Ada Lovelace, Alan Turing")));
    QVERIFY(BriefRenderer::toHtml(b, ctx).contains(QLatin1String("#FF2B2B")));
}

QTEST_GUILESS_MAIN(TestBriefs)
#include "tst_briefs.moc"
