#include "core/DemoGenerator.h"

#include "core/Ids.h"
#include "core/IncidentFacts.h"
#include "core/IncidentRules.h"

#include <QDateTime>

#include <cmath>

namespace muster::core {

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

// Demo content is data, not user interface text, and stays in English.
const char* const kFirstNames[] = {
    "Amara",  "Jonas",   "Priya",  "Mateo", "Sofia",  "Kenji",  "Fatima",  "Lukas",  "Chloe", "Omar",
    "Ingrid", "Diego",   "Hannah", "Wei",   "Elena",  "Kwame",  "Nora",    "Rafael", "Aisha", "Tomasz",
    "Yuki",   "Lea",     "Samuel", "Zara",  "Henrik", "Mei",    "Gabriel", "Leila",  "Finn",  "Imani",
    "Viktor", "Camille", "Arjun",  "Freya", "Malik",  "Julia",  "Tariq",   "Astrid", "Ravi",  "Clara",
    "Niamh",  "Pablo",   "Sana",   "Erik",  "Noemi",  "Daniel", "Ines",    "Kofi",   "Mira",  "Anton",
};
const char* const kLastNames[] = {
    "Okafor",    "Schneider", "Raman",   "Garcia", "Rossi",   "Tanaka", "Haddad",  "Weber",    "Dubois", "Farouk",
    "Lindqvist", "Moreno",    "Fischer", "Zhang",  "Petrova", "Mensah", "Berg",    "Costa",    "Rahman", "Kowalski",
    "Sato",      "Martin",    "Adeyemi", "Khan",   "Nilsen",  "Chen",   "Laurent", "Nasser",   "Byrne",  "Nkosi",
    "Novak",     "Leroy",     "Iyer",    "Hansen", "Diallo",  "Keller", "Aziz",    "Eriksson", "Menon",  "Vogel",
};

struct Role
{
    PersonFunction function;
    const char* title;
    const char* team;
    int count;
};

const Role kRoles[] = {
    {PersonFunction::SecurityOperations, "SOC manager", "Security Operations Center", 1},
    {PersonFunction::SecurityOperations, "Incident commander", "Security Operations Center", 3},
    {PersonFunction::SecurityOperations, "SOC analyst (Tier 1)", "SOC Tier 1", 6},
    {PersonFunction::SecurityOperations, "SOC analyst (Tier 2)", "SOC Tier 2", 4},
    {PersonFunction::SecurityOperations, "Threat hunter (Tier 3)", "SOC Tier 3", 2},
    {PersonFunction::ItOperations, "Infrastructure engineer", "IT Operations", 3},
    {PersonFunction::ItOperations, "Identity and access administrator", "IT Operations", 2},
    {PersonFunction::ThreatIntelligence, "Threat intelligence analyst", "Threat Intelligence", 2},
    {PersonFunction::SecurityArchitecture, "Security architect", "Security Architecture", 2},
    {PersonFunction::InsiderRisk, "Insider risk investigator", "Insider Risk", 2},
    {PersonFunction::Legal, "Privacy counsel", "Legal", 1},
    {PersonFunction::Legal, "Senior counsel, cyber and data", "Legal", 1},
    {PersonFunction::Hr, "HR business partner", "Human Resources", 2},
    {PersonFunction::Communications, "Head of communications", "Communications", 1},
    {PersonFunction::Communications, "Press officer", "Communications", 1},
    {PersonFunction::Risk, "Operational risk manager", "Risk", 1},
    {PersonFunction::Executive, "Chief information security officer", "Executive", 1},
    {PersonFunction::Executive, "Chief information officer", "Executive", 1},
    {PersonFunction::Executive, "General counsel", "Executive", 1},
    {PersonFunction::ExternalVendor, "Incident response retainer lead", "Northwind DFIR (vendor)", 1},
    {PersonFunction::ExternalIsac, "Analyst liaison", "FS-ISAC", 1},
    {PersonFunction::ExternalLawEnforcement, "Cybercrime liaison officer", "National Cyber Crime Unit", 1},
    {PersonFunction::ExternalInsurer, "Cyber claims manager", "Harbor Mutual Insurance", 1},
    {PersonFunction::ExternalCounsel, "Breach coach", "Whitfield & Marsh LLP", 1},
};

struct AssetSeed
{
    AssetKind kind;
    const char* name;
    const char* identifier;
    bool critical;
    Sensitivity sensitivity;
    int risk;
    const char* owner;
};

const AssetSeed kAssets[] = {
    {AssetKind::DataStore, "Payments database", "pg-payments-01", true, Sensitivity::RegulatedPersonal, 92, "Payments"},
    {AssetKind::DataStore, "Customer CRM", "crm.corp.example", true, Sensitivity::RegulatedPersonal, 85, "Sales"},
    {AssetKind::DataStore, "HR records share", "fs-hr-02", false, Sensitivity::RegulatedPersonal, 78, "HR"},
    {AssetKind::DataStore, "Finance data warehouse", "dwh-fin", true, Sensitivity::Restricted, 74, "Finance"},
    {AssetKind::DataStore, "Marketing assets bucket", "s3://mkt-assets", false, Sensitivity::Public, 15, "Marketing"},
    {AssetKind::DataStore, "Engineering wiki", "wiki.corp.example", false, Sensitivity::Internal, 35, "Engineering"},
    {AssetKind::DataStore, "Backup vault", "backup-vault-eu", true, Sensitivity::Restricted, 88, "IT Operations"},
    {AssetKind::DataStore, "Clinical trials archive", "s3://trials-archive", false, Sensitivity::RegulatedPersonal, 70,
     "Research"},
    {AssetKind::Application, "Customer portal", "portal.example.com", true, Sensitivity::Confidential, 82, "Digital"},
    {AssetKind::Application, "Payroll service", "payroll.corp.example", true, Sensitivity::RegulatedPersonal, 80, "HR"},
    {AssetKind::Application, "Email (Microsoft 365)", "m365-tenant", true, Sensitivity::Confidential, 76,
     "IT Operations"},
    {AssetKind::Application, "Identity provider", "idp.corp.example", true, Sensitivity::Restricted, 95,
     "IT Operations"},
    {AssetKind::Application, "Source code hosting", "git.corp.example", false, Sensitivity::Confidential, 68,
     "Engineering"},
    {AssetKind::Application, "Internal ticketing", "tickets.corp.example", false, Sensitivity::Internal, 30,
     "IT Operations"},
    {AssetKind::Application, "Public website", "www.example.com", false, Sensitivity::Public, 40, "Marketing"},
    {AssetKind::Application, "ERP", "erp-prod", true, Sensitivity::Restricted, 84, "Finance"},
    {AssetKind::Device, "VPN concentrator", "vpn-edge-01", true, Sensitivity::Internal, 90, "IT Operations"},
    {AssetKind::Device, "Domain controller DC01", "dc01.corp.example", true, Sensitivity::Restricted, 96,
     "IT Operations"},
    {AssetKind::Device, "Domain controller DC02", "dc02.corp.example", true, Sensitivity::Restricted, 96,
     "IT Operations"},
    {AssetKind::Device, "File server FS01", "fs01.corp.example", false, Sensitivity::Confidential, 60, "IT Operations"},
    {AssetKind::Device, "Build server", "ci-runner-07", false, Sensitivity::Confidential, 65, "Engineering"},
    {AssetKind::Device, "Finance laptop", "LT-FIN-0231", false, Sensitivity::Confidential, 45, "Finance"},
    {AssetKind::Device, "Sales laptop", "LT-SAL-0877", false, Sensitivity::Internal, 30, "Sales"},
    {AssetKind::Device, "Executive laptop", "LT-EXE-0004", false, Sensitivity::Restricted, 70, "Executive office"},
    {AssetKind::Device, "Kubernetes production cluster", "k8s-prod-eu1", true, Sensitivity::Confidential, 87,
     "Platform"},
    {AssetKind::Device, "Jump host", "bastion-02", true, Sensitivity::Restricted, 83, "IT Operations"},
    {AssetKind::Device, "Warehouse scanner fleet", "mdm-group-wh", false, Sensitivity::Internal, 25, "Logistics"},
    {AssetKind::UserAccount, "CFO mailbox", "cfo@example.com", false, Sensitivity::Restricted, 75, "Finance"},
    {AssetKind::UserAccount, "Domain admin svc-backup", "CORP\\svc-backup", true, Sensitivity::Restricted, 94,
     "IT Operations"},
    {AssetKind::UserAccount, "Cloud root account", "aws-root-prod", true, Sensitivity::Restricted, 98, "Platform"},
    {AssetKind::UserAccount, "Help desk operator", "helpdesk-07", false, Sensitivity::Internal, 40, "IT Operations"},
    {AssetKind::UserAccount, "Sales representative", "j.doe@example.com", false, Sensitivity::Internal, 20, "Sales"},
    {AssetKind::UserAccount, "Developer account", "dev-ci-deploy", false, Sensitivity::Confidential, 55, "Engineering"},
    {AssetKind::UserAccount, "Accounts payable clerk", "ap.clerk@example.com", false, Sensitivity::Confidential, 50,
     "Finance"},
};

struct CategoryProfile
{
    Category category;
    int weight;
    int sevWeights[4];
    const char* titles[4];
    const char* attack[3];
};

const CategoryProfile kProfiles[] = {
    {Category::Phishing,
     22,
     {0, 8, 50, 42},
     {"Credential phishing campaign against finance staff", "Phishing link clicked from spoofed HR notice",
      "QR-code phishing targeting mobile users", "Malicious attachment reported by an employee"},
     {"T1566.001", "T1566.002", "T1204.002"}},
    {Category::Malware,
     14,
     {2, 15, 55, 28},
     {"Commodity infostealer on a sales laptop", "Suspicious PowerShell launched from Office macro",
      "Cobalt Strike beacon detected on a build server", "Malicious browser extension installed"},
     {"T1059.001", "T1055", "T1071.001"}},
    {Category::Ransomware,
     3,
     {45, 45, 10, 0},
     {"Ransomware encryption on file server", "Ransomware precursor: mass file renames on shares",
      "Double-extortion ransom note received", "Backup deletion attempt before encryption"},
     {"T1486", "T1490", "T1567.002"}},
    {Category::BusinessEmailCompromise,
     6,
     {5, 40, 45, 10},
     {"Supplier bank-detail change request from compromised mailbox", "Inbox forwarding rule to external address",
      "Executive impersonation requesting urgent wire transfer", "Invoice fraud via look-alike domain"},
     {"T1114.003", "T1534", "T1566.002"}},
    {Category::AccountCompromise,
     12,
     {3, 25, 52, 20},
     {"Impossible travel sign-in on admin account", "MFA fatigue prompts followed by approval",
      "Password spraying succeeded against legacy protocol", "Session token replay from unfamiliar ASN"},
     {"T1078", "T1621", "T1110.003"}},
    {Category::Insider,
     4,
     {5, 35, 45, 15},
     {"Departing employee bulk-downloaded customer records", "Unauthorised access to colleague HR files",
      "Source code uploaded to personal cloud storage", "Privileged user disabled audit logging"},
     {"T1567", "T1048", "T1562.002"}},
    {Category::DataExposure,
     7,
     {5, 30, 45, 20},
     {"Storage bucket with customer exports publicly readable", "Misaddressed email with patient data",
      "Sensitive spreadsheet shared with anyone-with-link", "API returned other customers' records"},
     {"T1530", "T1213", "T1119"}},
    {Category::DenialOfService,
     4,
     {15, 35, 35, 15},
     {"Volumetric DDoS against customer portal", "Application-layer flood on login endpoint",
      "DDoS extortion email received", "DNS amplification traffic saturating uplink"},
     {"T1498", "T1499.002", "T1498.002"}},
    {Category::VulnerabilityExploitation,
     9,
     {10, 35, 40, 15},
     {"Exploitation attempt against VPN edge device", "Web shell found on internet-facing server",
      "Critical deserialisation flaw exploited in ERP", "Zero-day exploitation of file transfer appliance"},
     {"T1190", "T1505.003", "T1133"}},
    {Category::CloudMisconfiguration,
     6,
     {3, 22, 50, 25},
     {"Leaked cloud access keys used from unknown IP", "Security group opened database port to internet",
      "Logging disabled on production account", "Over-privileged service role assumed by CI job"},
     {"T1552.001", "T1562.008", "T1078.004"}},
    {Category::LostOrStolenDevice,
     6,
     {0, 15, 45, 40},
     {"Laptop stolen from car, disk encryption unverified", "Phone with corporate mail lost abroad",
      "Unencrypted USB drive with payroll export lost", "Tablet left in taxi, remote wipe pending"},
     {"T1025", "T1005", "T1552.001"}},
    {Category::ThirdPartyBreach,
     4,
     {10, 40, 40, 10},
     {"Payroll provider reports breach of client data", "Compromised update from monitoring vendor",
      "Marketing SaaS vendor leaked API tokens", "Managed service provider credentials abused"},
     {"T1195.002", "T1199", "T1078"}},
    {Category::Other,
     3,
     {0, 10, 40, 50},
     {"Unapproved remote access tool installed", "Crypto-mining on developer workstation",
      "Suspicious badge access after hours", "Rogue wireless access point detected"},
     {"T1219", "T1496", "T1200"}},
};

const char* const kTools[] = {
    "Microsoft Defender for Endpoint: suspicious process tree",
    "CrowdStrike Falcon: credential dumping behaviour",
    "Splunk ES: impossible travel",
    "Elastic Security: rule 'Unusual network connection'",
    "Wazuh rule 5712: SSH brute force",
    "Proofpoint TAP: URL clicked",
    "AWS GuardDuty: UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration",
    "Cloudflare: L7 DDoS mitigation triggered",
    "Okta ThreatInsight: password spray",
    "Suricata ET: CobaltStrike beacon",
    "Microsoft Purview DLP: bulk download",
};

const char* const kNotes[] = {
    "Pulled EDR triage package; no lateral movement seen so far.",
    "Confirmed with the asset owner that the activity was not planned maintenance.",
    "Blocked the sender domain and purged 37 copies of the message from mailboxes.",
    "Reset credentials and revoked active sessions for the affected account.",
    "Isolated the host from the network through EDR.",
    "Threat intelligence matched the infrastructure to a known commodity campaign.",
    "Legal asked to be kept informed in case personal data is involved.",
    "Firewall change deployed to close the exposed port.",
    "Forensic image taken and stored in the evidence locker (chain of custody form signed).",
    "Vendor confirmed the patch is available; emergency change approved.",
    "Executive brief sent to the CISO.",
    "Scope checked against proxy logs for the last 30 days; two more users affected.",
};

const char* const kEscalationReasons[] = {
    "Needs correlation across endpoint and identity logs",
    "Possible lateral movement; Tier 2 to investigate",
    "Privileged account involved",
    "Indicators overlap with an active campaign",
};

} // namespace

