<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Muster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident coordination, tabletop exercises and SOC metrics for security operations teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this version of Muster knows up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>missing argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Muster database FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--database FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentRules</name>
    <message>
        <source>Title: an incident needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: at most 300 characters (this one has %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATT&amp;CK techniques: &quot;%1&quot; is not a technique id; use the form T1234 or T1234.001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected at: the detection time cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident opened: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1 is before the incident was detected (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident is already at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: say why the incident changes tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SEV1 incident is a major incident and stays at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident touches a business-critical asset and stays at %1 or above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated from %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De-escalated from %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEV1 is a major incident, handled by the Tier 3 escalation point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>touches business-critical asset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routed automatically from %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: say why the detection time changes (for example, when the impact started before the alert).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected at: the incident cannot be detected after it was acknowledged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection time set to %1 (was %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the note is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset linked: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset unlinked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unassigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentService</name>
    <message>
        <source>No incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no person %2 in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets: no asset %1 in the inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: a status change cannot be recorded in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already linked to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets: asset %1 is not linked to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title changed to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity changed from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category changed from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATT&amp;CK techniques: &quot;%1&quot; is not a technique id; use the form T1234 or T1234.001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATT&amp;CK techniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATT&amp;CK techniques set to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignees: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential marking removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection source detail set to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>An incident cannot go from %1 to %2. From %1 it can go to: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Muster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;Demo Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Muster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not available in this version of Muster yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MTTA and MTTR dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running tabletop exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Muster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is empty. Load a demo organisation to explore Muster?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo holds about 200 incidents over the last 12 months and a stakeholder directory. Use a separate database for real work (File &gt; New Database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Demo Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already holds incidents. Add the demo organisation to it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muster databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muster databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Use File &gt; Open Database to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, team, e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Unknown user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acting as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local only: Muster keeps everything in the database file on this computer. Synchronisation with a team PostgreSQL server is not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown on reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My login name (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Local only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n change(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Error (click for details)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineChain</name>
    <message>
        <source>Entry %1 (%2) was changed after it was recorded: its content no longer matches its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 (%2) is first but does not start the chain: an earlier entry was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 (%2) follows an entry that is no longer in the timeline: an entry was removed or reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline is empty, but the incident records entries: entries were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest entry&apos;s hash does not match the head recorded on the incident: the last entries were removed or the head was altered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Another File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or Create Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muster databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident coordination, tabletop exercises and SOC metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database FILE instead of the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muster::core::Actor</name>
    <message>
        <source>Muster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muster::core::AssetKind</name>
    <message>
        <source>User account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muster::core::AttackId</name>
    <message>
        <source>&quot;%1&quot; is not an ATT&amp;CK technique id; use the form T1234 or T1234.001.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muster::core::Category</name>
    <message>
        <source>Phishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ransomware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business email compromise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account compromise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denial of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerability exploitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud misconfiguration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost or stolen device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muster::core::DetectionSource</name>
    <message>
        <source>Detection tool or alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat hunt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muster::core::Sensitivity</name>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulated personal data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muster::core::Severity</name>
    <message>
        <source>SEV1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEV2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEV3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEV4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical: confirmed compromise of business-critical systems or regulated data, active attacker, or an outage of a core business service. Major-incident response, executives informed at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High: confirmed compromise with limited scope, or a credible threat to critical systems or sensitive data. Dedicated responders and stakeholders engaged the same day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium: suspicious or malicious activity contained to a few users or hosts, no sign of data loss. Handled by the SOC within business hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low: policy violation, blocked attempt or minor event with negligible impact. Handled in the normal queue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muster::core::Status</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remediated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False positive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muster::core::Tier</name>
    <message>
        <source>Tier 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier 1: triage of incoming alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier 2: investigation and correlation, and anything touching business-critical systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier 3: threat hunting and escalation point for major incidents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muster::ctl</name>
    <message>
        <source>%1 is a Muster database (schema %2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 (schema %2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--database FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Muster database, schema %2 of %3, integrity ok.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrations are pending; run: musterctl db migrate --database %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is up to date (schema %2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrated %1 from schema %2 to %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a database file (or check that FILE is one) and bring it to the current schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that FILE is a healthy Muster database this version can open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply pending schema migrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many incidents to generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (same seed, same data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--incidents N is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--incidents takes a number from 0 to 10000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a non-negative number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds incidents; generate into a new file.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% (%2 of %3 incidents)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 people, %2 assets, %3 incidents and %4 timeline entries to %5 in %6 s.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the demo organisation (about 200 incidents over 12 months and a stakeholder directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a large realistic data set (for benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muster::gui::DemoDataLoader</name>
    <message>
        <source>Loading demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data not loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muster::storage</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Muster database: it is not an SQLite database file. Muster left it untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). Restore it from a backup; Muster left it untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Muster database: it is an SQLite database of another program. Muster left it untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (the integrity check found: %2). Restore it from a backup; Muster left it untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Muster (database schema %2; this version knows up to %3). Update Muster to open it; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>muster::storage::Query</name>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
