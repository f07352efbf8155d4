#include "core/AlertRules.h"
#include "core/AlertTime.h"
#include "core/AlertmanagerPayload.h"
#include "core/Error.h"
#include "core/GenericMapping.h"
#include "core/NoiseMetrics.h"
#include "core/PagerDutyEvent.h"
#include "core/RateLimiter.h"
#include "core/SeverityMap.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace muster;
using core::AlertAction;
using core::Severity;

namespace {

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString errorOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const core::Error& e) {
        return e.message();
    }
    return QStringLiteral("<no error>");
}

QJsonObject amAlert(const QString& status, const QString& fingerprint)
{
    return QJsonObject{
        {QStringLiteral("status"), status},
        {QStringLiteral("labels"), QJsonObject{{QStringLiteral("alertname"), QStringLiteral("SSHBruteForce")},
                                               {QStringLiteral("instance"), QStringLiteral("web01:9100")},
                                               {QStringLiteral("severity"), QStringLiteral("critical")}}},
        {QStringLiteral("annotations"), QJsonObject{{QStringLiteral("summary"), QStringLiteral("Many SSH failures")}}},
        {QStringLiteral("startsAt"), QStringLiteral("2026-11-29T14:03:00.123456789Z")},
        {QStringLiteral("endsAt"), status == QLatin1String("resolved") ? QStringLiteral("2026-11-29T14:33:00Z")
                                                                       : QStringLiteral("0001-01-01T00:00:00Z")},
        {QStringLiteral("generatorURL"), QStringLiteral("http://prometheus/graph")},
        {QStringLiteral("fingerprint"), fingerprint},
    };
}

QJsonObject amPayload(const QJsonArray& alerts)
{
    return QJsonObject{{QStringLiteral("version"), QStringLiteral("4")},
                       {QStringLiteral("groupKey"), QStringLiteral("{}:{alertname=\"SSHBruteForce\"}")},
                       {QStringLiteral("status"), QStringLiteral("firing")},
                       {QStringLiteral("receiver"), QStringLiteral("muster")},
                       {QStringLiteral("groupLabels"), QJsonObject{}},
                       {QStringLiteral("commonLabels"), QJsonObject{}},
                       {QStringLiteral("commonAnnotations"), QJsonObject{}},
                       {QStringLiteral("externalURL"), QStringLiteral("http://alertmanager:9093")},
                       {QStringLiteral("alerts"), alerts}};
}

QJsonObject pdTrigger()
{
    return QJsonObject{
        {QStringLiteral("routing_key"), QStringLiteral("0123456789abcdef0123456789abcdef")},
        {QStringLiteral("event_action"), QStringLiteral("trigger")},
        {QStringLiteral("dedup_key"), QStringLiteral("wazuh-5712-db01")},
        {QStringLiteral("payload"),
         QJsonObject{{QStringLiteral("summary"), QStringLiteral("Multiple authentication failures on db01")},
                     {QStringLiteral("source"), QStringLiteral("db01.corp.example")},
                     {QStringLiteral("severity"), QStringLiteral("error")},
                     {QStringLiteral("timestamp"), QStringLiteral("2026-11-29T14:03:00+01:00")},
                     {QStringLiteral("component"), QStringLiteral("sshd")},
                     {QStringLiteral("class"), QStringLiteral("authentication")},
                     {QStringLiteral("custom_details"),
                      QJsonObject{{QStringLiteral("user"), QStringLiteral("alice")},
                                  {QStringLiteral("src_ip"), QStringLiteral("203.0.113.7")}}}}},
        {QStringLiteral("links"), QJsonArray{QJsonObject{{QStringLiteral("href"), QStringLiteral("https://siem/x")}}}},
    };
}

} // namespace