DemoGenerator::DemoGenerator(quint32 seed, qint64 now, int spanDays)
    : m_rng(seed)
    , m_now(now)
    , m_spanMs(qint64(spanDays) * kDay)
{
    makePeople();
    makeAssets();
}

void DemoGenerator::makePeople()
{
    int nameIndex = 0;
    const int firstCount = int(std::size(kFirstNames));
    const int lastCount = int(std::size(kLastNames));
    const qint64 created = m_now - m_spanMs - 30 * kDay;
    for (const Role& role : kRoles) {
        for (int i = 0; i < role.count; ++i) {
            Person p;
            p.id = newId();
            const QString first = QString::fromLatin1(kFirstNames[nameIndex % firstCount]);
            const QString last = QString::fromLatin1(kLastNames[(nameIndex * 7 + 3) % lastCount]);
            ++nameIndex;
            p.name = first + QLatin1Char(' ') + last;
            p.function = role.function;
            p.title = QString::fromLatin1(role.title);
            p.team = QString::fromLatin1(role.team);
            const bool external = role.function >= PersonFunction::ExternalVendor;
            p.email = QStringLiteral("%1.%2@%3")
                          .arg(first.toLower(), last.toLower(),
                               external ? QStringLiteral("partner.example.net") : QStringLiteral("example.com"));
            p.phone = QStringLiteral("+44 20 7946 %1").arg(1000 + nameIndex * 37 % 9000, 4, 10, QLatin1Char('0'));
            p.createdAt = created;
            p.updatedAt = created;
            m_byFunction[p.function].append(int(m_people.size()));
            m_people.append(p);
        }
    }
    // Deputies: the next person of the same function, where there is one.
    for (auto it = m_byFunction.cbegin(); it != m_byFunction.cend(); ++it) {
        const QList<int>& members = it.value();
        if (members.size() < 2) {
            continue;
        }
        for (qsizetype i = 0; i < members.size(); ++i) {
            m_people[members.at(i)].deputyId = m_people.at(members.at((i + 1) % members.size())).id;
        }
    }
}

