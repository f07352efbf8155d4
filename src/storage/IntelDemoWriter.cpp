#include "storage/IntelDemoWriter.h"

#include "core/Clock.h"
#include "core/HuntRules.h"
#include "storage/AttackCatalogRepository.h"
#include "storage/Database.h"
#include "storage/DemoClock.h"
#include "storage/DetectionRepository.h"
#include "storage/DisseminationService.h"
#include "storage/HuntService.h"
#include "storage/IncidentRepository.h"
#include "storage/IntelImportService.h"
#include "storage/ObservableService.h"
#include "storage/PeopleRepository.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace muster::storage {

namespace {

constexpr qint64 kDay = 24 * 3600 * 1000LL;

QString tr(const char* text)
{
    return QCoreApplication::translate("muster::storage::IntelDemoWriter", text);
}

struct DemoItem
{
    core::IntelKind kind;
    const char* name;
    const char* source;
    core::Tlp tlp;
    int confidence;
    int firstSeenDaysAgo;
    int validDays; // indicators: validity from first seen; 0 for open-ended
    core::ObservableKind valueKind;
    const char* value;
    const char* attack; // comma-separated
};

using K = core::IntelKind;
using O = core::ObservableKind;
using T = core::Tlp;

// A fictional but plausible feed: documentation address ranges (RFC 5737/3849) and
// example domains, so that nothing here points at a real host.
const DemoItem kItems[] = {
    {K::ThreatActor, "APT29 (Midnight Blizzard)", "CERT-EU", T::Green, 85, 900, 0, O::Ipv4, "", "T1078.004,T1566.002"},
    {K::ThreatActor, "FIN7", "Financial Services ISAC", T::Green, 80, 700, 0, O::Ipv4, "", "T1566.001,T1059.001"},
    {K::ThreatActor, "Scattered Spider", "Financial Services ISAC", T::Amber, 75, 400, 0, O::Ipv4, "",
     "T1621,T1078,T1219"},
    {K::ThreatActor, "Lazarus Group", "National CERT", T::Clear, 70, 1200, 0, O::Ipv4, "", "T1195.002,T1105"},
    {K::Malware, "QakBot loader", "Internal SOC", T::Amber, 90, 200, 0, O::Ipv4, "", "T1204.002,T1055"},
    {K::Malware, "Cobalt Strike beacon", "Vendor threat feed", T::Green, 95, 300, 0, O::Ipv4, "",
     "T1071.001,T1059.003"},
    {K::Malware, "BlackCat ransomware", "National CERT", T::Green, 85, 150, 0, O::Ipv4, "", "T1486,T1490"},
    {K::Report, "Help-desk social engineering against finance firms", "Financial Services ISAC", T::Amber, 80, 60, 0,
     O::Ipv4, "", "T1621,T1566.004"},
    {K::Report, "Quarterly threat landscape: ransomware affiliates", "National CERT", T::Clear, 70, 30, 0, O::Ipv4, "",
     "T1486,T1567.002"},
    {K::Report, "Targeted phishing of our treasury team", "Internal SOC", T::Red, 90, 12, 0, O::Ipv4, "", "T1566.002"},
    {K::AttackPattern, "MFA fatigue (push bombing)", "Internal SOC", T::Green, 90, 90, 0, O::Ipv4, "", "T1621"},
    {K::AttackPattern, "Kerberoasting", "Internal SOC", T::Green, 90, 120, 0, O::Ipv4, "", "T1558.003"},
    {K::Indicator, "Cobalt Strike team server", "Vendor threat feed", T::Green, 90, 40, 180, O::Ipv4, "203.0.113.10",
     "T1071.001"},
    {K::Indicator, "QakBot C2 range", "Financial Services ISAC", T::Amber, 70, 50, 120, O::Ipv4, "198.51.100.0/24",
     "T1071.001"},
    {K::Indicator, "Okta-themed phishing domain", "Financial Services ISAC", T::Amber, 85, 20, 90, O::Domain,
     "sso-login-okta.example", "T1566.002"},
    {K::Indicator, "Credential harvesting page", "Internal SOC", T::Red, 95, 12, 60, O::Url,
     "https://treasury-portal.example/auth/login.php", "T1566.002"},
    {K::Indicator, "BlackCat encryptor", "National CERT", T::Green, 90, 150, 0, O::FileHash,
     "9b2c3f4d5e6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c", "T1486"},
    {K::Indicator, "QakBot dropper (invoice.xlsb)", "Internal SOC", T::AmberStrict, 80, 25, 90, O::FileHash,
     "44d88612fea8a8f36de82e1278abb02f", "T1204.002"},
    {K::Indicator, "Spoofed CFO sender", "Internal SOC", T::AmberStrict, 75, 10, 30, O::Email,
     "cfo.office@payments-example.org", "T1566.001"},
    {K::Indicator, "Scanner infrastructure (IPv6)", "CERT-EU", T::Clear, 60, 400, 90, O::Ipv6, "2001:db8:5::17",
     "T1595.002"},
    {K::Indicator, "Remote access tool download", "Vendor threat feed", T::Green, 65, 70, 0, O::Url,
     "https://files.remote-support.example/anydesk.exe", "T1219"},
    {K::Indicator, "Expired APT29 staging host", "CERT-EU", T::Green, 60, 500, 60, O::Ipv4, "192.0.2.44", "T1105"},
};

} // namespace

