#include "storage/AlertDemoWriter.h"

#include "core/AlertmanagerPayload.h"
#include "core/GenericMapping.h"
#include "core/PagerDutyEvent.h"
#include "storage/AlertIntake.h"
#include "storage/AlertRepository.h"
#include "storage/AlertSourceRepository.h"
#include "storage/AlertTriageService.h"
#include "storage/Database.h"
#include "storage/DemoClock.h"
#include "storage/DemoDirectory.h"
#include "storage/DemoTasks.h"
#include "storage/IncidentService.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <functional>

namespace muster::storage {

namespace {

constexpr qint64 kMinute = 60'000;
constexpr int kHours = 60; // minutes
constexpr int kDays = 24 * kHours;

enum class Src
{
    Alertmanager, // Prometheus Alertmanager (node exporter, Falco on the Kubernetes cluster)
    Siem,         // Splunk Enterprise Security notables through PagerDuty Events v2
    Edr,          // CrowdStrike Falcon detections through the generic endpoint
};

enum class Fate
{
    Queue,
    Promote,
    Merge,
    FalsePositive,
    Benign,
};

// One alert as its source sent it, and what tier 1 decided. Demo content is data, not
// user interface text, and stays in English.
struct DemoAlert
{
    Src source;
    const char* key; // Alertmanager fingerprint, PagerDuty dedup_key, Falcon DetectId
    const char* title;
    const char* severity; // the source's own word or number
    const char* rule;
    const char* labels; // "name=value;name=value"
    int firstSeen;      // minutes before now
    int repeats;        // further occurrences,
    int repeatEvery;    // this many minutes apart
    int resolvedAfter;  // minutes after the first event, when the source resolved it; 0: still firing
    Fate fate;
    int triageAfter;  // minutes after the first event
    const char* note; // Promote: category key; Merge: the key of the promoted alert or "@N" (workflow
                      // incident N); dismissals: the reason
    int analyst;      // which tier 1 analyst decided
};

const char* const kScannerReason =
    "Authorised weekly Nessus scan from 10.20.0.15; add the scanner to the rule's allow list.";
const char* const kSccmReason = "SCCM compliance baseline (signed script, runs daily at 09:00). Tune the rule to "
                                "exclude CcmExec.exe as the parent process.";

// clang-format off
const DemoAlert kAlerts[] = {
    // Prometheus Alertmanager: node exporter and Falco on the production cluster.
    {Src::Alertmanager, "8f2c41d0a7b3e915", "Terminal shell spawned in payments-api container", "critical",
     "FalcoTerminalShellInContainer", "instance=k8s-prod-eu1;namespace=payments;pod=payments-api-7c9d8b6f4-xk2lp;job=falco",
     2 * kDays + 6 * kHours, 3, 7, 0, Fate::Promote, 9, "vulnerability_exploitation", 0},
    {Src::Alertmanager, "c41e07b2d95a3f60", "Outbound connection to a cryptomining pool from payments-api", "critical",
     "FalcoOutboundMiningPool", "instance=k8s-prod-eu1;namespace=payments;pod=payments-api-7c9d8b6f4-xk2lp;dst_ip=198.51.100.23",
     2 * kDays + 6 * kHours - 12, 11, 5, 240, Fate::Merge, 25, "8f2c41d0a7b3e915", 0},
    {Src::Alertmanager, "5b90e3f1c2a8d476", "SSH brute force against the VPN concentrator", "warning", "SSHBruteForce",
     "instance=vpn-edge-01:9100;job=node;src_ip=203.0.113.77", 8 * kDays, 38, 290, 0, Fate::Benign, 35,
     "Internet background noise: about 2,300 attempts from a known scanner range, all refused (key-only SSH, rate "
     "limited).", 1},
    {Src::Alertmanager, "e07d3c9a41f2b586", "Unusual outbound traffic from the payments database", "warning",
     "EgressSpike", "instance=pg-payments-01:9100;job=node", 9 * kHours, 4, 20, 300, Fate::Promote, 18,
     "data_exposure", 2},
    {Src::Alertmanager, "a9d3e6f01b7c2845", "Egress spike from the finance data warehouse", "warning", "EgressSpike",
     "instance=dwh-fin:9100;job=node", 5 * kHours, 2, 30, 75, Fate::Queue, 0, "", 0},
    {Src::Alertmanager, "3c7f19e2d0b4a865", "Write below /etc in container config-reloader", "warning",
     "FalcoWriteBelowEtc", "instance=k8s-prod-eu1;namespace=monitoring;pod=config-reloader-5f7b9-2xq8m", 5 * kDays, 6,
     60, 420, Fate::Benign, 50,
     "The platform team's config reloader rewrites /etc/nginx on every deploy; Falco exception requested (PLAT-2231).",
     3},
    {Src::Alertmanager, "d58a0c4e7f1b2936", "Service account read secrets across namespaces", "warning",
     "KubeSecretAccessUnusualSA", "instance=k8s-prod-eu1;namespace=ci;serviceaccount=argo-workflow", 11 * kHours, 1, 45,
     120, Fate::Queue, 0, "", 0},
    {Src::Alertmanager, "71be4f2a9c0d3e58", "Anonymous request to the Kubernetes API allowed", "warning",
     "KubeAPIAnonymousAccess", "instance=k8s-prod-eu1;verb=get;uri=/healthz", 6 * kDays, 14, 30, 500,
     Fate::FalsePositive, 40,
     "Load balancer health checks call /healthz anonymously by design; the rule should exclude /healthz and /livez.",
     4},
    {Src::Alertmanager, "b2e86d1f05c9a374", "Burst of DNS TXT queries from an executive laptop", "warning",
     "DnsTxtQueryRate", "host=LT-EXE-0004;job=dns-analytics;domain=cdn-sync.example.net", 7 * kHours, 5, 12, 0,
     Fate::Queue, 0, "", 0},
    {Src::Alertmanager, "f4a1c8e3b7d20569", "ClusterRoleBinding to cluster-admin created", "critical",
     "KubeClusterAdminBinding", "instance=k8s-prod-eu1;user=dev-ci-deploy;binding=ci-debug-admin", 40, 0, 0, 0,
     Fate::Queue, 0, "", 0},

    // Splunk Enterprise Security notables through PagerDuty Events v2.
    {Src::Siem, "notable-4471", "Impossible travel: CFO mailbox signed in from Lisbon and Singapore within 40 minutes",
     "error", "Access - Geographically Improbable Access Detected - Rule",
     "source=m365-tenant;user=cfo@example.com;src_ip=198.51.100.41;app=Microsoft 365", 6 * kDays + 45, 1, 25, 0,
     Fate::Promote, 14, "account_compromise", 1},
    {Src::Siem, "notable-4480", "Inbox rule forwards CFO mail to an external address", "error",
     "Email - Suspicious Inbox Forwarding Rule - Rule",
     "source=m365-tenant;user=cfo@example.com;forward_to=archive-cfo@mail.example.net", 6 * kDays + 35, 0, 0, 0,
     Fate::Merge, 20, "notable-4471", 1},
    {Src::Siem, "notable-4502", "Password spray against Okta from Tor exit nodes", "warning",
     "Authentication - Password Spray - Rule", "source=idp.corp.example;src_ip=185.220.101.0/24;app=Okta;user_count=214",
     4 * kDays + 2 * kHours, 6, 15, 240, Fate::Promote, 11, "account_compromise", 2},
    {Src::Siem, "notable-4505", "MFA push denied repeatedly for a sales representative", "warning",
     "Authentication - Excessive MFA Denials - Rule", "source=idp.corp.example;user=j.doe@example.com;src_ip=185.220.101.14",
     4 * kDays + 90, 2, 6, 0, Fate::Merge, 35, "notable-4502", 2},
    {Src::Siem, "notable-4388", "Vulnerability scanner activity from 10.20.0.15", "info",
     "Network - Vulnerability Scanner Detected - Rule", "source=10.20.0.15;src_ip=10.20.0.15;dest_count=1480",
     9 * kDays, 3, 60, 240, Fate::FalsePositive, 22, kScannerReason, 3},
    {Src::Siem, "notable-4452", "Vulnerability scanner activity from 10.20.0.15", "info",
     "Network - Vulnerability Scanner Detected - Rule", "source=10.20.0.15;src_ip=10.20.0.15;dest_count=1512",
     2 * kDays + 9 * kHours, 3, 60, 240, Fate::FalsePositive, 30, kScannerReason, 4},
    {Src::Siem, "notable-4560", "Vulnerability scanner activity from 10.20.0.15", "info",
     "Network - Vulnerability Scanner Detected - Rule", "source=10.20.0.15;src_ip=10.20.0.15;dest_count=1497",
     2 * kHours, 1, 60, 0, Fate::Queue, 0, "", 0},
    {Src::Siem, "notable-4419", "Impossible travel: help desk operator in London and Frankfurt", "warning",
     "Access - Geographically Improbable Access Detected - Rule",
     "source=m365-tenant;user=helpdesk-07;src_ip=192.0.2.88;app=Microsoft 365", 8 * kDays + 2 * kHours, 0, 0, 90,
     Fate::FalsePositive, 26,
     "Frankfurt is the corporate VPN's egress; the operator never left London. Exclude VPN egress addresses from the "
     "rule.", 0},
    {Src::Siem, "notable-4493", "Impossible travel: sales representative in Madrid and Dublin", "warning",
     "Access - Geographically Improbable Access Detected - Rule",
     "source=m365-tenant;user=j.doe@example.com;src_ip=192.0.2.91;app=Microsoft 365", 3 * kDays + 7 * kHours, 0, 0,
     60, Fate::FalsePositive, 18,
     "Her mobile carrier routes through Dublin; she was in Madrid all day (confirmed with her manager).", 5},
    {Src::Siem, "notable-4520", "Admin role granted outside the change window", "error",
     "Identity - Privileged Role Assigned Outside Change Window - Rule",
     "source=idp.corp.example;user=helpdesk-07;target_role=Org Admin;app=Okta", 3 * kDays, 0, 0, 0,
     Fate::FalsePositive, 45, "Change CHG-4411 was approved; the change calendar feed to Splunk arrived a day late.", 1},
    {Src::Siem, "notable-4531", "Mass file deletion in the finance SharePoint site", "warning",
     "Data - Mass Deletion - Rule", "source=m365-tenant;user=svc-retention;site=finance;files=18344",
     2 * kDays + 2 * kHours, 0, 0, 0, Fate::Benign, 33,
     "Scheduled records-retention job (policy FIN-RET-7Y) ran as planned.", 2},
    {Src::Siem, "notable-4540", "Bulk export of CRM records by a departing engineer", "error",
     "UEBA - Unusual Volume of Records Exported - Rule",
     "source=crm.corp.example;user=e.novak;records=48210;app=Salesforce", 33 * kHours, 2, 90, 0, Fate::Merge,
     8 * kHours, "@1", 3},
    {Src::Siem, "notable-4377", "Sign-ins to the payroll portal from an unfamiliar network", "warning",
     "Access - Unusual ASN for Application - Rule", "source=payroll.corp.example;asn=AS64511;user_count=3;app=Payroll",
     78 * kHours, 1, 40, 0, Fate::Merge, 5 * kHours, "@2", 4},
    {Src::Siem, "notable-4566", "MFA push spam against an identity administrator", "error",
     "Authentication - Excessive MFA Denials - Rule", "source=idp.corp.example;user=iam-admin-02;src_ip=203.0.113.45",
     50, 5, 6, 0, Fate::Queue, 0, "", 0},
    {Src::Siem, "notable-4561", "Mailbox rule moves messages to the RSS Feeds folder", "warning",
     "Email - Suspicious Inbox Rule - Rule", "source=m365-tenant;user=ap.clerk@example.com;rule_name=..", 3 * kHours, 0,
     0, 0, Fate::Queue, 0, "", 0},
    {Src::Siem, "notable-4562", "Phishing URL clicked by an accounts payable clerk", "warning",
     "Email - URL Clicked After Delivery - Rule",
     "source=m365-tenant;user=ap.clerk@example.com;url=hxxps://invoice-portal.example.net/login", 160, 0, 0, 0,
     Fate::Queue, 0, "", 0},
    {Src::Siem, "notable-4563", "AWS root account console sign-in from an unusual address", "critical",
     "Cloud - Root Account Activity - Rule", "source=aws-root-prod;src_ip=203.0.113.200;region=eu-west-1", 20, 0, 0, 0,
     Fate::Queue, 0, "", 0},
    {Src::Siem, "notable-4552", "Mass repository clone by the CI deploy account", "warning",
     "UEBA - Unusual Repository Access - Rule", "source=git.corp.example;user=dev-ci-deploy;repos=312", 9 * kHours, 0,
     0, 0, Fate::Queue, 0, "", 0},

    // CrowdStrike Falcon detections through the generic endpoint (severity 1-5).
    {Src::Edr, "ldt:8d2f6c1a4e0b:4410", "Credential dumping: LSASS memory read by procdump64.exe", "5",
     "OS Credential Dumping: LSASS Memory (T1003.001)",
     "ComputerName=bastion-02;UserName=CORP\\svc-backup;FileName=procdump64.exe;LocalIP=10.10.4.12",
     3 * kDays + 2 * kHours, 0, 0, 0, Fate::Promote, 7, "account_compromise", 3},
    {Src::Edr, "ldt:8d2f6c1a4e0b:4412", "Lateral movement: PsExec service created on DC02 from bastion-02", "5",
     "Remote Services: SMB/Windows Admin Shares (T1021.002)",
     "ComputerName=dc02.corp.example;UserName=CORP\\svc-backup;FileName=PSEXESVC.exe;LocalIP=10.10.1.3",
     3 * kDays + 2 * kHours - 15, 1, 3, 0, Fate::Merge, 20, "ldt:8d2f6c1a4e0b:4410", 3},
    {Src::Edr, "ldt:2b71e90c5fa3:0931", "Infostealer blocked: RedLine dropper from cracked software", "4",
     "Credentials from Web Browsers (T1555.003)",
     "ComputerName=LT-SAL-0877;UserName=CORP\\s.martin;FileName=setup_x64_crack.exe;LocalIP=10.30.7.81",
     8 * kDays + 6 * kHours, 0, 0, 0, Fate::Promote, 16, "malware", 4},
    {Src::Edr, "ldt:5c0e3d7b9a12:1044", "Suspicious PowerShell: encoded command line", "3",
     "Command and Scripting Interpreter: PowerShell (T1059.001)",
     "ComputerName=LT-FIN-0231;UserName=CORP\\a.haddad;FileName=powershell.exe;LocalIP=10.30.2.44",
     6 * kDays + 2 * kHours, 2, kDays, 0, Fate::FalsePositive, 28, kSccmReason, 5},
    {Src::Edr, "ldt:5c0e3d7b9a12:1102", "Suspicious PowerShell: encoded command line", "3",
     "Command and Scripting Interpreter: PowerShell (T1059.001)",
     "ComputerName=LT-EXE-0004;UserName=CORP\\k.mensah;FileName=powershell.exe;LocalIP=10.30.9.5",
     4 * kDays + 2 * kHours, 1, kDays, 0, Fate::FalsePositive, 19, kSccmReason, 0},
    {Src::Edr, "ldt:5c0e3d7b9a12:1187", "Suspicious PowerShell: encoded command line", "3",
     "Command and Scripting Interpreter: PowerShell (T1059.001)",
     "ComputerName=LT-SAL-0877;UserName=CORP\\s.martin;FileName=powershell.exe;LocalIP=10.30.7.81", 130, 0, 0, 0,
     Fate::Queue, 0, "", 0},
    {Src::Edr, "ldt:9e4a2c6f1d08:0815", "Mimikatz-like credential tool executed", "5", "OS Credential Dumping (T1003)",
     "ComputerName=ci-runner-07;UserName=CORP\\redteam-02;FileName=katz.exe;LocalIP=10.40.0.17", 10 * kDays, 0, 0, 0,
     Fate::Benign, 12,
     "Red team engagement RT-2026-03 (authorised, ticket SEC-1182); host and account match the rules of engagement.",
     1},
    {Src::Edr, "ldt:3f8b1e6d2c94:0977", "Remote access tool installed: AnyDesk", "3", "Remote Access Software (T1219)",
     "ComputerName=fs01.corp.example;UserName=CORP\\it.support;FileName=AnyDesk.exe;LocalIP=10.10.3.20",
     5 * kDays + 5 * kHours, 0, 0, 0, Fate::Benign, 41,
     "Vendor support session on FS01 approved by IT operations (CHG-4390); the tool was removed afterwards.", 2},
    {Src::Edr, "ldt:7a2d5f0e8b31:1203", "Ransomware behaviour blocked: file encryption on a finance laptop", "5",
     "Data Encrypted for Impact (T1486)",
     "ComputerName=LT-FIN-0231;UserName=CORP\\a.haddad;FileName=svchost32.exe;LocalIP=10.30.2.44", 45, 2, 4, 0,
     Fate::Merge, 25, "@0", 4},
    {Src::Edr, "ldt:7a2d5f0e8b31:1210", "Cobalt Strike beacon behaviour: named pipe and sleep mask", "5",
     "Application Layer Protocol: Web Protocols (T1071.001)",
     "ComputerName=ci-runner-07;UserName=CORP\\build;FileName=rundll32.exe;RemoteIP=203.0.113.10", 12, 1, 3, 0,
     Fate::Queue, 0, "", 0},
    {Src::Edr, "ldt:2b71e90c5fa3:1199", "Malicious document: Word macro spawned cmd.exe", "4",
     "User Execution: Malicious File (T1204.002)",
     "ComputerName=LT-SAL-0877;UserName=CORP\\s.martin;FileName=WINWORD.EXE;LocalIP=10.30.7.81", 250, 0, 0, 0,
     Fate::Queue, 0, "", 0},
    {Src::Edr, "ldt:4c6a8e2f0b57:1150", "USB mass storage: 2.1 GB copied to a removable drive", "2",
     "Exfiltration over Physical Medium (T1052.001)",
     "ComputerName=LT-EXE-0004;UserName=CORP\\k.mensah;FileName=explorer.exe;LocalIP=10.30.9.5", 26 * kHours, 0, 0, 0,
     Fate::Queue, 0, "", 0},
    {Src::Edr, "ldt:6d1f3b9a7e24:1207", "Suspicious scheduled task created on a domain controller", "4",
     "Scheduled Task/Job: Scheduled Task (T1053.005)",
     "ComputerName=dc01.corp.example;UserName=CORP\\svc-backup;FileName=schtasks.exe;LocalIP=10.10.1.2", 95, 0, 0, 0,
     Fate::Queue, 0, "", 0},
};
// clang-format on

// How an incident promoted from an alert was worked: minutes after the promotion; 0
// where it has not got there (yet).
struct Worked
{
    const char* key;
    const char* commanderTitle;
    int commanderSkip;
    int acknowledged;
    int investigating;
    int contained;
    int remediated;
    int closed;
    const char* containment;
};

const Worked kWorked[] = {
    {"8f2c41d0a7b3e915", "Incident commander", 1, 4, 12, 250, 1900, 0,
     "payments-api pods rescheduled from a clean image; egress to the pool blocked"},
    {"e07d3c9a41f2b586", "Incident commander", 0, 6, 20, 0, 0, 0, ""},
    {"notable-4471", "Incident commander", 2, 5, 15, 95, 1500, 2900,
     "Sessions revoked, forwarding rule removed, CFO password reset with phishing-resistant MFA"},
    {"notable-4502", "SOC analyst (Tier 2)", 0, 3, 10, 60, 600, 2600,
     "Tor exit ranges blocked at Okta; the one account that accepted a push was reset"},
    {"ldt:8d2f6c1a4e0b:4410", "Incident commander", 0, 3, 8, 70, 2300, 0,
     "bastion-02 and DC02 isolated; svc-backup disabled and its credentials rotated"},
    {"ldt:2b71e90c5fa3:0931", "SOC analyst (Tier 2)", 1, 6, 20, 45, 1300, 2800,
     "Laptop reimaged; browser-stored passwords of the user rotated"},
};

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject labelsOf(const char* spec)
{
    QJsonObject labels;
    for (const QString& pair : QString::fromUtf8(spec).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        labels.insert(pair.left(eq), pair.mid(eq + 1));
    }
    return labels;
}

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Alertmanager's webhook payload (version 4) for one alert of a group.
QByteArray alertmanagerBody(const DemoAlert& a, qint64 startsAt, std::optional<qint64> endsAt)
{
    const QString rule = QString::fromUtf8(a.rule);
    QJsonObject labels = labelsOf(a.labels);
    labels.insert(QStringLiteral("alertname"), rule);
    labels.insert(QStringLiteral("severity"), QString::fromUtf8(a.severity));
    const QJsonObject annotations{{QStringLiteral("summary"), QString::fromUtf8(a.title)}};
    const QString status = endsAt ? QStringLiteral("resolved") : QStringLiteral("firing");
    const QJsonObject alert{
        {QStringLiteral("status"), status},
        {QStringLiteral("labels"), labels},
        {QStringLiteral("annotations"), annotations},
        {QStringLiteral("startsAt"), iso(startsAt)},
        {QStringLiteral("endsAt"), endsAt ? iso(*endsAt) : QStringLiteral("0001-01-01T00:00:00Z")},
        {QStringLiteral("generatorURL"),
         QStringLiteral("http://prometheus.corp.example:9090/alerting?search=%1").arg(rule)},
        {QStringLiteral("fingerprint"), QString::fromUtf8(a.key)},
    };
    return json({
        {QStringLiteral("version"), QStringLiteral("4")},
        {QStringLiteral("groupKey"), QStringLiteral("{}:{alertname=\"%1\"}").arg(rule)},
        {QStringLiteral("status"), status},
        {QStringLiteral("receiver"), QStringLiteral("muster")},
        {QStringLiteral("groupLabels"), QJsonObject{{QStringLiteral("alertname"), rule}}},
        {QStringLiteral("commonLabels"), labels},
        {QStringLiteral("commonAnnotations"), annotations},
        {QStringLiteral("externalURL"), QStringLiteral("http://alertmanager.corp.example:9093")},
        {QStringLiteral("alerts"), QJsonArray{alert}},
    });
}

// A PagerDuty Events v2 event as Splunk ES's PagerDuty action sends it.
QByteArray pagerDutyBody(const DemoAlert& a, const QString& routingKey, qint64 at, bool resolve)
{
    QJsonObject body{
        {QStringLiteral("routing_key"), routingKey},
        {QStringLiteral("event_action"), resolve ? QStringLiteral("resolve") : QStringLiteral("trigger")},
        {QStringLiteral("dedup_key"), QString::fromUtf8(a.key)},
    };
    if (!resolve) {
        QJsonObject details = labelsOf(a.labels);
        const QString source = details.take(QStringLiteral("source")).toString();
        body.insert(QStringLiteral("client"), QStringLiteral("Splunk Enterprise Security"));
        body.insert(
            QStringLiteral("client_url"),
            QStringLiteral("https://splunk.corp.example/en-US/app/SplunkEnterpriseSecuritySuite/incident_review"));
        body.insert(QStringLiteral("payload"), QJsonObject{
                                                   {QStringLiteral("summary"), QString::fromUtf8(a.title)},
                                                   {QStringLiteral("source"), source},
                                                   {QStringLiteral("severity"), QString::fromUtf8(a.severity)},
                                                   {QStringLiteral("timestamp"), iso(at)},
                                                   {QStringLiteral("component"), QStringLiteral("Splunk ES")},
                                                   {QStringLiteral("group"), QStringLiteral("notable")},
                                                   {QStringLiteral("class"), QString::fromUtf8(a.rule)},
                                                   {QStringLiteral("custom_details"), details},
                                               });
    }
    return json(body);
}

// A Falcon DetectionSummaryEvent as the streaming connector forwards it.
QByteArray falconBody(const DemoAlert& a, qint64 at)
{
    static const char* const kSeverityNames[] = {"Informational", "Low", "Medium", "High", "Critical"};
    const int severity = std::clamp(QByteArray(a.severity).toInt(), 1, 5);
    QJsonObject event = labelsOf(a.labels);
    event.insert(QStringLiteral("DetectId"), QString::fromUtf8(a.key));
    event.insert(QStringLiteral("DetectName"), QString::fromUtf8(a.title));
    event.insert(QStringLiteral("Severity"), severity);
    event.insert(QStringLiteral("SeverityName"), QString::fromLatin1(kSeverityNames[severity - 1]));
    event.insert(QStringLiteral("Technique"), QString::fromUtf8(a.rule));
    event.insert(QStringLiteral("ProcessStartTime"), double(at / 1000));
    event.insert(QStringLiteral("FalconHostLink"),
                 QStringLiteral("https://falcon.eu-1.crowdstrike.com/activity/detections/detail/%1")
                     .arg(QString::fromUtf8(a.key)));
    return json({
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("customerIDString"), QStringLiteral("5f0ac3e1b2d94c7e8a61f0d2c3b4a597")},
                     {QStringLiteral("eventType"), QStringLiteral("DetectionSummaryEvent")},
                     {QStringLiteral("eventCreationTime"), double(at)},
                     {QStringLiteral("version"), QStringLiteral("1.0")}}},
        {QStringLiteral("event"), event},
    });
}