void DemoGenerator::makeAssets()
{
    const qint64 created = m_now - m_spanMs - 30 * kDay;
    for (const AssetSeed& seed : kAssets) {
        Asset a;
        a.id = newId();
        a.name = QString::fromLatin1(seed.name);
        a.identifier = QString::fromLatin1(seed.identifier);
        a.kind = seed.kind;
        a.businessCritical = seed.critical;
        a.sensitivity = seed.sensitivity;
        a.riskScore = seed.risk;
        a.owner = QString::fromLatin1(seed.owner);
        a.createdAt = created;
        a.updatedAt = created;
        m_assets.append(a);
    }
}

const Person& DemoGenerator::pick(PersonFunction function)
{
    const QList<int>& members = m_byFunction.value(function);
    return m_people.at(members.at(int(m_rng.bounded(quint32(members.size())))));
}

qint64 DemoGenerator::logNormalMinutes(double medianMinutes, double sigma)
{
    // Box-Muller from two uniforms.
    const double u1 = std::max(1e-12, m_rng.generateDouble());
    const double u2 = m_rng.generateDouble();
    const double z = std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    const double minutes = medianMinutes * std::exp(sigma * z);
    return std::max<qint64>(kMinute, qint64(minutes * double(kMinute)));
}

int DemoGenerator::weighted(std::initializer_list<int> weights)
{
    int total = 0;
    for (int w : weights) {
        total += w;
    }
    int r = int(m_rng.bounded(quint32(std::max(1, total))));
    int i = 0;
    for (int w : weights) {
        if (r < w) {
            return i;
        }
        r -= w;
        ++i;
    }
    return 0;
}