class TestAlertPayloads : public QObject
{
    Q_OBJECT

private slots:
    void alertmanager_firingAndResolved_readsEveryField()
    {
        const auto events = core::AlertmanagerPayload::parse(
            json(amPayload({amAlert(QStringLiteral("firing"), QStringLiteral("aa11")),
                            amAlert(QStringLiteral("resolved"), QStringLiteral("bb22"))})));
        QCOMPARE(events.size(), 2);
        const auto& f = events.at(0);
        QCOMPARE(f.action, AlertAction::Trigger);
        QCOMPARE(f.dedupKey, QStringLiteral("aa11"));
        QCOMPARE(f.title, QStringLiteral("Many SSH failures"));
        QCOMPARE(f.rule, QStringLiteral("SSHBruteForce"));
        QCOMPARE(f.severityText, QStringLiteral("critical"));
        QCOMPARE(f.groupKey, QStringLiteral("{}:{alertname=\"SSHBruteForce\"}"));
        QCOMPARE(*f.sourceTime, QDateTime(QDate(2026, 11, 29), QTime(14, 3, 0, 123), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(events.at(1).action, AlertAction::Resolve);
        QCOMPARE(*events.at(1).sourceTime, QDateTime(QDate(2026, 11, 29), QTime(14, 33), Qt::UTC).toMSecsSinceEpoch());
    }

    void alertmanager_badInput_namesTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        auto payload = amPayload({amAlert(QStringLiteral("firing"), QStringLiteral("aa"))});
        QTest::newRow("not json") << QByteArray("{\"version\": ") << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("expected an object");
        auto v3 = payload;
        v3[QStringLiteral("version")] = QStringLiteral("3");
        QTest::newRow("version") << json(v3) << QStringLiteral("version: version \"3\" is not supported");
        auto noAlerts = payload;
        noAlerts.remove(QStringLiteral("alerts"));
        QTest::newRow("no alerts") << json(noAlerts) << QStringLiteral("alerts: is required");
        auto badStatus = amAlert(QStringLiteral("pending"), QStringLiteral("aa"));
        QTest::newRow("status") << json(amPayload({badStatus})) << QStringLiteral("alerts[0].status: unknown status");
        auto badLabels = amAlert(QStringLiteral("firing"), QStringLiteral("aa"));
        badLabels[QStringLiteral("labels")] = QJsonArray{};
        QTest::newRow("labels type") << json(amPayload({badLabels}))
                                     << QStringLiteral("alerts[0].labels: expected an object");
        auto badValue = amAlert(QStringLiteral("firing"), QStringLiteral("aa"));
        badValue[QStringLiteral("labels")] = QJsonObject{{QStringLiteral("port"), 22}};
        QTest::newRow("label value") << json(amPayload({badValue}))
                                     << QStringLiteral("alerts[0].labels.port: expected a string");
        auto badTime = amAlert(QStringLiteral("firing"), QStringLiteral("aa"));
        badTime[QStringLiteral("startsAt")] = QStringLiteral("yesterday");
        QTest::newRow("time") << json(amPayload({amAlert(QStringLiteral("firing"), QStringLiteral("x")), badTime}))
                              << QStringLiteral("alerts[1].startsAt: not a date and time");
    }

    void alertmanager_badInput_namesTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const QString message = errorOf([&] { core::AlertmanagerPayload::parse(body); });
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void pagerDuty_trigger_readsPayloadAndDetails()
    {
        const auto pd = core::PagerDutyEvent::parse(json(pdTrigger()));
        QCOMPARE(pd.routingKey, QStringLiteral("0123456789abcdef0123456789abcdef"));
        QCOMPARE(pd.event.action, AlertAction::Trigger);
        QCOMPARE(pd.event.dedupKey, QStringLiteral("wazuh-5712-db01"));
        QCOMPARE(pd.event.severityText, QStringLiteral("error"));
        QCOMPARE(pd.event.rule, QStringLiteral("authentication"));
        QCOMPARE(pd.event.labels.value(QStringLiteral("user")).toString(), QStringLiteral("alice"));
        QCOMPARE(pd.event.labels.value(QStringLiteral("source")).toString(), QStringLiteral("db01.corp.example"));
        QCOMPARE(*pd.event.sourceTime, QDateTime(QDate(2026, 11, 29), QTime(13, 3), Qt::UTC).toMSecsSinceEpoch());
        QVERIFY(!pd.event.raw.contains(QStringLiteral("routing_key")));
    }

    void pagerDuty_acknowledgeAndResolve_needOnlyTheKey()
    {
        for (const QString& action : {QStringLiteral("acknowledge"), QStringLiteral("resolve")}) {
            const auto pd = core::PagerDutyEvent::parse(json({{QStringLiteral("routing_key"), QStringLiteral("k")},
                                                              {QStringLiteral("event_action"), action},
                                                              {QStringLiteral("dedup_key"), QStringLiteral("d1")}}));
            QCOMPARE(core::alertActions().key(pd.event.action), action);
            QCOMPARE(pd.event.dedupKey, QStringLiteral("d1"));
        }
    }

    void pagerDuty_badInput_namesTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        auto noKey = pdTrigger();
        noKey.remove(QStringLiteral("routing_key"));
        QTest::newRow("routing_key") << json(noKey) << QStringLiteral("routing_key: is required");
        auto action = pdTrigger();
        action[QStringLiteral("event_action")] = QStringLiteral("snooze");
        QTest::newRow("action") << json(action) << QStringLiteral("event_action: unknown action \"snooze\"");
        auto caps = pdTrigger();
        caps[QStringLiteral("event_action")] = QStringLiteral("TRIGGER");
        QTest::newRow("action case") << json(caps) << QStringLiteral("event_action: unknown action");
        auto severity = pdTrigger();
        auto payload = severity[QStringLiteral("payload")].toObject();
        payload[QStringLiteral("severity")] = QStringLiteral("high");
        severity[QStringLiteral("payload")] = payload;
        QTest::newRow("severity") << json(severity) << QStringLiteral("payload.severity: unknown severity \"high\"");
        auto summaryType = pdTrigger();
        payload = summaryType[QStringLiteral("payload")].toObject();
        payload[QStringLiteral("summary")] = 42;
        summaryType[QStringLiteral("payload")] = payload;
        QTest::newRow("summary type") << json(summaryType) << QStringLiteral("payload.summary: expected a string");
        auto noPayload = pdTrigger();
        noPayload.remove(QStringLiteral("payload"));
        QTest::newRow("payload") << json(noPayload) << QStringLiteral("payload: is required");
        QTest::newRow("resolve without key") << json({{QStringLiteral("routing_key"), QStringLiteral("k")},
                                                      {QStringLiteral("event_action"), QStringLiteral("resolve")}})
                                             << QStringLiteral("dedup_key: is required to resolve");
        auto link = pdTrigger();
        link[QStringLiteral("links")] = QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}}};
        QTest::newRow("link") << json(link) << QStringLiteral("links[0].href: is required");
    }

    void pagerDuty_badInput_namesTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const QString message = errorOf([&] { core::PagerDutyEvent::parse(body); });
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void generic_wazuhMapping_readsNestedFields()
    {
        const auto mapping = core::GenericMapping::fromJson(QJsonObject{
            {QStringLiteral("title"), QStringLiteral("/rule/description")},
            {QStringLiteral("severity"), QStringLiteral("/rule/level")},
            {QStringLiteral("time"), QStringLiteral("/timestamp")},
            {QStringLiteral("asset"), QStringLiteral("/agent/name")},
            {QStringLiteral("dedupKey"), QStringLiteral("/id")},
            {QStringLiteral("rule"), QStringLiteral("/rule/id")},
            {QStringLiteral("labels"), QStringLiteral("/data")},
        });
        const QByteArray body = R"({"timestamp":"2026-11-29T14:03:00.000+0000","id":"1732889000.123",
            "rule":{"level":10,"description":"sshd: brute force","id":"5712"},
            "agent":{"id":"001","name":"db01"},"data":{"srcip":"203.0.113.7","dstuser":"root"}})";
        const auto events = mapping.parse(body);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).title, QStringLiteral("sshd: brute force"));
        QCOMPARE(events.at(0).severityText, QStringLiteral("10"));
        QCOMPARE(events.at(0).rule, QStringLiteral("5712"));
        QCOMPARE(events.at(0).dedupKey, QStringLiteral("1732889000.123"));
        QCOMPARE(events.at(0).labels.value(QStringLiteral("asset")).toString(), QStringLiteral("db01"));
        QCOMPARE(events.at(0).labels.value(QStringLiteral("srcip")).toString(), QStringLiteral("203.0.113.7"));
        QCOMPARE(*events.at(0).sourceTime, QDateTime(QDate(2026, 11, 29), QTime(14, 3), Qt::UTC).toMSecsSinceEpoch());
    }

    void generic_alertsArray_givesOneEventEach_andDerivesDedupKeys()
    {
        const auto mapping = core::GenericMapping::fromJson(QJsonObject{
            {QStringLiteral("alerts"), QStringLiteral("/alerts")},
            {QStringLiteral("title"), QStringLiteral("/rule/name")},
        });
        const QByteArray body = R"({"alerts":[{"rule":{"name":"A"}},{"rule":{"name":"B"}},{"rule":{"name":"A"}}]})";
        const auto events = mapping.parse(body);
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(0).dedupKey, events.at(2).dedupKey);
        QVERIFY(events.at(0).dedupKey != events.at(1).dedupKey);
        const QString message = errorOf([&] { mapping.parse(R"({"alerts":[{"rule":{"name":"A"}},{"rule":{}}]})"); });
        QVERIFY2(message.contains(QLatin1String("/alerts[1]/rule/name: is required")), qPrintable(message));
    }

    void generic_badMapping_isRefused()
    {
        QVERIFY(errorOf([] {
                    core::GenericMapping::fromJson({{QStringLiteral("titel"), QStringLiteral("/x")}});
                }).contains(QLatin1String("unknown field \"titel\"")));
        QVERIFY(errorOf([] {
                    core::GenericMapping::fromJson({{QStringLiteral("title"), QStringLiteral("x")}});
                }).contains(QLatin1String("not a JSON pointer")));
        QVERIFY(errorOf([] {
                    core::GenericMapping::fromJson({{QStringLiteral("severity"), QStringLiteral("/s")}});
                }).contains(QLatin1String("title is required")));
    }

    void generic_wrongTypes_andActions()
    {
        const core::GenericMapping mapping;
        QVERIFY(errorOf([&] {
                    mapping.parse(R"({"title":{"a":1}})");
                }).contains(QLatin1String("/title: expected a string")));
        QVERIFY(errorOf([&] {
                    mapping.parse(R"({"title":"x","action":"explode"})");
                }).contains(QLatin1String("/action: unknown action \"explode\"")));
        QVERIFY(errorOf([&] {
                    mapping.parse(R"({"title":"x","labels":[1]})");
                }).contains(QLatin1String("/labels: expected an object")));
        QCOMPARE(mapping.parse(R"({"title":"x","action":"resolved","dedup_key":"k"})").at(0).action,
                 AlertAction::Resolve);
    }

    void jsonPointer_escapesAndIndexes()
    {
        const QJsonValue doc = QJsonDocument::fromJson(R"({"a/b":{"m~n":[10,20]}})").object();
        QCOMPARE(core::JsonPointer::parse(QStringLiteral("/a~1b/m~0n/1"), QStringLiteral("t")).resolve(doc)->toInt(),
                 20);
        QVERIFY(!core::JsonPointer::parse(QStringLiteral("/a~1b/m~0n/01"), QStringLiteral("t")).resolve(doc));
        QVERIFY(!core::JsonPointer::parse(QStringLiteral("/missing"), QStringLiteral("t")).resolve(doc));
    }

    void alertTime_formats()
    {
        const qint64 base = QDateTime(QDate(2026, 11, 29), QTime(14, 3), Qt::UTC).toMSecsSinceEpoch();
        const QString p = QStringLiteral("t");
        QCOMPARE(*core::AlertTime::parseText(QStringLiteral("2026-11-29T14:03:00Z"), p), base);
        QCOMPARE(*core::AlertTime::parseText(QStringLiteral("2026-11-29T15:03:00+01:00"), p), base);
        QCOMPARE(*core::AlertTime::parseText(QStringLiteral("2026-11-29T09:03:00-0500"), p), base);
        QCOMPARE(*core::AlertTime::parseText(QStringLiteral("2026-11-29 14:03"), p), base);
        QCOMPARE(*core::AlertTime::parse(QJsonValue(double(base / 1000)), p), base);
        QCOMPARE(*core::AlertTime::parse(QJsonValue(double(base)), p), base);
        QCOMPARE(*core::AlertTime::parseText(QString::number(base / 1000), p), base);
        QVERIFY(!core::AlertTime::parseText(QStringLiteral("0001-01-01T00:00:00Z"), p));
        QVERIFY(errorOf([&] {
                    core::AlertTime::parseText(QStringLiteral("2026-02-30T00:00:00Z"), p);
                }).contains(QLatin1String("not a date")));
        QVERIFY(errorOf([&] { core::AlertTime::parse(QJsonValue(true), p); }).contains(QLatin1String("not a date")));
    }

    void severityMap_wordsThresholdsAndFallback()
    {
        const auto builtIn = core::SeverityMap::builtIn();
        QCOMPARE(builtIn.map(QStringLiteral("critical")), Severity::Sev1);
        QCOMPARE(builtIn.map(QStringLiteral("Error")), Severity::Sev2);
        QCOMPARE(builtIn.map(QStringLiteral("warning")), Severity::Sev3);
        QCOMPARE(builtIn.map(QStringLiteral("info")), Severity::Sev4);
        QCOMPARE(builtIn.map(QStringLiteral("whatever")), Severity::Sev3);
        const auto wazuh = core::SeverityMap::fromJson(QJsonObject{{QStringLiteral(">=12"), QStringLiteral("SEV1")},
                                                                   {QStringLiteral(">=8"), 2},
                                                                   {QStringLiteral(">=4"), QStringLiteral("sev3")},
                                                                   {QStringLiteral("*"), 4}});
        QCOMPARE(wazuh.map(QStringLiteral("15")), Severity::Sev1);
        QCOMPARE(wazuh.map(QStringLiteral("10")), Severity::Sev2);
        QCOMPARE(wazuh.map(QStringLiteral("4")), Severity::Sev3);
        QCOMPARE(wazuh.map(QStringLiteral("2")), Severity::Sev4);
        QCOMPARE(core::SeverityMap::fromJson(wazuh.toJson()).map(QStringLiteral("10")), Severity::Sev2);
        QVERIFY(errorOf([] {
                    core::SeverityMap::fromJson({{QStringLiteral("high"), 7}});
                }).contains(QLatin1String("high")));
        QVERIFY(errorOf([] {
                    core::SeverityMap::fromJson({{QStringLiteral(">=x"), 1}});
                }).contains(QLatin1String("not a threshold")));
    }

    void rateLimiter_burstThenRefill()
    {
        core::RateLimiter limiter;
        const core::RateLimiter::Limit limit{2.0, 3};
        const QString key = QStringLiteral("s");
        QVERIFY(limiter.allow(key, limit, 1000));
        QVERIFY(limiter.allow(key, limit, 1000));
        QVERIFY(limiter.allow(key, limit, 1000));
        qint64 retry = 0;
        QVERIFY(!limiter.allow(key, limit, 1000, &retry));
        QCOMPARE(retry, 500);
        QVERIFY(limiter.allow(key, limit, 1500));
        QVERIFY(!limiter.allow(key, limit, 1500));
        QVERIFY(limiter.allow(QStringLiteral("other"), limit, 1500));
    }

    void assetCandidates_stripPortsAndDomains()
    {
        const QJsonObject labels{{QStringLiteral("instance"), QStringLiteral("web01:9100")},
                                 {QStringLiteral("user"), QStringLiteral("CORP\\alice")},
                                 {QStringLiteral("ip"), QStringLiteral("[2001:db8::1]:443")},
                                 {QStringLiteral("alertname"), QStringLiteral("NotAnAsset")}};
        const QStringList c = core::AlertRules::assetCandidates(labels);
        QVERIFY2(c.contains(QStringLiteral("web01")), qPrintable(c.join(QLatin1Char(','))));
        QVERIFY(c.contains(QStringLiteral("web01:9100")));
        QVERIFY(c.contains(QStringLiteral("alice")));
        QVERIFY(c.contains(QStringLiteral("2001:db8::1")));
        QVERIFY(!c.contains(QStringLiteral("NotAnAsset")));
    }

    void applyAssets_criticalAsset_needsTier2()
    {
        core::Alert alert;
        alert.severity = Severity::Sev3;
        core::Asset db;
        db.id = QStringLiteral("a1");
        db.name = QStringLiteral("Payments DB");
        db.businessCritical = true;
        core::AlertRules::applyAssets(alert, {db, db});
        QVERIFY(alert.businessCritical);
        QCOMPARE(alert.minimumTier, core::Tier::Tier2);
        QCOMPARE(alert.assetIds, QStringList{QStringLiteral("a1")});
    }

    void incidentFor_usesAlertTime_neverFuture()
    {
        core::Alert alert;
        alert.title = QString(400, QLatin1Char('x'));
        alert.sourceTime = 5000;
        alert.receivedAt = 9000;
        QCOMPARE(core::AlertRules::incidentFor(alert, 10'000).detectedAt, 5000);
        QCOMPARE(core::AlertRules::incidentFor(alert, 10'000).title.size(), 300);
        alert.sourceTime = 20'000; // the source's clock runs ahead
        QCOMPARE(core::AlertRules::incidentFor(alert, 10'000).detectedAt, 10'000);
    }

    void dismissal_needsReasonAndKind()
    {
        QVERIFY(errorOf([] {
                    core::AlertRules::checkDismissal(core::AlertTriage::Benign, QStringLiteral(" "));
                }).startsWith(QLatin1String("Reason:")));
        QVERIFY(errorOf([] {
                    core::AlertRules::checkDismissal(core::AlertTriage::Promoted, QStringLiteral("x"));
                }).contains(QLatin1String("false positive")));
        core::AlertRules::checkDismissal(core::AlertTriage::FalsePositive, QStringLiteral("scanner"));
    }

    void noiseMetrics_sharesAndMedian()
    {
        using F = core::NoiseMetrics::Fact;
        using T = core::AlertTriage;
        const QList<F> facts{
            F{QStringLiteral("wazuh"), QStringLiteral("5712"), T::FalsePositive, 0, 60'000, {}, 5},
            F{QStringLiteral("wazuh"), QStringLiteral("5712"), T::FalsePositive, 0, 120'000, {}, 1},
            F{QStringLiteral("wazuh"), QStringLiteral("100"), T::Promoted, 0, 300'000, QStringLiteral("i1"), 1},
            F{QStringLiteral("am"), QStringLiteral("Disk"), T::Merged, 0, 600'000, QStringLiteral("i1"), 2},
            F{QStringLiteral("am"), QStringLiteral("Disk"), T::Untriaged, 0, {}, {}, 1},
        };
        const auto m = core::NoiseMetrics::compute(facts);
        QCOMPARE(m.alerts, 5);
        QCOMPARE(m.occurrences, 10);
        QCOMPARE(m.untriaged, 1);
        QCOMPARE(m.falsePositiveShare(), 0.5);
        QCOMPARE(m.alertsPerIncident(), 2.0);
        QCOMPARE(*m.medianTriageMs, 210'000);
        QCOMPARE(m.bySource.first().name, QStringLiteral("wazuh"));
        QCOMPARE(m.bySource.first().falsePositiveShare(), 2.0 / 3.0);
        QCOMPARE(m.byRule.first().name, QStringLiteral("am / Disk"));
    }
};

QTEST_GUILESS_MAIN(TestAlertPayloads)
#include "tst_alertpayloads.moc"