QJsonObject falconMapping()
{
    return QJsonObject{
        {QStringLiteral("title"), QStringLiteral("/event/DetectName")},
        {QStringLiteral("severity"), QStringLiteral("/event/Severity")},
        {QStringLiteral("time"), QStringLiteral("/event/ProcessStartTime")},
        {QStringLiteral("asset"), QStringLiteral("/event/ComputerName")},
        {QStringLiteral("dedupKey"), QStringLiteral("/event/DetectId")},
        {QStringLiteral("rule"), QStringLiteral("/event/Technique")},
        {QStringLiteral("labels"), QStringLiteral("/event")},
    };
}

// The sources and the history of their tokens.
struct Sources
{
    core::AlertSource alertmanager;
    core::AlertSource siem;
    core::AlertSource edr;
    QString siemRoutingKey;
    int tokens = 0;
    int revoked = 0;
};

Sources setUpSources(Database& db, qint64 now)
{
    constexpr qint64 day = kDays * kMinute;
    AlertSourceRepository repo(db);
    Sources s;
    const auto issue = [&](const char* name, qint64 at) {
        ++s.tokens;
        return repo.issueToken(QString::fromLatin1(name), at);
    };
    const auto revoke = [&](const AlertSourceRepository::Issued& issued, qint64 at) {
        ++s.revoked;
        repo.revokeToken(issued.token.id, at);
    };
    // Wazuh was the first EDR/HIDS feed, retired when CrowdStrike replaced it.
    auto wazuh = issue("wazuh", now - 300 * day);
    wazuh.source.severityMap = QJsonObject{{QStringLiteral(">=12"), QStringLiteral("SEV1")},
                                           {QStringLiteral(">=10"), QStringLiteral("SEV2")},
                                           {QStringLiteral(">=7"), QStringLiteral("SEV3")},
                                           {QStringLiteral("*"), QStringLiteral("SEV4")}};
    wazuh.source.mapping = QJsonObject{
        {QStringLiteral("title"), QStringLiteral("/rule/description")},
        {QStringLiteral("severity"), QStringLiteral("/rule/level")},
        {QStringLiteral("time"), QStringLiteral("/timestamp")},
        {QStringLiteral("asset"), QStringLiteral("/agent/name")},
        {QStringLiteral("rule"), QStringLiteral("/rule/id")},
        {QStringLiteral("labels"), QStringLiteral("/data")},
    };
    repo.update(wazuh.source, now - 300 * day);
    revoke(wazuh, now - 120 * day);

    // Alertmanager: the first token was rotated after it turned up in a config repository.
    auto am = issue("alertmanager", now - 200 * day);
    am.source.severityMap = QJsonObject{{QStringLiteral("page"), QStringLiteral("SEV1")},
                                        {QStringLiteral("critical"), QStringLiteral("SEV1")},
                                        {QStringLiteral("warning"), QStringLiteral("SEV3")},
                                        {QStringLiteral("info"), QStringLiteral("SEV4")},
                                        {QStringLiteral("*"), QStringLiteral("SEV3")}};
    repo.update(am.source, now - 200 * day);
    revoke(am, now - 46 * day);
    issue("alertmanager", now - 46 * day);
    s.alertmanager = *repo.findByName(QStringLiteral("alertmanager"));

    // Splunk ES through PagerDuty Events v2: the built-in severity words fit.
    const auto siem = issue("splunk-es", now - 160 * day);
    s.siem = siem.source;
    s.siemRoutingKey = siem.secret;

    // CrowdStrike through the generic endpoint; the token moved to a new API client.
    auto edr = issue("crowdstrike", now - 120 * day);
    edr.source.severityMap = QJsonObject{{QStringLiteral(">=5"), QStringLiteral("SEV1")},
                                         {QStringLiteral(">=4"), QStringLiteral("SEV2")},
                                         {QStringLiteral(">=3"), QStringLiteral("SEV3")},
                                         {QStringLiteral("*"), QStringLiteral("SEV4")}};
    edr.source.mapping = falconMapping();
    repo.update(edr.source, now - 120 * day);
    revoke(edr, now - 19 * day);
    issue("crowdstrike", now - 19 * day);
    s.edr = *repo.findByName(QStringLiteral("crowdstrike"));
    return s;
}

} // namespace