DemoGenerator::GeneratedIncident DemoGenerator::next()
{
    GeneratedIncident out;
    Incident& inc = out.incident;

    // Spread evenly over the span with jitter, oldest first.
    const qint64 slot = m_spanMs / m_expected;
    const qint64 base = m_now - m_spanMs + slot * m_index + qint64(m_rng.generateDouble() * double(slot));
    ++m_index;

    int totalWeight = 0;
    for (const auto& p : kProfiles) {
        totalWeight += p.weight;
    }
    int r = int(m_rng.bounded(quint32(totalWeight)));
    const CategoryProfile* profile = &kProfiles[0];
    for (const auto& p : kProfiles) {
        if (r < p.weight) {
            profile = &p;
            break;
        }
        r -= p.weight;
    }

    inc.id = newId();
    inc.category = profile->category;
    inc.severity = static_cast<Severity>(
        1 + weighted({profile->sevWeights[0], profile->sevWeights[1], profile->sevWeights[2], profile->sevWeights[3]}));
    inc.exercise = m_rng.bounded(100) < 4;
    const int titleIndex = int(m_rng.bounded(4));
    inc.title = QString::fromLatin1(profile->titles[titleIndex]);
    if (inc.exercise) {
        inc.title = QStringLiteral("[Exercise] ") + inc.title;
    }
    inc.attackIds = {QString::fromLatin1(profile->attack[titleIndex % 3])};
    if (m_rng.bounded(2) == 0) {
        inc.attackIds.append(QString::fromLatin1(profile->attack[(titleIndex + 1) % 3]));
    }
    inc.confidential =
        inc.category == Category::Insider || (inc.category == Category::DataExposure && m_rng.bounded(5) == 0);

    const int sourceRoll = int(m_rng.bounded(100));
    if (inc.exercise) {
        inc.detectionSource = DetectionSource::Exercise;
        inc.detectionDetail = QStringLiteral("Quarterly tabletop drill");
    } else if (sourceRoll < 68) {
        inc.detectionSource = DetectionSource::Tool;
        inc.detectionDetail = QString::fromLatin1(kTools[m_rng.bounded(int(std::size(kTools)))]);
    } else if (sourceRoll < 80) {
        inc.detectionSource = DetectionSource::UserReport;
        inc.detectionDetail = QStringLiteral("Report via phishing button / service desk");
    } else if (sourceRoll < 90) {
        inc.detectionSource = DetectionSource::ThreatHunt;
        inc.detectionDetail = QStringLiteral("Hypothesis-driven hunt");
    } else {
        inc.detectionSource = DetectionSource::ThirdParty;
        inc.detectionDetail = QStringLiteral("Notification from partner or researcher");
    }

    const Person& commander = pick(PersonFunction::SecurityOperations);
    inc.commanderId = commander.id;
    const int assigneeCount = 1 + int(m_rng.bounded(3));
    for (int i = 0; i < assigneeCount; ++i) {
        const Person& p = pick(i == 2 ? PersonFunction::ItOperations : PersonFunction::SecurityOperations);
        if (!inc.assigneeIds.contains(p.id) && p.id != commander.id) {
            inc.assigneeIds.append(p.id);
        }
    }

    // Linked assets.
    QList<Asset> linked;
    const int assetCount = int(m_rng.bounded(3));
    for (int i = 0; i < assetCount; ++i) {
        const Asset& a = m_assets.at(int(m_rng.bounded(int(m_assets.size()))));
        if (!out.assetIds.contains(a.id)) {
            out.assetIds.append(a.id);
            linked.append(a);
        }
    }

    // Times: the alert often arrives after the impact started.
    const qint64 created = std::min(base, m_now - kMinute);
    qint64 detected = created;
    if (m_rng.bounded(10) == 0) {
        detected = created - logNormalMinutes(240, 1.2);
    }
    inc.createdAt = created;
    inc.detectedAt = detected;
    inc.tier = Tier::Tier1;
    const QDate createdDate = QDateTime::fromMSecsSinceEpoch(created, Qt::UTC).date();
    const int number = ++m_referenceByYear[createdDate.year()];
    inc.reference = formatIncidentReference(createdDate.year(), number);

    const Actor commanderActor{commander.id, commander.name};
    const Person& analyst = pick(PersonFunction::SecurityOperations);
    const Actor analystActor{analyst.id, analyst.name};

    const auto drafts = IncidentRules::create(
        inc, linked, created,
        detected < created ? QStringLiteral("Impact began before the alert fired (found in log review)") : QString());
    for (const auto& d : drafts) {
        out.events.append(Event{d.kind == TimelineKind::Created ? analystActor : Actor::system(), d});
    }
    inc.summary =
        QStringLiteral("%1. Detected by %2. Commander: %3.").arg(inc.title, inc.detectionDetail, commander.name);

    IncidentFacts facts = IncidentFacts::of(inc);
    qint64 t = created;
    auto step = [&](Status to, qint64 delay, const Actor& actor, const QString& note = QString()) -> bool {
        const qint64 at = t + delay;
        if (at >= m_now) {
            return false;
        }
        facts.copyTo(inc);
        const TimelineDraft d = IncidentRules::transition(inc, to, at, note);
        facts.apply(d);
        facts.copyTo(inc);
        out.events.append(Event{actor, d});
        t = at;
        return true;
    };
    auto addNote = [&](qint64 delay, const Actor& actor) {
        const qint64 at = t + delay;
        if (at >= m_now) {
            return;
        }
        out.events.append(
            Event{actor, IncidentRules::note(QString::fromLatin1(kNotes[m_rng.bounded(int(std::size(kNotes)))]), at)});
        t = at;
    };

    const int sev = toInt(inc.severity);
    const double ackMedian[] = {6, 15, 40, 180};
    const double containMedian[] = {180, 480, 1440, 2880};
    const double remediateMedian[] = {1800, 4320, 7200, 10080};

    // About 1 in 120 is never acknowledged (it stays visible as such in metrics).
    if (m_rng.bounded(120) == 0 && inc.severity == Severity::Sev4) {
        out.incident = inc;
        return out;
    }
    if (!step(Status::Acknowledged, logNormalMinutes(ackMedian[sev - 1], 0.9), analystActor)) {
        out.incident = inc;
        return out;
    }
    if (inc.severity >= Severity::Sev3 && m_rng.bounded(5) == 0 && toInt(inc.tier) < 2) {
        facts.copyTo(inc);
        const qint64 at = t + logNormalMinutes(20, 0.7);
        if (at < m_now) {
            const auto d = IncidentRules::changeTier(
                inc, Tier::Tier2,
                QString::fromLatin1(kEscalationReasons[m_rng.bounded(int(std::size(kEscalationReasons)))]), linked, at);
            facts.apply(d);
            facts.copyTo(inc);
            out.events.append(Event{analystActor, d});
            t = at;
        }
    }
    if (!step(Status::Investigating, logNormalMinutes(15, 0.8), analystActor)) {
        out.incident = inc;
        return out;
    }
    addNote(logNormalMinutes(45, 1.0), analystActor);
    if (m_rng.bounded(100) < 8) {
        step(Status::FalsePositive, logNormalMinutes(90, 1.0), analystActor,
             QStringLiteral("Activity traced to an authorised penetration test"));
        out.incident = inc;
        return out;
    }
    if (!step(Status::Contained, logNormalMinutes(containMedian[sev - 1], 0.8), commanderActor)) {
        out.incident = inc;
        return out;
    }
    addNote(logNormalMinutes(120, 1.0), commanderActor);
    if (!step(Status::Remediated, logNormalMinutes(remediateMedian[sev - 1], 0.7), commanderActor)) {
        out.incident = inc;
        return out;
    }
    if (!step(Status::Closed, logNormalMinutes(2880, 0.8), commanderActor)) {
        out.incident = inc;
        return out;
    }
    if (m_rng.bounded(100) < 3) {
        if (step(Status::Reopened, logNormalMinutes(4320, 0.8), commanderActor,
                 QStringLiteral("Same indicators seen again on another host")) &&
            step(Status::Investigating, logNormalMinutes(30, 0.8), analystActor) &&
            step(Status::Remediated, logNormalMinutes(remediateMedian[sev - 1] / 2, 0.7), commanderActor)) {
            step(Status::Closed, logNormalMinutes(1440, 0.8), commanderActor);
        }
    }
    facts.copyTo(inc);
    out.incident = inc;
    return out;
}

} // namespace muster::core