IntelDemoWriter::Result IntelDemoWriter::write(Database& db, qint64 now)
{
    Result result;
    DemoClock clock(now);
    const core::Actor analyst{QString(), tr("Demo threat intelligence team")};

    AttackCatalogRepository(db).setTrackedGroups(
        {QStringLiteral("G0016"), QStringLiteral("G0046"), QStringLiteral("G1015"), QStringLiteral("G0032")}, now);

    IntelImportService intel(db, clock);
    QStringList itemIds;
    QStringList greenOrAmber;
    for (const DemoItem& d : kItems) {
        core::IntelItem item;
        item.kind = d.kind;
        item.name = QString::fromUtf8(d.name);
        item.source = QString::fromUtf8(d.source);
        item.tlp = d.tlp;
        item.confidence = d.confidence;
        item.firstSeen = now - d.firstSeenDaysAgo * kDay;
        item.attackIds = QString::fromLatin1(d.attack).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (d.kind == K::Indicator) {
            item.observables = {core::Observable::parse(d.valueKind, QString::fromUtf8(d.value), true)};
            item.validFrom = item.firstSeen;
            if (d.validDays > 0) {
                item.validUntil = *item.firstSeen + d.validDays * kDay;
            }
            item.labels = {QStringLiteral("malicious-activity")};
        } else {
            item.lastSeen = now - std::min(d.firstSeenDaysAgo, 5) * kDay;
            item.description = tr("Demo intelligence; not real.");
        }
        clock.set(*item.firstSeen);
        const auto saved = intel.save(item, analyst);
        itemIds.append(saved.id);
        if (saved.tlp == T::Green || saved.tlp == T::Amber) {
            greenOrAmber.append(saved.id);
        }
        ++result.items;
    }

    // Detections the SOC already has.
    DetectionRepository detections(db);
    const struct
    {
        const char* name;
        const char* source;
        const char* attack;
    } kDetections[] = {
        {"Phishing link clicked (proxy + mail)", "SIEM", "T1566.002,T1204.001"},
        {"Encoded PowerShell command line", "EDR", "T1059.001"},
        {"LSASS memory access", "EDR", "T1003.001"},
        {"Impossible travel sign-in", "Identity provider", "T1078.004"},
        {"Mass file renames (ransomware)", "EDR", "T1486"},
        {"Shadow copy deletion", "EDR", "T1490"},
        {"New scheduled task from Office", "EDR", "T1053.005"},
        {"Web shell in IIS directory", "EDR", "T1505.003"},
        {"Large upload to cloud storage", "CASB", "T1567.002"},
    };
    for (const auto& d : kDetections) {
        DetectionRepository::Detection det;
        det.name = QString::fromUtf8(d.name);
        det.source = QString::fromUtf8(d.source);
        det.attackIds = QString::fromLatin1(d.attack).split(QLatin1Char(','));
        detections.add(det, now - 200 * kDay);
        ++result.detections;
    }

    // Hunts over the last six months.
    const auto people = PeopleRepository(db).all();
    QString hunter;
    for (const auto& p : people) {
        if (p.function == core::PersonFunction::ThreatIntelligence ||
            p.function == core::PersonFunction::SecurityOperations) {
            hunter = p.id;
            break;
        }
    }
    QString huntedIncident;
    {
        Query q(db.connection(),
                QStringLiteral("SELECT reference FROM incidents WHERE detection_source = 'threat_hunt' "
                               "ORDER BY detected_at DESC LIMIT 1"));
        huntedIncident = q.scalar().toString();
    }
    const struct
    {
        const char* title;
        const char* hypothesis;
        const char* attack;
        int startDaysAgo; // -1: proposed
        int lengthDays;   // 0: still active
        core::HuntOutcome outcome;
        const char* outcomeNote;
    } kHunts[] = {
        {"Kerberoasting of service accounts",
         "Adversaries may request RC4 service tickets for SPN accounts to crack "
         "them offline, as APT29 and FIN7 have done.",
         "T1558.003", 170, 9, core::HuntOutcome::DetectionCreated, "RC4 TGS request rule"},
        {"MFA push bombing against the help desk",
         "Scattered Spider may flood staff with MFA prompts until one is "
         "accepted.",
         "T1621", 150, 7, core::HuntOutcome::NoEvidence, "No burst of denied pushes in 90 days."},
        {"Unmanaged remote access tools", "Attackers may install AnyDesk or similar tools for persistence.", "T1219",
         130, 10, core::HuntOutcome::IncidentOpened, "AnyDesk on a finance laptop, installed outside IT."},
        {"Persistence through WMI event subscriptions", "Adversaries may use WMI subscriptions to run code at logon.",
         "T1546.003", 110, 12, core::HuntOutcome::VisibilityGap, "WMI activity is not collected from servers."},
        {"DLL side-loading in user-writable paths", "Loaders may side-load DLLs from AppData.", "T1574.002", 90, 8,
         core::HuntOutcome::NoEvidence, "Only signed updaters seen."},
        {"Cloud mailbox rules hiding replies", "BEC actors may create inbox rules that move replies to RSS folders.",
         "T1564.008", 70, 6, core::HuntOutcome::DetectionCreated, "Suspicious inbox rule created"},
        {"Supply-chain updates calling new domains", "A compromised update may reach new domains after install.",
         "T1195.002", 45, 10, core::HuntOutcome::NoEvidence, "All update domains known."},
        {"Token theft from browsers", "Infostealers may take session cookies to bypass MFA.", "T1539", 20, 0,
         core::HuntOutcome::None, ""},
        {"Living-off-the-land discovery", "Intruders may enumerate the domain with built-in tools.", "T1087.002,T1482",
         8, 0, core::HuntOutcome::None, ""},
        {"Exfiltration over web services", "Data may leave through sanctioned cloud storage.", "T1567.002", -1, 0,
         core::HuntOutcome::None, ""},
        {"Phishing with HTML smuggling", "Phishing may deliver payloads assembled in the browser.", "T1027.006", -1, 0,
         core::HuntOutcome::None, ""},
        {"Golden SAML", "An actor with ADFS access may forge SAML tokens.", "T1606.002", -1, 0, core::HuntOutcome::None,
         ""},
    };
    for (const auto& h : kHunts) {
        const qint64 created = h.startDaysAgo >= 0 ? now - (h.startDaysAgo + 3) * kDay : now - 2 * kDay;
        clock.set(created);
        HuntService hunts(db, clock);
        core::Hunt hunt;
        hunt.title = QString::fromUtf8(h.title);
        hunt.hypothesis = QString::fromUtf8(h.hypothesis);
        hunt.attackIds = QString::fromLatin1(h.attack).split(QLatin1Char(','));
        hunt.dataSources = {tr("Windows security events"), tr("EDR process telemetry")};
        hunt.queries = {{core::QueryLanguage::Kql,
                         QStringLiteral("SecurityEvent | where TimeGenerated > ago(30d) | where EventID == 4769")}};
        hunt.ownerId = hunter;
        hunt.timeboxStart = created;
        hunt.timeboxEnd = created + 14 * kDay;
        if (h.startDaysAgo < 0) {
            hunt.timeboxEnd = now + 20 * kDay;
        }
        if (!itemIds.isEmpty()) {
            hunt.intelIds = {itemIds.at(result.hunts % itemIds.size())};
        }
        const auto saved = hunts.create(hunt, analyst).hunt;
        ++result.hunts;
        if (h.startDaysAgo < 0) {
            continue;
        }
        clock.set(now - h.startDaysAgo * kDay);
        hunts.start(saved.id, analyst);
        clock.set(now - h.startDaysAgo * kDay + 2 * kDay);
        hunts.addFinding(saved.id, tr("First pass over 30 days of telemetry done."), tr("Saved search in the SIEM"),
                         analyst);
        if (h.lengthDays == 0) {
            continue;
        }
        clock.set(now - (h.startDaysAgo - h.lengthDays) * kDay);
        const QString note = QString::fromUtf8(h.outcomeNote);
        if (h.outcome == core::HuntOutcome::IncidentOpened) {
            if (huntedIncident.isEmpty()) {
                hunts.conclude(saved.id, core::HuntOutcome::VisibilityGap, note, {}, {}, analyst);
            } else {
                hunts.conclude(saved.id, h.outcome, note, huntedIncident, {}, analyst);
            }
        } else {
            hunts.conclude(saved.id, h.outcome, note, {}, note, analyst);
        }
    }

    // Observables on recent incidents, some of them sightings of the indicators above.
    clock.set(now);
    QStringList references;
    {
        Query q(db.connection(),
                QStringLiteral("SELECT reference FROM incidents WHERE exercise = 0 ORDER BY detected_at "
                               "DESC LIMIT 4"));
        q.exec();
        while (q.next()) {
            references.append(q.value(0).toString());
        }
    }
    ObservableService observables(db, clock);
    const struct
    {
        core::ObservableKind kind;
        const char* value;
    } kObserved[] = {
        {O::Ipv4, "203.0.113.10"},
        {O::Ipv4, "198.51.100.77"},
        {O::Domain, "sso-login-okta.example"},
        {O::Url, "https://files.remote-support.example/anydesk.exe"},
        {O::Ipv4, "192.0.2.200"},
    };
    int n = 0;
    for (const auto& o : kObserved) {
        if (references.isEmpty()) {
            break;
        }
        const auto added = observables.add(references.at(n++ % references.size()), o.kind, QString::fromUtf8(o.value),
                                           tr("proxy logs"), analyst);
        result.sightings += int(added.sightings.size());
    }

    // Two briefs, one of them already sent.
    if (greenOrAmber.size() >= 3) {
        DisseminationService briefs(db, clock);
        const auto soc = briefs.draft(core::BriefAudience::Soc, tr("Weekly SOC intelligence brief"),
                                      greenOrAmber.mid(0, 6), analyst);
        briefs.draft(core::BriefAudience::Leadership, tr("Ransomware and help-desk fraud: what it means for us"),
                     greenOrAmber.mid(2, 4), analyst);
        QStringList soc2;
        for (const auto& p : people) {
            if (p.function == core::PersonFunction::SecurityOperations && soc2.size() < 3) {
                soc2.append(p.id);
            }
        }
        if (!soc2.isEmpty()) {
            briefs.send(soc.id, soc2, analyst);
        }
    }
    return result;
}

} // namespace muster::storage