AlertDemoWriter::Result AlertDemoWriter::write(Database& db, qint64 now, const QStringList& workflowIncidents)
{
    Result result;
    const Sources sources = setUpSources(db, now);
    result.sources = 4;
    result.tokens = sources.tokens;
    result.revokedTokens = sources.revoked;

    const DemoDirectory directory(db);
    DemoClock clock(now);
    AlertIntake intake(db, clock);
    AlertTriageService triage(db, clock);
    IncidentService incidents(db, clock);
    AlertRepository alerts(db);
    const core::GenericMapping falcon = core::GenericMapping::fromJson(sources.edr.mapping);

    // Everything that happens, put in time order before it is played.
    struct Step
    {
        qint64 at;
        std::function<void()> run;
    };
    QList<Step> steps;
    QHash<QString, QString> incidentOf; // promoted alert key -> incident id
    const auto at = [now](int minutesAgo, qint64 plusMinutes = 0) {
        return now - qint64(minutesAgo) * kMinute + plusMinutes * kMinute;
    };
    const auto alertId = [&](const DemoAlert& a) {
        const core::AlertSource& source = a.source == Src::Alertmanager ? sources.alertmanager
                                          : a.source == Src::Siem       ? sources.siem
                                                                        : sources.edr;
        return alerts.findByKey(source.id, QString::fromUtf8(a.key))->id;
    };

    for (const DemoAlert& a : kAlerts) {
        const qint64 first = at(a.firstSeen);
        // The source's own time is a little before the alert reaches Muster.
        for (int i = 0; i <= a.repeats; ++i) {
            const qint64 t = first + qint64(i) * a.repeatEvery * kMinute;
            if (t >= now) {
                break;
            }
            steps.append(
                {t, [&, a, t, first] {
                     switch (a.source) {
                     case Src::Alertmanager:
                         intake.store(sources.alertmanager, core::AlertmanagerPayload::parse(
                                                                alertmanagerBody(a, first - 90'000, std::nullopt)));
                         break;
                     case Src::Siem:
                         intake.store(sources.siem, {core::PagerDutyEvent::parse(
                                                         pagerDutyBody(a, sources.siemRoutingKey, t - 60'000, false))
                                                         .event});
                         break;
                     case Src::Edr:
                         intake.store(sources.edr, falcon.parse(falconBody(a, t - 40'000)));
                         break;
                     }
                 }});
        }
        if (a.resolvedAfter > 0 && first + qint64(a.resolvedAfter) * kMinute < now) {
            const qint64 t = first + qint64(a.resolvedAfter) * kMinute;
            steps.append(
                {t, [&, a, t, first] {
                     if (a.source == Src::Alertmanager) {
                         intake.store(sources.alertmanager,
                                      core::AlertmanagerPayload::parse(alertmanagerBody(a, first - 90'000, t)));
                     } else {
                         intake.store(
                             sources.siem,
                             {core::PagerDutyEvent::parse(pagerDutyBody(a, sources.siemRoutingKey, t, true)).event});
                     }
                 }});
        }
        if (a.fate == Fate::Queue) {
            continue;
        }
        const qint64 decided = first + qint64(a.triageAfter) * kMinute;
        const core::Actor analyst =
            DemoDirectory::actor(directory.withTitle(QStringLiteral("SOC analyst (Tier 1)"), a.analyst));
        const QString note = QString::fromUtf8(a.note);
        switch (a.fate) {
        case Fate::Queue:
            break;
        case Fate::Promote:
            steps.append({decided, [&, a, analyst, note] {
                              const auto category = core::categories().fromKey(note).value_or(core::Category::Other);
                              incidentOf.insert(QString::fromUtf8(a.key),
                                                triage.promote(alertId(a), analyst, category).id);
                          }});
            break;
        case Fate::Merge:
            steps.append({decided, [&, a, analyst, note] {
                              QString target;
                              if (note.startsWith(QLatin1Char('@'))) {
                                  target = workflowIncidents.value(note.mid(1).toInt());
                              } else {
                                  target = incidentOf.value(note);
                              }
                              if (!target.isEmpty()) {
                                  triage.merge(alertId(a), target, analyst);
                              }
                          }});
            break;
        case Fate::FalsePositive:
        case Fate::Benign:
            steps.append({decided, [&, a, analyst, note] {
                              triage.dismiss(alertId(a),
                                             a.fate == Fate::Benign ? core::AlertTriage::Benign
                                                                    : core::AlertTriage::FalsePositive,
                                             note, analyst);
                          }});
            break;
        }
    }

    // The incidents promoted from alerts, worked by their commanders.
    for (const Worked& w : kWorked) {
        const DemoAlert* alert = nullptr;
        for (const DemoAlert& a : kAlerts) {
            if (qstrcmp(a.key, w.key) == 0) {
                alert = &a;
            }
        }
        const qint64 promoted = at(alert->firstSeen, alert->triageAfter);
        const core::Actor commander =
            DemoDirectory::actor(directory.withTitle(QString::fromUtf8(w.commanderTitle), w.commanderSkip));
        const QString key = QString::fromUtf8(w.key);
        steps.append({promoted + kMinute, [&, key, commander] {
                          IncidentService::Details details;
                          details.commanderId = commander.personId;
                          incidents.updateDetails(incidentOf.value(key), details, commander);
                      }});
        const std::pair<int, core::Status> path[] = {
            {w.acknowledged, core::Status::Acknowledged},
            {w.investigating, core::Status::Investigating},
            {w.contained, core::Status::Contained},
            {w.remediated, core::Status::Remediated},
            {w.closed, core::Status::Closed},
        };
        for (const auto& [minutes, status] : path) {
            const qint64 t = promoted + qint64(minutes) * kMinute;
            if (minutes == 0 || t >= now) {
                break;
            }
            const QString text = status == core::Status::Contained ? QString::fromUtf8(w.containment) : QString();
            steps.append({t, [&, key, commander, status, text] {
                              const QString id = incidentOf.value(key);
                              if (status == core::Status::Closed) {
                                  finishDemoTasks(db, clock, id, QStringLiteral("Not needed for this incident"),
                                                  commander);
                              } else if (status == core::Status::Contained) {
                                  finishDueDemoTasks(db, clock, id, commander);
                              }
                              incidents.transition(id, status, commander, text);
                          }});
        }
    }

    std::stable_sort(steps.begin(), steps.end(), [](const Step& x, const Step& y) { return x.at < y.at; });
    for (const Step& step : steps) {
        clock.set(step.at);
        step.run();
    }

    for (const core::Alert& a : alerts.list(AlertFilter{})) {
        result.alerts += 1;
        result.occurrences += a.occurrences;
        result.resolved += a.state == core::AlertState::Resolved ? 1 : 0;
        switch (a.triage) {
        case core::AlertTriage::Untriaged:
            result.untriaged += 1;
            break;
        case core::AlertTriage::Promoted:
            result.promoted += 1;
            break;
        case core::AlertTriage::Merged:
            result.merged += 1;
            break;
        case core::AlertTriage::FalsePositive:
        case core::AlertTriage::Benign:
            result.dismissed += 1;
            break;
        }
    }
    db.notifyChanged({QStringLiteral("alerts"), QStringLiteral("alert_sources"), QStringLiteral("incidents"),
                      QStringLiteral("timeline_entries")});
    return result;
}

} // namespace muster::storage
