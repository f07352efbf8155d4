<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AarRenderer</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>limit %1 min</source>
        <translation>Limit %1 min</translation>
    </message>
    <message>
        <source>within %1 min</source>
        <translation>innerhalb von %1 min</translation>
    </message>
    <message>
        <source>over the %1 min limit</source>
        <translation>über dem Limit von %1 min</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>After-action report: %1</source>
        <translation>Auswertungsbericht: %1</translation>
    </message>
    <message>
        <source>After-action report and improvement plan</source>
        <translation>Auswertungsbericht und Verbesserungsplan</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Scenario time played</source>
        <translation>Gespielte Szenariozeit</translation>
    </message>
    <message>
        <source>%1 at %2× time compression</source>
        <translation>%1 bei Zeitraffung %2×</translation>
    </message>
    <message>
        <source>Exercise incident</source>
        <translation>Übungs-Incident</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>(not staffed)</source>
        <translation>(nicht besetzt)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>%1 of %2 expected actions rated; %3 rated P or S. Mean inject-to-decision time: %4 over %5 decisions.</source>
        <translation>%1 von %2 erwarteten Maßnahmen bewertet; %3 mit P oder S bewertet. Mittlere Zeit von Einlage bis Entscheidung: %4 über %5 Entscheidungen.</translation>
    </message>
    <message>
        <source>Objectives, ratings and observations</source>
        <translation>Ziele, Bewertungen und Beobachtungen</translation>
    </message>
    <message>
        <source>Capability: %1</source>
        <translation>Fähigkeit: %1</translation>
    </message>
    <message>
        <source>Rating: %1</source>
        <translation>Bewertung: %1</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>Einlage</translation>
    </message>
    <message>
        <source>Expected action</source>
        <translation>Erwartete Maßnahme</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erste Reaktion</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Beobachtungen</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Stärken</translation>
    </message>
    <message>
        <source>Areas for improvement</source>
        <translation>Verbesserungsbereiche</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Entscheidungsprotokoll</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <source>Inject to decision</source>
        <translation>Einlage bis Entscheidung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No decisions logged.</source>
        <translation>Keine Entscheidungen protokolliert.</translation>
    </message>
    <message>
        <source>Path through the scenario</source>
        <translation>Verlauf durch das Szenario</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Eingespielt</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Verzweigung</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden durch</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>nicht entschieden</translation>
    </message>
    <message>
        <source>Hot wash discussion</source>
        <translation>Hot-Wash-Besprechung</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>Verbesserungsplan</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Korrekturmaßnahme</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>No improvement items recorded.</source>
        <translation>Keine Verbesserungspunkte erfasst.</translation>
    </message>
    <message>
        <source>Improvement items from earlier runs</source>
        <translation>Verbesserungspunkte aus früheren Durchläufen</translation>
    </message>
    <message>
        <source>Raised in</source>
        <translation>Aufgenommen in</translation>
    </message>
    <message>
        <source>Re-tested</source>
        <translation>Erneut geprüft</translation>
    </message>
    <message>
        <source>Rating now</source>
        <translation>Aktuelle Bewertung</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Ratings (HSEEP): P performed without challenges, S with some challenges, M with major challenges, U unable to be performed. An objective is rated by its weakest expected action. Times are scenario time.</source>
        <translation>Bewertungen (HSEEP): P ohne Schwierigkeiten durchgeführt, S mit einigen Schwierigkeiten, M mit erheblichen Schwierigkeiten, U nicht durchführbar. Ein Ziel wird nach seiner schwächsten erwarteten Maßnahme bewertet. Zeiten sind Szenariozeit.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Muster</source>
        <translation>Über Muster</translation>
    </message>
    <message>
        <source>Muster</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Incident coordination, tabletop exercises and SOC metrics for security operations teams.</source>
        <translation>Incident-Koordination, Planspiele (Tabletop-Übungen) und SOC-Kennzahlen für Security-Operations-Teams.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Qt version:</source>
        <translation>Qt-Version:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Schemaversion:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>%1 (this version of Muster knows up to %2)</source>
        <translation>%1 (diese Muster-Version kennt bis %2)</translation>
    </message>
</context>
<context>
    <name>AddTaskDialog</name>
    <message>
        <source>Add Task</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Workstream:</source>
        <translation>&amp;Arbeitsstrang:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
</context>
<context>
    <name>AlertQueueModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>At source</source>
        <translation>An der Quelle</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Business-critical asset: an incident from this alert starts at %1.</source>
        <translation>Geschäftskritisches Asset: Ein Incident aus diesem Alert beginnt auf %1.</translation>
    </message>
    <message>
        <source>First received %1; last seen %2</source>
        <translation>Zuerst empfangen %1; zuletzt gesehen %2</translation>
    </message>
</context>
<context>
    <name>AlertQueueStatus</name>
    <message>
        <source>Alerts: none waiting</source>
        <translation>Alerts: keine wartend</translation>
    </message>
    <message>
        <source>No alert waits for triage.</source>
        <translation>Kein Alert wartet auf Triage.</translation>
    </message>
    <message numerus="yes">
        <source>Alerts: %n untriaged, oldest %1</source>
        <translation>
            <numerusform>Alerts: %n ohne Triage, ältester %1</numerusform>
            <numerusform>Alerts: %n ohne Triage, ältester %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the triage queue (Ctrl+8)</source>
        <translation>Triage-Warteschlange öffnen (Strg+8)</translation>
    </message>
</context>
<context>
    <name>AlertRules</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Promoted from alert %1 of %2 (seen %3 times). Labels: %4</source>
        <translation>Aus Alert %1 von %2 hochgestuft (%3-mal gesehen). Labels: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>This alert was already promoted to %1.</source>
        <translation>Dieser Alert wurde bereits zu %1 hochgestuft.</translation>
    </message>
    <message>
        <source>This alert was already merged into %1.</source>
        <translation>Dieser Alert wurde bereits mit %1 zusammengeführt.</translation>
    </message>
    <message>
        <source>This alert was already dismissed as %1.</source>
        <translation>Dieser Alert wurde bereits als %1 verworfen.</translation>
    </message>
    <message>
        <source>Dismiss: an alert is dismissed as a false positive or as benign.</source>
        <translation>Verwerfen: Ein Alert wird als False Positive oder als harmlos verworfen.</translation>
    </message>
    <message>
        <source>Reason: say why the alert is dismissed, so the detection can be tuned.</source>
        <translation>Grund: Geben Sie an, warum der Alert verworfen wird, damit die Detektion angepasst werden kann.</translation>
    </message>
    <message>
        <source>Reason: at most 2000 characters.</source>
        <translation>Grund: höchstens 2000 Zeichen.</translation>
    </message>
    <message>
        <source>%1 is %2; merge the alert into an open incident or promote it.</source>
        <translation>%1 hat den Status %2; führen Sie den Alert mit einem offenen Incident zusammen oder stufen Sie ihn hoch.</translation>
    </message>
    <message>
        <source>Opened from alert &quot;%1&quot; (%2)</source>
        <translation>Aus Alert „%1“ (%2) eröffnet</translation>
    </message>
    <message>
        <source>Alert &quot;%1&quot; (%2) merged into this incident</source>
        <translation>Alert „%1“ (%2) mit diesem Incident zusammengeführt</translation>
    </message>
    <message>
        <source>Source %1 reports alert &quot;%2&quot; resolved; the incident&apos;s status is unchanged</source>
        <translation>Quelle %1 meldet Alert „%2“ als behoben; der Status des Incidents bleibt unverändert</translation>
    </message>
</context>
<context>
    <name>AlertSourceRepository</name>
    <message>
        <source>Name: a source needs a name (the tool, e.g. &quot;wazuh&quot;).</source>
        <translation>Name: Eine Quelle braucht einen Namen (das Tool, z. B. „wazuh“).</translation>
    </message>
    <message>
        <source>Name: at most 100 characters.</source>
        <translation>Name: höchstens 100 Zeichen.</translation>
    </message>
    <message>
        <source>Rate limit: from 0.01 to 100000 requests per second.</source>
        <translation>Ratenbegrenzung: 0.01 bis 100000 Anfragen pro Sekunde.</translation>
    </message>
    <message>
        <source>Burst: from 1 to 1000000 requests.</source>
        <translation>Burst: 1 bis 1000000 Anfragen.</translation>
    </message>
    <message>
        <source>Name: a source named %1 already exists.</source>
        <translation>Name: Eine Quelle namens %1 existiert bereits.</translation>
    </message>
    <message>
        <source>No alert source %1.</source>
        <translation>Keine Alert-Quelle %1.</translation>
    </message>
    <message>
        <source>This source has alerts in the queue and history; revoke its tokens instead of removing it.</source>
        <translation>Diese Quelle hat Alerts in der Warteschlange und im Verlauf; widerrufen Sie ihre Tokens, statt sie zu entfernen.</translation>
    </message>
    <message>
        <source>No intake token %1.</source>
        <translation>Kein Annahme-Token %1.</translation>
    </message>
    <message>
        <source>%1 matches several tokens; give the token id.</source>
        <translation>%1 passt zu mehreren Tokens; geben Sie die Token-ID an.</translation>
    </message>
    <message>
        <source>Token %1 is already revoked.</source>
        <translation>Token %1 ist bereits widerrufen.</translation>
    </message>
</context>
<context>
    <name>AlertSourcesSettings</name>
    <message>
        <source>&amp;Receive alerts on this computer</source>
        <translation>Alerts auf diesem Computer &amp;empfangen</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Lauschen auf:</translation>
    </message>
    <message>
        <source>127.0.0.1:8787</source>
        <translation>127.0.0.1:8787</translation>
    </message>
    <message>
        <source>TLS &amp;certificate:</source>
        <translation>TLS-&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>PEM file; leave empty for plain HTTP on loopback</source>
        <translation>PEM-Datei; leer lassen für unverschlüsseltes HTTP auf Loopback</translation>
    </message>
    <message>
        <source>TLS &amp;key:</source>
        <translation>TLS-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>PEM file, unencrypted</source>
        <translation>PEM-Datei, unverschlüsselt</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation>&amp;Quellen:</translation>
    </message>
    <message>
        <source>Add &amp;Source…</source>
        <translation>Quelle &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Se&amp;verity map:</source>
        <translation>Schwere&amp;grad-Zuordnung:</translation>
    </message>
    <message>
        <source>{&quot;critical&quot;: &quot;SEV1&quot;, &quot;&gt;=12&quot;: &quot;SEV1&quot;, &quot;*&quot;: &quot;SEV3&quot;} — empty for the built-in map</source>
        <translation>{&quot;critical&quot;: &quot;SEV1&quot;, &quot;&gt;=12&quot;: &quot;SEV1&quot;, &quot;*&quot;: &quot;SEV3&quot;} — leer für die eingebaute Zuordnung</translation>
    </message>
    <message>
        <source>Generic &amp;mapping:</source>
        <translation>Generisches &amp;Mapping:</translation>
    </message>
    <message>
        <source>{&quot;title&quot;: &quot;/rule/description&quot;, &quot;severity&quot;: &quot;/rule/level&quot;, &quot;asset&quot;: &quot;/agent/name&quot;} — empty for the default</source>
        <translation>{&quot;title&quot;: &quot;/rule/description&quot;, &quot;severity&quot;: &quot;/rule/level&quot;, &quot;asset&quot;: &quot;/agent/name&quot;} — leer für die Standardzuordnung</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Ratenbegrenzung:</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> Anfragen/s</translation>
    </message>
    <message>
        <source>burst </source>
        <translation>Burst </translation>
    </message>
    <message>
        <source>Sa&amp;ve Source</source>
        <translation>Quelle spei&amp;chern</translation>
    </message>
    <message>
        <source>&amp;Tokens:</source>
        <translation>&amp;Tokens:</translation>
    </message>
    <message>
        <source>&amp;New Token…</source>
        <translation>&amp;Neues Token…</translation>
    </message>
    <message>
        <source>Re&amp;voke Token</source>
        <translation>Token &amp;widerrufen</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add Alert Source</source>
        <translation>Alert-Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Name of the tool or integration (e.g. wazuh, elastic):</source>
        <translation>Name des Tools oder der Integration (z. B. wazuh, elastic):</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Widerrufen %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at character %3).</source>
        <translation>%1: kein JSON-Objekt (%2 bei Zeichen %3).</translation>
    </message>
    <message>
        <source>another value</source>
        <translation>ein anderer Wert</translation>
    </message>
    <message>
        <source>Severity map</source>
        <translation>Schweregrad-Zuordnung</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>New Token</source>
        <translation>Neues Token</translation>
    </message>
    <message>
        <source>Token for %1:

%2

Muster keeps only its hash: copy it now.</source>
        <translation>Token für %1:

%2

Muster speichert nur seinen Hash: Kopieren Sie es jetzt.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Select the token to revoke.</source>
        <translation>Wählen Sie das zu widerrufende Token aus.</translation>
    </message>
    <message>
        <source>Revoke Token</source>
        <translation>Token widerrufen</translation>
    </message>
    <message>
        <source>Revoke token %1? Requests with it will be refused at once.</source>
        <translation>Token %1 widerrufen? Anfragen damit werden sofort abgelehnt.</translation>
    </message>
    <message>
        <source>Alert Intake</source>
        <translation>Alert-Annahme</translation>
    </message>
    <message>
        <source>Listening on %1 without TLS sends tokens and alerts in clear text over the network. Continue?</source>
        <translation>Ohne TLS auf %1 zu lauschen überträgt Tokens und Alerts im Klartext über das Netzwerk. Fortfahren?</translation>
    </message>
</context>
<context>
    <name>AlertTriageService</name>
    <message>
        <source>No alert %1.</source>
        <translation>Kein Alert %1.</translation>
    </message>
    <message>
        <source>Only a dismissed alert returns to the queue; this one is part of an incident.</source>
        <translation>Nur ein verworfener Alert kehrt in die Warteschlange zurück; dieser gehört zu einem Incident.</translation>
    </message>
</context>
<context>
    <name>AlertmanagerPayload</name>
    <message>
        <source>is required (Alertmanager webhook payloads are version &quot;4&quot;)</source>
        <translation>ist erforderlich (Alertmanager-Webhook-Payloads haben die Version &quot;4&quot;)</translation>
    </message>
    <message>
        <source>version &quot;%1&quot; is not supported; expected &quot;4&quot;</source>
        <translation>Version &quot;%1&quot; wird nicht unterstützt; erwartet &quot;4&quot;</translation>
    </message>
    <message>
        <source>at most %1 alerts per request (this one has %2)</source>
        <translation>höchstens %1 Alerts pro Anfrage (diese hat %2)</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; expected firing or resolved</source>
        <translation>unbekannter Status „%1“; erwartet firing oder resolved</translation>
    </message>
    <message>
        <source>is required when an alert has no labels</source>
        <translation>ist erforderlich, wenn ein Alert keine Labels hat</translation>
    </message>
    <message>
        <source>Alert %1</source>
        <translation>Alert %1</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Quellenfilter</translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation>Schweregradfilter</translation>
    </message>
    <message>
        <source>Asset filter</source>
        <translation>Asset-Filter</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Promote</source>
        <translation>&amp;Hochstufen</translation>
    </message>
    <message>
        <source>Open a new incident from this alert (P)</source>
        <translation>Neuen Incident aus diesem Alert eröffnen (P)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <source>Add this alert to an open incident (M)</source>
        <translation>Diesen Alert einem offenen Incident hinzufügen (M)</translation>
    </message>
    <message>
        <source>&amp;False Positive…</source>
        <translation>&amp;False Positive…</translation>
    </message>
    <message>
        <source>Dismiss: the detection was wrong (F)</source>
        <translation>Verwerfen: Die Detektion war falsch (F)</translation>
    </message>
    <message>
        <source>&amp;Benign…</source>
        <translation>Ha&amp;rmlos…</translation>
    </message>
    <message>
        <source>Dismiss: true detection of harmless activity (B)</source>
        <translation>Verwerfen: korrekte Detektion harmloser Aktivität (B)</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>Untriaged</source>
        <translation>Ohne Triage</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>In incidents</source>
        <translation>In Incidents</translation>
    </message>
    <message>
        <source>All alerts</source>
        <translation>Alle Alerts</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n Alert</numerusform>
            <numerusform>%n Alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken back: %1.</source>
        <translation>Zurückgenommen: %1.</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>All assets</source>
        <translation>Alle Assets</translation>
    </message>
    <message>
        <source>%1 (critical)</source>
        <translation>%1 (kritisch)</translation>
    </message>
    <message>
        <source>&lt;p&gt;No alert waits for triage.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kein Alert wartet auf Triage.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No alerts match the filters.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine Alerts entsprechen den Filtern.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>%1 (source says &quot;%2&quot;)</source>
        <translation>%1 (laut Quelle „%2“)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>%1, rule %2</source>
        <translation>%1, Regel %2</translation>
    </message>
    <message>
        <source>Alert time</source>
        <translation>Alert-Zeitpunkt</translation>
    </message>
    <message>
        <source>not given by the source</source>
        <translation>von der Quelle nicht angegeben</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>%1 (waiting %2)</source>
        <translation>%1 (wartet seit %2)</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gesehen</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), last %1</source>
        <translation>
            <numerusform>%n-mal, zuletzt %1</numerusform>
            <numerusform>%n-mal, zuletzt %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolved by the source at %1 (the incident, if any, stays as it is)</source>
        <translation>Von der Quelle als behoben gemeldet: %1 (ein etwaiger Incident bleibt unverändert)</translation>
    </message>
    <message>
        <source>%1, acknowledged at the source at %2</source>
        <translation>%1, an der Quelle quittiert: %2</translation>
    </message>
    <message>
        <source>At source</source>
        <translation>An der Quelle</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>none matched in the inventory</source>
        <translation>keine Übereinstimmung im Inventar</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c0392b&apos;&gt;&lt;b&gt;%1 — business-critical: an incident starts at %2&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c0392b&apos;&gt;&lt;b&gt;%1 — geschäftskritisch: Ein Incident beginnt auf %2&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>%1 (by %2, %3)</source>
        <translation>%1 (durch %2, %3)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Dedup key</source>
        <translation>Dedup-Schlüssel</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Latest payload</source>
        <translation>Neueste Payload</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Promote to Incident</source>
        <translation>Zum Incident hochstufen</translation>
    </message>
    <message>
        <source>Open an incident from &quot;%1&quot;.
Its detection time is the alert&apos;s own time. Category:</source>
        <translation>Incident aus „%1“ eröffnen.
Als Detektionszeitpunkt gilt der Zeitpunkt des Alerts. Kategorie:</translation>
    </message>
    <message>
        <source>Opened %1 at %2.</source>
        <translation>%1 auf %2 eröffnet.</translation>
    </message>
    <message>
        <source>Added to %1.</source>
        <translation>Zu %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Dismissed as %1 (Ctrl+Z takes it back).</source>
        <translation>Als %1 verworfen (Strg+Z macht es rückgängig).</translation>
    </message>
</context>
<context>
    <name>ApprovalRules</name>
    <message>
        <source>%1 is not in the stakeholder directory, so Muster cannot tell whether they may approve for %2. Choose who you act as (Settings, or --as on the command line).</source>
        <translation>%1 ist nicht im Stakeholder-Verzeichnis, daher kann Muster nicht feststellen, ob diese Person für %2 freigeben darf. Wählen Sie, als wer Sie handeln (Einstellungen oder --as auf der Kommandozeile).</translation>
    </message>
    <message>
        <source>someone in the Legal function, outside counsel, or the incident&apos;s Legal lead</source>
        <translation>eine Person aus der Rechtsabteilung, die externe Rechtsberatung oder die Leitung Recht des Incidents</translation>
    </message>
    <message>
        <source>someone in the HR function or the incident&apos;s HR lead</source>
        <translation>eine Person aus der Personalabteilung (HR) oder die Leitung HR des Incidents</translation>
    </message>
    <message>
        <source>someone in the Communications function, the Communications lead or the Commander</source>
        <translation>eine Person aus der Kommunikationsabteilung, die Leitung Kommunikation oder der Incident Commander</translation>
    </message>
    <message>
        <source>an executive</source>
        <translation>eine Führungskraft</translation>
    </message>
    <message>
        <source>%1 cannot approve for %2; that takes %3.</source>
        <translation>%1 kann nicht für %2 freigeben; dafür ist %3 erforderlich.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 approved &quot;%2&quot; (version %3) for %4</source>
        <translation>%1 hat „%2“ (Version %3) für %4 freigegeben</translation>
    </message>
</context>
<context>
    <name>AssignRoleDialog</name>
    <message>
        <source>Assign Role</source>
        <translation>Rolle zuweisen</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Ab:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
</context>
<context>
    <name>AttackCatalog</name>
    <message>
        <source>%1: this STIX bundle holds no ATT&amp;CK tactics or techniques; it is not an ATT&amp;CK catalog.</source>
        <translation>%1: Dieses STIX-Bundle enthält keine ATT&amp;CK-Taktiken oder -Techniken; es ist kein ATT&amp;CK-Katalog.</translation>
    </message>
    <message>
        <source>%1 is not a Muster ATT&amp;CK catalog.</source>
        <translation>%1 ist kein ATT&amp;CK-Katalog von Muster.</translation>
    </message>
    <message>
        <source>%1 holds no ATT&amp;CK techniques.</source>
        <translation>%1 enthält keine ATT&amp;CK-Techniken.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ATT&amp;CK technique id; use the form T1234 or T1234.001.</source>
        <translation>„%1“ ist keine ATT&amp;CK-Technik-ID; verwenden Sie die Form T1234 oder T1234.001.</translation>
    </message>
    <message>
        <source>%1 is not in the ATT&amp;CK catalog (version %2).</source>
        <translation>%1 ist nicht im ATT&amp;CK-Katalog (Version %2).</translation>
    </message>
    <message>
        <source>%1 (%2) was revoked by MITRE; choose its replacement.</source>
        <translation>%1 (%2) wurde von MITRE widerrufen; wählen Sie die Ersatztechnik.</translation>
    </message>
    <message>
        <source>%1 (%2) was revoked by MITRE; use %3 instead.</source>
        <translation>%1 (%2) wurde von MITRE widerrufen; verwenden Sie stattdessen %3.</translation>
    </message>
    <message>
        <source>%1 (%2) is deprecated by MITRE and no longer maintained.</source>
        <translation>%1 (%2) ist von MITRE als veraltet markiert und wird nicht mehr gepflegt.</translation>
    </message>
</context>
<context>
    <name>AttackCatalogRepository</name>
    <message>
        <source>the stored ATT&amp;CK catalog</source>
        <translation>der gespeicherte ATT&amp;CK-Katalog</translation>
    </message>
</context>
<context>
    <name>AttackPickerDialog</name>
    <message>
        <source>Choose ATT&amp;CK Techniques</source>
        <translation>ATT&amp;CK-Techniken auswählen</translation>
    </message>
    <message>
        <source>Search by id or name, e.g. T1059 or powershell</source>
        <translation>Nach ID oder Name suchen, z. B. T1059 oder powershell</translation>
    </message>
    <message>
        <source>Search techniques</source>
        <translation>Techniken suchen</translation>
    </message>
    <message>
        <source>Tactic filter</source>
        <translation>Taktikfilter</translation>
    </message>
    <message>
        <source>Show &amp;revoked and deprecated</source>
        <translation>&amp;Widerrufene und veraltete anzeigen</translation>
    </message>
    <message>
        <source>All tactics</source>
        <translation>Alle Taktiken</translation>
    </message>
    <message>
        <source>MITRE ATT&amp;CK %1. %2</source>
        <translation>MITRE ATT&amp;CK %1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n techniques</source>
        <translation>
            <numerusform>%1 von %n Technik</numerusform>
            <numerusform>%1 von %n Techniken</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>Nichts ausgewählt.</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Ausgewählt: %1</translation>
    </message>
</context>
<context>
    <name>AttackTechniqueEdit</name>
    <message>
        <source>T1059.001, T1566 ...</source>
        <translation>T1059.001, T1566 ...</translation>
    </message>
    <message>
        <source>ATT&amp;CK techniques</source>
        <translation>ATT&amp;CK-Techniken</translation>
    </message>
    <message>
        <source>Choose techniques from the ATT&amp;CK catalog (F4)</source>
        <translation>Techniken aus dem ATT&amp;CK-Katalog auswählen (F4)</translation>
    </message>
    <message>
        <source>Choose techniques</source>
        <translation>Techniken auswählen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>AttackTechniqueModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Revoked, use %1</source>
        <translation>Widerrufen, %1 verwenden</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Tactics</source>
        <translation>Taktiken</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>BacklogModel</name>
    <message numerus="yes">
        <source>Used by %1; named by %n intel item(s); not covered by any detection, hunt, exercise or incident.</source>
        <translation>
            <numerusform>Verwendet von %1; in %n Intel-Eintrag genannt; von keiner Detektion, keinem Hunt, keiner Übung und keinem Incident abgedeckt.</numerusform>
            <numerusform>Verwendet von %1; in %n Intel-Einträgen genannt; von keiner Detektion, keinem Hunt, keiner Übung und keinem Incident abgedeckt.</numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Used by tracked groups</source>
        <translation>Von beobachteten Gruppen verwendet</translation>
    </message>
    <message>
        <source>Intel</source>
        <translation>Intel</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Zielgruppe:</translation>
    </message>
    <message>
        <source>Re&amp;draft from Template…</source>
        <translation>Aus Vorlage &amp;neu entwerfen…</translation>
    </message>
    <message>
        <source>TLP &amp;marking:</source>
        <translation>TLP-&amp;Kennzeichnung:</translation>
    </message>
    <message>
        <source>Text (a line starting with &quot;## &quot; begins a section; &quot;- &quot; a bullet):</source>
        <translation>Text (eine Zeile, die mit &quot;## &quot; beginnt, eröffnet einen Abschnitt; &quot;- &quot; einen Aufzählungspunkt):</translation>
    </message>
    <message>
        <source>Brief text</source>
        <translation>Briefing-Text</translation>
    </message>
    <message>
        <source>Named recipients</source>
        <translation>Namentlich genannte Empfänger</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Release to:</source>
        <translation>&amp;Freigeben für:</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>&amp;HTML exportieren…</translation>
    </message>
    <message>
        <source>Export Mar&amp;kdown…</source>
        <translation>&amp;Markdown exportieren…</translation>
    </message>
    <message>
        <source>Share ST&amp;IX…</source>
        <translation>Als ST&amp;IX teilen…</translation>
    </message>
    <message>
        <source>Se&amp;nd to Recipients</source>
        <translation>An &amp;Empfänger senden</translation>
    </message>
    <message>
        <source>Brief %1</source>
        <translation>Briefing %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Reichweite</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Durch</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>TLP:RED: only the people checked here may receive this brief.</source>
        <translation>TLP:RED: Nur die hier markierten Personen dürfen dieses Briefing erhalten.</translation>
    </message>
    <message>
        <source>Check the people to send the brief to.</source>
        <translation>Markieren Sie die Personen, an die das Briefing gehen soll.</translation>
    </message>
    <message numerus="yes">
        <source>Distribution log: %n release(s)</source>
        <translation>
            <numerusform>Verteilungsprotokoll: %n Freigabe</numerusform>
            <numerusform>Verteilungsprotokoll: %n Freigaben</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <source>Export Brief</source>
        <translation>Briefing exportieren</translation>
    </message>
    <message>
        <source>HTML documents (*.html)</source>
        <translation>HTML-Dokumente (*.html)</translation>
    </message>
    <message>
        <source>Markdown documents (*.md)</source>
        <translation>Markdown-Dokumente (*.md)</translation>
    </message>
    <message>
        <source>Share as STIX</source>
        <translation>Als STIX teilen</translation>
    </message>
    <message>
        <source>STIX bundles (*.json)</source>
        <translation>STIX-Bundles (*.json)</translation>
    </message>
    <message>
        <source>%1 item(s) shared, %2 withheld by their marking.</source>
        <translation>%1 Einträge geteilt, %2 aufgrund ihrer Kennzeichnung zurückgehalten.</translation>
    </message>
    <message>
        <source>Recipients: check the people to send the brief to.</source>
        <translation>Empfänger: Markieren Sie die Personen, an die das Briefing gehen soll.</translation>
    </message>
    <message>
        <source>Send Brief</source>
        <translation>Briefing senden</translation>
    </message>
    <message>
        <source>Redraft</source>
        <translation>Neu entwerfen</translation>
    </message>
    <message>
        <source>Replace the text with the template for this audience? Your edits are lost.</source>
        <translation>Text durch die Vorlage für diese Zielgruppe ersetzen? Ihre Änderungen gehen verloren.</translation>
    </message>
</context>
<context>
    <name>BriefLayout</name>
    <message>
        <source>Intelligence brief %1</source>
        <translation>Threat-Intelligence-Briefing %1</translation>
    </message>
</context>
<context>
    <name>BriefRenderer</name>
    <message>
        <source>For: %1</source>
        <translation>Für: %1</translation>
    </message>
    <message>
        <source>Release: %1</source>
        <translation>Freigabe: %1</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Herausgegeben %1</translation>
    </message>
    <message>
        <source>Named recipients: %1</source>
        <translation>Namentlich genannte Empfänger: %1</translation>
    </message>
</context>
<context>
    <name>BriefTemplates</name>
    <message>
        <source>Threat intelligence brief, %1</source>
        <translation>Threat-Intelligence-Briefing, %1</translation>
    </message>
    <message>
        <source>%1 %2 (%3; confidence %4; %5)</source>
        <translation>%1 %2 (%3; Konfidenz %4; %5)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>%1 (pattern: %2)</source>
        <translation>%1 (Pattern: %2)</translation>
    </message>
    <message>
        <source>%1, published %2 by %3</source>
        <translation>%1, veröffentlicht %2 von %3</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, von %2</translation>
    </message>
    <message>
        <source>an unattributed threat</source>
        <translation>eine nicht zugeordnete Bedrohung</translation>
    </message>
    <message>
        <source>None in this brief.</source>
        <translation>Keine in diesem Briefing.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message numerus="yes">
        <source>Activity associated with %1. %n indicator(s) and %2 ATT&amp;CK technique(s) below; block or watch the indicators and check the detections for the techniques.</source>
        <translation>
            <numerusform>Aktivität im Zusammenhang mit %1. Unten folgen %n Indikator und %2 ATT&amp;CK-Technik(en); blockieren oder überwachen Sie den Indikator und prüfen Sie die Detektionen für die Techniken.</numerusform>
            <numerusform>Aktivität im Zusammenhang mit %1. Unten folgen %n Indikatoren und %2 ATT&amp;CK-Technik(en); blockieren oder überwachen Sie die Indikatoren und prüfen Sie die Detektionen für die Techniken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Indicators to block and watch</source>
        <translation>Zu blockierende und zu überwachende Indikatoren</translation>
    </message>
    <message>
        <source>ATT&amp;CK techniques</source>
        <translation>ATT&amp;CK-Techniken</translation>
    </message>
    <message>
        <source>Detection and hunting actions</source>
        <translation>Maßnahmen für Detektion und Hunting</translation>
    </message>
    <message>
        <source>Search the last 30 days of logs for the indicators above.</source>
        <translation>Durchsuchen Sie die Logs der letzten 30 Tage nach den obigen Indikatoren.</translation>
    </message>
    <message>
        <source>Confirm a detection exists for each technique; propose a hunt where none does.</source>
        <translation>Stellen Sie sicher, dass für jede Technik eine Detektion existiert; schlagen Sie einen Hunt vor, wo keine existiert.</translation>
    </message>
    <message>
        <source>Record any match as an observable on an incident so that it counts as a sighting.</source>
        <translation>Erfassen Sie jeden Treffer als Observable an einem Incident, damit er als Sichtung zählt.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>What we know about %1 and how it operates, for the teams that defend, engineer and respond.</source>
        <translation>Was wir über %1 wissen und wie vorgegangen wird – für die Teams, die verteidigen, entwickeln und reagieren.</translation>
    </message>
    <message>
        <source>Threat actors and malware</source>
        <translation>Bedrohungsakteure und Malware</translation>
    </message>
    <message>
        <source>How they operate (ATT&amp;CK)</source>
        <translation>Vorgehensweise (ATT&amp;CK)</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatoren</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s); the SOC brief lists them for blocking.</source>
        <translation>
            <numerusform>%n Indikator; das SOC-Briefing führt ihn zum Blockieren auf.</numerusform>
            <numerusform>%n Indikatoren; das SOC-Briefing führt sie zum Blockieren auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recommended actions</source>
        <translation>Empfohlene Maßnahmen</translation>
    </message>
    <message>
        <source>Review hardening and logging for the techniques listed.</source>
        <translation>Überprüfen Sie Härtung und Protokollierung für die aufgeführten Techniken.</translation>
    </message>
    <message>
        <source>Check exposure of the affected platforms and patch where needed.</source>
        <translation>Prüfen Sie die Exposition der betroffenen Plattformen und patchen Sie, wo nötig.</translation>
    </message>
    <message>
        <source>Report anything that matches to the SOC.</source>
        <translation>Melden Sie jeden Treffer dem SOC.</translation>
    </message>
    <message>
        <source>Bottom line</source>
        <translation>Fazit</translation>
    </message>
    <message numerus="yes">
        <source>%1 is active and uses %n technique(s) we track. [State our exposure in one sentence.]</source>
        <translation>
            <numerusform>%1 ist aktiv und nutzt %n Technik, die wir beobachten. [Unsere Exposition in einem Satz.]</numerusform>
            <numerusform>%1 ist aktiv und nutzt %n Techniken, die wir beobachten. [Unsere Exposition in einem Satz.]</numerusform>
        </translation>
    </message>
    <message>
        <source>Threat landscape</source>
        <translation>Bedrohungslage</translation>
    </message>
    <message>
        <source>[What changed and why it matters now.]</source>
        <translation>[Was sich geändert hat und warum es jetzt wichtig ist.]</translation>
    </message>
    <message>
        <source>Risk to us</source>
        <translation>Risiko für uns</translation>
    </message>
    <message>
        <source>[Likelihood and impact for our organisation; which services and data are exposed.]</source>
        <translation>[Eintrittswahrscheinlichkeit und Auswirkung für unsere Organisation; welche Dienste und Daten exponiert sind.]</translation>
    </message>
    <message>
        <source>What we are doing</source>
        <translation>Was wir tun</translation>
    </message>
    <message>
        <source>[Detections, hunts and hardening under way, with owners and dates.]</source>
        <translation>[Laufende Detektionen, Hunts und Härtungsmaßnahmen, mit Verantwortlichen und Terminen.]</translation>
    </message>
    <message>
        <source>Decisions or support needed</source>
        <translation>Benötigte Entscheidungen oder Unterstützung</translation>
    </message>
    <message>
        <source>[Budget, risk acceptance or priorities to decide.]</source>
        <translation>[Zu entscheiden: Budget, Risikoakzeptanz oder Prioritäten.]</translation>
    </message>
    <message>
        <source>In brief</source>
        <translation>Kurz gesagt</translation>
    </message>
    <message>
        <source>Criminal or state-backed attackers (%1) are targeting organisations like ours. [One sentence on what they want.]</source>
        <translation>Kriminelle oder staatlich unterstützte Angreifer (%1) nehmen Organisationen wie unsere ins Visier. [Ein Satz dazu, was sie wollen.]</translation>
    </message>
    <message>
        <source>What it means for the business</source>
        <translation>Was das für das Unternehmen bedeutet</translation>
    </message>
    <message>
        <source>[Which services, customers or obligations could be affected, in plain words.]</source>
        <translation>[In einfachen Worten: welche Dienste, Kunden oder Pflichten betroffen sein könnten.]</translation>
    </message>
    <message>
        <source>The security team is watching for the signs of this activity and strengthening our defences.</source>
        <translation>Das Sicherheitsteam achtet auf Anzeichen dieser Aktivität und verstärkt unsere Abwehr.</translation>
    </message>
    <message>
        <source>What we ask of you</source>
        <translation>Worum wir Sie bitten</translation>
    </message>
    <message>
        <source>Be alert to unexpected e-mails and requests for payment or credentials.</source>
        <translation>Seien Sie wachsam bei unerwarteten E-Mails und Aufforderungen zu Zahlungen oder zur Eingabe von Zugangsdaten.</translation>
    </message>
    <message>
        <source>Report anything suspicious to the security team.</source>
        <translation>Melden Sie Verdächtiges dem Sicherheitsteam.</translation>
    </message>
</context>
<context>
    <name>BriefsModel</name>
    <message>
        <source>Brief</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>BusinessCalendar</name>
    <message>
        <source>%1: &quot;%2&quot; is not a date; write dates as YYYY-MM-DD, separated by commas.</source>
        <translation>%1: „%2“ ist kein Datum; schreiben Sie Datumsangaben als JJJJ-MM-TT, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Time zone: &quot;%1&quot; is not a time zone; use an IANA name such as Europe/Berlin.</source>
        <translation>Zeitzone: „%1“ ist keine Zeitzone; verwenden Sie einen IANA-Namen wie Europe/Berlin.</translation>
    </message>
    <message>
        <source>Holiday calendar: &quot;%1&quot; is not known; use us_federal or none.</source>
        <translation>Feiertagskalender: „%1“ ist unbekannt; verwenden Sie us_federal oder none.</translation>
    </message>
    <message>
        <source>Additional holidays</source>
        <translation>Zusätzliche Feiertage</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Arbeitstage</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Save Chart as &amp;PNG…</source>
        <translation>Diagramm als &amp;PNG speichern…</translation>
    </message>
    <message>
        <source>Save Chart as &amp;SVG…</source>
        <translation>Diagramm als &amp;SVG speichern…</translation>
    </message>
    <message>
        <source>Save Data as &amp;CSV…</source>
        <translation>Daten als &amp;CSV speichern…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save this chart as an image or its data as CSV</source>
        <translation>Dieses Diagramm als Bild oder seine Daten als CSV speichern</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Grafiken (*.svg)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>the image could not be saved</source>
        <translation>das Bild konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Exported from Muster</source>
        <translation>Aus Muster exportiert</translation>
    </message>
    <message>
        <source>the SVG file could not be opened</source>
        <translation>die SVG-Datei konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>es wurde nichts geschrieben</translation>
    </message>
</context>
<context>
    <name>CommunicationModel</name>
    <message>
        <source>Sent %1</source>
        <translation>Gesendet %1</translation>
    </message>
    <message>
        <source>%1 — needs %2</source>
        <translation>%1 — benötigt %2</translation>
    </message>
    <message>
        <source>Sent by %1 via %2</source>
        <translation>Gesendet von %1 über %2</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CommunicationRules</name>
    <message>
        <source>Text: a communication needs a subject or a body.</source>
        <translation>Text: Eine Mitteilung braucht einen Betreff oder einen Text.</translation>
    </message>
    <message>
        <source>Communication drafted for %1 (%2): &quot;%3&quot;</source>
        <translation>Mitteilung für %1 (%2) entworfen: „%3“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was sent and cannot change; draft a new communication instead.</source>
        <translation>„%1“ wurde gesendet und kann nicht mehr geändert werden; entwerfen Sie stattdessen eine neue Mitteilung.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; edited: version %2</source>
        <translation>„%1“ bearbeitet: Version %2</translation>
    </message>
    <message>
        <source>%1; the approval of version %2 by %3 no longer applies</source>
        <translation>%1; die Freigabe von Version %2 durch %3 gilt nicht mehr</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not a draft.</source>
        <translation>„%1“ hat den Status %2 und ist kein Entwurf.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (version %2) submitted for review by %3</source>
        <translation>„%1“ (Version %2) von %3 zur Prüfung eingereicht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was already sent.</source>
        <translation>„%1“ wurde bereits gesendet.</translation>
    </message>
    <message>
        <source>A communication to %1 needs the approval of %2, not %3.</source>
        <translation>Eine Mitteilung an %1 braucht die Freigabe durch %2, nicht durch %3.</translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; is already approved for %3.</source>
        <translation>Version %1 von „%2“ ist bereits für %3 freigegeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; goes to %2, outside the organisation: it cannot be sent until Legal has approved this exact text (version %3). Still missing: %4.</source>
        <translation>„%1“ geht an %2 außerhalb der Organisation: Die Mitteilung kann erst gesendet werden, wenn die Rechtsabteilung genau diesen Text (Version %3) freigegeben hat. Noch ausstehend: %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be sent before %2 approved version %3.</source>
        <translation>„%1“ kann erst gesendet werden, wenn %2 Version %3 freigegeben hat.</translation>
    </message>
    <message>
        <source>Sent to %1 via %2 (version %3):
Subject: %4

%5</source>
        <translation>Gesendet an %1 über %2 (Version %3):
Betreff: %4

%5</translation>
    </message>
</context>
<context>
    <name>CommunicationSending</name>
    <message>
        <source>no recipients yet</source>
        <translation>noch keine Empfänger</translation>
    </message>
    <message>
        <source>e-mail file %1 (to: %2)</source>
        <translation>E-Mail-Datei %1 (an: %2)</translation>
    </message>
    <message>
        <source>How: say how it was sent (for example: the regulator&apos;s online portal).</source>
        <translation>Wie: Geben Sie an, wie gesendet wurde (zum Beispiel: über das Online-Portal der Aufsichtsbehörde).</translation>
    </message>
    <message>
        <source>webhook &quot;%1&quot;</source>
        <translation>Webhook „%1“</translation>
    </message>
    <message>
        <source>No webhook is set up; add one in Settings or give its address.</source>
        <translation>Es ist kein Webhook eingerichtet; fügen Sie in den Einstellungen einen hinzu oder geben Sie seine Adresse an.</translation>
    </message>
</context>
<context>
    <name>CommunicationService</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>incident commander</source>
        <translation>Incident Commander</translation>
    </message>
    <message>
        <source>communications lead</source>
        <translation>Leitung Kommunikation</translation>
    </message>
    <message>
        <source>legal contact</source>
        <translation>Ansprechperson Recht</translation>
    </message>
    <message>
        <source>when the organisation became aware</source>
        <translation>Zeitpunkt, zu dem die Organisation Kenntnis erlangt hat</translation>
    </message>
    <message>
        <source>time of the next update</source>
        <translation>Zeitpunkt des nächsten Updates</translation>
    </message>
    <message>
        <source>Template: &quot;%1&quot; is not one of %2.</source>
        <translation>Vorlage: „%1“ ist keine von %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed to version %2 while version %3 was being sent; check what went out.</source>
        <translation>„%1“ wurde auf Version %2 geändert, während Version %3 gesendet wurde; prüfen Sie, was tatsächlich versendet wurde.</translation>
    </message>
    <message>
        <source>No communication %1.</source>
        <translation>Keine Mitteilung %1.</translation>
    </message>
</context>
<context>
    <name>ConcludeHuntDialog</name>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation>&amp;Incident:</translation>
    </message>
    <message>
        <source>INC-2026-0042</source>
        <translation>INC-2026-0042</translation>
    </message>
    <message>
        <source>&amp;Detection:</source>
        <translation>&amp;Detektion:</translation>
    </message>
    <message>
        <source>Name of the rule created or improved</source>
        <translation>Name der erstellten oder verbesserten Regel</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Conclude %1</source>
        <translation>%1 abschließen</translation>
    </message>
    <message>
        <source>Required: which data is missing, from where</source>
        <translation>Erforderlich: welche Daten fehlen, und woher</translation>
    </message>
    <message>
        <source>What the hunt found</source>
        <translation>Was der Hunt ergeben hat</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>missing argument</source>
        <translation>fehlendes Argument</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>The Muster database FILE.</source>
        <translation>Die Muster-Datenbank DATEI.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>--database FILE is required</source>
        <translation>--database DATEI ist erforderlich</translation>
    </message>
    <message>
        <source>The team server as a libpq connection string, e.g. &quot;host=db.example.org dbname=muster user=alice&quot;. Passwords come from ~/.pgpass or PGPASSWORD.</source>
        <translation>Der Team-Server als libpq-Verbindungszeichenfolge, z. B. &quot;host=db.example.org dbname=muster user=alice&quot;. Passwörter stammen aus ~/.pgpass oder PGPASSWORD.</translation>
    </message>
    <message>
        <source>DSN</source>
        <translation>DSN</translation>
    </message>
</context>
<context>
    <name>CoverageMatrixModel</name>
    <message>
        <source>Nothing covers this technique yet.</source>
        <translation>Diese Technik ist noch nicht abgedeckt.</translation>
    </message>
</context>
<context>
    <name>CoverageTab</name>
    <message>
        <source>C&amp;overed only</source>
        <translation>Nur &amp;abgedeckte</translation>
    </message>
    <message>
        <source>&amp;Tracked Groups…</source>
        <translation>&amp;Beobachtete Gruppen…</translation>
    </message>
    <message>
        <source>Add &amp;Detection…</source>
        <translation>&amp;Detektion hinzufügen…</translation>
    </message>
    <message>
        <source>E&amp;xport Navigator Layer…</source>
        <translation>Navigator-Layer e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the coverage as an ATT&amp;CK Navigator layer (Ctrl+Shift+E)</source>
        <translation>Abdeckung als ATT&amp;CK-Navigator-Layer speichern (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>ATT&amp;CK coverage matrix</source>
        <translation>ATT&amp;CK-Abdeckungsmatrix</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2&lt;/b&gt; techniques covered. Tracked groups: %3.</source>
        <translation>&lt;b&gt;%1 von %2&lt;/b&gt; Techniken abgedeckt. Beobachtete Gruppen: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>MITRE ATT&amp;CK %1 (%2). %3</source>
        <translation>MITRE ATT&amp;CK %1 (%2). %3</translation>
    </message>
    <message>
        <source>Muster coverage</source>
        <translation>Muster-Abdeckung</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2).</source>
        <translation>%1: Die Datei kann nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>Export ATT&amp;CK Navigator Layer</source>
        <translation>ATT&amp;CK-Navigator-Layer exportieren</translation>
    </message>
    <message>
        <source>Navigator layers (*.json)</source>
        <translation>Navigator-Layer (*.json)</translation>
    </message>
    <message>
        <source>Export Navigator Layer</source>
        <translation>Navigator-Layer exportieren</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>%1: the file is not valid UTF-8 text.</source>
        <translation>%1: Die Datei ist kein gültiger UTF-8-Text.</translation>
    </message>
    <message>
        <source>%1, line %2: a quote in the middle of a field; enclose the whole field in quotes and double the quotes inside it.</source>
        <translation>%1, Zeile %2: Anführungszeichen mitten in einem Feld; setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie die Anführungszeichen darin.</translation>
    </message>
    <message>
        <source>%1, line %2: text after a closing quote.</source>
        <translation>%1, Zeile %2: Text nach einem schließenden Anführungszeichen.</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is never closed.</source>
        <translation>%1, Zeile %2: Ein Feld in Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>%1: the file is empty; it needs a header line.</source>
        <translation>%1: Die Datei ist leer; sie braucht eine Kopfzeile.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB; split it.</source>
        <translation>%1 ist größer als 64 MiB; teilen Sie die Datei auf.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Real incidents or exercises</source>
        <translation>Echte Incidents oder Übungen</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Compute the figures again (F5)</source>
        <translation>Zahlen neu berechnen (F5)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Letztes Quartal</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <source>Refresh Dashboard</source>
        <translation>Dashboard aktualisieren</translation>
    </message>
    <message>
        <source>Not updated: %1</source>
        <translation>Nicht aktualisiert: %1</translation>
    </message>
    <message>
        <source>Update cancelled</source>
        <translation>Aktualisierung abgebrochen</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>MTTA · mean time to acknowledge</source>
        <translation>MTTA · mittlere Zeit bis zur Quittierung</translation>
    </message>
    <message>
        <source>MTTR · mean time to remediate</source>
        <translation>MTTR · mittlere Zeit bis zur Behebung</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Offene Incidents</translation>
    </message>
    <message>
        <source>SLA breach rate · remediation</source>
        <translation>SLA-Verletzungsquote · Behebung</translation>
    </message>
    <message>
        <source>Incidents still being worked on (not remediated, closed or a false positive), whenever they were detected.</source>
        <translation>Incidents, die noch bearbeitet werden (nicht behoben, geschlossen oder False Positive), unabhängig vom Detektionszeitpunkt.</translation>
    </message>
    <message>
        <source>Share of decided incidents that missed their severity&apos;s remediation target: remediated late, or still open past the target. Targets are set in Settings.</source>
        <translation>Anteil der entschiedenen Incidents, die das Behebungsziel ihres Schweregrads verfehlt haben: zu spät behoben oder nach Ablauf des Ziels noch offen. Die Ziele werden in den Einstellungen festgelegt.</translation>
    </message>
    <message>
        <source>Measure shown in the charts</source>
        <translation>In den Diagrammen angezeigte Kennzahl</translation>
    </message>
    <message>
        <source>Charts &amp;show:</source>
        <translation>&amp;Diagramme zeigen:</translation>
    </message>
    <message>
        <source>By severity</source>
        <translation>Nach Schweregrad</translation>
    </message>
    <message>
        <source>By tier</source>
        <translation>Nach Tier</translation>
    </message>
    <message>
        <source>Open incidents by severity and status</source>
        <translation>Offene Incidents nach Schweregrad und Status</translation>
    </message>
    <message>
        <source>SLA outcomes</source>
        <translation>SLA-Ergebnisse</translation>
    </message>
    <message>
        <source>Now, whenever detected. Click a segment to list those incidents.</source>
        <translation>Aktuell, unabhängig vom Detektionszeitpunkt. Klicken Sie auf ein Segment, um diese Incidents aufzulisten.</translation>
    </message>
    <message>
        <source>late remediations</source>
        <translation>verspätete Behebungen</translation>
    </message>
    <message>
        <source>SLA outcome</source>
        <translation>SLA-Ergebnis</translation>
    </message>
    <message>
        <source>MTTA and MTTR over time</source>
        <translation>MTTA und MTTR im Zeitverlauf</translation>
    </message>
    <message>
        <source>Line: median. Band: median to 90th percentile. Dashed: mean. Grouped by detection date in your time zone. Drag or use the arrow keys to pan, wheel or +/− to zoom, 0 to reset; click a week or month to list its incidents.</source>
        <translation>Linie: Median. Band: Median bis 90. Perzentil. Gestrichelt: Mittelwert. Gruppiert nach Detektionsdatum in Ihrer Zeitzone. Ziehen oder Pfeiltasten zum Verschieben, Mausrad oder +/− zum Zoomen, 0 zum Zurücksetzen; klicken Sie auf eine Woche oder einen Monat, um die zugehörigen Incidents aufzulisten.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Pro Woche</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <source>Trend grouping</source>
        <translation>Trend-Gruppierung</translation>
    </message>
    <message>
        <source>Time to remediate, per incident</source>
        <translation>Zeit bis zur Behebung, pro Incident</translation>
    </message>
    <message>
        <source>How long acknowledging took</source>
        <translation>Dauer bis zur Quittierung</translation>
    </message>
    <message>
        <source>scatter</source>
        <translation>Streudiagramm</translation>
    </message>
    <message>
        <source>histogram</source>
        <translation>Histogramm</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Filter (%1)</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Updated %1 · %2 s</source>
        <translation>Aktualisiert %1 · %2 s</translation>
    </message>
    <message>
        <source>median %1 · p90 %2
%3 incidents · %4</source>
        <translation>Median %1 · p90 %2
%3 Incidents · %4</translation>
    </message>
    <message>
        <source>%1 not acknowledged yet</source>
        <translation>%1 noch nicht quittiert</translation>
    </message>
    <message>
        <source>%1 not remediated yet</source>
        <translation>%1 noch nicht behoben</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>now, whenever detected</source>
        <translation>aktuell, unabhängig vom Detektionszeitpunkt</translation>
    </message>
    <message>
        <source>%1 of %2 late or overdue
acknowledgement: %3 breached</source>
        <translation>%1 von %2 verspätet oder überfällig
Quittierung: %3 verletzt</translation>
    </message>
    <message>
        <source>Unchanged against the previous period (%1)</source>
        <translation>Unverändert gegenüber dem Vorzeitraum (%1)</translation>
    </message>
    <message>
        <source>%1 %2 points against the previous period (%3)</source>
        <translation>%1 %2 Punkte gegenüber dem Vorzeitraum (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Previous period: %n decided incident(s), too few to compare</source>
        <translation>
            <numerusform>Vorzeitraum: %n entschiedener Incident, zu wenige für einen Vergleich</numerusform>
            <numerusform>Vorzeitraum: %n entschiedene Incidents, zu wenige für einen Vergleich</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 detected %3 to %4 (%5). %6 false positives are counted apart; %7 confidential incidents are in the figures but not listed here. Means leave out incidents that have not reached the step.</source>
        <translation>%1 %2, detektiert vom %3 bis %4 (%5). %6 False Positives werden gesondert gezählt; %7 vertrauliche Incidents sind in den Zahlen enthalten, werden hier aber nicht aufgelistet. Mittelwerte lassen Incidents aus, die den jeweiligen Schritt noch nicht erreicht haben.</translation>
    </message>
    <message>
        <source>%1 by severity</source>
        <translation>%1 nach Schweregrad</translation>
    </message>
    <message>
        <source>%1 by tier</source>
        <translation>%1 nach Tier</translation>
    </message>
    <message>
        <source>Solid: median. Light: 90th percentile. Hover for mean and counts; click to list.</source>
        <translation>Voll: Median. Hell: 90. Perzentil. Für Mittelwert und Anzahl mit der Maus darüberfahren; zum Auflisten klicken.</translation>
    </message>
    <message>
        <source>SLA outcomes: %1</source>
        <translation>SLA-Ergebnisse: %1</translation>
    </message>
    <message>
        <source>Met: reached within the target of the incident&apos;s severity. Breached: reached late. Overdue: not reached and already past the target. Breach rate = (breached + overdue) / (met + breached + overdue).</source>
        <translation>Eingehalten: innerhalb des Ziels für den Schweregrad des Incidents erreicht. Verletzt: verspätet erreicht. Überfällig: nicht erreicht und Ziel bereits überschritten. Verletzungsquote = (verletzt + überfällig) / (eingehalten + verletzt + überfällig).</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) not decided yet (open, within target) are left out.</source>
        <translation>
            <numerusform>%n noch nicht entschiedener Incident (offen, innerhalb des Ziels) ist nicht berücksichtigt.</numerusform>
            <numerusform>%n noch nicht entschiedene Incidents (offen, innerhalb des Ziels) sind nicht berücksichtigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 remediated incidents, one dot each; %2 not remediated yet are not shown. Drag or use the arrow keys to pan, wheel or +/− to zoom, 0 to reset; click dots to list them.</source>
        <translation>%1 behobene Incidents, je ein Punkt; %2 noch nicht behobene werden nicht angezeigt. Ziehen oder Pfeiltasten zum Verschieben, Mausrad oder +/− zum Zoomen, 0 zum Zurücksetzen; klicken Sie auf Punkte, um sie aufzulisten.</translation>
    </message>
    <message>
        <source>Median %1, p90 %2; %3 not acknowledged yet are not shown. Click a bar to list its incidents.</source>
        <translation>Median %1, p90 %2; %3 noch nicht quittierte werden nicht angezeigt. Klicken Sie auf einen Balken, um dessen Incidents aufzulisten.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>DeadlineMetDialog</name>
    <message>
        <source>Notification Made</source>
        <translation>Meldung erfolgt</translation>
    </message>
    <message>
        <source>&amp;Notified at:</source>
        <translation>&amp;Gemeldet am:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>&amp;Reasons for delay:</source>
        <translation>Gründe für die &amp;Verzögerung:</translation>
    </message>
</context>
<context>
    <name>DeadlineModel</name>
    <message>
        <source>waived</source>
        <translation>entfällt</translation>
    </message>
    <message>
        <source>notified %1</source>
        <translation>gemeldet %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>%1
%2
Notify: %3</source>
        <translation>%1
%2
Melden an: %3</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Regelwerk</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Legal source</source>
        <translation>Rechtsgrundlage</translation>
    </message>
</context>
<context>
    <name>DeadlineNotifier</name>
    <message>
        <source>Muster</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>%1: %2 is overdue (was due %3).</source>
        <translation>%1: %2 ist überfällig (war fällig %3).</translation>
    </message>
    <message>
        <source>%1: %2 is due %3.</source>
        <translation>%1: %2 ist fällig %3.</translation>
    </message>
    <message>
        <source>Regulatory deadline</source>
        <translation>Regulatorische Frist</translation>
    </message>
    <message>
        <source>Status update due</source>
        <translation>Status-Update fällig</translation>
    </message>
    <message>
        <source>%1: the status update is overdue by %2.</source>
        <translation>%1: Das Status-Update ist seit %2 überfällig.</translation>
    </message>
    <message>
        <source>%1: the next status update is due %2.</source>
        <translation>%1: Das nächste Status-Update ist fällig %2.</translation>
    </message>
</context>
<context>
    <name>DeadlineRules</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>seit %1 überfällig</translation>
    </message>
    <message>
        <source>Time: %1 cannot be recorded in the future.</source>
        <translation>Zeit: %1 kann nicht in der Zukunft erfasst werden.</translation>
    </message>
    <message>
        <source>Note: &quot;%1&quot; was already recorded at %2; say why the time is corrected.</source>
        <translation>Notiz: „%1“ wurde bereits mit dem Zeitpunkt %2 erfasst; geben Sie an, warum die Zeit korrigiert wird.</translation>
    </message>
    <message>
        <source>%1 corrected from %2 to %3</source>
        <translation>%1 korrigiert von %2 auf %3</translation>
    </message>
    <message>
        <source>%1 recorded: %2</source>
        <translation>%1 erfasst: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Deadline moved: %1, now due %2</source>
        <translation>Frist verschoben: %1, jetzt fällig %2</translation>
    </message>
    <message>
        <source>Clock started: %1, due %2</source>
        <translation>Frist gestartet: %1, fällig %2</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 hat bereits den Status %2.</translation>
    </message>
    <message>
        <source>Time: a notification cannot be recorded in the future.</source>
        <translation>Zeit: Eine Meldung kann nicht in der Zukunft erfasst werden.</translation>
    </message>
    <message>
        <source>Reasons for delay: the notification was made %1 after the deadline (%2); record the reasons for the delay, which the notification must give.</source>
        <translation>Gründe für die Verzögerung: Die Meldung erfolgte %1 nach Fristablauf (%2); erfassen Sie die Gründe für die Verzögerung, die in der Meldung anzugeben sind.</translation>
    </message>
    <message>
        <source>Deadline missed: %1 notified %2, due %3. Reasons for delay: %4</source>
        <translation>Frist versäumt: %1 gemeldet %2, fällig %3. Gründe für die Verzögerung: %4</translation>
    </message>
    <message>
        <source>Deadline met: %1 notified %2, due %3</source>
        <translation>Frist eingehalten: %1 gemeldet %2, fällig %3</translation>
    </message>
    <message>
        <source>Reason: say why %1 does not apply (for example: the breach is unlikely to result in a risk to individuals).</source>
        <translation>Grund: Geben Sie an, warum %1 nicht zutrifft (zum Beispiel: Die Verletzung führt voraussichtlich nicht zu einem Risiko für die Rechte und Freiheiten natürlicher Personen).</translation>
    </message>
    <message>
        <source>Deadline waived: %1. Reason: %2</source>
        <translation>Frist entfällt: %1. Grund: %2</translation>
    </message>
</context>
<context>
    <name>DeadlineService</name>
    <message>
        <source>Rule: %1 does not run from &quot;%2&quot;.</source>
        <translation>Regel: %1 läuft nicht ab „%2“.</translation>
    </message>
    <message>
        <source>No deadline %1.</source>
        <translation>Keine Frist %1.</translation>
    </message>
    <message>
        <source>No incident %1.</source>
        <translation>Kein Incident %1.</translation>
    </message>
</context>
<context>
    <name>DeadlineStripWidget</name>
    <message>
        <source>Next regulatory deadlines</source>
        <translation>Nächste regulatorische Fristen</translation>
    </message>
    <message>
        <source>No regulatory clock is running.</source>
        <translation>Keine regulatorische Frist läuft.</translation>
    </message>
    <message>
        <source>%1 · %2
%3
%4</source>
        <translation>%1 · %2
%3
%4</translation>
    </message>
    <message>
        <source>%1
%2
Due %3
%4</source>
        <translation>%1
%2
Fällig %3
%4</translation>
    </message>
</context>
<context>
    <name>DemoDirectory</name>
    <message>
        <source>The demo directory has no %1.</source>
        <translation>Das Demo-Verzeichnis enthält keine Person mit dem Titel %1.</translation>
    </message>
    <message>
        <source>The demo directory has no one in that function.</source>
        <translation>Im Demo-Verzeichnis gibt es niemanden mit dieser Funktion.</translation>
    </message>
</context>
<context>
    <name>DetectionDialog</name>
    <message>
        <source>Add Detection</source>
        <translation>Detektion hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Encoded PowerShell command line</source>
        <translation>Kodierte PowerShell-Befehlszeile</translation>
    </message>
    <message>
        <source>&amp;Runs in:</source>
        <translation>&amp;Läuft in:</translation>
    </message>
    <message>
        <source>SIEM, EDR, identity provider</source>
        <translation>SIEM, EDR, Identity Provider</translation>
    </message>
    <message>
        <source>ATT&amp;CK:</source>
        <translation>ATT&amp;CK:</translation>
    </message>
</context>
<context>
    <name>DetectionRepository</name>
    <message>
        <source>Name: name the detection.</source>
        <translation>Name: Geben Sie der Detektion einen Namen.</translation>
    </message>
    <message>
        <source>ATT&amp;CK techniques: name at least one technique the detection covers.</source>
        <translation>ATT&amp;CK-Techniken: Nennen Sie mindestens eine Technik, die die Detektion abdeckt.</translation>
    </message>
</context>
<context>
    <name>DirectoryCsv</name>
    <message>
        <source>%1, line 1: the required column &quot;%2&quot; is missing (columns: %3).</source>
        <translation>%1, Zeile 1: Die Pflichtspalte „%2“ fehlt (Spalten: %3).</translation>
    </message>
    <message>
        <source>%1, line 1: unknown column &quot;%2&quot; (columns: %3).</source>
        <translation>%1, Zeile 1: unbekannte Spalte „%2“ (Spalten: %3).</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <source>a value is required.</source>
        <translation>Ein Wert ist erforderlich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>„%1“ ist keiner der Werte: %2.</translation>
    </message>
    <message>
        <source>%1, line %2: %3 fields, but the header has %4 columns.</source>
        <translation>%1, Zeile %2: %3 Felder, aber die Kopfzeile hat %4 Spalten.</translation>
    </message>
    <message>
        <source>a name is required.</source>
        <translation>Ein Name ist erforderlich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no.</source>
        <translation>„%1“ ist weder yes noch no.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from 0 to 100.</source>
        <translation>„%1“ ist keine ganze Zahl von 0 bis 100.</translation>
    </message>
</context>
<context>
    <name>DirectoryImporter</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… und %n weiteres Problem.</numerusform>
            <numerusform>… und %n weitere Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not imported; nothing changed.
%2</source>
        <translation>%1 wurde nicht importiert; es wurde nichts geändert.
%2</translation>
    </message>
    <message>
        <source>%1, line %2, column deputy: no person &quot;%3&quot; in the directory or the file.</source>
        <translation>%1, Zeile %2, Spalte deputy: keine Person „%3“ im Verzeichnis oder in der Datei.</translation>
    </message>
</context>
<context>
    <name>DismissAlertDialog</name>
    <message>
        <source>Dismiss Alert</source>
        <translation>Alert verwerfen</translation>
    </message>
    <message>
        <source>&amp;Dismiss as:</source>
        <translation>Verwerfen &amp;als:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · seen %n time(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %n-mal gesehen</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %n-mal gesehen</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. authorised vulnerability scan</source>
        <translation>z. B. genehmigter Schwachstellenscan</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Say why, so that the detection can be tuned.</source>
        <translation>Geben Sie den Grund an, damit die Detektion angepasst werden kann.</translation>
    </message>
</context>
<context>
    <name>DisseminationService</name>
    <message>
        <source>No brief %1.</source>
        <translation>Kein Briefing %1.</translation>
    </message>
    <message>
        <source>Intel: some of the chosen items no longer exist.</source>
        <translation>Intel: Einige der gewählten Einträge existieren nicht mehr.</translation>
    </message>
    <message>
        <source>Title: give the brief a title.</source>
        <translation>Titel: Geben Sie dem Briefing einen Titel.</translation>
    </message>
    <message>
        <source>This brief</source>
        <translation>Dieses Briefing</translation>
    </message>
    <message>
        <source>Recipients: no person %1 in the directory.</source>
        <translation>Empfänger: keine Person %1 im Verzeichnis.</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2).</source>
        <translation>%1: Die Datei kann nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>Brief %1</source>
        <translation>Briefing %1</translation>
    </message>
    <message>
        <source>A share with named recipients needs at least one recipient.</source>
        <translation>Eine Weitergabe an namentlich genannte Empfänger braucht mindestens einen Empfänger.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing may be shared with &quot;%1&quot;: the markings of all %n item(s) forbid it.</source>
        <translation>
            <numerusform>Nichts darf mit „%1“ geteilt werden: Die Kennzeichnung des %n Eintrags verbietet es.</numerusform>
            <numerusform>Nichts darf mit „%1“ geteilt werden: Die Kennzeichnungen aller %n Einträge verbieten es.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intel item(s)</source>
        <translation>
            <numerusform>%n Intel-Eintrag</numerusform>
            <numerusform>%n Intel-Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentBuilder</name>
    <message>
        <source>Figure %1. %2</source>
        <translation>Abbildung %1. %2</translation>
    </message>
</context>
<context>
    <name>DrillHistoryChart</name>
    <message>
        <source>No run of this scenario has started yet.</source>
        <translation>Von diesem Szenario wurde noch kein Durchlauf gestartet.</translation>
    </message>
    <message>
        <source>Expected actions rated P or S, per drill</source>
        <translation>Mit P oder S bewertete erwartete Maßnahmen, pro Übung</translation>
    </message>
    <message>
        <source>Mean inject-to-decision time (scenario minutes), per drill</source>
        <translation>Mittlere Zeit von Einlage bis Entscheidung (Szenariominuten), pro Übung</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
</context>
<context>
    <name>DrillMetricsWidget</name>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Szenario:</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Kennzahl:</translation>
    </message>
    <message>
        <source>Each point is one run of the scenario; exercise incidents never count in the real MTTA and MTTR.</source>
        <translation>Jeder Punkt ist ein Durchlauf des Szenarios; Übungs-Incidents fließen nie in die echte MTTA und MTTR ein.</translation>
    </message>
    <message>
        <source>Share of expected actions rated P or S</source>
        <translation>Anteil der mit P oder S bewerteten erwarteten Maßnahmen</translation>
    </message>
    <message>
        <source>Inject-to-decision time</source>
        <translation>Zeit von Einlage bis Entscheidung</translation>
    </message>
    <message>
        <source>No exercise has run yet</source>
        <translation>Es wurde noch keine Übung durchgeführt</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1: &quot;%2&quot; is not a length of time; write for example 90m, 24h, 3d or 1h30m.</source>
        <translation>%1: „%2“ ist keine Zeitdauer; schreiben Sie zum Beispiel 90m, 24h, 3d oder 1h30m.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is too long.</source>
        <translation>%1: „%2“ ist zu lang.</translation>
    </message>
</context>
<context>
    <name>DurationBarChart</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;median %2 · mean %3 · p90 %4&lt;br&gt;%5 incidents; %6 not yet reached</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Median %2 · Mittelwert %3 · p90 %4&lt;br&gt;%5 Incidents; %6 noch nicht erreicht</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. Perzentil</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>EditHuntCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>EmlWriter</name>
    <message>
        <source>Recipients: &quot;%1&quot; is not an e-mail address.</source>
        <translation>Empfänger: „%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>%1: cannot write the e-mail file: %2</source>
        <translation>%1: Die E-Mail-Datei kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>EvaluationModel</name>
    <message>
        <source>Inject</source>
        <translation>Einlage</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Expected action</source>
        <translation>Erwartete Maßnahme</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erste Reaktion</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Beobachtungen</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Bewertet von</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min (late)</source>
        <translation>%1 min (verspätet)</translation>
    </message>
</context>
<context>
    <name>ExerciseLayout</name>
    <message>
        <source>After-action report %1</source>
        <translation>Auswertungsbericht %1</translation>
    </message>
    <message>
        <source>After-action report %1 — %2</source>
        <translation>Auswertungsbericht %1 — %2</translation>
    </message>
</context>
<context>
    <name>ExerciseListModel</name>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
</context>
<context>
    <name>ExerciseLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Since inject</source>
        <translation>Seit Einlage</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>Einlage</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Decision or response</source>
        <translation>Entscheidung oder Reaktion</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>Protokolliert von</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>ExerciseRules</name>
    <message>
        <source>Title: give the exercise a title.</source>
        <translation>Titel: Geben Sie der Übung einen Titel.</translation>
    </message>
    <message>
        <source>Title: at most 300 characters.</source>
        <translation>Titel: höchstens 300 Zeichen.</translation>
    </message>
    <message>
        <source>Time compression: choose from %1× to %2×.</source>
        <translation>Zeitraffung: Wählen Sie zwischen %1× und %2×.</translation>
    </message>
    <message>
        <source>Date: choose when the exercise takes place.</source>
        <translation>Datum: Wählen Sie, wann die Übung stattfindet.</translation>
    </message>
    <message>
        <source>Participants: the scenario has no role &quot;%1&quot;.</source>
        <translation>Teilnehmende: Das Szenario hat keine Rolle „%1“.</translation>
    </message>
    <message>
        <source>Participants: choose a person for %1.</source>
        <translation>Teilnehmende: Wählen Sie eine Person für %1.</translation>
    </message>
    <message>
        <source>Participants: the same person is listed twice for %1.</source>
        <translation>Teilnehmende: Dieselbe Person ist für %1 zweimal aufgeführt.</translation>
    </message>
    <message>
        <source>Participants: the facilitator runs the exercise and does not play a role.</source>
        <translation>Teilnehmende: Die Moderation leitet die Übung und spielt keine Rolle.</translation>
    </message>
    <message>
        <source>%1 has already started.</source>
        <translation>%1 hat bereits begonnen.</translation>
    </message>
    <message>
        <source>The clock of %1 is not running.</source>
        <translation>Die Uhr von %1 läuft nicht.</translation>
    </message>
    <message>
        <source>The clock of %1 is not paused.</source>
        <translation>Die Uhr von %1 ist nicht angehalten.</translation>
    </message>
    <message>
        <source>%1 has not started yet.</source>
        <translation>%1 hat noch nicht begonnen.</translation>
    </message>
    <message>
        <source>%1 has ended.</source>
        <translation>%1 ist beendet.</translation>
    </message>
    <message>
        <source>Inject: the scenario has no inject &quot;%1&quot;.</source>
        <translation>Einlage: Das Szenario hat keine Einlage „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has already been released.</source>
        <translation>„%1“ wurde bereits eingespielt.</translation>
    </message>
    <message>
        <source>Branch: the scenario has no branch &quot;%1&quot;.</source>
        <translation>Verzweigung: Das Szenario hat keine Verzweigung „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is decided after &quot;%2&quot; is released.</source>
        <translation>„%1“ wird entschieden, nachdem „%2“ eingespielt wurde.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has already been decided.</source>
        <translation>„%1“ wurde bereits entschieden.</translation>
    </message>
    <message>
        <source>Branch: &quot;%1&quot; is not an outcome of &quot;%2&quot;.</source>
        <translation>Verzweigung: „%1“ ist kein Ausgang von „%2“.</translation>
    </message>
    <message>
        <source>Decision: write down what was decided.</source>
        <translation>Entscheidung: Halten Sie fest, was entschieden wurde.</translation>
    </message>
    <message>
        <source>Text: write down what happened.</source>
        <translation>Text: Halten Sie fest, was passiert ist.</translation>
    </message>
    <message>
        <source>Text: at most 20000 characters.</source>
        <translation>Text: höchstens 20000 Zeichen.</translation>
    </message>
    <message>
        <source>Inject: &quot;%1&quot; has not been released yet.</source>
        <translation>Einlage: „%1“ wurde noch nicht eingespielt.</translation>
    </message>
    <message>
        <source>Role: the scenario has no role &quot;%1&quot;.</source>
        <translation>Rolle: Das Szenario hat keine Rolle „%1“.</translation>
    </message>
    <message>
        <source>Role: say which role took the decision.</source>
        <translation>Rolle: Geben Sie an, welche Rolle die Entscheidung getroffen hat.</translation>
    </message>
    <message>
        <source>Expected action: the scenario has no expected action &quot;%1&quot;.</source>
        <translation>Erwartete Maßnahme: Das Szenario hat keine erwartete Maßnahme „%1“.</translation>
    </message>
    <message>
        <source>Branch: &quot;%1&quot; is not a decision of the scenario.</source>
        <translation>Verzweigung: „%1“ ist keine Entscheidung des Szenarios.</translation>
    </message>
    <message>
        <source>Branch: only a decision settles &quot;%1&quot;.</source>
        <translation>Verzweigung: Nur eine Entscheidung legt „%1“ fest.</translation>
    </message>
    <message>
        <source>Corrective action: describe what will be changed.</source>
        <translation>Korrekturmaßnahme: Beschreiben Sie, was geändert wird.</translation>
    </message>
    <message>
        <source>Capability: name the capability the action improves.</source>
        <translation>Fähigkeit: Nennen Sie die Fähigkeit, die die Maßnahme verbessert.</translation>
    </message>
    <message>
        <source>Objective: the scenario has no objective &quot;%1&quot;.</source>
        <translation>Ziel: Das Szenario hat kein Ziel „%1“.</translation>
    </message>
</context>
<context>
    <name>ExerciseService</name>
    <message>
        <source>%1: no person %2 in the directory.</source>
        <translation>%1: keine Person %2 im Verzeichnis.</translation>
    </message>
    <message>
        <source>No exercise %1.</source>
        <translation>Keine Übung %1.</translation>
    </message>
    <message>
        <source>The scenario stored with %1 cannot be read:
%2</source>
        <translation>Das mit %1 gespeicherte Szenario kann nicht gelesen werden:
%2</translation>
    </message>
    <message>
        <source>The scenario has problems; fix them in the scenario editor first.</source>
        <translation>Das Szenario hat Probleme; beheben Sie sie zuerst im Szenario-Editor.</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>%1 has started; its plan can no longer change.</source>
        <translation>%1 hat begonnen; die Planung kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>No inject is waiting on the clock; release one by hand or decide an open branch.</source>
        <translation>Keine Einlage wartet auf die Uhr; spielen Sie eine von Hand ein oder entscheiden Sie eine offene Verzweigung.</translation>
    </message>
    <message>
        <source>%1 has not started yet.</source>
        <translation>%1 hat noch nicht begonnen.</translation>
    </message>
    <message>
        <source>Expected action: the scenario has no action &quot;%1&quot;.</source>
        <translation>Erwartete Maßnahme: Das Szenario hat keine Maßnahme „%1“.</translation>
    </message>
    <message>
        <source>Observation: at most 20000 characters.</source>
        <translation>Beobachtung: höchstens 20000 Zeichen.</translation>
    </message>
    <message>
        <source>Objective: the scenario has no objective &quot;%1&quot;.</source>
        <translation>Ziel: Das Szenario hat kein Ziel „%1“.</translation>
    </message>
    <message>
        <source>Discussion: no question %1 in phase &quot;%2&quot;.</source>
        <translation>Besprechung: keine Frage %1 in Phase „%2“.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>No improvement item %1.</source>
        <translation>Kein Verbesserungspunkt %1.</translation>
    </message>
    <message>
        <source>%1 already has the exercise incident %2.</source>
        <translation>%1 hat bereits den Übungs-Incident %2.</translation>
    </message>
    <message>
        <source>%1 has ended.</source>
        <translation>%1 ist beendet.</translation>
    </message>
    <message>
        <source>EXERCISE: %1</source>
        <translation>ÜBUNG: %1</translation>
    </message>
    <message>
        <source>Tabletop exercise %1 (%2). Not a real incident.

%3</source>
        <translation>Planspiel %1 (%2). Kein echter Incident.

%3</translation>
    </message>
</context>
<context>
    <name>ExerciseWindow</name>
    <message>
        <source>Facilitator Console</source>
        <translation>Moderationskonsole</translation>
    </message>
    <message>
        <source>Exercise clock</source>
        <translation>Übungsuhr</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Skip to &amp;Next Inject</source>
        <translation>Zur &amp;nächsten Einlage springen</translation>
    </message>
    <message>
        <source>&amp;Release Now</source>
        <translation>&amp;Jetzt einspielen</translation>
    </message>
    <message>
        <source>&amp;End Exercise</source>
        <translation>Übung &amp;beenden</translation>
    </message>
    <message>
        <source>Pro&amp;jector View</source>
        <translation>Projektor&amp;ansicht</translation>
    </message>
    <message>
        <source>Open Exercise &amp;Incident</source>
        <translation>Übungs-&amp;Incident öffnen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Open branches</source>
        <translation>Offene Verzweigungen</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>&amp;Entscheiden</translation>
    </message>
    <message>
        <source>Log a decision or response</source>
        <translation>Entscheidung oder Reaktion protokollieren</translation>
    </message>
    <message>
        <source>Decision or response</source>
        <translation>Entscheidung oder Reaktion</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <source>&amp;Log It</source>
        <translation>Proto&amp;kollieren</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Hot Wash</source>
        <translation>Hot Wash</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>Diskussionsfragen</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Notes on the selected question</source>
        <translation>Notizen zur ausgewählten Frage</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Stärken</translation>
    </message>
    <message>
        <source>Areas for improvement</source>
        <translation>Verbesserungsbereiche</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>Verbesserungsplan</translation>
    </message>
    <message>
        <source>&amp;Add Item…</source>
        <translation>Punkt hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>&amp;Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>&amp;HTML exportieren…</translation>
    </message>
    <message>
        <source>Rate each expected action in HSEEP terms: P performed without challenges, S with some challenges, M with major challenges, U unable to be performed. Double-click a rating or observation to change it. Rating an action a branch depends on decides the branch while the exercise runs.</source>
        <translation>Bewerten Sie jede erwartete Maßnahme nach HSEEP: P ohne Schwierigkeiten durchgeführt, S mit einigen Schwierigkeiten, M mit erheblichen Schwierigkeiten, U nicht durchführbar. Doppelklicken Sie auf eine Bewertung oder Beobachtung, um sie zu ändern. Die Bewertung einer Maßnahme, von der eine Verzweigung abhängt, entscheidet diese Verzweigung, solange die Übung läuft.</translation>
    </message>
    <message>
        <source>Pause or resume the clock (F5)</source>
        <translation>Uhr anhalten oder fortsetzen (F5)</translation>
    </message>
    <message>
        <source>Move the clock to the next inject due and release it (F6)</source>
        <translation>Uhr zur nächsten fälligen Einlage vorstellen und diese einspielen (F6)</translation>
    </message>
    <message>
        <source>Release the selected inject now, whatever its schedule (F7)</source>
        <translation>Ausgewählte Einlage sofort einspielen, unabhängig vom Zeitplan (F7)</translation>
    </message>
    <message>
        <source>Log it (Ctrl+L)</source>
        <translation>Protokollieren (Strg+L)</translation>
    </message>
    <message>
        <source>End Exercise</source>
        <translation>Übung beenden</translation>
    </message>
    <message>
        <source>End %1? The clock stops; evaluation and hot wash stay open.</source>
        <translation>%1 beenden? Die Uhr stoppt; Bewertung und Hot Wash bleiben offen.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>%1 — Facilitator Console</source>
        <translation>%1 — Moderationskonsole</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Exercise incident %1 is open in the real workflow.</source>
        <translation>Übungs-Incident %1 ist im echten Workflow offen.</translation>
    </message>
    <message>
        <source>%1 · %2× time compression</source>
        <translation>%1 · Zeitraffung %2×</translation>
    </message>
    <message>
        <source>next inject at %1</source>
        <translation>nächste Einlage um %1</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Planned for %1; press Start when the room is ready.</source>
        <translation>Geplant für %1; klicken Sie auf „Starten“, wenn alle bereit sind.</translation>
    </message>
    <message>
        <source>Ended. Evaluate, hold the hot wash, and report.</source>
        <translation>Beendet. Bewerten Sie, führen Sie den Hot Wash durch und erstellen Sie den Bericht.</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <source>Hints if the room is stuck</source>
        <translation>Hinweise, falls die Gruppe nicht weiterkommt</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Warnsignale</translation>
    </message>
    <message>
        <source>Success indicators</source>
        <translation>Erfolgsindikatoren</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(%1 min left)</source>
        <translation>(noch %1 min)</translation>
    </message>
    <message>
        <source>(over the %1 min limit)</source>
        <translation>(über dem Limit von %1 min)</translation>
    </message>
    <message>
        <source>(within %1 min of release)</source>
        <translation>(innerhalb von %1 min nach dem Einspielen)</translation>
    </message>
    <message>
        <source>— rated %1</source>
        <translation>— bewertet mit %1</translation>
    </message>
    <message>
        <source>Expected actions</source>
        <translation>Erwartete Maßnahmen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Verzweigungen</translation>
    </message>
    <message>
        <source>Open branches: none</source>
        <translation>Offene Verzweigungen: keine</translation>
    </message>
    <message>
        <source>Open branches: %1</source>
        <translation>Offene Verzweigungen: %1</translation>
    </message>
    <message>
        <source>Usually decided by logging the participants&apos; decision; use this to override.</source>
        <translation>Wird normalerweise durch das Protokollieren der Entscheidung der Teilnehmenden entschieden; hiermit können Sie das übersteuern.</translation>
    </message>
    <message>
        <source>Usually decided by rating the expected action; use this to override.</source>
        <translation>Wird normalerweise durch die Bewertung der erwarteten Maßnahme entschieden; hiermit können Sie das übersteuern.</translation>
    </message>
    <message>
        <source>Your choice as facilitator.</source>
        <translation>Ihre Entscheidung als Moderation.</translation>
    </message>
    <message>
        <source>(no inject)</source>
        <translation>(keine Einlage)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>(no role)</source>
        <translation>(keine Rolle)</translation>
    </message>
    <message>
        <source>(settles no decision)</source>
        <translation>(entscheidet keine Verzweigung)</translation>
    </message>
    <message>
        <source>(no expected action)</source>
        <translation>(keine erwartete Maßnahme)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1 (from %2): re-tested, now %3</source>
        <translation>%1 (aus %2): erneut geprüft, jetzt %3</translation>
    </message>
    <message>
        <source>%1 (from %2): not re-tested yet</source>
        <translation>%1 (aus %2): noch nicht erneut geprüft</translation>
    </message>
    <message>
        <source>Earlier runs&apos; items: %1</source>
        <translation>Punkte aus früheren Durchläufen: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Bericht nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>&amp;Plan Exercise…</source>
        <translation>Übung &amp;planen…</translation>
    </message>
    <message>
        <source>&amp;Open Console</source>
        <translation>Konsole ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Drill History</source>
        <translation>Übungshistorie</translation>
    </message>
    <message>
        <source>Scena&amp;rio:</source>
        <translation>Sze&amp;nario:</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Kennzahl:</translation>
    </message>
    <message>
        <source>Improvement Items</source>
        <translation>Verbesserungspunkte</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Expected actions rated P or S</source>
        <translation>Mit P oder S bewertete erwartete Maßnahmen</translation>
    </message>
    <message>
        <source>Inject-to-decision time</source>
        <translation>Zeit von Einlage bis Entscheidung</translation>
    </message>
    <message>
        <source>Plan a tabletop exercise (Ctrl+Shift+E)</source>
        <translation>Planspiel (Tabletop-Übung) planen (Strg+Umschalt+E)</translation>
    </message>
    <message numerus="yes">
        <source>%1 open of %n item(s)</source>
        <translation>
            <numerusform>%1 von %n Punkt offen</numerusform>
            <numerusform>%1 von %n Punkten offen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <source>&amp;Finding:</source>
        <translation>&amp;Befund:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Nachweis:</translation>
    </message>
    <message>
        <source>Where it is: a saved search, a ticket, a file share</source>
        <translation>Wo er liegt: eine gespeicherte Suche, ein Ticket, eine Dateifreigabe</translation>
    </message>
    <message>
        <source>Finding: %1</source>
        <translation>Befund: %1</translation>
    </message>
</context>
<context>
    <name>GenericMapping</name>
    <message>
        <source>Mapping: unknown field &quot;%1&quot;; the fields are %2.</source>
        <translation>Mapping: unbekanntes Feld „%1“; die Felder sind %2.</translation>
    </message>
    <message>
        <source>Mapping: %1 must be a JSON pointer in a string, such as &quot;/rule/level&quot;.</source>
        <translation>Mapping: %1 muss ein JSON-Pointer in einem String sein, etwa &quot;/rule/level&quot;.</translation>
    </message>
    <message>
        <source>Mapping: title is required (a JSON pointer such as &quot;/message&quot;).</source>
        <translation>Mapping: title ist erforderlich (ein JSON-Pointer wie &quot;/message&quot;).</translation>
    </message>
    <message>
        <source>Mapping: %1</source>
        <translation>Mapping: %1</translation>
    </message>
    <message>
        <source>Mapping: title must point into the alert, not at the whole of it.</source>
        <translation>Mapping: title muss in den Alert zeigen, nicht auf den ganzen Alert.</translation>
    </message>
    <message>
        <source>expected an array of alerts (the mapping&apos;s &quot;alerts&quot;)</source>
        <translation>Array von Alerts erwartet (&quot;alerts&quot; des Mappings)</translation>
    </message>
    <message>
        <source>at most %1 alerts per request (this one has %2)</source>
        <translation>höchstens %1 Alerts pro Anfrage (diese hat %2)</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a string or a number for %1</source>
        <translation>String oder Zahl für %1 erwartet</translation>
    </message>
    <message>
        <source>%1: at most %2 characters (this one has %3)</source>
        <translation>%1: höchstens %2 Zeichen (dieser Wert hat %3)</translation>
    </message>
    <message>
        <source>is required: this source&apos;s mapping takes the title from here</source>
        <translation>ist erforderlich: Das Mapping dieser Quelle übernimmt den Titel von hier</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; expected firing, acknowledged or resolved</source>
        <translation>unbekannte Aktion „%1“; erwartet firing, acknowledged oder resolved</translation>
    </message>
    <message>
        <source>expected an object of labels</source>
        <translation>Objekt mit Labels erwartet</translation>
    </message>
</context>
<context>
    <name>HistogramPlot</name>
    <message>
        <source>Time to acknowledge</source>
        <translation>Zeit bis zur Quittierung</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>%1: %2 incidents (%3%)&lt;br&gt;&lt;i&gt;Click to list them&lt;/i&gt;</source>
        <translation>%1: %2 Incidents (%3 %)&lt;br&gt;&lt;i&gt;Zum Auflisten klicken&lt;/i&gt;</translation>
    </message>
    <message>
        <source>over %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>HuntDialog</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Hypothesis:</source>
        <translation>&amp;Hypothese:</translation>
    </message>
    <message>
        <source>Adversaries may be … in our environment, because …</source>
        <translation>Angreifer könnten … in unserer Umgebung …, weil …</translation>
    </message>
    <message>
        <source>ATT&amp;CK:</source>
        <translation>ATT&amp;CK:</translation>
    </message>
    <message>
        <source>&amp;Data sources:</source>
        <translation>&amp;Datenquellen:</translation>
    </message>
    <message>
        <source>Windows security events; EDR process telemetry; proxy logs</source>
        <translation>Windows-Sicherheitsereignisse; EDR-Prozesstelemetrie; Proxy-Logs</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>Time &amp;box:</source>
        <translation>&amp;Zeitrahmen:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&lt;b&gt;Queries&lt;/b&gt;</source>
        <translation>&lt;b&gt;Abfragen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add &amp;Query</source>
        <translation>&amp;Abfrage hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve Query</source>
        <translation>Abfrage &amp;entfernen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Intel that motivated it&lt;/b&gt;</source>
        <translation>&lt;b&gt;Auslösende Intel&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Motivating intel</source>
        <translation>Auslösende Intel</translation>
    </message>
    <message>
        <source>Propose a Hunt</source>
        <translation>Hunt vorschlagen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
</context>
<context>
    <name>HuntMetricsWidget</name>
    <message>
        <source>Hunts per month</source>
        <translation>Hunts pro Monat</translation>
    </message>
    <message>
        <source>Hunt outcomes</source>
        <translation>Hunt-Ergebnisse</translation>
    </message>
    <message>
        <source>Incidents found by hunting and by alerts</source>
        <translation>Durch Hunting und durch Alerts gefundene Incidents</translation>
    </message>
    <message>
        <source>Techniques covered by hunts</source>
        <translation>Durch Hunts abgedeckte Techniken</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Outcomes of concluded hunts</source>
        <translation>Ergebnisse abgeschlossener Hunts</translation>
    </message>
    <message>
        <source>Outcomes of concluded hunts: none yet</source>
        <translation>Ergebnisse abgeschlossener Hunts: noch keine</translation>
    </message>
    <message>
        <source>Hunting</source>
        <translation>Hunting</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>ATT&amp;CK techniques covered by hunts (cumulative)</source>
        <translation>Durch Hunts abgedeckte ATT&amp;CK-Techniken (kumuliert)</translation>
    </message>
    <message>
        <source>Techniques</source>
        <translation>Techniken</translation>
    </message>
</context>
<context>
    <name>HuntRules</name>
    <message>
        <source>Title: give the hunt a title.</source>
        <translation>Titel: Geben Sie dem Hunt einen Titel.</translation>
    </message>
    <message>
        <source>Hypothesis: state what you expect to find and why (&quot;Adversaries may be ... because ...&quot;).</source>
        <translation>Hypothese: Geben Sie an, was Sie zu finden erwarten und warum („Angreifer könnten ..., weil ...“).</translation>
    </message>
    <message>
        <source>ATT&amp;CK techniques: %1</source>
        <translation>ATT&amp;CK-Techniken: %1</translation>
    </message>
    <message>
        <source>Time box: the end must come after the start.</source>
        <translation>Zeitrahmen: Das Ende muss nach dem Beginn liegen.</translation>
    </message>
    <message>
        <source>%1 is %2; only a proposed hunt can start.</source>
        <translation>%1 hat den Status %2; nur ein vorgeschlagener Hunt kann gestartet werden.</translation>
    </message>
    <message>
        <source>Time box: set when the hunt ends before starting it.</source>
        <translation>Zeitrahmen: Legen Sie vor dem Start fest, wann der Hunt endet.</translation>
    </message>
    <message>
        <source>Time box: the end has already passed; move it before starting.</source>
        <translation>Zeitrahmen: Das Ende liegt bereits in der Vergangenheit; verschieben Sie es vor dem Start.</translation>
    </message>
    <message>
        <source>%1 is %2; only an active hunt can be concluded.</source>
        <translation>%1 hat den Status %2; nur ein aktiver Hunt kann abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Outcome: choose what the hunt found.</source>
        <translation>Ergebnis: Wählen Sie, was der Hunt ergeben hat.</translation>
    </message>
    <message>
        <source>Incident: link the incident the hunt opened.</source>
        <translation>Incident: Verknüpfen Sie den Incident, den der Hunt eröffnet hat.</translation>
    </message>
    <message>
        <source>Detection: name the detection created or improved.</source>
        <translation>Detektion: Nennen Sie die erstellte oder verbesserte Detektion.</translation>
    </message>
    <message>
        <source>Outcome note: describe the visibility gap (which data is missing).</source>
        <translation>Ergebnisnotiz: Beschreiben Sie die Sichtbarkeitslücke (welche Daten fehlen).</translation>
    </message>
    <message>
        <source>%1 is %2; only a concluded hunt can be reopened.</source>
        <translation>%1 hat den Status %2; nur ein abgeschlossener Hunt kann wieder geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 is %2; findings are recorded while a hunt is active.</source>
        <translation>%1 hat den Status %2; Befunde werden erfasst, solange ein Hunt aktiv ist.</translation>
    </message>
    <message>
        <source>Finding: describe what you found.</source>
        <translation>Befund: Beschreiben Sie, was Sie gefunden haben.</translation>
    </message>
</context>
<context>
    <name>HuntService</name>
    <message>
        <source>No hunt %1.</source>
        <translation>Kein Hunt %1.</translation>
    </message>
    <message>
        <source>Owner: no person %1 in the directory.</source>
        <translation>Verantwortlich: keine Person %1 im Verzeichnis.</translation>
    </message>
    <message>
        <source>Intel: some of the linked intel items do not exist.</source>
        <translation>Intel: Einige der verknüpften Intel-Einträge existieren nicht.</translation>
    </message>
    <message>
        <source>Incident: no incident %1.</source>
        <translation>Incident: kein Incident %1.</translation>
    </message>
    <message>
        <source>Hunt %1</source>
        <translation>Hunt %1</translation>
    </message>
</context>
<context>
    <name>HuntsModel</name>
    <message>
        <source>Past its time box</source>
        <translation>Zeitrahmen überschritten</translation>
    </message>
    <message>
        <source>%1, past its time box</source>
        <translation>%1, Zeitrahmen überschritten</translation>
    </message>
    <message>
        <source>Hunt</source>
        <translation>Hunt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>ATT&amp;CK</source>
        <translation>ATT&amp;CK</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
</context>
<context>
    <name>HuntsTab</name>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Search hunts…</source>
        <translation>Hunts durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Propose Hunt…</source>
        <translation>Hunt &amp;vorschlagen…</translation>
    </message>
    <message>
        <source>Propose a hypothesis-driven hunt (Ctrl+Shift+H)</source>
        <translation>Hypothesengestützten Hunt vorschlagen (Strg+Umschalt+H)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Add &amp;Finding…</source>
        <translation>Be&amp;fund hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Conclude…</source>
        <translation>&amp;Abschließen…</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>Hunt details</source>
        <translation>Hunt-Details</translation>
    </message>
    <message>
        <source>&amp;Hunt This…</source>
        <translation>&amp;Hunt hierzu…</translation>
    </message>
    <message>
        <source>All hunts</source>
        <translation>Alle Hunts</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Backlog&lt;/b&gt;: %n technique(s) the tracked groups use that nothing covers</source>
        <translation>
            <numerusform>&lt;b&gt;Backlog&lt;/b&gt;: %n Technik, die die beobachteten Gruppen nutzen und die nicht abgedeckt ist</numerusform>
            <numerusform>&lt;b&gt;Backlog&lt;/b&gt;: %n Techniken, die die beobachteten Gruppen nutzen und die nicht abgedeckt sind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n hunts</source>
        <translation>
            <numerusform>%1 von %n Hunt</numerusform>
            <numerusform>%1 von %n Hunts</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a hunt, or propose one from the backlog: the techniques the groups you track use that no detection, hunt, exercise or incident covers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie einen Hunt aus oder schlagen Sie einen aus dem Backlog vor: die Techniken, die die von Ihnen beobachteten Gruppen nutzen und die keine Detektion, kein Hunt, keine Übung und kein Incident abdeckt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Hypothesis:</source>
        <translation>Hypothese:</translation>
    </message>
    <message>
        <source>ATT&amp;amp;CK:</source>
        <translation>ATT&amp;amp;CK:</translation>
    </message>
    <message>
        <source>time box %1 to %2</source>
        <translation>Zeitrahmen %1 bis %2</translation>
    </message>
    <message>
        <source>past its time box</source>
        <translation>Zeitrahmen überschritten</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Detection: %1</source>
        <translation>Detektion: %1</translation>
    </message>
    <message>
        <source>Incident: %1 %2</source>
        <translation>Incident: %1 %2</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Data sources:</source>
        <translation>Datenquellen:</translation>
    </message>
    <message>
        <source>Motivated by:</source>
        <translation>Ausgelöst durch:</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Befunde (%1)</translation>
    </message>
    <message>
        <source>An adversary may be using %1 %2 in our environment without any detection seeing it.</source>
        <translation>Ein Angreifer könnte %1 %2 in unserer Umgebung nutzen, ohne dass eine Detektion es bemerkt.</translation>
    </message>
    <message>
        <source>Groups we track (%1) may be using %2 %3 in our environment without any detection seeing it.</source>
        <translation>Von uns beobachtete Gruppen (%1) könnten %2 %3 in unserer Umgebung nutzen, ohne dass eine Detektion es bemerkt.</translation>
    </message>
    <message>
        <source>Propose a Hunt</source>
        <translation>Hunt vorschlagen</translation>
    </message>
    <message>
        <source>Edit Hunt</source>
        <translation>Hunt bearbeiten</translation>
    </message>
    <message>
        <source>Start Hunt</source>
        <translation>Hunt starten</translation>
    </message>
    <message>
        <source>Reopen Hunt</source>
        <translation>Hunt wieder öffnen</translation>
    </message>
</context>
<context>
    <name>ICalendar</name>
    <message>
        <source>%1 deadline: %2</source>
        <translation>Frist %1: %2</translation>
    </message>
    <message>
        <source>Incident %1: %2
Due %3
Source: %4</source>
        <translation>Incident %1: %2
Fällig %3
Quelle: %4</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>%1 due %2</source>
        <translation>%1 fällig %2</translation>
    </message>
</context>
<context>
    <name>ImprovementDialog</name>
    <message>
        <source>Improvement Item</source>
        <translation>Verbesserungspunkt</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Capability:</source>
        <translation>&amp;Fähigkeit:</translation>
    </message>
    <message>
        <source>Corrective &amp;action:</source>
        <translation>Korrektur&amp;maßnahme:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>Fälli&amp;g:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>New Improvement Item</source>
        <translation>Neuer Verbesserungspunkt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(no owner yet)</source>
        <translation>(noch niemand verantwortlich)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Korrekturmaßnahme</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Fähigkeit</translation>
    </message>
</context>
<context>
    <name>ImprovementModel</name>
    <message>
        <source>Corrective action</source>
        <translation>Korrekturmaßnahme</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Raised in</source>
        <translation>Aufgenommen in</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(niemand verantwortlich)</translation>
    </message>
</context>
<context>
    <name>IncidentActionDialog</name>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>IncidentAttributeRules</name>
    <message>
        <source>Jurisdictions: &quot;%1&quot; is not a country or region code; use ISO 3166 codes such as DE, US or US-NY, or EU.</source>
        <translation>Rechtsräume: „%1“ ist kein Länder- oder Regionscode; verwenden Sie ISO-3166-Codes wie DE, US oder US-NY, oder EU.</translation>
    </message>
    <message>
        <source>Regulated sectors: &quot;%1&quot; is not one of %2.</source>
        <translation>Regulierte Sektoren: „%1“ ist keiner von %2.</translation>
    </message>
    <message>
        <source>personal data involved</source>
        <translation>personenbezogene Daten betroffen</translation>
    </message>
    <message>
        <source>employee involved</source>
        <translation>Mitarbeitende beteiligt</translation>
    </message>
    <message>
        <source>customer-facing impact</source>
        <translation>Auswirkungen auf Kunden</translation>
    </message>
    <message>
        <source>jurisdictions %1</source>
        <translation>Rechtsräume %1</translation>
    </message>
    <message>
        <source>individuals affected: %1</source>
        <translation>betroffene Personen: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>IncidentCommunicationsTab</name>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>&amp;New Draft</source>
        <translation>&amp;Neuer Entwurf</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Zielgruppe:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>E-mail addresses, separated by commas</source>
        <translation>E-Mail-Adressen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>&amp;Save Version</source>
        <translation>Version &amp;speichern</translation>
    </message>
    <message>
        <source>Submit for &amp;Review</source>
        <translation>Zur &amp;Prüfung einreichen</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation>S&amp;enden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Approve for %1</source>
        <translation>Für %1 freigeben</translation>
    </message>
    <message>
        <source>Post to the Chat &amp;Webhook</source>
        <translation>An den Chat-&amp;Webhook senden</translation>
    </message>
    <message>
        <source>Save as &amp;E-mail (.eml)…</source>
        <translation>Als E-&amp;Mail speichern (.eml)…</translation>
    </message>
    <message>
        <source>&amp;Record as Sent Elsewhere…</source>
        <translation>Als anderweitig gesendet e&amp;rfassen…</translation>
    </message>
    <message>
        <source>Save the text as a new version (Ctrl+S); approvals of earlier versions no longer apply</source>
        <translation>Text als neue Version speichern (Strg+S); Freigaben früherer Versionen gelten dann nicht mehr</translation>
    </message>
    <message>
        <source>last sent %1</source>
        <translation>zuletzt gesendet %1</translation>
    </message>
    <message>
        <source>none sent yet</source>
        <translation>noch keins gesendet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Status update overdue&lt;/b&gt; by %1 — updates every %2 at this severity; %3.</source>
        <translation>&lt;b&gt;Status-Update überfällig&lt;/b&gt; seit %1 — bei diesem Schweregrad alle %2; %3.</translation>
    </message>
    <message>
        <source>Next status update due %1 (%2) — every %3 at this severity; %4.</source>
        <translation>Nächstes Status-Update fällig %1 (%2) — bei diesem Schweregrad alle %3; %4.</translation>
    </message>
    <message>
        <source>Choose a template and press New Draft, or select a communication.</source>
        <translation>Wählen Sie eine Vorlage und klicken Sie auf „Neuer Entwurf“, oder wählen Sie eine Mitteilung aus.</translation>
    </message>
    <message>
        <source>%1 (current), %2, %3</source>
        <translation>%1 (aktuell), %2, %3</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1 — outside the organisation: Legal approves the exact text</source>
        <translation>%1 — außerhalb der Organisation: Die Rechtsabteilung gibt den genauen Wortlaut frei</translation>
    </message>
    <message>
        <source>Sent %1 by %2 via %3.</source>
        <translation>Gesendet %1 von %2 über %3.</translation>
    </message>
    <message>
        <source>%1, version %2.</source>
        <translation>%1, Version %2.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 durch %2</translation>
    </message>
    <message>
        <source>Approved: %1.</source>
        <translation>Freigegeben: %1.</translation>
    </message>
    <message>
        <source>Needs approval by %1 before it can be sent.</source>
        <translation>Benötigt vor dem Senden die Freigabe durch %1.</translation>
    </message>
    <message>
        <source>Fill in %1 before review.</source>
        <translation>Füllen Sie vor der Prüfung %1 aus.</translation>
    </message>
    <message>
        <source>New Draft</source>
        <translation>Neuer Entwurf</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation>Zur Prüfung einreichen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>No chat webhook is set up. Add its address under Settings &gt; Workflows.</source>
        <translation>Es ist kein Chat-Webhook eingerichtet. Fügen Sie seine Adresse unter Einstellungen &gt; Workflows hinzu.</translation>
    </message>
    <message>
        <source>Posting &quot;%1&quot; to %2…</source>
        <translation>„%1“ wird an %2 gesendet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Attempt %1 (the last one failed: %2)…</source>
        <translation>Versuch %1 (der letzte ist fehlgeschlagen: %2)…</translation>
    </message>
    <message>
        <source>Save E-mail</source>
        <translation>E-Mail speichern</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml)</source>
        <translation>E-Mail-Nachrichten (*.eml)</translation>
    </message>
    <message>
        <source>Record as Sent</source>
        <translation>Als gesendet erfassen</translation>
    </message>
    <message>
        <source>How was it sent (for example: the regulator&apos;s online portal)?</source>
        <translation>Wie wurde gesendet (zum Beispiel: über das Online-Portal der Aufsichtsbehörde)?</translation>
    </message>
</context>
<context>
    <name>IncidentDeadlinesTab</name>
    <message>
        <source>&amp;Record Event…</source>
        <translation>&amp;Ereignis erfassen…</translation>
    </message>
    <message>
        <source>Record when the organisation became aware, determined materiality, classified the incident as major… Clocks start from it.</source>
        <translation>Erfassen Sie, wann die Organisation Kenntnis erlangt, die Wesentlichkeit festgestellt, den Incident als schwerwiegend eingestuft hat… Die Fristen laufen ab diesem Zeitpunkt.</translation>
    </message>
    <message>
        <source>Notification &amp;Made…</source>
        <translation>&amp;Meldung erfolgt…</translation>
    </message>
    <message>
        <source>&amp;Waive…</source>
        <translation>Ent&amp;fällt…</translation>
    </message>
    <message>
        <source>Export to &amp;Calendar…</source>
        <translation>In &amp;Kalender exportieren…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 (recorded by %3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 (erfasst von %3)</translation>
    </message>
    <message>
        <source>No start event recorded yet. Record when the organisation became aware, determined materiality or classified the incident as major; the clocks that apply start from it.</source>
        <translation>Noch kein Startereignis erfasst. Erfassen Sie, wann die Organisation Kenntnis erlangt, die Wesentlichkeit festgestellt oder den Incident als schwerwiegend eingestuft hat; die zutreffenden Fristen laufen ab diesem Zeitpunkt.</translation>
    </message>
    <message>
        <source>Times are shown in your time zone (%1). Hour periods run in real hours; business days and months count in %2 (%3 holidays).</source>
        <translation>Zeiten werden in Ihrer Zeitzone (%1) angezeigt. Stundenfristen laufen in echten Stunden; Arbeitstage und Monate zählen in %2 (Feiertage: %3).</translation>
    </message>
    <message>
        <source>US federal</source>
        <translation>US-Bundesfeiertage</translation>
    </message>
    <message>
        <source>configured</source>
        <translation>konfiguriert</translation>
    </message>
    <message>
        <source>Your local time (%1)</source>
        <translation>Ihre Ortszeit (%1)</translation>
    </message>
    <message>
        <source>%1 — within %2</source>
        <translation>%1 — innerhalb von %2</translation>
    </message>
    <message>
        <source>Notification Made</source>
        <translation>Meldung erfolgt</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Due %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Fällig %2</translation>
    </message>
    <message>
        <source>This is after the deadline: the notification must give the reasons for the delay, and Muster records the deadline as missed.</source>
        <translation>Das ist nach Fristablauf: Die Meldung muss die Gründe für die Verzögerung angeben, und Muster erfasst die Frist als versäumt.</translation>
    </message>
    <message>
        <source>On time. Add a note if you wish.</source>
        <translation>Fristgerecht. Fügen Sie bei Bedarf eine Notiz hinzu.</translation>
    </message>
    <message>
        <source>&amp;Reasons for delay:</source>
        <translation>Gründe für die &amp;Verzögerung:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Waive Deadline</source>
        <translation>Frist entfallen lassen</translation>
    </message>
    <message>
        <source>Why does this duty not apply? (Recorded on the timeline.)</source>
        <translation>Warum trifft diese Pflicht nicht zu? (Wird in der Zeitleiste erfasst.)</translation>
    </message>
    <message>
        <source>Export to Calendar</source>
        <translation>In Kalender exportieren</translation>
    </message>
    <message>
        <source>%1 deadlines.ics</source>
        <translation>%1 Fristen.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: Die Datei kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>IncidentLayout</name>
    <message>
        <source>%1 (after %2)</source>
        <translation>%1 (nach %2)</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 (role not held)</source>
        <translation>%1 (Rolle nicht besetzt)</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>Incident report</source>
        <translation>Incident-Bericht</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>EXERCISE — this incident was opened for a tabletop exercise; it is not a real incident.</source>
        <translation>ÜBUNG — Dieser Incident wurde für ein Planspiel eröffnet; es handelt sich nicht um einen echten Incident.</translation>
    </message>
    <message>
        <source>Sections marked PRIVILEGED contain material prepared at the direction of counsel. Do not forward them outside the privileged group.</source>
        <translation>Als PRIVILEGIERT gekennzeichnete Abschnitte enthalten Material, das auf Anweisung der Rechtsberatung erstellt wurde. Leiten Sie sie nicht an Personen außerhalb des privilegierten Kreises weiter.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Priority / tier</source>
        <translation>Priorität / Tier</translation>
    </message>
    <message>
        <source>P%1 / %2</source>
        <translation>P%1 / %2</translation>
    </message>
    <message>
        <source>Incident commander</source>
        <translation>Incident Commander</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>nicht benannt</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detektiert</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Quittiert</translation>
    </message>
    <message>
        <source>Contained</source>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <source>Remediated</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>1. Summary</source>
        <translation>1. Zusammenfassung</translation>
    </message>
    <message>
        <source>No summary was written.</source>
        <translation>Es wurde keine Zusammenfassung verfasst.</translation>
    </message>
    <message>
        <source>2. Classification</source>
        <translation>2. Einstufung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Detektion</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>ATT&amp;CK techniques</source>
        <translation>ATT&amp;CK-Techniken</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>Umstände</translation>
    </message>
    <message>
        <source>Affected individuals</source>
        <translation>Betroffene Personen</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>3. Affected assets</source>
        <translation>3. Betroffene Assets</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilität</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>No asset is linked to the incident.</source>
        <translation>Mit dem Incident ist kein Asset verknüpft.</translation>
    </message>
    <message>
        <source>4. Roles and stakeholders</source>
        <translation>4. Rollen und Stakeholder</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>No incident role was assigned.</source>
        <translation>Es wurde keine Incident-Rolle vergeben.</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Involvement</source>
        <translation>Beteiligung</translation>
    </message>
    <message>
        <source>5. Timeline</source>
        <translation>5. Zeitleiste</translation>
    </message>
    <message>
        <source>Final hash of the chain (SHA-256):</source>
        <translation>Finaler Hash der Kette (SHA-256):</translation>
    </message>
    <message>
        <source>Anyone holding a copy of the database can check this record later: “musterctl incidents verify %1” recomputes the chain and prints its final hash, which must equal the one above. Each entry&apos;s hash covers its time, author, kind, text and data, and the hash of the entry before it.</source>
        <translation>Wer eine Kopie der Datenbank besitzt, kann diese Aufzeichnung später prüfen: „musterctl incidents verify %1“ berechnet die Kette neu und gibt ihren finalen Hash aus, der mit dem obigen übereinstimmen muss. Der Hash jedes Eintrags umfasst dessen Zeitpunkt, Autor, Art, Text und Daten sowie den Hash des vorangehenden Eintrags.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>%1
(recorded %2)</source>
        <translation>%1
(erfasst %2)</translation>
    </message>
    <message>
        <source>The timeline has no entries.</source>
        <translation>Die Zeitleiste enthält keine Einträge.</translation>
    </message>
    <message>
        <source>6. Tasks by workstream</source>
        <translation>6. Aufgaben nach Arbeitsstrang</translation>
    </message>
    <message>
        <source>No task was recorded.</source>
        <translation>Es wurde keine Aufgabe erfasst.</translation>
    </message>
    <message>
        <source>%1 — PRIVILEGED</source>
        <translation>%1 — PRIVILEGIERT</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Done / note</source>
        <translation>Erledigt / Notiz</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>7. Communications sent</source>
        <translation>7. Versandte Mitteilungen</translation>
    </message>
    <message>
        <source>No communication was sent.</source>
        <translation>Es wurde keine Mitteilung versandt.</translation>
    </message>
    <message>
        <source>7.%1 %2</source>
        <translation>7.%1 %2</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%1 durch %2 am %3</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no addresses recorded</source>
        <translation>keine Adressen erfasst</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>%1 by %2 via %3</source>
        <translation>%1 durch %2 über %3</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>no approval was required</source>
        <translation>keine Freigabe erforderlich</translation>
    </message>
    <message>
        <source>The text as approved and sent:</source>
        <translation>Der Text in der freigegebenen und versandten Fassung:</translation>
    </message>
    <message>
        <source>Further communications drafted but not sent, and so not part of this record: %1.</source>
        <translation>Weitere Mitteilungen, die entworfen, aber nicht versandt wurden und daher nicht Teil dieser Aufzeichnung sind: %1.</translation>
    </message>
    <message>
        <source>8. Regulatory deadlines</source>
        <translation>8. Regulatorische Fristen</translation>
    </message>
    <message>
        <source>Event that started the clocks</source>
        <translation>Ereignis, das die Fristen ausgelöst hat</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>No clock start event was recorded.</source>
        <translation>Es wurde kein fristauslösendes Ereignis erfasst.</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Zu benachrichtigen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>No regulatory deadline applies.</source>
        <translation>Es gilt keine regulatorische Frist.</translation>
    </message>
    <message>
        <source>9. Lessons learned</source>
        <translation>9. Lessons Learned</translation>
    </message>
    <message>
        <source>No post-incident review task exists for this incident.</source>
        <translation>Für diesen Incident gibt es keine Aufgabe zur Nachbereitung.</translation>
    </message>
    <message>
        <source>Post-incident review: %1.</source>
        <translation>Nachbereitung: %1.</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Durch</translation>
    </message>
    <message>
        <source>Lesson or action</source>
        <translation>Erkenntnis oder Maßnahme</translation>
    </message>
    <message>
        <source>No lessons were recorded yet.</source>
        <translation>Es wurden noch keine Erkenntnisse erfasst.</translation>
    </message>
    <message>
        <source>Incident report %1</source>
        <translation>Incident-Bericht %1</translation>
    </message>
    <message>
        <source>Incident report %1 — %2</source>
        <translation>Incident-Bericht %1 — %2</translation>
    </message>
</context>
<context>
    <name>IncidentListModel</name>
    <message>
        <source>Confidential exercise incident</source>
        <translation>Vertraulicher Übungs-Incident</translation>
    </message>
    <message>
        <source>Confidential incident</source>
        <translation>Vertraulicher Incident</translation>
    </message>
    <message>
        <source>Exercise incident</source>
        <translation>Übungs-Incident</translation>
    </message>
    <message>
        <source>Not acknowledged yet</source>
        <translation>Noch nicht quittiert</translation>
    </message>
    <message>
        <source>Time since detection (open incidents) or from detection to closure</source>
        <translation>Zeit seit Detektion (offene Incidents) bzw. von Detektion bis Abschluss</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Commander</source>
        <translation>Commander</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detektiert</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Time to acknowledge</source>
        <translation>Zeit bis zur Quittierung</translation>
    </message>
    <message>
        <source>Detection source</source>
        <translation>Detektionsquelle</translation>
    </message>
</context>
<context>
    <name>IncidentReport</name>
    <message>
        <source>The timeline has no entries, so there is no hash chain to verify.</source>
        <translation>Die Zeitleiste enthält keine Einträge, daher gibt es keine Hash-Kette zu verifizieren.</translation>
    </message>
    <message numerus="yes">
        <source>The hash chain of all %n timeline entries verifies: no entry has been changed, removed or inserted since it was recorded.</source>
        <translation>
            <numerusform>Die Hash-Kette der Zeitleiste (%n Eintrag) ist verifiziert: Kein Eintrag wurde seit seiner Erfassung geändert, entfernt oder eingefügt.</numerusform>
            <numerusform>Die Hash-Kette aller %n Zeitleisteneinträge ist verifiziert: Kein Eintrag wurde seit seiner Erfassung geändert, entfernt oder eingefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hash chain does NOT verify: %1 The record from entry %2 on cannot be relied upon.</source>
        <translation>Die Hash-Kette ist NICHT verifiziert: %1 Ab Eintrag %2 ist die Aufzeichnung nicht verlässlich.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — %1 — restricted to the incident&apos;s access list, Legal and HR</source>
        <translation>VERTRAULICH — %1 — nur für die Zugriffsliste des Incidents, die Rechtsabteilung und die Personalabteilung</translation>
    </message>
    <message>
        <source>PRIVILEGED &amp; CONFIDENTIAL — prepared at the direction of counsel</source>
        <translation>PRIVILEGIERT UND VERTRAULICH — auf Anweisung der Rechtsberatung erstellt</translation>
    </message>
</context>
<context>
    <name>IncidentRolesWidget</name>
    <message>
        <source>Incident roles</source>
        <translation>Incident-Rollen</translation>
    </message>
    <message>
        <source>&amp;Assign or Hand Over…</source>
        <translation>&amp;Zuweisen oder übergeben…</translation>
    </message>
    <message>
        <source>Give the selected role to someone; the handover is recorded on the timeline</source>
        <translation>Ausgewählte Rolle jemandem übertragen; die Übergabe wird in der Zeitleiste erfasst</translation>
    </message>
    <message>
        <source>Stand &amp;Down</source>
        <translation>&amp;Abberufen</translation>
    </message>
    <message>
        <source>Access list (confidential incident)</source>
        <translation>Zugriffsliste (vertraulicher Incident)</translation>
    </message>
    <message>
        <source>Access list</source>
        <translation>Zugriffsliste</translation>
    </message>
    <message>
        <source>Person to add</source>
        <translation>Hinzuzufügende Person</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Besetzt durch</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Only the people on this list, and everyone in the Legal and HR functions, see this incident.</source>
        <translation>Nur die Personen auf dieser Liste sowie alle aus Rechtsabteilung und Personalabteilung (HR) sehen diesen Incident.</translation>
    </message>
    <message>
        <source>vacant</source>
        <translation>unbesetzt</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation>%1: %2 – %3</translation>
    </message>
    <message>
        <source>Earlier holders:
%1</source>
        <translation>Frühere Inhaber:
%1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — Assign or Hand Over</source>
        <translation>%1 — Zuweisen oder übergeben</translation>
    </message>
    <message>
        <source>Nobody holds the role %1.</source>
        <translation>Niemand hat die Rolle %1 inne.</translation>
    </message>
    <message>
        <source>%1 holds the role %2. The handover is recorded with its time.</source>
        <translation>%1 hat die Rolle %2 inne. Die Übergabe wird mit Zeitpunkt erfasst.</translation>
    </message>
    <message>
        <source>Assign Role</source>
        <translation>Rolle zuweisen</translation>
    </message>
    <message>
        <source>Stand Down</source>
        <translation>Abberufen</translation>
    </message>
    <message>
        <source>Access List</source>
        <translation>Zugriffsliste</translation>
    </message>
</context>
<context>
    <name>IncidentRules</name>
    <message>
        <source>Title: an incident needs a title.</source>
        <translation>Titel: Ein Incident braucht einen Titel.</translation>
    </message>
    <message>
        <source>Title: at most 300 characters (this one has %1).</source>
        <translation>Titel: höchstens 300 Zeichen (dieser hat %1).</translation>
    </message>
    <message>
        <source>ATT&amp;CK techniques: &quot;%1&quot; is not a technique id; use the form T1234 or T1234.001.</source>
        <translation>ATT&amp;CK-Techniken: „%1“ ist keine Technik-ID; verwenden Sie die Form T1234 oder T1234.001.</translation>
    </message>
    <message>
        <source>Detected at: the detection time cannot be in the future.</source>
        <translation>Detektiert am: Der Detektionszeitpunkt kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Incident opened: %1 (%2)</source>
        <translation>Incident eröffnet: %1 (%2)</translation>
    </message>
    <message>
        <source>Time: %1 is before the incident was detected (%2).</source>
        <translation>Zeit: %1 liegt vor der Detektion des Incidents (%2).</translation>
    </message>
    <message>
        <source>Status changed from %1 to %2</source>
        <translation>Status geändert von %1 auf %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The incident is already at %1.</source>
        <translation>Der Incident ist bereits auf %1.</translation>
    </message>
    <message>
        <source>Reason: say why the incident changes tier.</source>
        <translation>Grund: Geben Sie an, warum der Incident das Tier wechselt.</translation>
    </message>
    <message>
        <source>A SEV1 incident is a major incident and stays at %1.</source>
        <translation>Ein SEV1-Incident ist ein Major Incident und bleibt auf %1.</translation>
    </message>
    <message>
        <source>The incident touches a business-critical asset and stays at %1 or above.</source>
        <translation>Der Incident betrifft ein geschäftskritisches Asset und bleibt auf %1 oder höher.</translation>
    </message>
    <message>
        <source>Escalated from %1 to %2: %3</source>
        <translation>Eskaliert von %1 auf %2: %3</translation>
    </message>
    <message>
        <source>De-escalated from %1 to %2: %3</source>
        <translation>Deeskaliert von %1 auf %2: %3</translation>
    </message>
    <message>
        <source>SEV1 is a major incident, handled by the Tier 3 escalation point</source>
        <translation>SEV1 ist ein Major Incident und wird von der Eskalationsstelle in Tier 3 bearbeitet</translation>
    </message>
    <message>
        <source>touches business-critical asset %1</source>
        <translation>betrifft das geschäftskritische Asset %1</translation>
    </message>
    <message>
        <source>Routed automatically from %1 to %2: %3</source>
        <translation>Automatisch von %1 auf %2 geleitet: %3</translation>
    </message>
    <message>
        <source>Reason: say why the detection time changes (for example, when the impact started before the alert).</source>
        <translation>Grund: Geben Sie an, warum sich der Detektionszeitpunkt ändert (zum Beispiel, wenn die Auswirkungen vor dem Alert begannen).</translation>
    </message>
    <message>
        <source>Detected at: the incident cannot be detected after it was acknowledged (%1).</source>
        <translation>Detektiert am: Der Incident kann nicht nach seiner Quittierung (%1) detektiert worden sein.</translation>
    </message>
    <message>
        <source>Detection time set to %1 (was %2): %3</source>
        <translation>Detektionszeitpunkt auf %1 gesetzt (vorher %2): %3</translation>
    </message>
    <message>
        <source>Note: the note is empty.</source>
        <translation>Notiz: Die Notiz ist leer.</translation>
    </message>
    <message>
        <source>Asset linked: %1 (%2)</source>
        <translation>Asset verknüpft: %1 (%2)</translation>
    </message>
    <message>
        <source>Asset unlinked: %1</source>
        <translation>Asset-Verknüpfung entfernt: %1</translation>
    </message>
    <message>
        <source>%1 unassigned</source>
        <translation>%1 nicht zugewiesen</translation>
    </message>
    <message>
        <source>Detected at: say why the incident was detected before it was opened (for example, the impact began before the alert).</source>
        <translation>Detektiert am: Geben Sie an, warum der Incident vor seiner Eröffnung detektiert wurde (zum Beispiel, weil die Auswirkungen vor dem Alert begannen).</translation>
    </message>
    <message>
        <source>%1; detected at %2: %3</source>
        <translation>%1; detektiert am %2: %3</translation>
    </message>
</context>
<context>
    <name>IncidentService</name>
    <message>
        <source>%1: no person %2 in the directory.</source>
        <translation>%1: keine Person %2 im Verzeichnis.</translation>
    </message>
    <message>
        <source>Commander</source>
        <translation>Commander</translation>
    </message>
    <message>
        <source>Assignees</source>
        <translation>Zuständige</translation>
    </message>
    <message>
        <source>Assets: no asset %1 in the inventory.</source>
        <translation>Assets: kein Asset %1 im Inventar.</translation>
    </message>
    <message>
        <source>Time: a status change cannot be recorded in the future.</source>
        <translation>Zeit: Eine Statusänderung kann nicht in der Zukunft erfasst werden.</translation>
    </message>
    <message>
        <source>%1 is already linked to %2.</source>
        <translation>%1 ist bereits mit %2 verknüpft.</translation>
    </message>
    <message>
        <source>Assets: asset %1 is not linked to %2.</source>
        <translation>Assets: Asset %1 ist nicht mit %2 verknüpft.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Title changed to &quot;%1&quot;</source>
        <translation>Titel geändert in „%1“</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Summary updated</source>
        <translation>Zusammenfassung aktualisiert</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Severity changed from %1 to %2</source>
        <translation>Schweregrad geändert von %1 auf %2</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Category changed from %1 to %2</source>
        <translation>Kategorie geändert von %1 auf %2</translation>
    </message>
    <message>
        <source>ATT&amp;CK techniques: &quot;%1&quot; is not a technique id; use the form T1234 or T1234.001.</source>
        <translation>ATT&amp;CK-Techniken: „%1“ ist keine Technik-ID; verwenden Sie die Form T1234 oder T1234.001.</translation>
    </message>
    <message>
        <source>ATT&amp;CK techniques</source>
        <translation>ATT&amp;CK-Techniken</translation>
    </message>
    <message>
        <source>ATT&amp;CK techniques set to %1</source>
        <translation>ATT&amp;CK-Techniken gesetzt auf %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Assignees: %1</source>
        <translation>Zuständige: %1</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>Marked confidential</source>
        <translation>Als vertraulich markiert</translation>
    </message>
    <message>
        <source>Confidential marking removed</source>
        <translation>Vertraulichkeitsmarkierung entfernt</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Detektion</translation>
    </message>
    <message>
        <source>Detection source detail set to &quot;%1&quot;</source>
        <translation>Detail der Detektionsquelle gesetzt auf „%1“</translation>
    </message>
</context>
<context>
    <name>IncidentTasksTab</name>
    <message>
        <source>What playbooks match on</source>
        <translation>Worauf Playbooks reagieren</translation>
    </message>
    <message>
        <source>&amp;Personal data involved</source>
        <translation>&amp;Personenbezogene Daten betroffen</translation>
    </message>
    <message>
        <source>&amp;Employee involved</source>
        <translation>&amp;Mitarbeitende beteiligt</translation>
    </message>
    <message>
        <source>Customer-&amp;facing impact</source>
        <translation>&amp;Kundenwirksame Auswirkungen</translation>
    </message>
    <message>
        <source>Financial services</source>
        <translation>Finanzdienstleistungen</translation>
    </message>
    <message>
        <source>Health care (HIPAA)</source>
        <translation>Gesundheitswesen (HIPAA)</translation>
    </message>
    <message>
        <source>NIS2 entity</source>
        <translation>NIS2-Einrichtung</translation>
    </message>
    <message>
        <source>SEC registrant</source>
        <translation>SEC-registriertes Unternehmen</translation>
    </message>
    <message>
        <source>&amp;Jurisdictions:</source>
        <translation>&amp;Rechtsräume:</translation>
    </message>
    <message>
        <source>e.g. DE, EU, US-NY</source>
        <translation>z. B. DE, EU, US-NY</translation>
    </message>
    <message>
        <source>People a&amp;ffected:</source>
        <translation>Betroffene Pers&amp;onen:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Show tasks</source>
        <translation>Aufgaben anzeigen</translation>
    </message>
    <message>
        <source>Add &amp;Task…</source>
        <translation>Aufgabe &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Task details</source>
        <translation>Aufgabendetails</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>&amp;Blocked…</source>
        <translation>&amp;Blockiert…</translation>
    </message>
    <message>
        <source>&amp;Not Applicable…</source>
        <translation>&amp;Nicht zutreffend…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Assi&amp;gn…</source>
        <translation>&amp;Zuweisen…</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>Kommen&amp;tar…</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Offene Aufgaben</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Alle Aufgaben</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Mark the task done (Ctrl+Enter)</source>
        <translation>Aufgabe als erledigt markieren (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Approve for %1</source>
        <translation>Für %1 freigeben</translation>
    </message>
    <message>
        <source>%1 open, %2 overdue, %3 in all</source>
        <translation>%1 offen, %2 überfällig, %3 insgesamt</translation>
    </message>
    <message>
        <source>%1 open, %2 in all</source>
        <translation>%1 offen, %2 insgesamt</translation>
    </message>
    <message>
        <source>No playbook applies yet.</source>
        <translation>Noch kein Playbook trifft zu.</translation>
    </message>
    <message>
        <source>Playbooks: %1</source>
        <translation>Playbooks: %1</translation>
    </message>
    <message>
        <source>Business-critical asset linked</source>
        <translation>Geschäftskritisches Asset verknüpft</translation>
    </message>
    <message>
        <source>Saved; playbooks added %1 tasks.</source>
        <translation>Gespeichert; Playbooks haben %1 Aufgaben hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a task to see what it asks, what it waits for and its comments.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Aufgabe aus, um zu sehen, was sie verlangt, worauf sie wartet und welche Kommentare es gibt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Added by the playbook &quot;%1&quot;</source>
        <translation>Vom Playbook „%1“ hinzugefügt</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>Manuell hinzugefügt</translation>
    </message>
    <message>
        <source>Due %1 after %2</source>
        <translation>Fällig %1 nach %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Action on an employee:&lt;/b&gt; it cannot start before HR and Legal approve it.</source>
        <translation>&lt;b&gt;Maßnahme gegenüber Mitarbeitenden:&lt;/b&gt; Sie kann erst beginnen, wenn HR und Rechtsabteilung sie freigegeben haben.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Waits for: %1</source>
        <translation>Wartet auf: %1</translation>
    </message>
    <message>
        <source>%1 approved for %2 on %3</source>
        <translation>%1 hat am %3 für %2 freigegeben</translation>
    </message>
    <message>
        <source>&lt;b&gt;Still needs %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Benötigt noch %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Comments&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Kommentare&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What is &quot;%1&quot; blocked on?</source>
        <translation>Wodurch ist „%1“ blockiert?</translation>
    </message>
    <message>
        <source>Why does &quot;%1&quot; not apply?</source>
        <translation>Warum trifft „%1“ nicht zu?</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <source>The %1, whoever holds the role</source>
        <translation>Die Rolle %1, wer auch immer sie innehat</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Assign Task</source>
        <translation>Aufgabe zuweisen</translation>
    </message>
    <message>
        <source>Who owns &quot;%1&quot;?</source>
        <translation>Wer ist für „%1“ verantwortlich?</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
</context>
<context>
    <name>IncidentWindow</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Zusammenfassung:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Schweregrad:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>Commander:</source>
        <translation>Commander:</translation>
    </message>
    <message>
        <source>ATT&amp;&amp;CK techniques:</source>
        <translation>ATT&amp;&amp;CK-Techniken:</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Apply Changes</source>
        <translation>Änderungen übernehmen</translation>
    </message>
    <message>
        <source>Record the changes on the timeline (Ctrl+S)</source>
        <translation>Änderungen in der Zeitleiste erfassen (Strg+S)</translation>
    </message>
    <message>
        <source>Assignees:</source>
        <translation>Zuständige:</translation>
    </message>
    <message>
        <source>Detected by:</source>
        <translation>Detektiert durch:</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Reaktionszeiten</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Detektiert:</translation>
    </message>
    <message>
        <source>Acknowledged:</source>
        <translation>Quittiert:</translation>
    </message>
    <message>
        <source>Contained:</source>
        <translation>Eingedämmt:</translation>
    </message>
    <message>
        <source>Remediated:</source>
        <translation>Behoben:</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>Geschlossen:</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;Assets</source>
        <translation>&amp;Assets</translation>
    </message>
    <message>
        <source>&amp;Link Asset</source>
        <translation>Asset &amp;verknüpfen</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>Verknüpfung &amp;lösen</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Business-critical</source>
        <translation>Geschäftskritisch</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilität</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Incident actions</source>
        <translation>Incident-Aktionen</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Quittieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Change &amp;Status…</source>
        <translation>&amp;Status ändern…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Eskalieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>&amp;Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Set &amp;Detection Time…</source>
        <translation>Detektions&amp;zeit festlegen…</translation>
    </message>
    <message>
        <source>Confidential Incident</source>
        <translation>Vertraulicher Incident</translation>
    </message>
    <message>
        <source>%1 is confidential: only its access list, Legal and HR may open it.</source>
        <translation>%1 ist vertraulich: Nur die Personen auf der Zugriffsliste, die Rechtsabteilung und die Personalabteilung dürfen ihn öffnen.</translation>
    </message>
    <message>
        <source>Cannot Open Incident</source>
        <translation>Incident kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Incident</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>&amp;Fenster schließen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Apply Changes</source>
        <translation>Änderungen &amp;übernehmen</translation>
    </message>
    <message>
        <source>e.g. T1566.001, T1078</source>
        <translation>z. B. T1566.001, T1078</translation>
    </message>
    <message>
        <source>Priority comes from the severity and the most critical linked asset: a business-critical asset, regulated personal data or a risk score of 80 or more raises SEV2 to P1 and SEV3 to P2. An incident that touches a business-critical asset is handled at Tier 2 or above.</source>
        <translation>Die Priorität ergibt sich aus dem Schweregrad und dem kritischsten verknüpften Asset: Ein geschäftskritisches Asset, regulierte personenbezogene Daten oder ein Risikowert ab 80 heben SEV2 auf P1 und SEV3 auf P2 an. Ein Incident, der ein geschäftskritisches Asset betrifft, wird ab Tier 2 bearbeitet.</translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation>Auf&amp;gaben</translation>
    </message>
    <message>
        <source>&amp;Communications</source>
        <translation>&amp;Kommunikation</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>&amp;Fristen</translation>
    </message>
    <message>
        <source>O&amp;bservables</source>
        <translation>&amp;Observables</translation>
    </message>
    <message>
        <source>Not Done</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>%1 (after %2)</source>
        <translation>%1 (nach %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>(nicht zugewiesen)</translation>
    </message>
    <message numerus="yes">
        <source>✔ Hash chain verified: %n entries, nothing changed or removed. Final hash %1</source>
        <translation>
            <numerusform>✔ Hash-Kette verifiziert: %n Eintrag, nichts geändert oder entfernt. Finaler Hash %1</numerusform>
            <numerusform>✔ Hash-Kette verifiziert: %n Einträge, nichts geändert oder entfernt. Finaler Hash %1</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ Timeline verified</source>
        <translation>✔ Zeitleiste verifiziert</translation>
    </message>
    <message>
        <source>✖ Hash chain broken: %1</source>
        <translation>✖ Hash-Kette unterbrochen: %1</translation>
    </message>
    <message>
        <source>✖ Timeline broken at entry %1</source>
        <translation>✖ Zeitleiste bei Eintrag %1 unterbrochen</translation>
    </message>
    <message>
        <source>&amp;Timeline (%1)</source>
        <translation>&amp;Zeitleiste (%1)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Assets (%1)</source>
        <translation>&amp;Assets (%1)</translation>
    </message>
    <message>
        <source>Acknowledged.</source>
        <translation>Quittiert.</translation>
    </message>
    <message>
        <source>Change Status of %1</source>
        <translation>Status von %1 ändern</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 hat den Status %2.</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;Neuer Status:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>What was done (optional)</source>
        <translation>Was getan wurde (optional)</translation>
    </message>
    <message>
        <source>Escalate or De-escalate %1</source>
        <translation>%1 eskalieren oder deeskalieren</translation>
    </message>
    <message>
        <source>%1 is at %2.</source>
        <translation>%1 liegt auf %2.</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Tier:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Why the incident changes tier</source>
        <translation>Warum der Incident das Tier wechselt</translation>
    </message>
    <message>
        <source>Add Note to %1</source>
        <translation>Notiz zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>An observation, a decision, an action taken</source>
        <translation>Eine Beobachtung, eine Entscheidung, eine ergriffene Maßnahme</translation>
    </message>
    <message>
        <source>Set Detection Time of %1</source>
        <translation>Detektionszeitpunkt von %1 festlegen</translation>
    </message>
    <message>
        <source>MTTA and MTTR count from the detection time. Set it earlier when the impact began before the alert.</source>
        <translation>MTTA und MTTR zählen ab dem Detektionszeitpunkt. Setzen Sie ihn früher, wenn die Auswirkungen vor dem Alert begonnen haben.</translation>
    </message>
    <message>
        <source>&amp;Detected at:</source>
        <translation>&amp;Detektiert am:</translation>
    </message>
    <message>
        <source>Why the detection time changes</source>
        <translation>Warum sich der Detektionszeitpunkt ändert</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Changes recorded on the timeline.</source>
        <translation>Änderungen in der Zeitleiste erfasst.</translation>
    </message>
    <message>
        <source>Link %1</source>
        <translation>%1 verknüpfen</translation>
    </message>
    <message>
        <source>Select the asset to unlink.</source>
        <translation>Wählen Sie das Asset aus, dessen Verknüpfung gelöst werden soll.</translation>
    </message>
    <message>
        <source>Unlink %1</source>
        <translation>Verknüpfung von %1 lösen</translation>
    </message>
    <message>
        <source>Incident Removed</source>
        <translation>Incident entfernt</translation>
    </message>
    <message>
        <source>%1 (%2) is no longer on this computer: it was deleted on the team server, or you may no longer read it.</source>
        <translation>%1 (%2) ist nicht mehr auf diesem Computer: Er wurde auf dem Team-Server gelöscht, oder Sie dürfen ihn nicht mehr lesen.</translation>
    </message>
</context>
<context>
    <name>IncidentWriter</name>
    <message>
        <source>No incident %1.</source>
        <translation>Kein Incident %1.</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>&amp;New Incident…</source>
        <translation>&amp;Neuer Incident…</translation>
    </message>
    <message>
        <source>Open a new incident (Ctrl+N)</source>
        <translation>Neuen Incident eröffnen (Strg+N)</translation>
    </message>
    <message>
        <source>Search title, summary, notes or reference (Ctrl+F)</source>
        <translation>Titel, Zusammenfassung, Notizen oder Referenz durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation>Schweregradfilter</translation>
    </message>
    <message>
        <source>Tier filter</source>
        <translation>Tier-Filter</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Kategoriefilter</translation>
    </message>
    <message>
        <source>Assignee filter</source>
        <translation>Filter nach Zuständigen</translation>
    </message>
    <message>
        <source>Real or exercise incidents</source>
        <translation>Echte oder Übungs-Incidents</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Alle Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>Highlighted: not acknowledged yet</source>
        <translation>Hervorgehoben: noch nicht quittiert</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Jeder Schweregrad</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Jedes Tier</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Jede Kategorie</translation>
    </message>
    <message>
        <source>Real incidents</source>
        <translation>Echte Incidents</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Real and exercises</source>
        <translation>Echte und Übungen</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Angezeigt: %1</translation>
    </message>
    <message>
        <source>Counting incidents…</source>
        <translation>Incidents werden gezählt…</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n Incident</numerusform>
            <numerusform>%n Incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the incidents the filters show as CSV, for spreadsheets (Ctrl+Shift+E)</source>
        <translation>Die von den Filtern gezeigten Incidents als CSV für Tabellenkalkulationen speichern (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>Export Incident List</source>
        <translation>Incident-Liste exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exporting incidents…</source>
        <translation>Incidents werden exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n incident(s) to %1.</source>
        <translation>
            <numerusform>%n Incident nach %1 exportiert.</numerusform>
            <numerusform>%n Incidents nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to %1:
%2</source>
        <translation>Export nach %1 nicht möglich:
%2</translation>
    </message>
    <message>
        <source>No incidents here yet: the team&apos;s are arriving from the team server…</source>
        <translation>Noch keine Incidents hier: Die des Teams kommen gerade vom Team-Server…</translation>
    </message>
</context>
<context>
    <name>InjectStatusModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>Einlage</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Ausgespielt</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Selected by a branch</source>
        <translation>Von einer Verzweigung gewählt</translation>
    </message>
    <message>
        <source>Waits for a branch</source>
        <translation>Wartet auf eine Verzweigung</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Nicht gewählt</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Reserve</translation>
    </message>
</context>
<context>
    <name>IntakeConfig</name>
    <message>
        <source>Listen: &quot;%1&quot; is not ADDRESS:PORT (for example 127.0.0.1:8787 or [::1]:8787).</source>
        <translation>Lauschen auf: „%1“ hat nicht die Form ADRESSE:PORT (zum Beispiel 127.0.0.1:8787 oder [::1]:8787).</translation>
    </message>
    <message>
        <source>Listen: &quot;%1&quot; is not an IP address; use 127.0.0.1, 0.0.0.0 or ::.</source>
        <translation>Lauschen auf: „%1“ ist keine IP-Adresse; verwenden Sie 127.0.0.1, 0.0.0.0 oder ::.</translation>
    </message>
</context>
<context>
    <name>IntakeRunner</name>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Receiving alerts at %1://%2</source>
        <translation>Empfängt Alerts unter %1://%2</translation>
    </message>
    <message>
        <source>Not receiving alerts: %1</source>
        <translation>Empfängt keine Alerts: %1</translation>
    </message>
</context>
<context>
    <name>IntakeServer</name>
    <message>
        <source>The intake server is already running.</source>
        <translation>Der Alert-Eingangsserver läuft bereits.</translation>
    </message>
    <message>
        <source>TLS: give both the certificate file and the key file (PEM).</source>
        <translation>TLS: Geben Sie sowohl die Zertifikatsdatei als auch die Schlüsseldatei (PEM) an.</translation>
    </message>
    <message>
        <source>TLS certificate: %1 holds no PEM certificate.</source>
        <translation>TLS-Zertifikat: %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>TLS key: cannot read %1: %2</source>
        <translation>TLS-Schlüssel: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>TLS key: %1 holds no unencrypted PEM private key.</source>
        <translation>TLS-Schlüssel: %1 enthält keinen unverschlüsselten privaten PEM-Schlüssel.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Auf %1 kann nicht gelauscht werden: %2</translation>
    </message>
    <message>
        <source>The request is larger than %1 bytes; Muster takes bodies up to %1 bytes.</source>
        <translation>Die Anfrage ist größer als %1 Byte; Muster nimmt Bodys bis %1 Byte an.</translation>
    </message>
    <message>
        <source>Muster could not store the alert; retry later. (%1)</source>
        <translation>Muster konnte den Alert nicht speichern; versuchen Sie es später erneut. (%1)</translation>
    </message>
    <message>
        <source>No such endpoint.</source>
        <translation>Kein solcher Endpunkt.</translation>
    </message>
    <message>
        <source>%1 takes GET.</source>
        <translation>%1 akzeptiert GET.</translation>
    </message>
    <message>
        <source>No endpoint %1; Muster takes alerts at %2, %3 and %4.</source>
        <translation>Kein Endpunkt %1; Muster nimmt Alerts unter %2, %3 und %4 an.</translation>
    </message>
    <message>
        <source>%1 takes POST.</source>
        <translation>%1 akzeptiert POST.</translation>
    </message>
    <message>
        <source>The body has %1 bytes; Muster takes bodies up to %2 bytes.</source>
        <translation>Der Body hat %1 Byte; Muster nimmt Bodys bis %2 Byte an.</translation>
    </message>
    <message>
        <source>Content-Type %1 is not JSON; send application/json.</source>
        <translation>Content-Type %1 ist kein JSON; senden Sie application/json.</translation>
    </message>
    <message>
        <source>Unknown or revoked token.</source>
        <translation>Unbekanntes oder widerrufenes Token.</translation>
    </message>
    <message>
        <source>A token is required: send &quot;Authorization: Bearer TOKEN&quot; with the source&apos;s token.</source>
        <translation>Ein Token ist erforderlich: Senden Sie „Authorization: Bearer TOKEN“ mit dem Token der Quelle.</translation>
    </message>
    <message>
        <source>Source %1 sends more than %2 requests per second; slow down.</source>
        <translation>Quelle %1 sendet mehr als %2 Anfragen pro Sekunde; bitte drosseln.</translation>
    </message>
</context>
<context>
    <name>IntelDemoWriter</name>
    <message>
        <source>Demo threat intelligence team</source>
        <translation>Demo-Threat-Intelligence-Team</translation>
    </message>
    <message>
        <source>Demo intelligence; not real.</source>
        <translation>Demo-Intelligence; nicht echt.</translation>
    </message>
    <message>
        <source>Windows security events</source>
        <translation>Windows-Sicherheitsereignisse</translation>
    </message>
    <message>
        <source>EDR process telemetry</source>
        <translation>EDR-Prozesstelemetrie</translation>
    </message>
    <message>
        <source>First pass over 30 days of telemetry done.</source>
        <translation>Erster Durchgang über 30 Tage Telemetrie abgeschlossen.</translation>
    </message>
    <message>
        <source>Saved search in the SIEM</source>
        <translation>Gespeicherte Suche im SIEM</translation>
    </message>
    <message>
        <source>proxy logs</source>
        <translation>Proxy-Logs</translation>
    </message>
    <message>
        <source>Weekly SOC intelligence brief</source>
        <translation>Wöchentliches SOC-Intelligence-Briefing</translation>
    </message>
    <message>
        <source>Ransomware and help-desk fraud: what it means for us</source>
        <translation>Ransomware und Betrug über den Helpdesk: Was das für uns bedeutet</translation>
    </message>
</context>
<context>
    <name>IntelImportService</name>
    <message>
        <source>%1: cannot read the file (%2).</source>
        <translation>%1: Die Datei kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>No intel item %1.</source>
        <translation>Kein Intel-Eintrag %1.</translation>
    </message>
</context>
<context>
    <name>IntelImportService::Report</name>
    <message>
        <source>%1: imported the ATT&amp;CK catalog: %2 tactics, %3 techniques, %4 groups, %5 uses.</source>
        <translation>%1: ATT&amp;CK-Katalog importiert: %2 Taktiken, %3 Techniken, %4 Gruppen, %5 Verwendungen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 added, %3 updated, %4 unchanged; %5 relationships; %n sighting(s).</source>
        <translation>
            <numerusform>%1: %2 hinzugefügt, %3 aktualisiert, %4 unverändert; %5 Beziehungen; %n Sichtung.</numerusform>
            <numerusform>%1: %2 hinzugefügt, %3 aktualisiert, %4 unverändert; %5 Beziehungen; %n Sichtungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept without a model: %1.</source>
        <translation>Ohne Modell übernommen: %1.</translation>
    </message>
</context>
<context>
    <name>IntelItemDialog</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation>&amp;Werte:</translation>
    </message>
    <message>
        <source>One per line: 203.0.113.7, 2001:db8::1, 198.51.100.0/24, evil.example, https://…, a hash, an e-mail address</source>
        <translation>Einer pro Zeile: 203.0.113.7, 2001:db8::1, 198.51.100.0/24, evil.example, https://…, ein Hash, eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Defaults to the first value</source>
        <translation>Standardmäßig der erste Wert</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Who produced it (an ISAC, a vendor, your team)</source>
        <translation>Wer ihn erstellt hat (ein ISAC, ein Hersteller, Ihr Team)</translation>
    </message>
    <message>
        <source>&amp;TLP marking:</source>
        <translation>&amp;TLP-Kennzeichnung:</translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation>&amp;Konfidenz:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>&amp;First seen:</source>
        <translation>&amp;Erstmals gesehen:</translation>
    </message>
    <message>
        <source>&amp;Last seen:</source>
        <translation>&amp;Zuletzt gesehen:</translation>
    </message>
    <message>
        <source>Valid f&amp;rom:</source>
        <translation>Gültig a&amp;b:</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>Gültig b&amp;is:</translation>
    </message>
    <message>
        <source>ATT&amp;CK:</source>
        <translation>ATT&amp;CK:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Besch&amp;reibung:</translation>
    </message>
    <message>
        <source>New Intel Item</source>
        <translation>Neuer Intel-Eintrag</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not an IP address, domain, URL, file hash or e-mail address.</source>
        <translation>Zeile %1: „%2“ ist keine IP-Adresse, Domain, URL, kein Datei-Hash und keine E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>IntelItemsModel</name>
    <message>
        <source>Revoked by its producer</source>
        <translation>Vom Ersteller widerrufen</translation>
    </message>
    <message>
        <source>Outside its validity window: no new sightings</source>
        <translation>Außerhalb des Gültigkeitszeitraums: keine neuen Sichtungen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Seen %1</source>
        <translation>Gesehen %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Bis %1</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Abgelaufen %1</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Seit %1</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>Unbefristet</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>ATT&amp;CK</source>
        <translation>ATT&amp;CK</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>IntelItemsTab</name>
    <message>
        <source>Kind filter</source>
        <translation>Artfilter</translation>
    </message>
    <message>
        <source>Marking filter</source>
        <translation>Kennzeichnungsfilter</translation>
    </message>
    <message>
        <source>Search name, value, source, technique…</source>
        <translation>Name, Wert, Quelle, Technik durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Import STIX…</source>
        <translation>STIX &amp;importieren…</translation>
    </message>
    <message>
        <source>Import a STIX 2.0 or 2.1 bundle (Ctrl+Shift+I)</source>
        <translation>Ein STIX-2.0- oder -2.1-Bundle importieren (Strg+Umschalt+I)</translation>
    </message>
    <message>
        <source>From &amp;TAXII…</source>
        <translation>Aus &amp;TAXII…</translation>
    </message>
    <message>
        <source>&amp;New Item…</source>
        <translation>&amp;Neuer Eintrag…</translation>
    </message>
    <message>
        <source>Enter an indicator or other item (Ctrl+Shift+N)</source>
        <translation>Einen Indikator oder einen anderen Eintrag erfassen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>&amp;Brief…</source>
        <translation>&amp;Briefing…</translation>
    </message>
    <message>
        <source>Draft a brief from the selected items</source>
        <translation>Briefing aus den ausgewählten Einträgen entwerfen</translation>
    </message>
    <message>
        <source>&amp;Share STIX…</source>
        <translation>&amp;Als STIX teilen…</translation>
    </message>
    <message>
        <source>Write the selected items as a STIX bundle, as far as their markings allow</source>
        <translation>Die ausgewählten Einträge als STIX-Bundle schreiben, soweit ihre Kennzeichnung es erlaubt</translation>
    </message>
    <message>
        <source>Item details</source>
        <translation>Eintragsdetails</translation>
    </message>
    <message>
        <source>&lt;b&gt;Briefs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Briefings&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Open Brief…</source>
        <translation>Briefing ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Any marking</source>
        <translation>Jede Kennzeichnung</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n intel items</source>
        <translation>
            <numerusform>%1 von %n Intel-Eintrag</numerusform>
            <numerusform>%1 von %n Intel-Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an item to see its details and sightings.&lt;/p&gt;&lt;p&gt;Import a STIX bundle (&lt;b&gt;Ctrl+Shift+I&lt;/b&gt;) or a TAXII collection, or enter an indicator (&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie einen Eintrag aus, um seine Details und Sichtungen zu sehen.&lt;/p&gt;&lt;p&gt;Importieren Sie ein STIX-Bundle (&lt;b&gt;Strg+Umschalt+I&lt;/b&gt;) oder eine TAXII-Collection, oder erfassen Sie einen Indikator (&lt;b&gt;Strg+Umschalt+N&lt;/b&gt;).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Erstmals gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>ATT&amp;CK</source>
        <translation>ATT&amp;CK</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliasse</translation>
    </message>
    <message>
        <source>STIX id</source>
        <translation>STIX-ID</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Suchmuster</translation>
    </message>
    <message>
        <source>Sightings (%1)</source>
        <translation>Sichtungen (%1)</translation>
    </message>
    <message>
        <source>&lt;p&gt;No incident has observed these values yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch kein Incident hat diese Werte beobachtet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import STIX Bundle</source>
        <translation>STIX-Bundle importieren</translation>
    </message>
    <message>
        <source>STIX bundles (*.json);;All files (*)</source>
        <translation>STIX-Bundles (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>TLP:AMBER (default)</source>
        <translation>TLP:AMBER (Standard)</translation>
    </message>
    <message>
        <source>Marking for objects that carry no TLP marking:</source>
        <translation>Kennzeichnung für Objekte ohne TLP-Kennzeichnung:</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation>Nichts importiert</translation>
    </message>
    <message>
        <source>STIX Import</source>
        <translation>STIX-Import</translation>
    </message>
    <message>
        <source>New Brief</source>
        <translation>Neues Briefing</translation>
    </message>
    <message>
        <source>Who is the brief for?</source>
        <translation>Für wen ist das Briefing?</translation>
    </message>
    <message>
        <source>Share as STIX</source>
        <translation>Als STIX teilen</translation>
    </message>
    <message>
        <source>Who is it for? Items whose marking does not allow it are withheld.</source>
        <translation>Für wen ist es bestimmt? Einträge, deren Kennzeichnung das nicht erlaubt, werden zurückgehalten.</translation>
    </message>
    <message>
        <source>STIX bundles (*.json)</source>
        <translation>STIX-Bundles (*.json)</translation>
    </message>
    <message>
        <source>Wrote %1: %2 shared, %3 withheld by their marking. The distribution is logged.</source>
        <translation>%1 geschrieben: %2 geteilt, %3 aufgrund ihrer Kennzeichnung zurückgehalten. Die Weitergabe wird protokolliert.</translation>
    </message>
</context>
<context>
    <name>IntelPage</name>
    <message>
        <source>Intel &amp; Hunting</source>
        <translation>Intel &amp; Hunting</translation>
    </message>
    <message>
        <source>&amp;Intel</source>
        <translation>&amp;Intel</translation>
    </message>
    <message>
        <source>&amp;Hunts</source>
        <translation>&amp;Hunts</translation>
    </message>
    <message>
        <source>C&amp;overage</source>
        <translation>&amp;Abdeckung</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>The body is empty; expected a JSON document.</source>
        <translation>Der Body ist leer; ein JSON-Dokument wurde erwartet.</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1 at byte %2.</source>
        <translation>Der Body ist kein gültiges JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>The body: %1.</source>
        <translation>Der Body: %1.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>String erwartet</translation>
    </message>
    <message>
        <source>at most %1 characters (this one has %2)</source>
        <translation>höchstens %1 Zeichen (dieser Wert hat %2)</translation>
    </message>
    <message>
        <source>expected a string or a number</source>
        <translation>String oder Zahl erwartet</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
</context>
<context>
    <name>LeadershipLayout</name>
    <message>
        <source>too few to compare</source>
        <translation>zu wenige für einen Vergleich</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>%1% faster</source>
        <translation>%1&#xa0;% schneller</translation>
    </message>
    <message>
        <source>%1% slower</source>
        <translation>%1&#xa0;% langsamer</translation>
    </message>
    <message>
        <source>%1: no incident of the period reached this step yet.</source>
        <translation>%1: Noch kein Incident des Zeitraums hat diesen Schritt erreicht.</translation>
    </message>
    <message>
        <source>%1 was %2 (median %3, 90th percentile %4; incidents measured: %5)</source>
        <translation>%1 betrug %2 (Median %3, 90. Perzentil %4; gemessene Incidents: %5)</translation>
    </message>
    <message>
        <source>%1; in the previous period it was %2 (median %3).</source>
        <translation>%1; im vorherigen Zeitraum betrug sie %2 (Median %3).</translation>
    </message>
    <message>
        <source>%1; the previous period had too few incidents to compare.</source>
        <translation>%1; der vorherige Zeitraum hatte zu wenige Incidents für einen Vergleich.</translation>
    </message>
    <message>
        <source>Incidents detected in the period: %1, %2 against the previous period (%3).</source>
        <translation>Im Zeitraum detektierte Incidents: %1, %2 gegenüber dem vorherigen Zeitraum (%3).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 Of these: %2.</source>
        <translation>%1 Davon: %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Mean time to acknowledge (MTTA)</source>
        <translation>Mittlere Zeit bis zur Quittierung (MTTA)</translation>
    </message>
    <message>
        <source>Mean time to remediate (MTTR)</source>
        <translation>Mittlere Zeit bis zur Behebung (MTTR)</translation>
    </message>
    <message>
        <source>Remediation missed its SLA target for %1 of %2 decided incidents (%3); %4 of them are still open past the target.</source>
        <translation>Die Behebung hat ihr SLA-Ziel bei %1 von %2 entschiedenen Incidents verfehlt (%3); %4 davon sind nach Ablauf des Ziels noch offen.</translation>
    </message>
    <message>
        <source>No incident of the period has reached or passed its remediation target yet.</source>
        <translation>Noch kein Incident des Zeitraums hat sein Behebungsziel erreicht oder überschritten.</translation>
    </message>
    <message>
        <source>No SEV1 or SEV2 incident is open.</source>
        <translation>Kein SEV1- oder SEV2-Incident ist offen.</translation>
    </message>
    <message>
        <source>SEV1 or SEV2 incidents still open: %1.</source>
        <translation>Noch offene SEV1- oder SEV2-Incidents: %1.</translation>
    </message>
    <message>
        <source>SEV1 or SEV2 incidents still open: %1; the oldest was detected %2 ago.</source>
        <translation>Noch offene SEV1- oder SEV2-Incidents: %1; der älteste wurde vor %2 detektiert.</translation>
    </message>
    <message>
        <source>No regulatory notification deadline fell due in the period.</source>
        <translation>Im Zeitraum wurde keine regulatorische Meldefrist fällig.</translation>
    </message>
    <message>
        <source>Regulatory deadlines due in the period: %6, of which %1 met, %2 missed and %3 waived; %4 overdue and %5 still running.</source>
        <translation>Im Zeitraum fällige regulatorische Fristen: %6, davon %1 eingehalten, %2 versäumt und %3 entfallen; %4 überfällig und %5 noch laufend.</translation>
    </message>
    <message>
        <source>No tabletop exercise was run in the period.</source>
        <translation>Im Zeitraum wurde kein Planspiel durchgeführt.</translation>
    </message>
    <message>
        <source>Tabletop exercises run: %1; %2 of the rated expected actions were performed without major challenges (P or S).</source>
        <translation>Durchgeführte Planspiele: %1; %2 der bewerteten erwarteten Maßnahmen wurden ohne erhebliche Schwierigkeiten durchgeführt (P oder S).</translation>
    </message>
    <message>
        <source>%1 Improvement items still open: %2, of which %3 past their due date.</source>
        <translation>%1 Noch offene Verbesserungspunkte: %2, davon %3 nach Fälligkeit.</translation>
    </message>
    <message>
        <source>Leadership report</source>
        <translation>Bericht für die Leitungsebene</translation>
    </message>
    <message>
        <source>Security operations, %1</source>
        <translation>Security Operations, %1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>not set (Settings &gt; Organisation)</source>
        <translation>nicht festgelegt (Einstellungen &gt; Organisation)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>%1, incidents by detection date (%2)</source>
        <translation>%1, Incidents nach Detektionsdatum (%2)</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Verglichen mit</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Real incidents; exercise incidents are left out and false positives counted apart.</source>
        <translation>Echte Incidents; Übungs-Incidents sind ausgenommen, False Positives werden gesondert gezählt.</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>Stand der Zahlen</translation>
    </message>
    <message>
        <source>1. Executive summary</source>
        <translation>1. Management-Zusammenfassung</translation>
    </message>
    <message>
        <source>%1 confidential incidents are in the figures but not named in this report; %2 false positives are not in the figures.</source>
        <translation>%1 vertrauliche Incidents sind in den Zahlen enthalten, werden in diesem Bericht aber nicht genannt; %2 False Positives sind in den Zahlen nicht enthalten.</translation>
    </message>
    <message>
        <source>2. Incidents by severity</source>
        <translation>2. Incidents nach Schweregrad</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Dieser Zeitraum</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Incidents detected by severity</source>
        <translation>Detektierte Incidents nach Schweregrad</translation>
    </message>
    <message>
        <source>3. Response times: MTTA and MTTR</source>
        <translation>3. Reaktionszeiten: MTTA und MTTR</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. Perzentil</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Not reached yet</source>
        <translation>Noch nicht erreicht</translation>
    </message>
    <message>
        <source>Previous median</source>
        <translation>Vorheriger Median</translation>
    </message>
    <message>
        <source>Change of median</source>
        <translation>Veränderung des Medians</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Median and 90th percentile by week of detection</source>
        <translation>Median und 90. Perzentil nach Detektionswoche</translation>
    </message>
    <message>
        <source>Median and 90th percentile by month of detection</source>
        <translation>Median und 90. Perzentil nach Detektionsmonat</translation>
    </message>
    <message>
        <source>%1 %2 Median and 90th percentile interpolate between ranks, so one long incident moves the mean but not the median; the 90th percentile shows the long tail.</source>
        <translation>%1 %2 Median und 90. Perzentil werden zwischen Rängen interpoliert, sodass ein einzelner langer Incident den Mittelwert verschiebt, nicht aber den Median; das 90. Perzentil zeigt die langen Ausreißer.</translation>
    </message>
    <message>
        <source>4. SLA targets</source>
        <translation>4. SLA-Ziele</translation>
    </message>
    <message>
        <source>SLA outcomes of the incidents detected in the period</source>
        <translation>SLA-Ergebnisse der im Zeitraum detektierten Incidents</translation>
    </message>
    <message>
        <source>Acknowledged late or overdue</source>
        <translation>Verspätet oder überfällig quittiert</translation>
    </message>
    <message>
        <source>Breach rate</source>
        <translation>Verletzungsquote</translation>
    </message>
    <message>
        <source>Remediated late or overdue</source>
        <translation>Verspätet oder überfällig behoben</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Met: reached within the target of the incident&apos;s severity. Breached: reached late. Overdue: not reached and already past the target. Breach rate = (breached + overdue) / (met + breached + overdue); incidents still within their target are not decided yet. Targets are set in Settings.</source>
        <translation>Eingehalten: innerhalb des Ziels für den Schweregrad des Incidents erreicht. Verletzt: verspätet erreicht. Überfällig: nicht erreicht und Ziel bereits überschritten. Verletzungsquote = (verletzt + überfällig) / (eingehalten + verletzt + überfällig); Incidents, die noch innerhalb ihres Ziels liegen, sind noch nicht entschieden. Die Ziele werden in den Einstellungen festgelegt.</translation>
    </message>
    <message>
        <source>5. Open SEV1 and SEV2 incidents</source>
        <translation>5. Offene SEV1- und SEV2-Incidents</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Open for</source>
        <translation>Offen seit</translation>
    </message>
    <message>
        <source>no commander named</source>
        <translation>kein Commander benannt</translation>
    </message>
    <message>
        <source>Further confidential incidents open and not listed here: %1.</source>
        <translation>Weitere offene vertrauliche Incidents, die hier nicht aufgeführt sind: %1.</translation>
    </message>
    <message>
        <source>6. Regulatory deadlines</source>
        <translation>6. Regulatorische Fristen</translation>
    </message>
    <message>
        <source>Deadlines due in the period: %1 met, %2 missed, %3 waived, %4 overdue, %5 still running.</source>
        <translation>Im Zeitraum fällige Fristen: %1 eingehalten, %2 versäumt, %3 entfallen, %4 überfällig, %5 noch laufend.</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>No regulatory deadline fell due in the period.</source>
        <translation>Im Zeitraum wurde keine regulatorische Frist fällig.</translation>
    </message>
    <message>
        <source>Deadlines of confidential incidents counted above and not listed: %1.</source>
        <translation>Fristen vertraulicher Incidents, die oben mitgezählt, aber nicht aufgeführt sind: %1.</translation>
    </message>
    <message>
        <source>7. Tabletop exercises</source>
        <translation>7. Planspiele</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Rated actions</source>
        <translation>Bewertete Maßnahmen</translation>
    </message>
    <message>
        <source>Weakest objective</source>
        <translation>Schwächstes Ziel</translation>
    </message>
    <message>
        <source>P or S</source>
        <translation>P oder S</translation>
    </message>
    <message>
        <source>Inject to decision</source>
        <translation>Einlage bis Entscheidung</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Ratings (HSEEP): P performed without challenges, S with some challenges, M with major challenges, U unable to be performed. An objective is rated by its weakest expected action.</source>
        <translation>Bewertungen (HSEEP): P ohne Schwierigkeiten durchgeführt, S mit einigen Schwierigkeiten, M mit erheblichen Schwierigkeiten, U nicht durchführbar. Ein Ziel wird nach seiner schwächsten erwarteten Maßnahme bewertet.</translation>
    </message>
    <message>
        <source>8. Improvement items still open</source>
        <translation>8. Noch offene Verbesserungspunkte</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Korrekturmaßnahme</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Raised in</source>
        <translation>Aufgenommen in</translation>
    </message>
    <message>
        <source>No improvement item is open.</source>
        <translation>Kein Verbesserungspunkt ist offen.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (überfällig)</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>Leadership report, %1</source>
        <translation>Bericht für die Leitungsebene, %1</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>An incident cannot go from %1 to %2. From %1 it can go to: %3.</source>
        <translation>Ein Incident kann nicht von %1 zu %2 wechseln. Von %1 aus kann er wechseln zu: %3.</translation>
    </message>
</context>
<context>
    <name>LocalApplier</name>
    <message>
        <source>The incident was deleted on the team server.</source>
        <translation>Der Incident wurde auf dem Team-Server gelöscht.</translation>
    </message>
    <message>
        <source>the team server refused it.</source>
        <translation>Der Team-Server hat ihn abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was removed from this computer: %2 %n change(s) made here could not be sent.</source>
        <translation>
            <numerusform>%1 wurde von diesem Computer entfernt: %2 %n hier vorgenommene Änderung konnte nicht gesendet werden.</numerusform>
            <numerusform>%1 wurde von diesem Computer entfernt: %2 %n hier vorgenommene Änderungen konnten nicht gesendet werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Muster</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank &amp;öffnen…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Load &amp;Demo Data…</source>
        <translation>&amp;Demodaten laden…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Muster</source>
        <translation>&amp;Über Muster</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Welcome to Muster</source>
        <translation>Willkommen bei Muster</translation>
    </message>
    <message>
        <source>This database is empty. Load a demo organisation to explore Muster?</source>
        <translation>Diese Datenbank ist leer. Eine Demo-Organisation laden, um Muster kennenzulernen?</translation>
    </message>
    <message>
        <source>Load Demo Data</source>
        <translation>Demodaten laden</translation>
    </message>
    <message>
        <source>Start Empty</source>
        <translation>Leer beginnen</translation>
    </message>
    <message>
        <source>This database already holds incidents. Add the demo organisation to it anyway?</source>
        <translation>Diese Datenbank enthält bereits Incidents. Die Demo-Organisation trotzdem hinzufügen?</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Muster databases (*.sqlite *.db);;All files (*)</source>
        <translation>Muster-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>Muster databases (*.sqlite)</source>
        <translation>Muster-Datenbanken (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists. Use File &gt; Open Database to open it.</source>
        <translation>%1 existiert bereits. Öffnen Sie sie mit Datei &gt; Datenbank öffnen.</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Import &amp;People (CSV)…</source>
        <translation>&amp;Personen importieren (CSV)…</translation>
    </message>
    <message>
        <source>Import &amp;Assets (CSV)…</source>
        <translation>&amp;Assets importieren (CSV)…</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Alert intake</source>
        <translation>Alert-Eingang</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Team-Server</translation>
    </message>
    <message>
        <source>SLA targets</source>
        <translation>SLA-Ziele</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Con&amp;flicts and Refused Changes…</source>
        <translation>&amp;Konflikte und abgelehnte Änderungen…</translation>
    </message>
    <message>
        <source>My Tasks</source>
        <translation>Meine Aufgaben</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <source>Intel</source>
        <translation>Intel</translation>
    </message>
    <message>
        <source>Alert noise</source>
        <translation>Alert-Rauschen</translation>
    </message>
    <message>
        <source>Hunting</source>
        <translation>Hunting</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>the incidents behind the chart you clicked on the dashboard</source>
        <translation>die Incidents hinter dem Diagramm, das Sie im Dashboard angeklickt haben</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Click for the sync details and conflicts.</source>
        <translation>Klicken Sie für Synchronisierungsdetails und Konflikte.</translation>
    </message>
    <message>
        <source>Local only: Muster no longer synchronises this database.</source>
        <translation>Nur lokal: Muster synchronisiert diese Datenbank nicht mehr.</translation>
    </message>
    <message>
        <source>Saved. Connecting to %1…</source>
        <translation>Gespeichert. Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Saved; the password is in the system keychain. Connecting to %1…</source>
        <translation>Gespeichert; das Passwort liegt im Schlüsselbund des Systems. Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Team Server</source>
        <translation>Team-Server</translation>
    </message>
    <message>
        <source>Your changes are kept on this computer until the server can be reached.</source>
        <translation>Ihre Änderungen bleiben auf diesem Computer, bis der Server erreichbar ist.</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>The demo holds about 200 incidents over the last 12 months, a stakeholder directory, live incidents with their tasks, alerts waiting for triage, tabletop exercises and threat intelligence. Use a separate database for real work (File &gt; New Database).</source>
        <translation>Die Demo enthält rund 200 Incidents der letzten 12 Monate, ein Verzeichnis der Beteiligten, laufende Incidents mit ihren Aufgaben, Alerts, die auf Triage warten, Planspiele (Tabletop-Übungen) und Threat Intelligence. Verwenden Sie für die echte Arbeit eine eigene Datenbank (Datei &gt; Neue Datenbank).</translation>
    </message>
    <message>
        <source>This database synchronises with the team server %1: the demo organisation would be sent to everyone on it. Load it anyway?</source>
        <translation>Diese Datenbank wird mit dem Team-Server %1 synchronisiert: Die Demo-Organisation würde an alle gesendet, die ihn nutzen. Trotzdem laden?</translation>
    </message>
</context>
<context>
    <name>MergeAlertDialog</name>
    <message>
        <source>Merge Alert into Incident</source>
        <translation>Alert mit Incident zusammenführen</translation>
    </message>
    <message>
        <source>Filter by reference or title…</source>
        <translation>Nach Referenz oder Titel filtern…</translation>
    </message>
    <message>
        <source>Add &lt;b&gt;%1&lt;/b&gt; (%2) to the timeline of:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) zur Zeitleiste hinzufügen von:</translation>
    </message>
    <message>
        <source>%1  %2  —  %3 · %4 · %5</source>
        <translation>%1  %2  —  %3 · %4 · %5</translation>
    </message>
    <message>
        <source>No open incidents. Promote the alert instead.</source>
        <translation>Keine offenen Incidents. Stufen Sie den Alert stattdessen hoch.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
</context>
<context>
    <name>MetricsService</name>
    <message>
        <source>The stored SLA targets (setting %1) are not a JSON object: %2</source>
        <translation>Die gespeicherten SLA-Ziele (Einstellung %1) sind kein JSON-Objekt: %2</translation>
    </message>
</context>
<context>
    <name>MyTasksPage</name>
    <message>
        <source>My Tasks</source>
        <translation>Meine Aufgaben</translation>
    </message>
    <message>
        <source>Show &amp;finished</source>
        <translation>&amp;Abgeschlossene anzeigen</translation>
    </message>
    <message>
        <source>&amp;Open Incident</source>
        <translation>Incident ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Tasks of %1: named as owner, or through a role held in the incident.</source>
        <translation>Aufgaben von %1: als Verantwortliche(r) benannt oder über eine Rolle im Incident.</translation>
    </message>
    <message>
        <source>Choose who you are under Settings &gt; Acting as to see your tasks.</source>
        <translation>Wählen Sie unter Einstellungen &gt; Handeln als, wer Sie sind, um Ihre Aufgaben zu sehen.</translation>
    </message>
    <message>
        <source>%1 tasks, %2 overdue</source>
        <translation>%1 Aufgaben, %2 überfällig</translation>
    </message>
    <message>
        <source>%1 tasks</source>
        <translation>%1 Aufgaben</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
</context>
<context>
    <name>NavigatorLayer</name>
    <message>
        <source>Coverage of ATT&amp;CK techniques by detections, hunts, exercises and incidents, exported by Muster on %1.</source>
        <translation>Abdeckung von ATT&amp;CK-Techniken durch Detektionen, Hunts, Übungen und Incidents, exportiert von Muster am %1.</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <source>New Incident</source>
        <translation>Neuer Incident</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>Was passiert ist, in wenigen Worten</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>T&amp;ier:</source>
        <translation>T&amp;ier:</translation>
    </message>
    <message>
        <source>Detected &amp;by:</source>
        <translation>Detektiert &amp;durch:</translation>
    </message>
    <message>
        <source>Tool or alert name</source>
        <translation>Tool- oder Alert-Name</translation>
    </message>
    <message>
        <source>Detected &amp;at:</source>
        <translation>Detektiert &amp;am:</translation>
    </message>
    <message>
        <source>Why earlier than now (e.g. impact began before the alert)</source>
        <translation>Warum früher als jetzt (z. B. Auswirkungen begannen vor dem Alert)</translation>
    </message>
    <message>
        <source>ATT&amp;&amp;CK t&amp;echniques:</source>
        <translation>ATT&amp;&amp;CK-Tec&amp;hniken:</translation>
    </message>
    <message>
        <source>e.g. T1566.001, T1078</source>
        <translation>z. B. T1566.001, T1078</translation>
    </message>
    <message>
        <source>Co&amp;mmander:</source>
        <translation>&amp;Commander:</translation>
    </message>
    <message>
        <source>C&amp;onfidential</source>
        <translation>&amp;Vertraulich</translation>
    </message>
    <message>
        <source>E&amp;xercise</source>
        <translation>Ü&amp;bung</translation>
    </message>
    <message>
        <source>Assi&amp;gnees:</source>
        <translation>Zuständi&amp;ge:</translation>
    </message>
    <message>
        <source>Affected a&amp;ssets:</source>
        <translation>Betroffene Ass&amp;ets:</translation>
    </message>
    <message>
        <source>Filter assets</source>
        <translation>Assets filtern</translation>
    </message>
    <message>
        <source>Open Incident</source>
        <translation>Incident eröffnen</translation>
    </message>
    <message>
        <source>(not yet assigned)</source>
        <translation>(noch nicht zugewiesen)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — business-critical</source>
        <translation>%1 — geschäftskritisch</translation>
    </message>
    <message>
        <source>Sensitivity: %1, risk score %2</source>
        <translation>Sensibilität: %1, Risikowert %2</translation>
    </message>
    <message>
        <source>Say why the detection time is earlier than now.</source>
        <translation>Geben Sie an, warum der Detektionszeitpunkt vor jetzt liegt.</translation>
    </message>
</context>
<context>
    <name>NoiseMetricsWidget</name>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Alert noise: which detections to tune.</source>
        <translation>Alert-Rauschen: welche Detektionen nachgeschärft werden sollten.</translation>
    </message>
    <message>
        <source>Alerts (occurrences)</source>
        <translation>Alerts (Vorkommen)</translation>
    </message>
    <message>
        <source>Dismissed as false positive</source>
        <translation>Als False Positive verworfen</translation>
    </message>
    <message>
        <source>Alerts per incident</source>
        <translation>Alerts pro Incident</translation>
    </message>
    <message>
        <source>Median time to triage</source>
        <translation>Median der Zeit bis zur Triage</translation>
    </message>
    <message>
        <source>Waiting for triage</source>
        <translation>Warten auf Triage</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>Nach Quelle</translation>
    </message>
    <message>
        <source>By rule</source>
        <translation>Nach Regel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Source / rule</source>
        <translation>Quelle / Regel</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Vorkommen</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>False Positive</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 of %2 triaged alerts</source>
        <translation>%1 von %2 triagierten Alerts</translation>
    </message>
    <message>
        <source>%1 alerts in %2 incidents</source>
        <translation>%1 Alerts in %2 Incidents</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 von %2 (%3)</translation>
    </message>
    <message>
        <source>not triaged</source>
        <translation>nicht triagiert</translation>
    </message>
</context>
<context>
    <name>Observable</name>
    <message>
        <source>no value given.</source>
        <translation>kein Wert angegeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address.</source>
        <translation>„%1“ ist keine IPv4-Adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a range; give a single address.</source>
        <translation>„%1“ ist ein Bereich; geben Sie eine einzelne Adresse an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address.</source>
        <translation>„%1“ ist keine IPv6-Adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name.</source>
        <translation>„%1“ ist kein Domainname.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL (scheme://host/path).</source>
        <translation>„%1“ ist keine URL (schema://host/pfad).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an MD5, SHA-1, SHA-256 or SHA-512 hash.</source>
        <translation>„%1“ ist kein MD5-, SHA-1-, SHA-256- oder SHA-512-Hash.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>unknown kind.</source>
        <translation>unbekannte Art.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ObservableService</name>
    <message>
        <source>Observed: an observable cannot be seen in the future.</source>
        <translation>Beobachtet: Ein Observable kann nicht in der Zukunft gesehen werden.</translation>
    </message>
    <message>
        <source>%1 already has the observable %2.</source>
        <translation>%1 hat das Observable %2 bereits.</translation>
    </message>
    <message>
        <source>No observable %1.</source>
        <translation>Kein Observable %1.</translation>
    </message>
</context>
<context>
    <name>ObservablesModel</name>
    <message>
        <source>Sighting of: %1</source>
        <translation>Sichtung von: %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Sighting of</source>
        <translation>Sichtung von</translation>
    </message>
    <message>
        <source>Where seen</source>
        <translation>Wo gesehen</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
</context>
<context>
    <name>ObservablesWidget</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Value: 203.0.113.7, evil.example, https://…, SHA-256, e-mail</source>
        <translation>Wert: 203.0.113.7, evil.example, https://…, SHA-256, E-Mail</translation>
    </message>
    <message>
        <source>Observable value</source>
        <translation>Wert des Observables</translation>
    </message>
    <message>
        <source>Where seen (proxy logs, EDR, mail gateway)</source>
        <translation>Wo gesehen (Proxy-Logs, EDR, Mail-Gateway)</translation>
    </message>
    <message>
        <source>Where seen</source>
        <translation>Wo gesehen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message numerus="yes">
        <source>Sighting: %1 matches %n indicator(s).</source>
        <translation>
            <numerusform>Sichtung: %1 passt zu %n Indikator.</numerusform>
            <numerusform>Sichtung: %1 passt zu %n Indikatoren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Observable</source>
        <translation>Observable entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from this incident? Its sightings go with it; the timeline keeps a record.</source>
        <translation>%1 aus diesem Incident entfernen? Seine Sichtungen werden mit entfernt; die Zeitleiste behält einen Eintrag.</translation>
    </message>
    <message numerus="yes">
        <source>%n observable(s), %1 sighting(s) of intel indicators</source>
        <translation>
            <numerusform>%n Observable, %1 Sichtung(en) von Intel-Indikatoren</numerusform>
            <numerusform>%n Observables, %1 Sichtung(en) von Intel-Indikatoren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenAevImport</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: Die Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the file is %2 bytes long; an export may have at most %3 bytes</source>
        <translation>%1: Die Datei ist %2 Byte groß; ein Export darf höchstens %3 Byte haben</translation>
    </message>
    <message>
        <source>The ZIP archive holds no .json export.</source>
        <translation>Das ZIP-Archiv enthält keinen .json-Export.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the export is larger than %2 bytes</source>
        <translation>%1: Der Export ist größer als %2 Byte</translation>
    </message>
    <message>
        <source>%1:%2:%3: not valid JSON: %4</source>
        <translation>%1:%2:%3: kein gültiges JSON: %4</translation>
    </message>
    <message>
        <source>%1: an OpenAEV export is a JSON object</source>
        <translation>%1: Ein OpenAEV-Export ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>missing &quot;export_version&quot;; this does not look like an OpenAEV scenario export</source>
        <translation>„export_version“ fehlt; dies sieht nicht wie ein OpenAEV-Szenarioexport aus</translation>
    </message>
    <message>
        <source>export version %1 is not supported; Muster reads version 1</source>
        <translation>Exportversion %1 wird nicht unterstützt; Muster liest Version 1</translation>
    </message>
    <message>
        <source>missing &quot;scenario_information&quot; object</source>
        <translation>Objekt „scenario_information“ fehlt</translation>
    </message>
    <message>
        <source>missing &quot;scenario_injects&quot; array</source>
        <translation>Array „scenario_injects“ fehlt</translation>
    </message>
    <message>
        <source>the scenario has no &quot;scenario_name&quot;</source>
        <translation>das Szenario hat keinen „scenario_name“</translation>
    </message>
    <message>
        <source>Imported from an OpenAEV scenario export.</source>
        <translation>Aus einem OpenAEV-Szenarioexport importiert.</translation>
    </message>
    <message>
        <source>Exercise participants</source>
        <translation>Übungsteilnehmende</translation>
    </message>
    <message>
        <source>Teams of the OpenAEV scenario (focus: %1)</source>
        <translation>Teams des OpenAEV-Szenarios (Schwerpunkt: %1)</translation>
    </message>
    <message>
        <source>Operational communications</source>
        <translation>Operative Kommunikation</translation>
    </message>
    <message>
        <source>Cybersecurity</source>
        <translation>Cybersicherheit</translation>
    </message>
    <message>
        <source>%1 teams; at most %2 are imported</source>
        <translation>%1 Teams; höchstens %2 werden importiert</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Everyone taking part (the export defines no teams).</source>
        <translation>Alle Teilnehmenden (der Export definiert keine Teams).</translation>
    </message>
    <message>
        <source>Meet the expectations of the imported scenario.</source>
        <translation>Die Erwartungen des importierten Szenarios erfüllen.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>%1 injects; at most %2 are imported</source>
        <translation>%1 Einlagen; höchstens %2 werden importiert</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Exercise control (e-mail)</source>
        <translation>Übungssteuerung (E-Mail)</translation>
    </message>
    <message>
        <source>Subject: %1

%2</source>
        <translation>Betreff: %1

%2</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Textnachricht</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Exercise control</source>
        <translation>Übungssteuerung</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>OpenAEV inject type &quot;%1&quot; (%2) has no tabletop equivalent; describe what it would show. Its settings: %3</source>
        <translation>Der OpenAEV-Einlagetyp „%1“ (%2) hat keine Entsprechung im Planspiel; beschreiben Sie, was er zeigen würde. Seine Einstellungen: %3</translation>
    </message>
    <message>
        <source>The content was shortened to %1 characters.</source>
        <translation>Der Inhalt wurde auf %1 Zeichen gekürzt.</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>Erwartung</translation>
    </message>
    <message>
        <source>the scenario has no injects</source>
        <translation>das Szenario hat keine Einlagen</translation>
    </message>
    <message>
        <source>Not a valid OpenAEV scenario export; nothing was imported:
%1</source>
        <translation>Kein gültiger OpenAEV-Szenarioexport; nichts wurde importiert:
%1</translation>
    </message>
    <message>
        <source>Disabled in OpenAEV (planned at %1 min); release it by hand if wanted.</source>
        <translation>In OpenAEV deaktiviert (geplant bei %1 min); bei Bedarf von Hand ausspielen.</translation>
    </message>
    <message>
        <source>Imported from the OpenAEV export %1</source>
        <translation>Aus dem OpenAEV-Export %1 importiert</translation>
    </message>
    <message>
        <source>Variables the export did not resolve; fill them in before the exercise: %1</source>
        <translation>Variablen, die der Export nicht aufgelöst hat; füllen Sie sie vor der Übung aus: %1</translation>
    </message>
    <message>
        <source>%1: the export cannot be turned into a valid scenario:
%2</source>
        <translation>%1: Der Export lässt sich nicht in ein gültiges Szenario umwandeln:
%2</translation>
    </message>
</context>
<context>
    <name>OpenIncidentsChart</name>
    <message numerus="yes">
        <source>%1, %2: %n incident(s)</source>
        <translation>
            <numerusform>%1, %2: %n Incident</numerusform>
            <numerusform>%1, %2: %n Incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>open incidents</source>
        <translation>offene Incidents</translation>
    </message>
</context>
<context>
    <name>OrganisationProfile</name>
    <message>
        <source>Logo: the image has %1 KiB; use one of at most %2 KiB.</source>
        <translation>Logo: Das Bild hat %1 KiB; verwenden Sie eines mit höchstens %2 KiB.</translation>
    </message>
</context>
<context>
    <name>PagerDutyEvent</name>
    <message>
        <source>unknown action &quot;%1&quot;; expected trigger, acknowledge or resolve</source>
        <translation>unbekannte Aktion „%1“; erwartet wird trigger, acknowledge oder resolve</translation>
    </message>
    <message>
        <source>is required to %1 an alert</source>
        <translation>ist für die Aktion %1 eines Alerts erforderlich</translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot;; expected critical, error, warning or info</source>
        <translation>unbekannter Schweregrad „%1“; erwartet wird critical, error, warning oder info</translation>
    </message>
    <message>
        <source>expected an object or a string</source>
        <translation>Objekt oder String erwartet</translation>
    </message>
</context>
<context>
    <name>PasswordStore</name>
    <message>
        <source>The system keychain is not available (%1). Muster keeps passwords nowhere else: save it in a ~/.pgpass file instead, or use client certificates (see the sync guide).</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). Muster speichert Passwörter nirgendwo sonst: Legen Sie es stattdessen in einer Datei ~/.pgpass ab oder verwenden Sie Client-Zertifikate (siehe Sync-Leitfaden).</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Vertretung</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Function filter</source>
        <translation>Funktionsfilter</translation>
    </message>
    <message>
        <source>Search name, team, e-mail…</source>
        <translation>Name, Team, E-Mail durchsuchen…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <source>All functions</source>
        <translation>Alle Funktionen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n people</source>
        <translation>
            <numerusform>%1 von %n Person</numerusform>
            <numerusform>%1 von %n Personen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>The connection string is not valid: %1</source>
        <translation>Die Verbindungszeichenfolge ist ungültig: %1</translation>
    </message>
    <message>
        <source>Cannot connect to the team server: %1</source>
        <translation>Keine Verbindung zum Team-Server möglich: %1</translation>
    </message>
    <message>
        <source>The connection to the team server was lost: %1</source>
        <translation>Die Verbindung zum Team-Server wurde unterbrochen: %1</translation>
    </message>
    <message>
        <source>The team server refused a request: %1 (in: %2)</source>
        <translation>Der Team-Server hat eine Anfrage abgelehnt: %1 (in: %2)</translation>
    </message>
</context>
<context>
    <name>PlanExerciseDialog</name>
    <message>
        <source>Plan Exercise</source>
        <translation>Übung planen</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Szenario:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Moderation:</translation>
    </message>
    <message>
        <source>Time &amp;compression:</source>
        <translation>Zeit&amp;raffung:</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>&amp;Participants per role (from the People directory):</source>
        <translation>Teil&amp;nehmende pro Rolle (aus dem Personenverzeichnis):</translation>
    </message>
    <message>
        <source>&amp;Add Person to Role</source>
        <translation>Person einer Rolle &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht festgelegt)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <source>%1 — tabletop</source>
        <translation>%1 — Planspiel</translation>
    </message>
    <message>
        <source>Usually: %1</source>
        <translation>Üblicherweise: %1</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(noch niemand)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>real time</source>
        <translation>Echtzeit</translation>
    </message>
    <message>
        <source>one wall-clock minute is %1 scenario minutes</source>
        <translation>eine Minute Echtzeit entspricht %1 Szenariominuten</translation>
    </message>
    <message>
        <source>Scenario: choose a scenario.</source>
        <translation>Szenario: Wählen Sie ein Szenario aus.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>PlaybookApplier</name>
    <message>
        <source>Confidential</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>Marked confidential by the playbook &quot;%1&quot;; only the access list, Legal and HR see it</source>
        <translation>Durch das Playbook „%1“ als vertraulich markiert; nur die Zugriffsliste, die Rechtsabteilung und die Personalabteilung sehen ihn</translation>
    </message>
</context>
<context>
    <name>PlaybookLibrary</name>
    <message>
        <source>%1:%2:%3: not valid JSON: %4</source>
        <translation>%1:%2:%3: kein gültiges JSON: %4</translation>
    </message>
    <message>
        <source>%1: $: a playbook is a JSON object</source>
        <translation>%1: $: Ein Playbook ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>muss „%1“ sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id; use lower-case letters, digits and _</source>
        <translation>„%1“ ist keine ID; verwenden Sie Kleinbuchstaben, Ziffern und _</translation>
    </message>
    <message>
        <source>needs at least one condition; {} matches every incident</source>
        <translation>benötigt mindestens eine Bedingung; {} trifft auf jeden Incident zu</translation>
    </message>
    <message>
        <source>needs at least one task</source>
        <translation>benötigt mindestens eine Aufgabe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice in this playbook</source>
        <translation>„%1“ wird in diesem Playbook zweimal verwendet</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: Die Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: $.id: another playbook already has the id &quot;%2&quot;</source>
        <translation>%1: $.id: Ein anderes Playbook hat bereits die ID „%2“</translation>
    </message>
    <message>
        <source>%1: $.workstreams[%2].tasks[%3].depends_on[%4]: no other task has the key &quot;%5&quot;</source>
        <translation>%1: $.workstreams[%2].tasks[%3].depends_on[%4]: Keine andere Aufgabe hat den Schlüssel „%5“</translation>
    </message>
</context>
<context>
    <name>PlaybookRules</name>
    <message>
        <source>Playbook &quot;%1&quot; applies; its tasks were already there</source>
        <translation>Playbook „%1“ trifft zu; seine Aufgaben waren bereits vorhanden</translation>
    </message>
    <message>
        <source>Playbook &quot;%1&quot; added a task: %2</source>
        <translation>Playbook „%1“ hat eine Aufgabe hinzugefügt: %2</translation>
    </message>
    <message>
        <source>Playbook &quot;%1&quot; added %2 tasks: %3</source>
        <translation>Playbook „%1“ hat %2 Aufgaben hinzugefügt: %3</translation>
    </message>
</context>
<context>
    <name>PrintLayout</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The printer or file could not be opened for painting.</source>
        <translation>Der Drucker oder die Datei konnte nicht zum Zeichnen geöffnet werden.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>A new page could not be started.</source>
        <translation>Es konnte keine neue Seite begonnen werden.</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Exercise — Projector</source>
        <translation>Übung — Projektor</translation>
    </message>
    <message>
        <source>Current injects</source>
        <translation>Aktuelle Einlagen</translation>
    </message>
    <message>
        <source>What each role has been asked</source>
        <translation>Welche Fragen an jede Rolle gestellt wurden</translation>
    </message>
    <message>
        <source>%1 ⏸</source>
        <translation>%1 ⏸</translation>
    </message>
    <message>
        <source>EXERCISE — %1</source>
        <translation>ÜBUNG — %1</translation>
    </message>
    <message>
        <source>%1 — Projector</source>
        <translation>%1 — Projektor</translation>
    </message>
    <message>
        <source>The exercise has not started yet.</source>
        <translation>Die Übung hat noch nicht begonnen.</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <source>Decide: %1</source>
        <translation>Entscheiden: %1</translation>
    </message>
    <message>
        <source>Nothing has been asked yet.</source>
        <translation>Bisher wurde noch nichts gefragt.</translation>
    </message>
</context>
<context>
    <name>Puller</name>
    <message>
        <source>Synchronisation was cancelled.</source>
        <translation>Die Synchronisierung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>you no longer have access to it on the team server.</source>
        <translation>Sie haben auf dem Team-Server keinen Zugriff mehr darauf.</translation>
    </message>
    <message>
        <source>the team server no longer has it.</source>
        <translation>Der Team-Server führt diesen Datensatz nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Pusher</name>
    <message>
        <source>The incident is already %1 on the team server; this change came too late.</source>
        <translation>Der Incident hat auf dem Team-Server bereits den Status %1; diese Änderung kam zu spät.</translation>
    </message>
    <message>
        <source>The team server refused the status change: another change came first. %1</source>
        <translation>Der Team-Server hat die Statusänderung abgelehnt: Eine andere Änderung kam zuerst. %1</translation>
    </message>
    <message>
        <source>It refers to a record that was deleted on the team server.</source>
        <translation>Sie verweist auf einen Datensatz, der auf dem Team-Server gelöscht wurde.</translation>
    </message>
    <message>
        <source>The record was deleted on the team server (by %1).</source>
        <translation>Der Datensatz wurde auf dem Team-Server gelöscht (von %1).</translation>
    </message>
    <message>
        <source>You do not have access to this record on the team server.</source>
        <translation>Sie haben auf dem Team-Server keinen Zugriff auf diesen Datensatz.</translation>
    </message>
    <message>
        <source>Your sign-in to the team server may read but not change records.</source>
        <translation>Ihre Anmeldung am Team-Server darf Datensätze lesen, aber nicht ändern.</translation>
    </message>
    <message>
        <source>The record no longer exists on the team server.</source>
        <translation>Der Datensatz existiert auf dem Team-Server nicht mehr.</translation>
    </message>
    <message>
        <source>Timeline entries cannot be changed once recorded.</source>
        <translation>Zeitleisteneinträge können nach der Erfassung nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>The team server does not sync this kind of record yet.</source>
        <translation>Der Team-Server synchronisiert diese Art von Datensatz noch nicht.</translation>
    </message>
    <message>
        <source>Another record on the team server already has the same unique value: %1</source>
        <translation>Ein anderer Datensatz auf dem Team-Server hat bereits denselben eindeutigen Wert: %1</translation>
    </message>
    <message>
        <source>It refers to a record the team server does not have: %1</source>
        <translation>Sie verweist auf einen Datensatz, den der Team-Server nicht hat: %1</translation>
    </message>
    <message>
        <source>The team server refused the change: %1</source>
        <translation>Der Team-Server hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Synchronisation was cancelled.</source>
        <translation>Die Synchronisierung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The team server answered %1 of %2 changes; they stay queued and will be sent again.</source>
        <translation>Der Team-Server hat auf %1 von %2 Änderungen geantwortet; sie bleiben in der Warteschlange und werden erneut gesendet.</translation>
    </message>
    <message>
        <source>The team server keeps only timeline entries that match their hash; this one was changed after it was recorded.</source>
        <translation>Der Team-Server nimmt nur Zeitleisteneinträge an, die zu ihrem Hash passen; dieser wurde nach seiner Aufzeichnung verändert.</translation>
    </message>
</context>
<context>
    <name>RatingDelegate</name>
    <message>
        <source>(not rated)</source>
        <translation>(nicht bewertet)</translation>
    </message>
</context>
<context>
    <name>RecordEventDialog</name>
    <message>
        <source>Record Event</source>
        <translation>Ereignis erfassen</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Ereignis:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>What made it so (required when correcting a time)</source>
        <translation>Worauf die Angabe beruht (erforderlich bei der Korrektur einer Zeit)</translation>
    </message>
    <message>
        <source>Clocks to start (ticked: they apply to this incident&apos;s attributes):</source>
        <translation>Zu startende Fristen (angehakt: sie gelten für die Attribute dieses Incidents):</translation>
    </message>
    <message>
        <source>Regulatory rules</source>
        <translation>Regulatorische Regeln</translation>
    </message>
</context>
<context>
    <name>RegulatoryClock</name>
    <message>
        <source>Notify the supervisory authority of the personal data breach</source>
        <translation>Die Verletzung des Schutzes personenbezogener Daten der Aufsichtsbehörde melden</translation>
    </message>
    <message>
        <source>Supervisory authority</source>
        <translation>Aufsichtsbehörde</translation>
    </message>
    <message>
        <source>Early warning to the CSIRT or competent authority</source>
        <translation>Frühwarnung an das CSIRT oder die zuständige Behörde</translation>
    </message>
    <message>
        <source>CSIRT or competent authority</source>
        <translation>CSIRT oder zuständige Behörde</translation>
    </message>
    <message>
        <source>Incident notification to the CSIRT or competent authority</source>
        <translation>Meldung des Sicherheitsvorfalls an das CSIRT oder die zuständige Behörde</translation>
    </message>
    <message>
        <source>Final report, one month after the incident notification</source>
        <translation>Abschlussbericht, einen Monat nach der Meldung des Sicherheitsvorfalls</translation>
    </message>
    <message>
        <source>Initial notification of the major ICT incident</source>
        <translation>Erstmeldung des schwerwiegenden IKT-bezogenen Vorfalls</translation>
    </message>
    <message>
        <source>Competent authority</source>
        <translation>Zuständige Behörde</translation>
    </message>
    <message>
        <source>Intermediate report</source>
        <translation>Zwischenbericht</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>Abschlussbericht</translation>
    </message>
    <message>
        <source>File Form 8-K, Item 1.05 (material cybersecurity incident)</source>
        <translation>Formular 8-K, Item 1.05, einreichen (wesentlicher Cybersicherheitsvorfall)</translation>
    </message>
    <message>
        <source>US Securities and Exchange Commission (EDGAR)</source>
        <translation>US-Börsenaufsicht SEC (EDGAR)</translation>
    </message>
    <message>
        <source>Notify the affected individuals</source>
        <translation>Die betroffenen Personen benachrichtigen</translation>
    </message>
    <message>
        <source>Affected individuals</source>
        <translation>Betroffene Personen</translation>
    </message>
    <message>
        <source>Notify the Secretary of HHS (500 or more individuals)</source>
        <translation>Den HHS-Minister benachrichtigen (ab 500 betroffenen Personen)</translation>
    </message>
    <message>
        <source>US Department of Health and Human Services</source>
        <translation>US-Gesundheitsministerium (HHS)</translation>
    </message>
    <message>
        <source>Notify the superintendent of the cybersecurity incident</source>
        <translation>Den Superintendent über den Cybersicherheitsvorfall benachrichtigen</translation>
    </message>
    <message>
        <source>NY Department of Financial Services</source>
        <translation>Finanzaufsicht des Staates New York (NYDFS)</translation>
    </message>
    <message>
        <source>Notice of the extortion payment</source>
        <translation>Meldung der Erpressungszahlung</translation>
    </message>
    <message>
        <source>Written explanation of the extortion payment</source>
        <translation>Schriftliche Begründung der Erpressungszahlung</translation>
    </message>
    <message>
        <source>Rule: &quot;%1&quot; is not a regulatory rule; known rules: %2.</source>
        <translation>Regel: „%1“ ist keine regulatorische Regel; bekannte Regeln: %2.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>%1: cannot write the report (%2).</source>
        <translation>%1: Der Bericht kann nicht geschrieben werden (%2).</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>Der Bericht wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Period: the last day must not be before the first.</source>
        <translation>Zeitraum: Der letzte Tag darf nicht vor dem ersten liegen.</translation>
    </message>
    <message>
        <source>%1 is confidential; only its access list, Legal and HR may have its report.</source>
        <translation>%1 ist vertraulich; nur die Personen auf der Zugriffsliste, die Rechtsabteilung und die Personalabteilung dürfen seinen Bericht erhalten.</translation>
    </message>
    <message>
        <source>incident commander</source>
        <translation>Incident Commander</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>zugewiesene Person</translation>
    </message>
    <message>
        <source>access list</source>
        <translation>Zugriffsliste</translation>
    </message>
    <message>
        <source>task owner</source>
        <translation>aufgabenverantwortlich</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>freigebende Person</translation>
    </message>
</context>
<context>
    <name>ReportSettingsWidget</name>
    <message>
        <source>Every report page carries the organisation&apos;s name (above) and this logo. PNG, JPEG or SVG, at most 512 KiB; a wide logo on a white background prints best. Stored in the database, so musterctl and every desktop print the same letterhead.</source>
        <translation>Jede Berichtsseite trägt den Namen der Organisation (oben) und dieses Logo. PNG, JPEG oder SVG, höchstens 512 KiB; ein breites Logo auf weißem Hintergrund lässt sich am besten drucken. Das Logo wird in der Datenbank gespeichert, sodass musterctl und jeder Desktop denselben Briefkopf drucken.</translation>
    </message>
    <message>
        <source>Logo on reports</source>
        <translation>Logo auf Berichten</translation>
    </message>
    <message>
        <source>&amp;Choose logo…</source>
        <translation>L&amp;ogo auswählen…</translation>
    </message>
    <message>
        <source>Re&amp;move logo</source>
        <translation>Logo entfe&amp;rnen</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Choose the logo for reports</source>
        <translation>Logo für Berichte auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG or SVG image.</source>
        <translation>%1 ist kein PNG-, JPEG- oder SVG-Bild.</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Generated by Muster on %1</source>
        <translation>Erstellt mit Muster am %1</translation>
    </message>
    <message>
        <source>Generated by Muster on %1 for %2</source>
        <translation>Erstellt mit Muster am %1 für %2</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Documents for leadership, counsel and auditors, with the organisation&apos;s name and logo (Settings) on every page. musterctl report writes the same documents without a display.</source>
        <translation>Dokumente für die Leitungsebene, die Rechtsberatung und Prüfer, mit Namen und Logo der Organisation (Einstellungen) auf jeder Seite. musterctl report erstellt dieselben Dokumente ohne Bildschirm.</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>Be&amp;richt:</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Erster Tag des Zeitraums</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Bi&amp;s:</translation>
    </message>
    <message>
        <source>Last day of the period, included</source>
        <translation>Letzter Tag des Zeitraums, einschließlich</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation>&amp;Incident:</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>E&amp;xercise:</source>
        <translation>Übun&amp;g:</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>V&amp;orschau</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Dr&amp;ucken…</translation>
    </message>
    <message>
        <source>Choose a report and press Preview to see its pages here.</source>
        <translation>Wählen Sie einen Bericht und klicken Sie auf „Vorschau“, um seine Seiten hier anzuzeigen.</translation>
    </message>
    <message>
        <source>Leadership report</source>
        <translation>Bericht für die Leitungsebene</translation>
    </message>
    <message>
        <source>Incident report</source>
        <translation>Incident-Bericht</translation>
    </message>
    <message>
        <source>After-action report</source>
        <translation>Auswertungsbericht</translation>
    </message>
    <message>
        <source>Previous quarter</source>
        <translation>Vorheriges Quartal</translation>
    </message>
    <message>
        <source>This quarter so far</source>
        <translation>Dieses Quartal bisher</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <source>INC-2026-0042 or choose from the list</source>
        <translation>INC-2026-0042 oder aus der Liste auswählen</translation>
    </message>
    <message>
        <source>Gather the report and show its pages (Ctrl+Return)</source>
        <translation>Bericht zusammenstellen und seine Seiten anzeigen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Save the report as PDF, HTML or Markdown (Ctrl+S)</source>
        <translation>Bericht als PDF, HTML oder Markdown speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Print the report (Ctrl+P)</source>
        <translation>Bericht drucken (Strg+P)</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>For the board: summary, incidents by severity, MTTA and MTTR with median and 90th percentile, SLA breaches, open SEV1/SEV2 incidents, regulatory deadlines, exercises and open improvement items.</source>
        <translation>Für die Geschäftsleitung: Zusammenfassung, Incidents nach Schweregrad, MTTA und MTTR mit Median und 90. Perzentil, SLA-Verletzungen, offene SEV1/SEV2-Incidents, regulatorische Fristen, Übungen und offene Verbesserungspunkte.</translation>
    </message>
    <message>
        <source>For counsel and auditors: the incident&apos;s record with its full timeline and the result of verifying its hash chain, tasks, communications as approved, deadlines and lessons learned.</source>
        <translation>Für Rechtsberatung und Prüfer: die Aufzeichnung des Incidents mit vollständiger Zeitleiste und dem Ergebnis der Verifizierung seiner Hash-Kette, Aufgaben, Mitteilungen in der freigegebenen Fassung, Fristen und Lessons Learned.</translation>
    </message>
    <message>
        <source>The after-action report with improvement plan of a tabletop exercise.</source>
        <translation>Der Auswertungsbericht mit Verbesserungsplan eines Planspiels.</translation>
    </message>
    <message>
        <source>The last day of the period is before the first.</source>
        <translation>Der letzte Tag des Zeitraums liegt vor dem ersten.</translation>
    </message>
    <message>
        <source>Choose an incident or type its reference.</source>
        <translation>Wählen Sie einen Incident aus oder geben Sie seine Referenz ein.</translation>
    </message>
    <message>
        <source>No exercise has been planned yet.</source>
        <translation>Es wurde noch keine Übung geplant.</translation>
    </message>
    <message>
        <source>Gathering the report…</source>
        <translation>Bericht wird zusammengestellt…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>Seiten: %1</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;HTML page (*.html);;Markdown (*.md)</source>
        <translation>PDF-Dokument (*.pdf);;HTML-Seite (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Saved %1 (pages: %2).</source>
        <translation>%1 gespeichert (Seiten: %2).</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Wird gedruckt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>An %1 gesendet.</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Drucken abgebrochen.</translation>
    </message>
</context>
<context>
    <name>RoleRules</name>
    <message>
        <source>%1: choose a person.</source>
        <translation>%1: Wählen Sie eine Person aus.</translation>
    </message>
    <message>
        <source>Time: a handover cannot be recorded in the future.</source>
        <translation>Zeit: Eine Übergabe kann nicht in der Zukunft erfasst werden.</translation>
    </message>
    <message>
        <source>%1: %2 assumed the role</source>
        <translation>%1: %2 hat die Rolle übernommen</translation>
    </message>
    <message>
        <source>%1 already holds the role %2.</source>
        <translation>%1 hat die Rolle %2 bereits inne.</translation>
    </message>
    <message>
        <source>Time: %1 took the role at %2; a handover cannot come before that.</source>
        <translation>Zeit: %1 hat die Rolle um %2 übernommen; eine Übergabe kann nicht davor liegen.</translation>
    </message>
    <message>
        <source>%1: handed over from %2 to %3</source>
        <translation>%1: übergeben von %2 an %3</translation>
    </message>
    <message>
        <source>Time: the role ends after it began and not in the future.</source>
        <translation>Zeit: Die Rolle endet nach ihrem Beginn und nicht in der Zukunft.</translation>
    </message>
    <message>
        <source>%1: %2 stood down; the role is vacant</source>
        <translation>%1: %2 hat die Rolle abgegeben; die Rolle ist unbesetzt</translation>
    </message>
    <message>
        <source>Attributes: %1</source>
        <translation>Attribute: %1</translation>
    </message>
    <message>
        <source>%1 added to the access list</source>
        <translation>%1 zur Zugriffsliste hinzugefügt</translation>
    </message>
    <message>
        <source>%1 removed from the access list</source>
        <translation>%1 von der Zugriffsliste entfernt</translation>
    </message>
</context>
<context>
    <name>ScatterPlot</name>
    <message>
        <source>Detected</source>
        <translation>Detektiert</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1 min</translation>
    </message>
    <message>
        <source>10 min</source>
        <translation>10 min</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>4 h</source>
        <translation>4 h</translation>
    </message>
    <message>
        <source>1 d</source>
        <translation>1 Tg.</translation>
    </message>
    <message>
        <source>3 d</source>
        <translation>3 Tg.</translation>
    </message>
    <message>
        <source>1 wk</source>
        <translation>1 Wo.</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 Tg.</translation>
    </message>
    <message>
        <source>90 d</source>
        <translation>90 Tg.</translation>
    </message>
    <message>
        <source>1 yr</source>
        <translation>1 J.</translation>
    </message>
    <message>
        <source>Time to remediate (log scale)</source>
        <translation>Zeit bis zur Behebung (logarithmische Skala)</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) here&lt;br&gt;detected around %1, remediated after about %2&lt;br&gt;&lt;i&gt;Click to list them&lt;/i&gt;</source>
        <translation>
            <numerusform>%n Incident hier&lt;br&gt;detektiert um %1, behoben nach etwa %2&lt;br&gt;&lt;i&gt;Klicken, um ihn aufzulisten&lt;/i&gt;</numerusform>
            <numerusform>%n Incidents hier&lt;br&gt;detektiert um %1, behoben nach etwa %2&lt;br&gt;&lt;i&gt;Klicken, um sie aufzulisten&lt;/i&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <source>Scenario Editor</source>
        <translation>Szenario-Editor</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>e.g. ransomware-double-extortion (runs of one id form a drill history)</source>
        <translation>z. B. ransomware-double-extortion (Durchläufe mit derselben ID bilden eine Übungshistorie)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>Ziel&amp;gruppe:</translation>
    </message>
    <message>
        <source>Di&amp;fficulty:</source>
        <translation>Sc&amp;hwierigkeit:</translation>
    </message>
    <message>
        <source>Du&amp;ration:</source>
        <translation>D&amp;auer:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Injects</source>
        <translation>&amp;Einlagen</translation>
    </message>
    <message>
        <source>Add Inject</source>
        <translation>Einlage hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>Released:</source>
        <translation>Ausgespielt:</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Absender:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Zielgruppe:</translation>
    </message>
    <message>
        <source>role ids, comma-separated</source>
        <translation>Rollen-IDs, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <source>Read aloud:</source>
        <translation>Vorzulesen:</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>&amp;Quelltext</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Save As &amp;File…</source>
        <translation>In Datei &amp;speichern…</translation>
    </message>
    <message>
        <source>Save to &amp;Library</source>
        <translation>In &amp;Bibliothek speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Objectives, roles, phases, expected actions and branches are edited in the Source tab; the checks below apply to everything as you type. The format is described in docs/scenario-format.md.</source>
        <translation>Ziele, Rollen, Phasen, erwartete Maßnahmen und Verzweigungen werden im Reiter „Quelltext“ bearbeitet; die Prüfungen unten gelten während der Eingabe für alles. Das Format ist in docs/scenario-format.md beschrieben.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>%1 rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Neues Szenario</translation>
    </message>
    <message>
        <source>What the participants learn at the start.</source>
        <translation>Was die Teilnehmenden zu Beginn erfahren.</translation>
    </message>
    <message>
        <source>Incident response team, legal, communications</source>
        <translation>Incident-Response-Team, Rechtsabteilung, Kommunikation</translation>
    </message>
    <message>
        <source>What the exercise should demonstrate.</source>
        <translation>Was die Übung zeigen soll.</translation>
    </message>
    <message>
        <source>Operational coordination</source>
        <translation>Operative Koordination</translation>
    </message>
    <message>
        <source>Incident commander</source>
        <translation>Incident Commander</translation>
    </message>
    <message>
        <source>Legal counsel</source>
        <translation>Rechtsberatung</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Detektion</translation>
    </message>
    <message>
        <source>How was the incident declared?</source>
        <translation>Wie wurde der Incident ausgerufen?</translation>
    </message>
    <message>
        <source>First report</source>
        <translation>Erste Meldung</translation>
    </message>
    <message>
        <source>Service desk</source>
        <translation>Service Desk</translation>
    </message>
    <message>
        <source>What the participants receive.</source>
        <translation>Was die Teilnehmenden erhalten.</translation>
    </message>
    <message>
        <source>Declare an incident.</source>
        <translation>Einen Incident ausrufen.</translation>
    </message>
    <message>
        <source>Scenario Editor — %1</source>
        <translation>Szenario-Editor — %1</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes, the limit for a scenario.</source>
        <translation>%1 ist größer als %2 Byte, die Obergrenze für ein Szenario.</translation>
    </message>
    <message>
        <source>(new scenario)</source>
        <translation>(neues Szenario)</translation>
    </message>
    <message>
        <source>Double-click to show it in the source</source>
        <translation>Doppelklicken, um die Stelle im Quelltext anzuzeigen</translation>
    </message>
    <message numerus="yes">
        <source>No problems: %n inject(s), %1 branches.</source>
        <translation>
            <numerusform>Keine Probleme: %n Einlage, %1 Verzweigungen.</numerusform>
            <numerusform>Keine Probleme: %n Einlagen, %1 Verzweigungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving to the library.</source>
        <translation>
            <numerusform>%n Problem muss vor dem Speichern in der Bibliothek behoben werden.</numerusform>
            <numerusform>%n Probleme müssen vor dem Speichern in der Bibliothek behoben werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>at </source>
        <translation>um </translation>
    </message>
    <message>
        <source>after </source>
        <translation>nach </translation>
    </message>
    <message>
        <source>Scenario minutes after the start</source>
        <translation>Szenariominuten nach dem Start</translation>
    </message>
    <message>
        <source>Scenario minutes after the branch choice that releases it</source>
        <translation>Szenariominuten nach der Verzweigungsentscheidung, die sie ausspielt</translation>
    </message>
    <message>
        <source>change the id</source>
        <translation>ID ändern</translation>
    </message>
    <message>
        <source>change the title</source>
        <translation>Titel ändern</translation>
    </message>
    <message>
        <source>change the summary</source>
        <translation>Zusammenfassung ändern</translation>
    </message>
    <message>
        <source>change the category</source>
        <translation>Kategorie ändern</translation>
    </message>
    <message>
        <source>change the audience</source>
        <translation>Zielgruppe ändern</translation>
    </message>
    <message>
        <source>change the difficulty</source>
        <translation>Schwierigkeit ändern</translation>
    </message>
    <message>
        <source>change the duration</source>
        <translation>Dauer ändern</translation>
    </message>
    <message>
        <source>change the inject id</source>
        <translation>Einlage-ID ändern</translation>
    </message>
    <message>
        <source>change the inject title</source>
        <translation>Einlagetitel ändern</translation>
    </message>
    <message>
        <source>change the phase</source>
        <translation>Phase ändern</translation>
    </message>
    <message>
        <source>change how the inject is released</source>
        <translation>Ausspielungsart der Einlage ändern</translation>
    </message>
    <message>
        <source>change the inject time</source>
        <translation>Zeitpunkt der Einlage ändern</translation>
    </message>
    <message>
        <source>change the sender</source>
        <translation>Absender ändern</translation>
    </message>
    <message>
        <source>change the channel</source>
        <translation>Kanal ändern</translation>
    </message>
    <message>
        <source>change the content</source>
        <translation>Inhalt ändern</translation>
    </message>
    <message>
        <source>change the read-aloud text</source>
        <translation>Vorlesetext ändern</translation>
    </message>
    <message>
        <source>add an inject</source>
        <translation>Einlage hinzufügen</translation>
    </message>
    <message>
        <source>New inject</source>
        <translation>Neue Einlage</translation>
    </message>
    <message>
        <source>Exercise control</source>
        <translation>Übungssteuerung</translation>
    </message>
    <message>
        <source>remove &quot;%1&quot;</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <source>Save to Library</source>
        <translation>In Bibliothek speichern</translation>
    </message>
    <message numerus="yes">
        <source>The scenario has %n problem(s); fix them first (they are listed below the editor).</source>
        <translation>
            <numerusform>Das Szenario hat %n Problem; beheben Sie es zuerst (es ist unter dem Editor aufgeführt).</numerusform>
            <numerusform>Das Szenario hat %n Probleme; beheben Sie sie zuerst (sie sind unter dem Editor aufgeführt).</numerusform>
        </translation>
    </message>
    <message>
        <source>The library already holds &quot;%1&quot; with the id %2. Replace it?</source>
        <translation>Die Bibliothek enthält bereits „%1“ mit der ID %2. Ersetzen?</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; to the library.</source>
        <translation>„%1“ in der Bibliothek gespeichert.</translation>
    </message>
    <message>
        <source>Save As File</source>
        <translation>In Datei speichern</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>In %1 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>The scenario still has %n problem(s). Save the file anyway, to finish it later?</source>
        <translation>
            <numerusform>Das Szenario hat noch %n Problem. Die Datei trotzdem speichern, um sie später fertigzustellen?</numerusform>
            <numerusform>Das Szenario hat noch %n Probleme. Die Datei trotzdem speichern, um sie später fertigzustellen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Scenario</source>
        <translation>Szenario speichern</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>Szenarien (*.json)</translation>
    </message>
    <message>
        <source>Discard the changes and open %1?</source>
        <translation>Änderungen verwerfen und %1 öffnen?</translation>
    </message>
    <message>
        <source>Discard the unsaved changes?</source>
        <translation>Ungespeicherte Änderungen verwerfen?</translation>
    </message>
</context>
<context>
    <name>ScenarioFormat</name>
    <message>
        <source>the file is %1 bytes long; a scenario may have at most %2 bytes</source>
        <translation>die Datei ist %1 Byte groß; ein Szenario darf höchstens %2 Byte haben</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 (byte 0x%1 at offset %2)</source>
        <translation>die Datei ist kein gültiges UTF-8 (Byte 0x%1 bei Offset %2)</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>a scenario is a JSON object, not %1</source>
        <translation>ein Szenario ist ein JSON-Objekt, nicht %1</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ScenarioLibrary</name>
    <message>
        <source>Shipped with Muster</source>
        <translation>Mit Muster ausgeliefert</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Written by the team</source>
        <translation>Vom Team geschrieben</translation>
    </message>
    <message>
        <source>Shipped scenarios cannot be changed; save a copy with another id.</source>
        <translation>Mitgelieferte Szenarien können nicht geändert werden; speichern Sie eine Kopie mit einer anderen ID.</translation>
    </message>
    <message>
        <source>The scenario has problems and was not saved:
%1</source>
        <translation>Das Szenario hat Probleme und wurde nicht gespeichert:
%1</translation>
    </message>
    <message>
        <source>The library already holds a scenario with the id &quot;%1&quot;; replace it or change the id.</source>
        <translation>Die Bibliothek enthält bereits ein Szenario mit der ID „%1“; ersetzen Sie es oder ändern Sie die ID.</translation>
    </message>
    <message>
        <source>No stored scenario &quot;%1&quot; (shipped scenarios cannot be removed).</source>
        <translation>Kein gespeichertes Szenario „%1“ (mitgelieferte Szenarien können nicht entfernt werden).</translation>
    </message>
</context>
<context>
    <name>ScenarioLibraryModel</name>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Schwierigkeit</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Injects</source>
        <translation>Einlagen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>%1 (invalid)</source>
        <translation>%1 (ungültig)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>ScenarioPreview</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Injects</source>
        <translation>Einlagen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>Einlage</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Verzweigungen</translation>
    </message>
    <message>
        <source>by a branch</source>
        <translation>durch eine Verzweigung</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <source>Discussion: %1</source>
        <translation>Diskussion: %1</translation>
    </message>
    <message>
        <source>Notes for the facilitator</source>
        <translation>Hinweise für die Moderation</translation>
    </message>
    <message>
        <source>ATT&amp;CK:</source>
        <translation>ATT&amp;CK:</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referenzen</translation>
    </message>
</context>
<context>
    <name>ScenariosPage</name>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Search scenarios…</source>
        <translation>Szenarien durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Import OpenAEV…</source>
        <translation>OpenAEV &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Plan Exercise…</source>
        <translation>Übung &amp;planen…</translation>
    </message>
    <message>
        <source>Choose a scenario to see its injects and branches.</source>
        <translation>Wählen Sie ein Szenario aus, um seine Einlagen und Verzweigungen zu sehen.</translation>
    </message>
    <message>
        <source>Write a new scenario (%1)</source>
        <translation>Neues Szenario schreiben (%1)</translation>
    </message>
    <message>
        <source>Import an OpenAEV scenario export (.json or .zip); you can also drop files on this page.</source>
        <translation>Einen OpenAEV-Szenarioexport importieren (.json oder .zip); Sie können Dateien auch auf diese Seite ziehen.</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <source>Scenarios (*.json);;All files (*)</source>
        <translation>Szenarien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import OpenAEV Export</source>
        <translation>OpenAEV-Export importieren</translation>
    </message>
    <message>
        <source>OpenAEV exports (*.json *.zip);;All files (*)</source>
        <translation>OpenAEV-Exporte (*.json *.zip);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s)</source>
        <translation>
            <numerusform>%n Szenario</numerusform>
            <numerusform>%n Szenarien</numerusform>
        </translation>
    </message>
    <message>
        <source>This stored scenario no longer validates:

%1</source>
        <translation>Dieses gespeicherte Szenario ist nicht mehr gültig:

%1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message>
        <source>The library already holds &quot;%1&quot;. Replace it?</source>
        <translation>Die Bibliothek enthält bereits „%1“. Ersetzen?</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;: %2 injects, %3 roles, %4 expected actions.</source>
        <translation>„%1“ importiert: %2 Einlagen, %3 Rollen, %4 erwartete Maßnahmen.</translation>
    </message>
    <message>
        <source>Variables to fill in before the exercise: %1</source>
        <translation>Vor der Übung auszufüllende Variablen: %1</translation>
    </message>
    <message>
        <source>Remove Scenario</source>
        <translation>Szenario entfernen</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the library? Exercises already run keep their copy.</source>
        <translation>„%1“ aus der Bibliothek entfernen? Bereits durchgeführte Übungen behalten ihre Kopie.</translation>
    </message>
</context>
<context>
    <name>ServerConfig</name>
    <message>
        <source>%1@%2:%3/%4</source>
        <translation>%1@%2:%3/%4</translation>
    </message>
    <message>
        <source>The connection string is not valid: %1</source>
        <translation>Die Verbindungszeichenfolge ist ungültig: %1</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>Enter the name of the team database.</source>
        <translation>Geben Sie den Namen der Team-Datenbank ein.</translation>
    </message>
    <message>
        <source>Enter your PostgreSQL login name.</source>
        <translation>Geben Sie Ihren PostgreSQL-Anmeldenamen ein.</translation>
    </message>
    <message>
        <source>Choose a TLS mode.</source>
        <translation>Wählen Sie einen TLS-Modus.</translation>
    </message>
    <message>
        <source>Verifying the server needs the CA certificate file that signed it.</source>
        <translation>Für die Überprüfung des Servers wird die Datei des CA-Zertifikats benötigt, mit dem er signiert wurde.</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>Die CA-Datei %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Unknown user</source>
        <translation>Unbekannter Benutzer</translation>
    </message>
</context>
<context>
    <name>SetTrackedGroupsCommand</name>
    <message>
        <source>Change tracked groups</source>
        <translation>Beobachtete Gruppen ändern</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>&amp;Acting as:</source>
        <translation>Hande&amp;ln als:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systemeinstellung übernehmen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Shown on reports</source>
        <translation>Wird in Berichten angezeigt</translation>
    </message>
    <message>
        <source>My login name (%1)</source>
        <translation>Mein Anmeldename (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>My login name</source>
        <translation>Mein Anmeldename</translation>
    </message>
    <message>
        <source>%1 — %2 (suggested for the demo)</source>
        <translation>%1 — %2 (für die Demo empfohlen)</translation>
    </message>
</context>
<context>
    <name>SeverityMap</name>
    <message>
        <source>Severity map: &quot;%1&quot; maps to %2; use SEV1, SEV2, SEV3, SEV4 or 1 to 4.</source>
        <translation>Schweregrad-Zuordnung: „%1“ wird auf %2 abgebildet; verwenden Sie SEV1, SEV2, SEV3, SEV4 oder 1 bis 4.</translation>
    </message>
    <message>
        <source>a non-severity</source>
        <translation>einen Nicht-Schweregrad</translation>
    </message>
    <message>
        <source>Severity map: &quot;%1&quot; is not a threshold; write it as &gt;=12.</source>
        <translation>Schweregrad-Zuordnung: „%1“ ist kein Schwellenwert; schreiben Sie ihn als &gt;=12.</translation>
    </message>
    <message>
        <source>Severity map: a key is empty.</source>
        <translation>Schweregrad-Zuordnung: Ein Schlüssel ist leer.</translation>
    </message>
</context>
<context>
    <name>SightingRules</name>
    <message>
        <source>Observable added: %1 %2</source>
        <translation>Observable hinzugefügt: %1 %2</translation>
    </message>
    <message>
        <source>Observable added: %1 %2 (%3)</source>
        <translation>Observable hinzugefügt: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Observable removed: %1 %2</source>
        <translation>Observable entfernt: %1 %2</translation>
    </message>
    <message>
        <source>Sighting: %1 matches the indicator &quot;%2&quot; (%3, from %4)</source>
        <translation>Sichtung: %1 passt zum Indikator „%2“ (%3, von %4)</translation>
    </message>
    <message>
        <source>an unnamed source</source>
        <translation>einer unbenannten Quelle</translation>
    </message>
</context>
<context>
    <name>SlaChart</name>
    <message>
        <source>no incidents with a target</source>
        <translation>keine Incidents mit Ziel</translation>
    </message>
    <message>
        <source>%1 breached</source>
        <translation>%1 verletzt</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Noch nicht entschieden</translation>
    </message>
    <message>
        <source>Breach rate</source>
        <translation>Verletzungsquote</translation>
    </message>
</context>
<context>
    <name>SlaDonut</name>
    <message>
        <source>Met</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <source>Overdue, still open</source>
        <translation>Überfällig, noch offen</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>verletzt</translation>
    </message>
</context>
<context>
    <name>SlaTargets</name>
    <message>
        <source>%1 has no SLA target.</source>
        <translation>%1 hat kein SLA-Ziel.</translation>
    </message>
    <message>
        <source>%1, %2: an SLA target lies between 1 minute and 366 days.</source>
        <translation>%1, %2: Ein SLA-Ziel liegt zwischen 1 Minute und 366 Tagen.</translation>
    </message>
    <message>
        <source>SLA targets: &quot;%1&quot; is not a severity (sev1 to sev4).</source>
        <translation>SLA-Ziele: „%1“ ist kein Schweregrad (sev1 bis sev4).</translation>
    </message>
    <message>
        <source>SLA targets, %1: expected an object of targets.</source>
        <translation>SLA-Ziele, %1: Objekt mit Zielen erwartet.</translation>
    </message>
    <message>
        <source>SLA targets, %1: not a measure with a target (acknowledge, contain, remediate).</source>
        <translation>SLA-Ziele, %1: keine Kennzahl mit Ziel (acknowledge, contain, remediate).</translation>
    </message>
    <message>
        <source>SLA targets, %1: expected milliseconds.</source>
        <translation>SLA-Ziele, %1: Millisekunden erwartet.</translation>
    </message>
</context>
<context>
    <name>SlaTargetsWidget</name>
    <message>
        <source>How long from detection each step may take. Breaches are shown on the dashboard and in musterctl metrics. Write durations like 15m, 4h, 1d 12h; leave a field empty for no target.</source>
        <translation>Wie lange jeder Schritt ab der Detektion dauern darf. Verletzungen werden im Dashboard und in musterctl metrics angezeigt. Schreiben Sie Dauern wie 15m, 4h, 1d 12h; lassen Sie ein Feld leer, wenn es kein Ziel gibt.</translation>
    </message>
    <message>
        <source>Acknowledge within</source>
        <translation>Quittieren innerhalb von</translation>
    </message>
    <message>
        <source>Contain within</source>
        <translation>Eindämmen innerhalb von</translation>
    </message>
    <message>
        <source>Remediate within</source>
        <translation>Beheben innerhalb von</translation>
    </message>
    <message>
        <source>SEV1</source>
        <translation>SEV1</translation>
    </message>
    <message>
        <source>SEV1: acknowledge within</source>
        <translation>SEV1: quittieren innerhalb von</translation>
    </message>
    <message>
        <source>SEV1: contain within</source>
        <translation>SEV1: eindämmen innerhalb von</translation>
    </message>
    <message>
        <source>SEV1: remediate within</source>
        <translation>SEV1: beheben innerhalb von</translation>
    </message>
    <message>
        <source>SEV2</source>
        <translation>SEV2</translation>
    </message>
    <message>
        <source>SEV2: acknowledge within</source>
        <translation>SEV2: quittieren innerhalb von</translation>
    </message>
    <message>
        <source>SEV2: contain within</source>
        <translation>SEV2: eindämmen innerhalb von</translation>
    </message>
    <message>
        <source>SEV2: remediate within</source>
        <translation>SEV2: beheben innerhalb von</translation>
    </message>
    <message>
        <source>SEV3</source>
        <translation>SEV3</translation>
    </message>
    <message>
        <source>SEV3: acknowledge within</source>
        <translation>SEV3: quittieren innerhalb von</translation>
    </message>
    <message>
        <source>SEV3: contain within</source>
        <translation>SEV3: eindämmen innerhalb von</translation>
    </message>
    <message>
        <source>SEV3: remediate within</source>
        <translation>SEV3: beheben innerhalb von</translation>
    </message>
    <message>
        <source>SEV4</source>
        <translation>SEV4</translation>
    </message>
    <message>
        <source>SEV4: acknowledge within</source>
        <translation>SEV4: quittieren innerhalb von</translation>
    </message>
    <message>
        <source>SEV4: contain within</source>
        <translation>SEV4: eindämmen innerhalb von</translation>
    </message>
    <message>
        <source>SEV4: remediate within</source>
        <translation>SEV4: beheben innerhalb von</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Standardwerte wiede&amp;rherstellen</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>StixBundle</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>%1: %2: not valid JSON (%3).</source>
        <translation>%1: %2: kein gültiges JSON (%3).</translation>
    </message>
    <message>
        <source>a STIX bundle is a JSON object, not an array or a value.</source>
        <translation>ein STIX-Bundle ist ein JSON-Objekt, weder ein Array noch ein einzelner Wert.</translation>
    </message>
    <message>
        <source>expected &quot;bundle&quot;, found %1.</source>
        <translation>„bundle“ erwartet, %1 gefunden.</translation>
    </message>
    <message>
        <source>%1 is not a bundle id (bundle--&lt;UUID&gt;).</source>
        <translation>%1 ist keine Bundle-ID (bundle--&lt;UUID&gt;).</translation>
    </message>
    <message>
        <source>expected an array of STIX objects.</source>
        <translation>Array von STIX-Objekten erwartet.</translation>
    </message>
    <message>
        <source>only STIX 2.0 bundles carry a spec_version; found %1.</source>
        <translation>nur STIX-2.0-Bundles enthalten eine spec_version; gefunden: %1.</translation>
    </message>
    <message>
        <source>expected a STIX object.</source>
        <translation>STIX-Objekt erwartet.</translation>
    </message>
    <message>
        <source>every STIX object needs a type.</source>
        <translation>jedes STIX-Objekt benötigt einen Typ.</translation>
    </message>
    <message>
        <source>%1 is not a STIX type name.</source>
        <translation>%1 ist kein STIX-Typname.</translation>
    </message>
    <message>
        <source>every STIX object needs an id.</source>
        <translation>jedes STIX-Objekt benötigt eine ID.</translation>
    </message>
    <message>
        <source>%1 is not an id of type %2 (%2--&lt;UUID&gt;).</source>
        <translation>%1 ist keine ID vom Typ %2 (%2--&lt;UUID&gt;).</translation>
    </message>
    <message>
        <source>unsupported STIX version %1; Muster reads 2.0 and 2.1.</source>
        <translation>nicht unterstützte STIX-Version %1; Muster liest 2.0 und 2.1.</translation>
    </message>
    <message>
        <source>%1 is not a STIX timestamp (e.g. 2016-04-06T20:03:48.000Z).</source>
        <translation>%1 ist kein STIX-Zeitstempel (z. B. 2016-04-06T20:03:48.000Z).</translation>
    </message>
    <message>
        <source>%1 is not a confidence from 0 to 100.</source>
        <translation>%1 ist keine Konfidenz von 0 bis 100.</translation>
    </message>
    <message>
        <source>expected an array of marking-definition ids.</source>
        <translation>Array von marking-definition-IDs erwartet.</translation>
    </message>
    <message>
        <source>%1 is not a marking-definition id.</source>
        <translation>%1 ist keine marking-definition-ID.</translation>
    </message>
    <message>
        <source>expected an array.</source>
        <translation>Array erwartet.</translation>
    </message>
    <message>
        <source>expected a string, found %1.</source>
        <translation>String erwartet, %1 gefunden.</translation>
    </message>
    <message>
        <source>an indicator needs a pattern.</source>
        <translation>ein Indikator benötigt ein Pattern.</translation>
    </message>
    <message>
        <source>a relationship needs a relationship_type.</source>
        <translation>eine Beziehung benötigt einen relationship_type.</translation>
    </message>
    <message>
        <source>a relationship needs this reference.</source>
        <translation>eine Beziehung benötigt diese Referenz.</translation>
    </message>
    <message>
        <source>%1 is not a STIX id.</source>
        <translation>%1 ist keine STIX-ID.</translation>
    </message>
</context>
<context>
    <name>StixIntelMapper</name>
    <message>
        <source>%1 (%2): Muster cannot match &quot;%3&quot;; the pattern is kept as text.</source>
        <translation>%1 (%2): Muster kann „%3“ nicht abgleichen; das Pattern wird als Text übernommen.</translation>
    </message>
</context>
<context>
    <name>SyncColumn</name>
    <message>
        <source>the boolean column %1 is not INTEGER.</source>
        <translation>die boolesche Spalte %1 ist nicht vom Typ INTEGER.</translation>
    </message>
    <message>
        <source>the column %1 has the type &quot;%2&quot;; use INTEGER, TEXT or REAL.</source>
        <translation>die Spalte %1 hat den Typ „%2“; verwenden Sie INTEGER, TEXT oder REAL.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>%1 is not a Muster team server yet: ask its administrator to run &quot;musterctl server init&quot; on it.</source>
        <translation>%1 ist noch kein Muster-Team-Server: Bitten Sie die Administration, dort „musterctl server init“ auszuführen.</translation>
    </message>
    <message>
        <source>The team server needs a newer Muster (sync protocol %1; this Muster speaks protocol %2). Update Muster on this computer; your changes stay here until then.</source>
        <translation>Der Team-Server benötigt eine neuere Muster-Version (Sync-Protokoll %1; dieses Muster spricht Protokoll %2). Aktualisieren Sie Muster auf diesem Computer; Ihre Änderungen bleiben bis dahin hier.</translation>
    </message>
    <message>
        <source>The team server is older (server schema %1) than this Muster needs (%2). Ask its administrator to run &quot;musterctl server init&quot; of this version; your changes stay here until then.</source>
        <translation>Der Team-Server ist älter (Server-Schema %1), als dieses Muster benötigt (%2). Bitten Sie die Administration, „musterctl server init“ dieser Version auszuführen; Ihre Änderungen bleiben bis dahin hier.</translation>
    </message>
    <message>
        <source>This database was synchronised with another team server. Muster does not mix the data of two servers: to work with %1, start a new database file (File &gt; New Database).</source>
        <translation>Diese Datenbank wurde mit einem anderen Team-Server synchronisiert. Muster mischt die Daten zweier Server nicht: Um mit %1 zu arbeiten, legen Sie eine neue Datenbankdatei an (Datei &gt; Neue Datenbank).</translation>
    </message>
    <message>
        <source>The team server did not know this computer any more; everything was read again.</source>
        <translation>Der Team-Server kannte diesen Computer nicht mehr; alles wurde neu eingelesen.</translation>
    </message>
    <message>
        <source>The team server does not sync these yet (it needs an upgrade): %1</source>
        <translation>Der Team-Server synchronisiert Folgendes noch nicht (er benötigt ein Upgrade): %1</translation>
    </message>
    <message>
        <source>read and write</source>
        <translation>Lesen und Schreiben</translation>
    </message>
    <message>
        <source>read only (leadership)</source>
        <translation>nur Lesen (Leitungsebene)</translation>
    </message>
    <message>
        <source>no access to Muster data yet (ask for a login)</source>
        <translation>noch kein Zugriff auf Muster-Daten (Anmeldung anfordern)</translation>
    </message>
    <message>
        <source>Connected as %1 to a Muster team server (server schema %2): %3.</source>
        <translation>Als %1 mit einem Muster-Team-Server verbunden (Server-Schema %2): %3.</translation>
    </message>
</context>
<context>
    <name>SyncIssues</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Timeline entry</source>
        <translation>Zeitleisteneintrag</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Zuweisung</translation>
    </message>
    <message>
        <source>Affected asset</source>
        <translation>Betroffenes Asset</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>This computer&apos;s row was set aside for the server&apos;s (%1): %2</source>
        <translation>Die Zeile dieses Computers wurde zugunsten der des Servers beiseitegelegt (%1): %2</translation>
    </message>
    <message>
        <source>Your value &quot;%1&quot; replaced &quot;%2&quot;, set meanwhile by %3 (the later change wins).</source>
        <translation>Ihr Wert „%1“ hat „%2“ ersetzt, das zwischenzeitlich von %3 gesetzt worden war (die spätere Änderung gewinnt).</translation>
    </message>
</context>
<context>
    <name>SyncIssuesDialog</name>
    <message>
        <source>Conflicts and Refused Changes</source>
        <translation>Konflikte und abgelehnte Änderungen</translation>
    </message>
    <message>
        <source>Changes the team server refused are listed here with the reason; the record shows the server&apos;s version again. A conflict is a field you and someone else changed at the same time: the later change in the server&apos;s order won, and both values are kept here.</source>
        <translation>Änderungen, die der Team-Server abgelehnt hat, werden hier mit Begründung aufgeführt; der Datensatz zeigt wieder die Version des Servers. Ein Konflikt ist ein Feld, das Sie und jemand anderes gleichzeitig geändert haben: Die spätere Änderung in der Reihenfolge des Servers hat gewonnen, und beide Werte bleiben hier erhalten.</translation>
    </message>
    <message>
        <source>Conflicts and refused changes</source>
        <translation>Konflikte und abgelehnte Änderungen</translation>
    </message>
    <message>
        <source>Nothing to review: every change reached the team server.</source>
        <translation>Nichts zu prüfen: Jede Änderung hat den Team-Server erreicht.</translation>
    </message>
    <message>
        <source>Show &amp;dismissed</source>
        <translation>&amp;Verworfene anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>Ver&amp;werfen</translation>
    </message>
    <message>
        <source>Dismiss &amp;All</source>
        <translation>&amp;Alle verwerfen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>SyncIssuesModel</name>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschehen ist</translation>
    </message>
</context>
<context>
    <name>SyncRegistry</name>
    <message>
        <source>the key column %1 is not its TEXT primary key.</source>
        <translation>die Schlüsselspalte %1 ist nicht ihr TEXT-Primärschlüssel.</translation>
    </message>
    <message>
        <source>there is no such table in the database.</source>
        <translation>es gibt keine solche Tabelle in der Datenbank.</translation>
    </message>
    <message>
        <source>it has no column %1.</source>
        <translation>sie hat keine Spalte %1.</translation>
    </message>
    <message>
        <source>it has no synced TEXT column %1.</source>
        <translation>sie hat keine synchronisierte TEXT-Spalte %1.</translation>
    </message>
</context>
<context>
    <name>SyncSettingsWidget</name>
    <message>
        <source>Muster keeps everything in the database file on this computer and works without a network. To work with your team, connect to your team&apos;s PostgreSQL server: Muster then synchronises in the background whenever the server can be reached. Leave the host empty to stay local only.</source>
        <translation>Muster speichert alles in der Datenbankdatei auf diesem Computer und funktioniert ohne Netzwerk. Um mit Ihrem Team zu arbeiten, verbinden Sie sich mit dem PostgreSQL-Server Ihres Teams: Muster synchronisiert dann im Hintergrund, sobald der Server erreichbar ist. Lassen Sie den Host leer, um nur lokal zu arbeiten.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>muster</source>
        <translation>muster</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Your PostgreSQL login</source>
        <translation>Ihr PostgreSQL-Login</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>Wird im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <source>The file of the authority that signed the server&apos;s certificate</source>
        <translation>Die Datei der Zertifizierungsstelle, die das Zertifikat des Servers signiert hat</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Synchronise &amp;automatically in the background</source>
        <translation>&amp;Automatisch im Hintergrund synchronisieren</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>&amp;Save and Connect</source>
        <translation>&amp;Speichern und verbinden</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Conflicts and &amp;Refused Changes…</source>
        <translation>&amp;Konflikte und abgelehnte Änderungen…</translation>
    </message>
    <message>
        <source>Prefer: encrypt when the server offers it</source>
        <translation>Bevorzugen: verschlüsseln, wenn der Server es anbietet</translation>
    </message>
    <message>
        <source>Require: always encrypt, without checking the certificate</source>
        <translation>Erzwingen: immer verschlüsseln, ohne das Zertifikat zu prüfen</translation>
    </message>
    <message>
        <source>Verify CA: encrypt and check the certificate</source>
        <translation>CA prüfen: verschlüsseln und das Zertifikat prüfen</translation>
    </message>
    <message>
        <source>Verify full: encrypt, check the certificate and the host name</source>
        <translation>Vollständig prüfen: verschlüsseln, Zertifikat und Hostnamen prüfen</translation>
    </message>
    <message>
        <source>Disable: no encryption (trusted networks only)</source>
        <translation>Deaktivieren: keine Verschlüsselung (nur vertrauenswürdige Netzwerke)</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Local only</source>
        <translation>Nur lokal</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Synchronisiert um %1</translation>
    </message>
    <message>
        <source>Syncing %1 of %2</source>
        <translation>Synchronisiere %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>Offline — %n Änderung wartet</numerusform>
            <numerusform>Offline — %n Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Error (click for details)</source>
        <translation>Fehler (für Details klicken)</translation>
    </message>
    <message>
        <source>Syncing %1 of …</source>
        <translation>Synchronisiere %1 von …</translation>
    </message>
</context>
<context>
    <name>TaskModel</name>
    <message>
        <source>%1 (HR action)</source>
        <translation>%1 (Personalmaßnahme)</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Needs %1</source>
        <translation>Benötigt Freigabe durch %1</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Overdue: was due %1</source>
        <translation>Überfällig: war fällig %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Workstream</source>
        <translation>Arbeitsstrang</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
</context>
<context>
    <name>TaskRules</name>
    <message>
        <source>declared</source>
        <translation>Eröffnung</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>Detektion</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>Quittierung</translation>
    </message>
    <message>
        <source>contained</source>
        <translation>Eindämmung</translation>
    </message>
    <message>
        <source>remediated</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>added</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Title: a task needs a title.</source>
        <translation>Titel: Eine Aufgabe benötigt einen Titel.</translation>
    </message>
    <message>
        <source>Task added (%1): %2</source>
        <translation>Aufgabe hinzugefügt (%1): %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already %2.</source>
        <translation>„%1“ hat bereits den Status %2.</translation>
    </message>
    <message>
        <source>Reason: say what &quot;%1&quot; is blocked on.</source>
        <translation>Begründung: Geben Sie an, worauf „%1“ wartet.</translation>
    </message>
    <message>
        <source>Reason: say why &quot;%1&quot; does not apply.</source>
        <translation>Begründung: Geben Sie an, warum „%1“ nicht zutrifft.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; waits for %2 to be finished first.</source>
        <translation>„%1“ wartet darauf, dass zuerst %2 abgeschlossen wird.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an action on an employee: it cannot start until HR and Legal have both approved it. Still missing: %2.</source>
        <translation>„%1“ ist eine Maßnahme gegenüber Mitarbeitenden: Sie kann erst beginnen, wenn Personalabteilung und Rechtsabteilung sie beide freigegeben haben. Noch ausstehend: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot start before it is approved by %2.</source>
        <translation>„%1“ kann erst beginnen, wenn %2 sie freigegeben hat.</translation>
    </message>
    <message>
        <source>Task &quot;%1&quot;: %2 → %3</source>
        <translation>Aufgabe „%1“: %2 → %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Comment: write something.</source>
        <translation>Kommentar: Schreiben Sie etwas.</translation>
    </message>
    <message>
        <source>On &quot;%1&quot;: %2</source>
        <translation>Zu „%1“: %2</translation>
    </message>
    <message>
        <source>Task &quot;%1&quot; handed back to its role</source>
        <translation>Aufgabe „%1“ an ihre Rolle zurückgegeben</translation>
    </message>
    <message>
        <source>Task &quot;%1&quot; assigned to %2</source>
        <translation>Aufgabe „%1“ an %2 zugewiesen</translation>
    </message>
</context>
<context>
    <name>TaxiiClient</name>
    <message>
        <source>%1 is not an http or https URL.</source>
        <translation>%1 ist keine http- oder https-URL.</translation>
    </message>
    <message>
        <source>TAXII: refusing to send credentials to %1 over unencrypted HTTP; use an https:// URL.</source>
        <translation>TAXII: Zugangsdaten werden nicht über unverschlüsseltes HTTP an %1 gesendet; verwenden Sie eine https://-URL.</translation>
    </message>
    <message>
        <source>%1: the TAXII server refused the credentials (HTTP %2). Check the user name and password, and that the account may read it.</source>
        <translation>%1: Der TAXII-Server hat die Zugangsdaten abgelehnt (HTTP %2). Prüfen Sie Benutzername und Passwort und ob das Konto lesen darf.</translation>
    </message>
    <message>
        <source>%1: the TAXII server has nothing at %2 (HTTP 404).</source>
        <translation>%1: Der TAXII-Server hat nichts unter %2 (HTTP 404).</translation>
    </message>
    <message>
        <source>%1: the TAXII server answered HTTP %2 %3.</source>
        <translation>%1: Der TAXII-Server hat mit HTTP %2 %3 geantwortet.</translation>
    </message>
    <message>
        <source>%1: the TAXII server&apos;s answer is not a JSON object (%2).</source>
        <translation>%1: Die Antwort des TAXII-Servers ist kein JSON-Objekt (%2).</translation>
    </message>
    <message>
        <source>%1: the download from %2 failed after %3 attempts (%4). Nothing was imported.</source>
        <translation>%1: Der Download von %2 ist nach %3 Versuchen fehlgeschlagen (%4). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>TAXII discovery at %1</source>
        <translation>TAXII-Discovery unter %1</translation>
    </message>
    <message>
        <source>TAXII collections at %1</source>
        <translation>TAXII-Collections unter %1</translation>
    </message>
    <message>
        <source>TAXII collection %1, page %2</source>
        <translation>TAXII-Collection %1, Seite %2</translation>
    </message>
    <message>
        <source>%1: $.objects is not an array.</source>
        <translation>%1: $.objects ist kein Array.</translation>
    </message>
    <message>
        <source>TAXII download cancelled; nothing was imported.</source>
        <translation>TAXII-Download abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1: the server says there is more but gives no way to ask for it.</source>
        <translation>%1: Der Server meldet weitere Daten, bietet aber keinen Weg, sie abzurufen.</translation>
    </message>
    <message>
        <source>%1: the server keeps paging; giving up.</source>
        <translation>%1: Der Server blättert endlos weiter; Abbruch.</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes</source>
        <translation>die Verbindung wurde nach %1 von %2 Bytes geschlossen</translation>
    </message>
</context>
<context>
    <name>TaxiiImportDialog</name>
    <message>
        <source>Import from TAXII 2.1</source>
        <translation>Aus TAXII 2.1 importieren</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>https://taxii.example.org/taxii2/</source>
        <translation>https://taxii.example.org/taxii2/</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>C&amp;ollection:</source>
        <translation>&amp;Collection:</translation>
    </message>
    <message>
        <source>&amp;Unmarked objects:</source>
        <translation>&amp;Nicht gekennzeichnete Objekte:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n readable collection(s).</source>
        <translation>
            <numerusform>%1: %n lesbare Collection.</numerusform>
            <numerusform>%1: %n lesbare Collections.</numerusform>
        </translation>
    </message>
    <message>
        <source>TAXII %1 collection %2</source>
        <translation>TAXII %1, Collection %2</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 wird heruntergeladen…</translation>
    </message>
    <message>
        <source>TAXII Import</source>
        <translation>TAXII-Import</translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>expected a header line &quot;Field: value&quot; or a blank line before the body</source>
        <translation>Kopfzeile „Feld: Wert“ oder eine Leerzeile vor dem Text erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an audience; use one of %2</source>
        <translation>„%1“ ist keine Zielgruppe; verwenden Sie eine von %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel; use one of %2</source>
        <translation>„%1“ ist kein Kanal; verwenden Sie einen von %2</translation>
    </message>
    <message>
        <source>unknown header &quot;%1&quot;; expected Name, Audience, Channel or Subject</source>
        <translation>unbekannte Kopfzeile „%1“; erwartet werden Name, Audience, Channel oder Subject</translation>
    </message>
    <message>
        <source>%1:1: the header needs Name, Audience and Channel</source>
        <translation>%1:1: Die Kopfzeilen benötigen Name, Audience und Channel</translation>
    </message>
    <message>
        <source>%1:%2: unknown placeholder {{%3}}; known: %4</source>
        <translation>%1:%2: unbekannter Platzhalter {{%3}}; bekannt: %4</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: Die Datei kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>TimelineChain</name>
    <message>
        <source>Entry %1 (%2) was changed after it was recorded: its content no longer matches its hash.</source>
        <translation>Eintrag %1 (%2) wurde nach der Erfassung geändert: Sein Inhalt passt nicht mehr zu seinem Hash.</translation>
    </message>
    <message>
        <source>Entry %1 (%2) is first but does not start the chain: an earlier entry was removed.</source>
        <translation>Eintrag %1 (%2) steht an erster Stelle, beginnt aber nicht die Kette: Ein früherer Eintrag wurde entfernt.</translation>
    </message>
    <message>
        <source>Entry %1 (%2) follows an entry that is no longer in the timeline: an entry was removed or reordered.</source>
        <translation>Eintrag %1 (%2) folgt auf einen Eintrag, der nicht mehr in der Zeitleiste ist: Ein Eintrag wurde entfernt oder umsortiert.</translation>
    </message>
    <message>
        <source>The timeline is empty, but the incident records entries: entries were removed.</source>
        <translation>Die Zeitleiste ist leer, aber der Incident verzeichnet Einträge: Einträge wurden entfernt.</translation>
    </message>
    <message>
        <source>The newest entry&apos;s hash does not match the head recorded on the incident: the last entries were removed or the head was altered.</source>
        <translation>Der Hash des neuesten Eintrags passt nicht zum Kopf, der im Incident verzeichnet ist: Die letzten Einträge wurden entfernt oder der Kopf wurde verändert.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Recorded %1 · entry %2 · hash %3</source>
        <translation>Erfasst %1 · Eintrag %2 · Hash %3</translation>
    </message>
    <message>
        <source>The hash chain breaks here. %1</source>
        <translation>Die Hash-Kette bricht hier. %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
</context>
<context>
    <name>TlpPolicy</name>
    <message>
        <source>%1 is marked %2, which allows sharing with &quot;%3&quot; at most; it cannot go to &quot;%4&quot;.</source>
        <translation>%1 ist als %2 gekennzeichnet, was die Weitergabe höchstens an „%3“ erlaubt; es darf nicht an „%4“ gehen.</translation>
    </message>
    <message>
        <source>%1 is for named recipients only: name the people who receive it.</source>
        <translation>%1 ist nur für namentlich genannte Empfänger bestimmt: Nennen Sie die Personen, die es erhalten.</translation>
    </message>
    <message>
        <source>%1 is marked TLP:RED and does not name %2 as a recipient; add them to the brief first.</source>
        <translation>%1 ist als TLP:RED gekennzeichnet und nennt %2 nicht als Empfänger; fügen Sie die Person zuerst dem Briefing hinzu.</translation>
    </message>
    <message>
        <source>%1 includes intelligence marked %2, so it cannot be marked %3.</source>
        <translation>%1 enthält Intelligence mit der Kennzeichnung %2 und kann daher nicht als %3 gekennzeichnet werden.</translation>
    </message>
    <message>
        <source>TLP:CLEAR: recipients can spread this to the world; there is no limit on disclosure.</source>
        <translation>TLP:CLEAR: Empfänger dürfen dies weltweit verbreiten; die Offenlegung ist nicht eingeschränkt.</translation>
    </message>
    <message>
        <source>TLP:GREEN: recipients can spread this within their community, but not via publicly accessible channels.</source>
        <translation>TLP:GREEN: Empfänger dürfen dies innerhalb ihrer Community verbreiten, aber nicht über öffentlich zugängliche Kanäle.</translation>
    </message>
    <message>
        <source>TLP:AMBER: recipients can only spread this on a need-to-know basis within their organisation and its clients.</source>
        <translation>TLP:AMBER: Empfänger dürfen dies nur nach dem Need-to-know-Prinzip innerhalb ihrer Organisation und an deren Kunden weitergeben.</translation>
    </message>
    <message>
        <source>TLP:AMBER+STRICT: recipients can only spread this on a need-to-know basis within their organisation.</source>
        <translation>TLP:AMBER+STRICT: Empfänger dürfen dies nur nach dem Need-to-know-Prinzip innerhalb ihrer Organisation weitergeben.</translation>
    </message>
    <message>
        <source>TLP:RED: for the eyes and ears of individual recipients only, no further disclosure.</source>
        <translation>TLP:RED: Nur für die Augen und Ohren der einzelnen Empfänger bestimmt, keine weitere Weitergabe.</translation>
    </message>
</context>
<context>
    <name>TrackedGroupsDialog</name>
    <message>
        <source>Tracked ATT&amp;CK Groups</source>
        <translation>Beobachtete ATT&amp;CK-Gruppen</translation>
    </message>
    <message>
        <source>The groups that target organisations like yours. The hunt backlog ranks the techniques they use that nothing covers.</source>
        <translation>Die Gruppen, die Organisationen wie Ihre angreifen. Der Hunt-Backlog priorisiert die von ihnen genutzten Techniken, die nichts abdeckt.</translation>
    </message>
    <message>
        <source>Search by name, alias or id</source>
        <translation>Nach Name, Alias oder ID suchen</translation>
    </message>
    <message>
        <source>ATT&amp;CK groups</source>
        <translation>ATT&amp;CK-Gruppen</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2%3 — %n technique(s)</source>
        <translation>
            <numerusform>%1 %2%3 — %n Technik</numerusform>
            <numerusform>%1 %2%3 — %n Techniken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) tracked</source>
        <translation>
            <numerusform>%n Gruppe beobachtet</numerusform>
            <numerusform>%n Gruppen beobachtet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. Perzentil</translation>
    </message>
    <message>
        <source>%1, median</source>
        <translation>%1, Median</translation>
    </message>
    <message>
        <source>%1, p90</source>
        <translation>%1, P90</translation>
    </message>
</context>
<context>
    <name>TrendPlot</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · %n incident(s)&lt;br&gt;Acknowledge: median %2, p90 %3, mean %4&lt;br&gt;Remediate: median %5, p90 %6, mean %7&lt;br&gt;&lt;i&gt;Click to list these incidents&lt;/i&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %n Incident&lt;br&gt;Quittierung: Median %2, p90 %3, Mittelwert %4&lt;br&gt;Behebung: Median %5, p90 %6, Mittelwert %7&lt;br&gt;&lt;i&gt;Klicken, um diesen Incident aufzulisten&lt;/i&gt;</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %n Incidents&lt;br&gt;Quittierung: Median %2, p90 %3, Mittelwert %4&lt;br&gt;Behebung: Median %5, p90 %6, Mittelwert %7&lt;br&gt;&lt;i&gt;Klicken, um diese Incidents aufzulisten&lt;/i&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Quittierung</translation>
    </message>
    <message>
        <source>Remediate</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
</context>
<context>
    <name>WebhookSender</name>
    <message>
        <source>The webhook &quot;%1&quot; has no valid http or https address; set it in Settings.</source>
        <translation>Der Webhook „%1“ hat keine gültige http- oder https-Adresse; legen Sie sie in den Einstellungen fest.</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation>der Server hat mit HTTP %1 %2 geantwortet</translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;)</source>
        <translation>%1 („%2“)</translation>
    </message>
    <message>
        <source>Sending to the webhook &quot;%1&quot; failed after %2 attempts: %3.</source>
        <translation>Senden an den Webhook „%1“ ist nach %2 Versuchen fehlgeschlagen: %3.</translation>
    </message>
    <message>
        <source>Sending to the webhook &quot;%1&quot; failed: %2.</source>
        <translation>Senden an den Webhook „%1“ ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>Sending was cancelled; the message may or may not have arrived.</source>
        <translation>Das Senden wurde abgebrochen; die Nachricht ist möglicherweise angekommen oder auch nicht.</translation>
    </message>
    <message>
        <source>Sending did not start.</source>
        <translation>Das Senden hat nicht begonnen.</translation>
    </message>
</context>
<context>
    <name>WorkflowService</name>
    <message>
        <source>%1: no person %2 in the directory.</source>
        <translation>%1: keine Person %2 im Verzeichnis.</translation>
    </message>
    <message>
        <source>Nobody holds the role %1.</source>
        <translation>Niemand hat die Rolle %1 inne.</translation>
    </message>
    <message>
        <source>Affected individuals: enter a number of people, 0 or more.</source>
        <translation>Betroffene Personen: Geben Sie eine Anzahl von Personen ein, 0 oder mehr.</translation>
    </message>
    <message>
        <source>Access list: no person %1 in the directory.</source>
        <translation>Zugriffsliste: keine Person %1 im Verzeichnis.</translation>
    </message>
    <message>
        <source>%1 is already on the access list.</source>
        <translation>%1 steht bereits auf der Zugriffsliste.</translation>
    </message>
    <message>
        <source>%1 is not on the access list.</source>
        <translation>%1 steht nicht auf der Zugriffsliste.</translation>
    </message>
    <message>
        <source>No task %1; name a task by its id or as INC-2026-0042/key.</source>
        <translation>Keine Aufgabe %1; benennen Sie eine Aufgabe über ihre ID oder als INC-2026-0042/schlüssel.</translation>
    </message>
    <message>
        <source>%1 already has a task %2.</source>
        <translation>%1 hat bereits eine Aufgabe %2.</translation>
    </message>
    <message>
        <source>Owner: no person %1 in the directory.</source>
        <translation>Verantwortlich: keine Person %1 im Verzeichnis.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs no approval.</source>
        <translation>„%1“ benötigt keine Freigabe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs the approval of %2, not %3.</source>
        <translation>„%1“ benötigt die Freigabe durch %2, nicht durch %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already approved for %2.</source>
        <translation>„%1“ ist für %2 bereits freigegeben.</translation>
    </message>
</context>
<context>
    <name>WorkflowSettings</name>
    <message>
        <source>Notify before</source>
        <translation>Benachrichtigen vor</translation>
    </message>
    <message>
        <source>Incident channel</source>
        <translation>Incident-Kanal</translation>
    </message>
    <message>
        <source>Webhook URL: &quot;%1&quot; is not an http or https address.</source>
        <translation>Webhook-URL: „%1“ ist keine http- oder https-Adresse.</translation>
    </message>
    <message>
        <source>Timeout: use 1 to 300 seconds.</source>
        <translation>Zeitlimit: Verwenden Sie 1 bis 300 Sekunden.</translation>
    </message>
    <message>
        <source>Retries: use 0 to 10.</source>
        <translation>Wiederholungen: Verwenden Sie 0 bis 10.</translation>
    </message>
</context>
<context>
    <name>WorkflowSettingsWidget</name>
    <message>
        <source>Status updates every:</source>
        <translation>Statusmeldungen alle:</translation>
    </message>
    <message>
        <source>SEV1 </source>
        <translation>SEV1 </translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>SEV1: none</source>
        <translation>SEV1: keine</translation>
    </message>
    <message>
        <source>SEV2 </source>
        <translation>SEV2 </translation>
    </message>
    <message>
        <source>SEV2: none</source>
        <translation>SEV2: keine</translation>
    </message>
    <message>
        <source>SEV3 </source>
        <translation>SEV3 </translation>
    </message>
    <message>
        <source>SEV3: none</source>
        <translation>SEV3: keine</translation>
    </message>
    <message>
        <source>SEV4 </source>
        <translation>SEV4 </translation>
    </message>
    <message>
        <source>SEV4: none</source>
        <translation>SEV4: keine</translation>
    </message>
    <message>
        <source>&amp;Notify before a deadline:</source>
        <translation>&amp;Benachrichtigen vor einer Frist:</translation>
    </message>
    <message>
        <source>24h, 4h, 1h</source>
        <translation>24h, 4h, 1h</translation>
    </message>
    <message>
        <source>&amp;Desktop notifications on this computer</source>
        <translation>&amp;Desktop-Benachrichtigungen auf diesem Computer</translation>
    </message>
    <message>
        <source>Business-day &amp;time zone:</source>
        <translation>&amp;Zeitzone für Geschäftstage:</translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation>Feiertagskalender</translation>
    </message>
    <message>
        <source>Extra &amp;holidays:</source>
        <translation>Zusätzliche &amp;Feiertage:</translation>
    </message>
    <message>
        <source>2026-12-24, 2026-12-31</source>
        <translation>2026-12-24, 2026-12-31</translation>
    </message>
    <message>
        <source>Holidays worked &amp;as usual:</source>
        <translation>Feiertage, an denen &amp;normal gearbeitet wird:</translation>
    </message>
    <message>
        <source>dates of the base calendar that are business days for you</source>
        <translation>Daten des Basiskalenders, die für Sie Geschäftstage sind</translation>
    </message>
    <message>
        <source>Chat &amp;webhook:</source>
        <translation>Chat-&amp;Webhook:</translation>
    </message>
    <message>
        <source>Name, e.g. #incident-room</source>
        <translation>Name, z. B. #incident-room</translation>
    </message>
    <message>
        <source>https://hooks.slack.com/services/… (Slack, Teams or Mattermost)</source>
        <translation>https://hooks.slack.com/services/… (Slack, Teams oder Mattermost)</translation>
    </message>
    <message>
        <source> s timeout</source>
        <translation> s Zeitlimit</translation>
    </message>
    <message>
        <source> retries</source>
        <translation> Wiederholungen</translation>
    </message>
    <message>
        <source>Sa&amp;ve Workflow Settings</source>
        <translation>Workflow-Einstellungen &amp;speichern</translation>
    </message>
    <message>
        <source>US federal holidays</source>
        <translation>US-Bundesfeiertage</translation>
    </message>
    <message>
        <source>No base holidays</source>
        <translation>Keine Basis-Feiertage</translation>
    </message>
    <message>
        <source>How long before a deadline or a due status update to notify, e.g. 24h, 4h, 1h</source>
        <translation>Wie lange vor einer Frist oder einer fälligen Statusmeldung benachrichtigt wird, z. B. 24h, 4h, 1h</translation>
    </message>
    <message>
        <source>Notify before</source>
        <translation>Benachrichtigen vor</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>Not a readable ZIP archive: %1.</source>
        <translation>Kein lesbares ZIP-Archiv: %1.</translation>
    </message>
    <message>
        <source>the file is too short</source>
        <translation>die Datei ist zu kurz</translation>
    </message>
    <message>
        <source>no end-of-central-directory record (the file may be truncated)</source>
        <translation>kein End-of-Central-Directory-Eintrag (die Datei ist möglicherweise abgeschnitten)</translation>
    </message>
    <message>
        <source>multi-part archives are not supported</source>
        <translation>mehrteilige Archive werden nicht unterstützt</translation>
    </message>
    <message>
        <source>ZIP64 archives are not supported</source>
        <translation>ZIP64-Archive werden nicht unterstützt</translation>
    </message>
    <message>
        <source>the central directory lies outside the file</source>
        <translation>das zentrale Verzeichnis liegt außerhalb der Datei</translation>
    </message>
    <message>
        <source>central directory entry %1 is damaged</source>
        <translation>Eintrag %1 des zentralen Verzeichnisses ist beschädigt</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot; from the ZIP archive: %2.</source>
        <translation>„%1“ kann nicht aus dem ZIP-Archiv gelesen werden: %2.</translation>
    </message>
    <message>
        <source>the entry is encrypted</source>
        <translation>der Eintrag ist verschlüsselt</translation>
    </message>
    <message>
        <source>it is %1 bytes long; at most %2 are read</source>
        <translation>er ist %1 Byte lang; höchstens %2 werden gelesen</translation>
    </message>
    <message>
        <source>its local header is missing or damaged</source>
        <translation>sein lokaler Header fehlt oder ist beschädigt</translation>
    </message>
    <message>
        <source>its data runs past the end of the file</source>
        <translation>seine Daten reichen über das Dateiende hinaus</translation>
    </message>
    <message>
        <source>compression method %1 is not supported (only stored and deflated)</source>
        <translation>Kompressionsmethode %1 wird nicht unterstützt (nur stored und deflated)</translation>
    </message>
    <message>
        <source>it should be %1 bytes long but is %2</source>
        <translation>er sollte %1 Byte lang sein, ist aber %2</translation>
    </message>
    <message>
        <source>its checksum does not match (the archive is damaged)</source>
        <translation>seine Prüfsumme stimmt nicht (das Archiv ist beschädigt)</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>--event: &quot;%1&quot; is not one of %2</source>
        <translation>--event: „%1“ ist keiner von %2</translation>
    </message>
    <message>
        <source>--as: no person &quot;%1&quot; in the directory.</source>
        <translation>--as: keine Person „%1“ im Verzeichnis.</translation>
    </message>
    <message>
        <source>musterctl</source>
        <translation>musterctl</translation>
    </message>
    <message>
        <source>--as: nobody called &quot;%1&quot; in the directory; use an e-mail address or the exact name.</source>
        <translation>--as: niemand namens „%1“ im Verzeichnis; verwenden Sie eine E-Mail-Adresse oder den exakten Namen.</translation>
    </message>
    <message>
        <source>--role is one of %1</source>
        <translation>--role ist einer von %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot Open Database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Choose Another File…</source>
        <translation>Andere Datei wählen…</translation>
    </message>
    <message>
        <source>Open or Create Database</source>
        <translation>Datenbank öffnen oder anlegen</translation>
    </message>
    <message>
        <source>Muster databases (*.sqlite)</source>
        <translation>Muster-Datenbanken (*.sqlite)</translation>
    </message>
    <message>
        <source>Incident coordination, tabletop exercises and SOC metrics.</source>
        <translation>Incident-Koordination, Planspiele und SOC-Kennzahlen.</translation>
    </message>
    <message>
        <source>Open the database FILE instead of the default one.</source>
        <translation>Die Datenbank DATEI statt der Standarddatenbank öffnen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
</context>
<context>
    <name>muster::core</name>
    <message>
        <source>not a date and time (expected ISO 8601 such as 2026-11-29T14:03:00Z, or epoch seconds)</source>
        <translation>kein Datum mit Uhrzeit (erwartet wird ISO 8601 wie 2026-11-29T14:03:00Z oder Epochensekunden)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a duration; write for example 15m, 4h or 1d 12h.</source>
        <translation>%1: „%2“ ist keine Dauer; schreiben Sie zum Beispiel 15m, 4h oder 1d 12h.</translation>
    </message>
    <message>
        <source>Values: an indicator needs at least one value to match.</source>
        <translation>Werte: Ein Indikator benötigt mindestens einen Wert zum Abgleich.</translation>
    </message>
    <message>
        <source>Name: give the item a name.</source>
        <translation>Name: Geben Sie dem Eintrag einen Namen.</translation>
    </message>
    <message>
        <source>Confidence: use a value from 0 to 100.</source>
        <translation>Konfidenz: Verwenden Sie einen Wert von 0 bis 100.</translation>
    </message>
    <message>
        <source>Valid until: the end of validity must come after its start.</source>
        <translation>Gültig bis: Das Ende der Gültigkeit muss nach ihrem Beginn liegen.</translation>
    </message>
    <message>
        <source>Last seen: cannot come before first seen.</source>
        <translation>Zuletzt gesehen: kann nicht vor „Erstmals gesehen“ liegen.</translation>
    </message>
    <message>
        <source>MTTA</source>
        <translation>MTTA</translation>
    </message>
    <message>
        <source>MTTC</source>
        <translation>MTTC</translation>
    </message>
    <message>
        <source>MTTR</source>
        <translation>MTTR</translation>
    </message>
    <message>
        <source>MTTCl</source>
        <translation>MTTCl</translation>
    </message>
    <message>
        <source>Time to acknowledge = first acknowledgement − detection. The first acknowledgement counts even when the incident was reopened later. Incidents not yet acknowledged are counted apart, not averaged.</source>
        <translation>Zeit bis zur Quittierung = erste Quittierung − Detektion. Die erste Quittierung zählt auch dann, wenn der Incident später wieder eröffnet wurde. Noch nicht quittierte Incidents werden gesondert gezählt, nicht gemittelt.</translation>
    </message>
    <message>
        <source>Time to contain = first containment − detection. Incidents not yet contained are counted apart, not averaged.</source>
        <translation>Zeit bis zur Eindämmung = erste Eindämmung − Detektion. Noch nicht eingedämmte Incidents werden gesondert gezählt, nicht gemittelt.</translation>
    </message>
    <message>
        <source>Time to remediate = last remediation − detection. A reopened incident counts again only once it is remediated again. Incidents not yet remediated are counted apart, not averaged.</source>
        <translation>Zeit bis zur Behebung = letzte Behebung − Detektion. Ein wieder eröffneter Incident zählt erst wieder, wenn er erneut behoben ist. Noch nicht behobene Incidents werden gesondert gezählt, nicht gemittelt.</translation>
    </message>
    <message>
        <source>Time to close = last closure − detection. A reopening clears the closure. Incidents not yet closed are counted apart, not averaged.</source>
        <translation>Zeit bis zum Abschluss = letzter Abschluss − Detektion. Ein Wiedereröffnen hebt den Abschluss auf. Noch nicht geschlossene Incidents werden gesondert gezählt, nicht gemittelt.</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein boolescher Wert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein String</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>only an inject with &quot;trigger&quot;: &quot;branch&quot; has a delay; use &quot;offsetMinutes&quot;</source>
        <translation>nur eine Einlage mit &quot;trigger&quot;: &quot;branch&quot; hat eine Verzögerung; verwenden Sie &quot;offsetMinutes&quot;</translation>
    </message>
    <message>
        <source>an inject released by a branch or by hand has no offset; remove &quot;offsetMinutes&quot;</source>
        <translation>eine Einlage, die durch eine Verzweigung oder von Hand ausgespielt wird, hat keinen Versatz; entfernen Sie &quot;offsetMinutes&quot;</translation>
    </message>
    <message>
        <source>missing required member &quot;formatVersion&quot; (%1 for this version of Muster)</source>
        <translation>erforderliches Element „formatVersion“ fehlt (%1 für diese Version von Muster)</translation>
    </message>
    <message>
        <source>unsupported format version %1; this version of Muster reads version %2</source>
        <translation>nicht unterstützte Formatversion %1; diese Version von Muster liest Version %2</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>doppelte ID „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ATT&amp;CK technique id; use the form T1234 or T1234.001</source>
        <translation>„%1“ ist keine ATT&amp;CK-Technik-ID; verwenden Sie die Form T1234 oder T1234.001</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https address</source>
        <translation>„%1“ ist keine http- oder https-Adresse</translation>
    </message>
    <message>
        <source>no phase &quot;%1&quot; in $.phases</source>
        <translation>keine Phase „%1“ in $.phases</translation>
    </message>
    <message>
        <source>no role &quot;%1&quot; in $.roles</source>
        <translation>keine Rolle „%1“ in $.roles</translation>
    </message>
    <message>
        <source>duplicate expected action id &quot;%1&quot; (first used at %2)</source>
        <translation>doppelte ID „%1“ für erwartete Maßnahme (zuerst verwendet bei %2)</translation>
    </message>
    <message>
        <source>no objective &quot;%1&quot; in $.objectives</source>
        <translation>kein Ziel „%1“ in $.objectives</translation>
    </message>
    <message>
        <source>duplicate branch id &quot;%1&quot; (first used at %2)</source>
        <translation>doppelte Verzweigungs-ID „%1“ (zuerst verwendet bei %2)</translation>
    </message>
    <message>
        <source>a decision branch names the &quot;role&quot; that decides</source>
        <translation>eine Entscheidungsverzweigung nennt die Rolle („role“), die entscheidet</translation>
    </message>
    <message>
        <source>an expectation branch names the expected &quot;action&quot; it depends on</source>
        <translation>eine Erwartungsverzweigung nennt die erwartete Maßnahme („action“), von der sie abhängt</translation>
    </message>
    <message>
        <source>no expected action &quot;%1&quot; in the scenario</source>
        <translation>keine erwartete Maßnahme „%1“ im Szenario</translation>
    </message>
    <message>
        <source>an expectation branch has the outcomes &quot;met&quot; and &quot;not_met&quot;, not &quot;%1&quot;</source>
        <translation>eine Erwartungsverzweigung hat die Ausgänge „met“ und „not_met“, nicht „%1“</translation>
    </message>
    <message>
        <source>a branch needs at least two outcomes to choose from</source>
        <translation>eine Verzweigung benötigt mindestens zwei Ausgänge zur Auswahl</translation>
    </message>
    <message>
        <source>duplicate outcome id &quot;%1&quot;</source>
        <translation>doppelte Ausgangs-ID „%1“</translation>
    </message>
    <message>
        <source>no inject &quot;%1&quot; in $.injects</source>
        <translation>keine Einlage „%1“ in $.injects</translation>
    </message>
    <message>
        <source>inject &quot;%1&quot; is released on schedule or by hand; give it &quot;trigger&quot;: &quot;branch&quot; to release it from a branch</source>
        <translation>Einlage „%1“ wird nach Zeitplan oder von Hand ausgespielt; geben Sie ihr &quot;trigger&quot;: &quot;branch&quot;, um sie aus einer Verzweigung auszuspielen</translation>
    </message>
    <message>
        <source>inject &quot;%1&quot; cannot release itself</source>
        <translation>Einlage „%1“ kann sich nicht selbst ausspielen</translation>
    </message>
    <message>
        <source>no inject is released on schedule, so the exercise cannot start; give at least one inject &quot;offsetMinutes&quot;</source>
        <translation>keine Einlage wird nach Zeitplan ausgespielt, daher kann die Übung nicht beginnen; geben Sie mindestens einer Einlage &quot;offsetMinutes&quot;</translation>
    </message>
    <message>
        <source>inject &quot;%1&quot; is released by a branch, but no branch outcome releases it</source>
        <translation>Einlage „%1“ wird durch eine Verzweigung ausgespielt, aber kein Verzweigungsausgang spielt sie aus</translation>
    </message>
    <message>
        <source>branch cycle: %1</source>
        <translation>Zyklus in Verzweigungen: %1</translation>
    </message>
</context>
<context>
    <name>muster::core::Access</name>
    <message>
        <source>must be a number from 0 to 1000000000</source>
        <translation>muss eine Zahl von 0 bis 1000000000 sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
</context>
<context>
    <name>muster::core::Actor</name>
    <message>
        <source>Muster</source>
        <translation>Muster</translation>
    </message>
</context>
<context>
    <name>muster::core::AlertAction</name>
    <message>
        <source>Trigger</source>
        <translation>Auslösen</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Quittieren</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Auflösen</translation>
    </message>
</context>
<context>
    <name>muster::core::AlertFormat</name>
    <message>
        <source>Prometheus Alertmanager</source>
        <translation>Prometheus Alertmanager</translation>
    </message>
    <message>
        <source>PagerDuty Events v2</source>
        <translation>PagerDuty Events v2</translation>
    </message>
    <message>
        <source>Generic JSON</source>
        <translation>Generisches JSON</translation>
    </message>
</context>
<context>
    <name>muster::core::AlertState</name>
    <message>
        <source>Firing</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Acknowledged by source</source>
        <translation>Von der Quelle quittiert</translation>
    </message>
    <message>
        <source>Resolved by source</source>
        <translation>Von der Quelle aufgelöst</translation>
    </message>
</context>
<context>
    <name>muster::core::AlertTriage</name>
    <message>
        <source>Untriaged</source>
        <translation>Ohne Triage</translation>
    </message>
    <message>
        <source>Promoted</source>
        <translation>Hochgestuft</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>False Positive</translation>
    </message>
    <message>
        <source>Benign</source>
        <translation>Harmlos</translation>
    </message>
</context>
<context>
    <name>muster::core::ApprovalRole</name>
    <message>
        <source>Legal</source>
        <translation>Recht</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Geschäftsleitung</translation>
    </message>
</context>
<context>
    <name>muster::core::AssetKind</name>
    <message>
        <source>User account</source>
        <translation>Benutzerkonto</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Data store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
</context>
<context>
    <name>muster::core::AttackId</name>
    <message>
        <source>&quot;%1&quot; is not an ATT&amp;CK technique id; use the form T1234 or T1234.001.</source>
        <translation>„%1“ ist keine ATT&amp;CK-Technik-ID; verwenden Sie die Form T1234 oder T1234.001.</translation>
    </message>
</context>
<context>
    <name>muster::core::Audience</name>
    <message>
        <source>Incident team</source>
        <translation>Incident-Team</translation>
    </message>
    <message>
        <source>Executives</source>
        <translation>Geschäftsleitung</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Beschäftigte</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Partners and suppliers</source>
        <translation>Partner und Lieferanten</translation>
    </message>
    <message>
        <source>Regulator</source>
        <translation>Aufsichtsbehörde</translation>
    </message>
    <message>
        <source>Affected individuals</source>
        <translation>Betroffene Personen</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
</context>
<context>
    <name>muster::core::BranchKind</name>
    <message>
        <source>Participants&apos; decision</source>
        <translation>Entscheidung der Teilnehmenden</translation>
    </message>
    <message>
        <source>Expected action met or not</source>
        <translation>Erwartete Maßnahme erfüllt oder nicht</translation>
    </message>
    <message>
        <source>Facilitator&apos;s choice</source>
        <translation>Wahl der Moderation</translation>
    </message>
</context>
<context>
    <name>muster::core::BriefAudience</name>
    <message>
        <source>Security operations (SOC)</source>
        <translation>Security Operations (SOC)</translation>
    </message>
    <message>
        <source>Security teams</source>
        <translation>Sicherheitsteams</translation>
    </message>
    <message>
        <source>Security leadership</source>
        <translation>Sicherheitsleitung</translation>
    </message>
    <message>
        <source>Business leaders</source>
        <translation>Führungskräfte der Fachbereiche</translation>
    </message>
</context>
<context>
    <name>muster::core::Category</name>
    <message>
        <source>Phishing</source>
        <translation>Phishing</translation>
    </message>
    <message>
        <source>Malware</source>
        <translation>Schadsoftware</translation>
    </message>
    <message>
        <source>Ransomware</source>
        <translation>Ransomware</translation>
    </message>
    <message>
        <source>Business email compromise</source>
        <translation>Business E-Mail Compromise (BEC)</translation>
    </message>
    <message>
        <source>Account compromise</source>
        <translation>Kompromittiertes Konto</translation>
    </message>
    <message>
        <source>Insider</source>
        <translation>Innentäter</translation>
    </message>
    <message>
        <source>Data exposure</source>
        <translation>Offenlegung von Daten</translation>
    </message>
    <message>
        <source>Denial of service</source>
        <translation>Denial of Service</translation>
    </message>
    <message>
        <source>Vulnerability exploitation</source>
        <translation>Ausnutzung einer Schwachstelle</translation>
    </message>
    <message>
        <source>Cloud misconfiguration</source>
        <translation>Cloud-Fehlkonfiguration</translation>
    </message>
    <message>
        <source>Lost or stolen device</source>
        <translation>Verlorenes oder gestohlenes Gerät</translation>
    </message>
    <message>
        <source>Third-party breach</source>
        <translation>Sicherheitsvorfall bei Dritten</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>muster::core::Channel</name>
    <message>
        <source>Chat webhook</source>
        <translation>Chat-Webhook</translation>
    </message>
    <message>
        <source>E-mail (.eml)</source>
        <translation>E-Mail (.eml)</translation>
    </message>
    <message>
        <source>Outside Muster</source>
        <translation>Außerhalb von Muster</translation>
    </message>
</context>
<context>
    <name>muster::core::ClockEvent</name>
    <message>
        <source>Became aware</source>
        <translation>Kenntnis erlangt</translation>
    </message>
    <message>
        <source>Determined a cybersecurity incident occurred</source>
        <translation>Cybersicherheitsvorfall festgestellt</translation>
    </message>
    <message>
        <source>Determined material</source>
        <translation>Als wesentlich eingestuft</translation>
    </message>
    <message>
        <source>Classified as major</source>
        <translation>Als schwerwiegend eingestuft</translation>
    </message>
    <message>
        <source>Breach discovered</source>
        <translation>Verletzung entdeckt</translation>
    </message>
    <message>
        <source>Extortion payment made</source>
        <translation>Erpressungszahlung geleistet</translation>
    </message>
</context>
<context>
    <name>muster::core::CommunicationRules</name>
    <message>
        <source>&quot;%1&quot; still has parts to fill in: %2</source>
        <translation>In „%1“ sind noch Stellen auszufüllen: %2</translation>
    </message>
</context>
<context>
    <name>muster::core::CommunicationStatus</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
</context>
<context>
    <name>muster::core::CoverageSource</name>
    <message>
        <source>Detection</source>
        <translation>Detektion</translation>
    </message>
    <message>
        <source>Hunt</source>
        <translation>Hunt</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
</context>
<context>
    <name>muster::core::DeadlineStatus</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Versäumt</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Entfallen</translation>
    </message>
</context>
<context>
    <name>muster::core::DetectionSource</name>
    <message>
        <source>Detection tool or alert</source>
        <translation>Detektionstool oder Alert</translation>
    </message>
    <message>
        <source>Threat hunt</source>
        <translation>Threat Hunt</translation>
    </message>
    <message>
        <source>User report</source>
        <translation>Meldung durch Benutzer</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Dritte</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
</context>
<context>
    <name>muster::core::ExerciseScope</name>
    <message>
        <source>Real incidents</source>
        <translation>Echte Incidents</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Real incidents and exercises</source>
        <translation>Echte Incidents und Übungen</translation>
    </message>
</context>
<context>
    <name>muster::core::ExerciseStatus</name>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
</context>
<context>
    <name>muster::core::HuntOutcome</name>
    <message>
        <source>Not concluded</source>
        <translation>Nicht abgeschlossen</translation>
    </message>
    <message>
        <source>No evidence found</source>
        <translation>Keine Belege gefunden</translation>
    </message>
    <message>
        <source>Incident opened</source>
        <translation>Incident eröffnet</translation>
    </message>
    <message>
        <source>Detection created or improved</source>
        <translation>Detektion erstellt oder verbessert</translation>
    </message>
    <message>
        <source>Visibility gap found</source>
        <translation>Sichtbarkeitslücke gefunden</translation>
    </message>
</context>
<context>
    <name>muster::core::HuntStatus</name>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Abgeschlossen</translation>
    </message>
</context>
<context>
    <name>muster::core::ImprovementStatus</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>muster::core::IncidentRole</name>
    <message>
        <source>Commander</source>
        <translation>Commander</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Stellvertretung</translation>
    </message>
    <message>
        <source>Scribe</source>
        <translation>Protokollführung</translation>
    </message>
    <message>
        <source>Communications lead</source>
        <translation>Kommunikationsleitung</translation>
    </message>
    <message>
        <source>Legal lead</source>
        <translation>Rechtliche Leitung</translation>
    </message>
    <message>
        <source>HR lead</source>
        <translation>Personalleitung</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>Verbindungsperson</translation>
    </message>
</context>
<context>
    <name>muster::core::Inflate</name>
    <message>
        <source>invalid block type</source>
        <translation>ungültiger Blocktyp</translation>
    </message>
    <message>
        <source>the compressed data ends too early</source>
        <translation>die komprimierten Daten enden zu früh</translation>
    </message>
    <message>
        <source>the data expands beyond the size limit</source>
        <translation>die Daten werden über die Größengrenze hinaus entpackt</translation>
    </message>
    <message>
        <source>a stored block has a damaged length</source>
        <translation>ein Stored-Block hat eine beschädigte Länge</translation>
    </message>
    <message>
        <source>an invalid Huffman code</source>
        <translation>ein ungültiger Huffman-Code</translation>
    </message>
    <message>
        <source>an invalid length code</source>
        <translation>ein ungültiger Längencode</translation>
    </message>
    <message>
        <source>an invalid distance code</source>
        <translation>ein ungültiger Distanzcode</translation>
    </message>
    <message>
        <source>a distance too far back</source>
        <translation>eine zu weit zurückreichende Distanz</translation>
    </message>
    <message>
        <source>too many length or distance codes</source>
        <translation>zu viele Längen- oder Distanzcodes</translation>
    </message>
    <message>
        <source>an incomplete code-length code</source>
        <translation>ein unvollständiger Codelängen-Code</translation>
    </message>
    <message>
        <source>an invalid code length</source>
        <translation>eine ungültige Codelänge</translation>
    </message>
    <message>
        <source>a repeat with no previous length</source>
        <translation>eine Wiederholung ohne vorherige Länge</translation>
    </message>
    <message>
        <source>too many code lengths</source>
        <translation>zu viele Codelängen</translation>
    </message>
    <message>
        <source>no end-of-block code</source>
        <translation>kein Blockende-Code</translation>
    </message>
    <message>
        <source>an invalid literal/length code</source>
        <translation>ein ungültiger Literal-/Längencode</translation>
    </message>
</context>
<context>
    <name>muster::core::InjectChannel</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefonanruf</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>News report</source>
        <translation>Nachrichtenmeldung</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Lagebesprechung</translation>
    </message>
</context>
<context>
    <name>muster::core::InjectTrigger</name>
    <message>
        <source>On schedule</source>
        <translation>Nach Zeitplan</translation>
    </message>
    <message>
        <source>By a branch</source>
        <translation>Durch eine Verzweigung</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Von Hand</translation>
    </message>
</context>
<context>
    <name>muster::core::IntelItem</name>
    <message>
        <source>ATT&amp;CK techniques: %1</source>
        <translation>ATT&amp;CK-Techniken: %1</translation>
    </message>
</context>
<context>
    <name>muster::core::IntelKind</name>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Threat actor</source>
        <translation>Bedrohungsakteur</translation>
    </message>
    <message>
        <source>Malware</source>
        <translation>Schadsoftware</translation>
    </message>
    <message>
        <source>Attack pattern</source>
        <translation>Angriffsmuster</translation>
    </message>
</context>
<context>
    <name>muster::core::JsonPointer</name>
    <message>
        <source>%1: &quot;%2&quot; is not a JSON pointer; it starts with / as in /rule/level.</source>
        <translation>%1: „%2“ ist kein JSON-Pointer; er beginnt mit /, wie in /rule/level.</translation>
    </message>
</context>
<context>
    <name>muster::core::LogKind</name>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>Facilitator note</source>
        <translation>Notiz der Moderation</translation>
    </message>
</context>
<context>
    <name>muster::core::Measure</name>
    <message>
        <source>Time to acknowledge</source>
        <translation>Zeit bis Quittierung</translation>
    </message>
    <message>
        <source>Time to contain</source>
        <translation>Zeit bis Eindämmung</translation>
    </message>
    <message>
        <source>Time to remediate</source>
        <translation>Zeit bis Behebung</translation>
    </message>
    <message>
        <source>Time to close</source>
        <translation>Zeit bis Abschluss</translation>
    </message>
</context>
<context>
    <name>muster::core::MetricsGrouping</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Detection source</source>
        <translation>Detektionsquelle</translation>
    </message>
    <message>
        <source>Commander</source>
        <translation>Commander</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
</context>
<context>
    <name>muster::core::ObservableKind</name>
    <message>
        <source>IPv4 address</source>
        <translation>IPv4-Adresse</translation>
    </message>
    <message>
        <source>IPv6 address</source>
        <translation>IPv6-Adresse</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>File hash</source>
        <translation>Datei-Hash</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
</context>
<context>
    <name>muster::core::OpenAevImport</name>
    <message>
        <source>must be a string</source>
        <translation>muss ein String sein</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
</context>
<context>
    <name>muster::core::PlaybookLibrary</name>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>unknown field; expected one of %1</source>
        <translation>unbekanntes Feld; erwartet wird eines von %1</translation>
    </message>
    <message>
        <source>missing; this field is required</source>
        <translation>fehlt; dieses Feld ist erforderlich</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss ein String sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>muss eine Liste von Strings sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>„%1“ ist keiner von %2</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1: %2: must be an object</source>
        <translation>%1: %2: muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a task key; use lower-case words joined by dots, such as legal.privilege</source>
        <translation>„%1“ ist kein Aufgabenschlüssel; verwenden Sie kleingeschriebene, durch Punkte verbundene Wörter, etwa legal.privilege</translation>
    </message>
</context>
<context>
    <name>muster::core::QueryLanguage</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>KQL</source>
        <translation>KQL</translation>
    </message>
    <message>
        <source>SPL</source>
        <translation>SPL</translation>
    </message>
    <message>
        <source>EQL</source>
        <translation>EQL</translation>
    </message>
    <message>
        <source>Sigma</source>
        <translation>Sigma</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>muster::core::Rating</name>
    <message>
        <source>P: performed without challenges</source>
        <translation>P: ohne Schwierigkeiten durchgeführt</translation>
    </message>
    <message>
        <source>S: performed with some challenges</source>
        <translation>S: mit einigen Schwierigkeiten durchgeführt</translation>
    </message>
    <message>
        <source>M: performed with major challenges</source>
        <translation>M: mit erheblichen Schwierigkeiten durchgeführt</translation>
    </message>
    <message>
        <source>U: unable to be performed</source>
        <translation>U: konnte nicht durchgeführt werden</translation>
    </message>
</context>
<context>
    <name>muster::core::Reader</name>
    <message>
        <source>unknown member &quot;%1&quot;; expected one of: %2</source>
        <translation>unbekanntes Element „%1“; erwartet wird eines von: %2</translation>
    </message>
    <message>
        <source>missing required member &quot;%1&quot;</source>
        <translation>erforderliches Element „%1“ fehlt</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>muss ein String sein, nicht %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>contains a control character (U+%1)</source>
        <translation>enthält ein Steuerzeichen (U+%1)</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>ist %1 Zeichen lang; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id; use lowercase letters, digits, &quot;-&quot; and &quot;_&quot;, starting with a letter or digit</source>
        <translation>„%1“ ist keine gültige ID; verwenden Sie Kleinbuchstaben, Ziffern, „-“ und „_“, beginnend mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <translation>muss eine Zahl sein, nicht %1</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be an array, not %1</source>
        <translation>muss ein Array sein, nicht %1</translation>
    </message>
    <message>
        <source>has %1 items; at most %2 are allowed</source>
        <translation>hat %1 Einträge; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>muss ein Objekt sein, nicht %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>„%1“ ist keiner von: %2</translation>
    </message>
</context>
<context>
    <name>muster::core::RegulatedSector</name>
    <message>
        <source>Financial services</source>
        <translation>Finanzdienstleistungen</translation>
    </message>
    <message>
        <source>Health care (HIPAA)</source>
        <translation>Gesundheitswesen (HIPAA)</translation>
    </message>
    <message>
        <source>Essential or important entity (NIS2)</source>
        <translation>Wesentliche oder wichtige Einrichtung (NIS2)</translation>
    </message>
    <message>
        <source>SEC registrant (listed company)</source>
        <translation>SEC-registriertes Unternehmen (börsennotiert)</translation>
    </message>
</context>
<context>
    <name>muster::core::RegulatoryClock</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar day(s)</source>
        <translation>
            <numerusform>%n Kalendertag</numerusform>
            <numerusform>%n Kalendertage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n Geschäftstag</numerusform>
            <numerusform>%n Geschäftstage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>muster::core::ReleaseWay</name>
    <message>
        <source>On schedule</source>
        <translation>Nach Zeitplan</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Von Hand</translation>
    </message>
    <message>
        <source>By a branch</source>
        <translation>Durch eine Verzweigung</translation>
    </message>
</context>
<context>
    <name>muster::core::ScenarioDifficulty</name>
    <message>
        <source>Introductory</source>
        <translation>Einsteiger</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Fortgeschritten</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Experte</translation>
    </message>
</context>
<context>
    <name>muster::core::Sensitivity</name>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Streng vertraulich</translation>
    </message>
    <message>
        <source>Regulated personal data</source>
        <translation>Regulierte personenbezogene Daten</translation>
    </message>
</context>
<context>
    <name>muster::core::Severity</name>
    <message>
        <source>SEV1</source>
        <translation>SEV1</translation>
    </message>
    <message>
        <source>SEV2</source>
        <translation>SEV2</translation>
    </message>
    <message>
        <source>SEV3</source>
        <translation>SEV3</translation>
    </message>
    <message>
        <source>SEV4</source>
        <translation>SEV4</translation>
    </message>
    <message>
        <source>Critical: confirmed compromise of business-critical systems or regulated data, active attacker, or an outage of a core business service. Major-incident response, executives informed at once.</source>
        <translation>Kritisch: bestätigte Kompromittierung geschäftskritischer Systeme oder regulierter Daten, aktiver Angreifer oder Ausfall eines zentralen Geschäftsdienstes. Major-Incident-Response, die Geschäftsleitung wird sofort informiert.</translation>
    </message>
    <message>
        <source>High: confirmed compromise with limited scope, or a credible threat to critical systems or sensitive data. Dedicated responders and stakeholders engaged the same day.</source>
        <translation>Hoch: bestätigte Kompromittierung mit begrenztem Umfang oder eine glaubwürdige Bedrohung für kritische Systeme oder sensible Daten. Dedizierte Responder und Stakeholder werden noch am selben Tag eingebunden.</translation>
    </message>
    <message>
        <source>Medium: suspicious or malicious activity contained to a few users or hosts, no sign of data loss. Handled by the SOC within business hours.</source>
        <translation>Mittel: verdächtige oder bösartige Aktivität, beschränkt auf wenige Benutzer oder Hosts, kein Hinweis auf Datenverlust. Wird vom SOC während der Geschäftszeiten bearbeitet.</translation>
    </message>
    <message>
        <source>Low: policy violation, blocked attempt or minor event with negligible impact. Handled in the normal queue.</source>
        <translation>Niedrig: Richtlinienverstoß, blockierter Versuch oder geringfügiges Ereignis mit vernachlässigbaren Auswirkungen. Wird in der normalen Warteschlange bearbeitet.</translation>
    </message>
</context>
<context>
    <name>muster::core::ShareScope</name>
    <message>
        <source>Named recipients</source>
        <translation>Namentlich genannte Empfänger</translation>
    </message>
    <message>
        <source>Our organisation</source>
        <translation>Unsere Organisation</translation>
    </message>
    <message>
        <source>Our organisation and its clients</source>
        <translation>Unsere Organisation und ihre Kunden</translation>
    </message>
    <message>
        <source>Trusted community (ISAC, peers)</source>
        <translation>Vertrauenswürdige Community (ISAC, Peers)</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
</context>
<context>
    <name>muster::core::Status</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Quittiert</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>In Analyse</translation>
    </message>
    <message>
        <source>Contained</source>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <source>Remediated</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Wiedereröffnet</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>False Positive</translation>
    </message>
</context>
<context>
    <name>muster::core::TaskStatus</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
</context>
<context>
    <name>muster::core::Tier</name>
    <message>
        <source>Tier 1</source>
        <translation>Tier 1</translation>
    </message>
    <message>
        <source>Tier 2</source>
        <translation>Tier 2</translation>
    </message>
    <message>
        <source>Tier 3</source>
        <translation>Tier 3</translation>
    </message>
    <message>
        <source>Tier 1: triage of incoming alerts</source>
        <translation>Tier 1: Triage eingehender Alerts</translation>
    </message>
    <message>
        <source>Tier 2: investigation and correlation, and anything touching business-critical systems</source>
        <translation>Tier 2: Untersuchung und Korrelation sowie alles, was geschäftskritische Systeme betrifft</translation>
    </message>
    <message>
        <source>Tier 3: threat hunting and escalation point for major incidents</source>
        <translation>Tier 3: Threat Hunting und Eskalationsstelle für Major Incidents</translation>
    </message>
</context>
<context>
    <name>muster::core::Workstream</name>
    <message>
        <source>Legal</source>
        <translation>Recht</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>IT operations</source>
        <translation>IT-Betrieb</translation>
    </message>
    <message>
        <source>Threat intelligence</source>
        <translation>Threat Intelligence</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Insider risk</source>
        <translation>Insider-Risiko</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Geschäftsleitung</translation>
    </message>
    <message>
        <source>Incident team</source>
        <translation>Incident-Team</translation>
    </message>
</context>
<context>
    <name>muster::ctl</name>
    <message>
        <source>%1 is a Muster database (schema %2).
</source>
        <translation>%1 ist eine Muster-Datenbank (Schema %2).
</translation>
    </message>
    <message>
        <source>Created %1 (schema %2).
</source>
        <translation>%1 angelegt (Schema %2).
</translation>
    </message>
    <message>
        <source>--database FILE is required</source>
        <translation>--database DATEI ist erforderlich</translation>
    </message>
    <message>
        <source>%1: Muster database, schema %2 of %3, integrity ok.
</source>
        <translation>%1: Muster-Datenbank, Schema %2 von %3, Integrität in Ordnung.
</translation>
    </message>
    <message>
        <source>Migrations are pending; run: musterctl db migrate --database %1
</source>
        <translation>Migrationen stehen aus; führen Sie aus: musterctl db migrate --database %1
</translation>
    </message>
    <message>
        <source>%1 is up to date (schema %2).
</source>
        <translation>%1 ist auf dem neuesten Stand (Schema %2).
</translation>
    </message>
    <message>
        <source>Migrated %1 from schema %2 to %3.
</source>
        <translation>%1 von Schema %2 auf %3 migriert.
</translation>
    </message>
    <message>
        <source>Create a database file (or check that FILE is one) and bring it to the current schema.</source>
        <translation>Eine Datenbankdatei anlegen (oder prüfen, ob DATEI eine ist) und auf das aktuelle Schema bringen.</translation>
    </message>
    <message>
        <source>Check that FILE is a healthy Muster database this version can open.</source>
        <translation>Prüfen, ob DATEI eine intakte Muster-Datenbank ist, die diese Version öffnen kann.</translation>
    </message>
    <message>
        <source>Apply pending schema migrations.</source>
        <translation>Ausstehende Schemamigrationen anwenden.</translation>
    </message>
    <message>
        <source>How many incidents to generate.</source>
        <translation>Wie viele Incidents erzeugt werden sollen.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Random seed (same seed, same data).</source>
        <translation>Zufalls-Seed (gleicher Seed, gleiche Daten).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--incidents N is required</source>
        <translation>--incidents N ist erforderlich</translation>
    </message>
    <message>
        <source>--incidents takes a number from 0 to 10000000</source>
        <translation>--incidents erwartet eine Zahl von 0 bis 10000000</translation>
    </message>
    <message>
        <source>--seed takes a non-negative number</source>
        <translation>--seed erwartet eine nicht negative Zahl</translation>
    </message>
    <message>
        <source>%1 already holds incidents; generate into a new file.
</source>
        <translation>%1 enthält bereits Incidents; erzeugen Sie die Daten in einer neuen Datei.
</translation>
    </message>
    <message>
        <source>%1% (%2 of %3 incidents)
</source>
        <translation>%1 % (%2 von %3 Incidents)
</translation>
    </message>
    <message>
        <source>Wrote %1 people, %2 assets, %3 incidents and %4 timeline entries to %5 in %6 s.
</source>
        <translation>%1 Personen, %2 Assets, %3 Incidents und %4 Zeitleisteneinträge in %6 s nach %5 geschrieben.
</translation>
    </message>
    <message>
        <source>Load the demo organisation (about 200 incidents over 12 months and a stakeholder directory).</source>
        <translation>Die Demo-Organisation laden (rund 200 Incidents über 12 Monate und ein Verzeichnis der Stakeholder).</translation>
    </message>
    <message>
        <source>Generate a large realistic data set (for benchmarks).</source>
        <translation>Einen großen, realistischen Datensatz erzeugen (für Benchmarks).</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2).</source>
        <translation>%1: Die Datei kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1 tactics, %2 techniques (%3 sub-techniques, %4 revoked, %5 deprecated), %6 groups, %7 uses</source>
        <translation>%1 Taktiken, %2 Techniken (%3 Subtechniken, %4 widerrufen, %5 veraltet), %6 Gruppen, %7 Verwendungen</translation>
    </message>
    <message>
        <source>Imported the ATT&amp;CK catalog from %1: %2.
</source>
        <translation>ATT&amp;CK-Katalog aus %1 importiert: %2.
</translation>
    </message>
    <message>
        <source>Imported catalog: %1 (modified %2).
</source>
        <translation>Importierter Katalog: %1 (geändert %2).
</translation>
    </message>
    <message>
        <source>Shipped catalog: %1 (modified %2).
</source>
        <translation>Mitgelieferter Katalog: %1 (geändert %2).
</translation>
    </message>
    <message numerus="yes">
        <source>Uses %n technique(s): %1
</source>
        <translation>
            <numerusform>Verwendet %n Technik: %1
</numerusform>
            <numerusform>Verwendet %n Techniken: %1
</numerusform>
        </translation>
    </message>
    <message>
        <source> (revoked or deprecated)</source>
        <translation> (widerrufen oder veraltet)</translation>
    </message>
    <message>
        <source>%1 is not an ATT&amp;CK group (G0001 ...).</source>
        <translation>%1 ist keine ATT&amp;CK-Gruppe (G0001 ...).</translation>
    </message>
    <message>
        <source>Tracked groups: %1
</source>
        <translation>Beobachtete Gruppen: %1
</translation>
    </message>
    <message>
        <source>Write the catalog to FILE.</source>
        <translation>Den Katalog in DATEI schreiben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The ATT&amp;CK release, e.g. 18.1.</source>
        <translation>Das ATT&amp;CK-Release, z. B. 18.1.</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>Where the bundle came from.</source>
        <translation>Woher das Bundle stammt.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out DATEI ist erforderlich</translation>
    </message>
    <message>
        <source>Wrote %1: %2.
</source>
        <translation>%1 geschrieben: %2.
</translation>
    </message>
    <message>
        <source>Import MITRE ATT&amp;CK from its STIX bundle, replacing the catalog in use.</source>
        <translation>MITRE ATT&amp;CK aus seinem STIX-Bundle importieren und den verwendeten Katalog ersetzen.</translation>
    </message>
    <message>
        <source>Show which ATT&amp;CK catalog is in use and the tracked groups.</source>
        <translation>Anzeigen, welcher ATT&amp;CK-Katalog verwendet wird, und die beobachteten Gruppen.</translation>
    </message>
    <message>
        <source>Show a technique (T1059.001) or a group (G0016); flags unknown or revoked ids.</source>
        <translation>Eine Technik (T1059.001) oder eine Gruppe (G0016) anzeigen; markiert unbekannte oder widerrufene IDs.</translation>
    </message>
    <message>
        <source>Find techniques by id or name.</source>
        <translation>Techniken nach ID oder Name suchen.</translation>
    </message>
    <message>
        <source>Track ATT&amp;CK groups (they rank the hunt backlog).</source>
        <translation>ATT&amp;CK-Gruppen beobachten (sie priorisieren den Hunt-Backlog).</translation>
    </message>
    <message>
        <source>Stop tracking ATT&amp;CK groups.</source>
        <translation>ATT&amp;CK-Gruppen nicht mehr beobachten.</translation>
    </message>
    <message>
        <source>Derive Muster&apos;s compact catalog from MITRE&apos;s bundle (for maintainers).</source>
        <translation>Den kompakten Katalog von Muster aus dem Bundle von MITRE ableiten (für Maintainer).</translation>
    </message>
    <message>
        <source>The incident (reference or id).</source>
        <translation>Der Incident (Referenz oder ID).</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: Die Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1, needs %2</source>
        <translation>%1, benötigt %2</translation>
    </message>
    <message>
        <source>--incident REF is required</source>
        <translation>--incident REF ist erforderlich</translation>
    </message>
    <message>
        <source>No incident %1.</source>
        <translation>Kein Incident %1.</translation>
    </message>
    <message>
        <source>Next status update due %1 (%2).
</source>
        <translation>Nächste Statusmeldung fällig %1 (%2).
</translation>
    </message>
    <message>
        <source>Start from template ID (see comms templates).</source>
        <translation>Von Vorlage ID ausgehen (siehe comms templates).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Audience (when not from a template).</source>
        <translation>Zielgruppe (wenn nicht aus einer Vorlage).</translation>
    </message>
    <message>
        <source>AUDIENCE</source>
        <translation>ZIELGRUPPE</translation>
    </message>
    <message>
        <source>webhook, email or manual.</source>
        <translation>webhook, email oder manual.</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>KANAL</translation>
    </message>
    <message>
        <source>Subject line.</source>
        <translation>Betreffzeile.</translation>
    </message>
    <message>
        <source>Body text.</source>
        <translation>Nachrichtentext.</translation>
    </message>
    <message>
        <source>Read the body from FILE (UTF-8).</source>
        <translation>Den Nachrichtentext aus DATEI lesen (UTF-8).</translation>
    </message>
    <message>
        <source>E-mail addresses, comma-separated.</source>
        <translation>E-Mail-Adressen, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>without --template, give --audience (%1) and optionally --channel (%2)</source>
        <translation>ohne --template geben Sie --audience (%1) und optional --channel (%2) an</translation>
    </message>
    <message>
        <source>To fill in before review: %1
</source>
        <translation>Vor der Prüfung auszufüllen: %1
</translation>
    </message>
    <message>
        <source>Post to the webhook set in Settings.</source>
        <translation>An den in den Einstellungen festgelegten Webhook senden.</translation>
    </message>
    <message>
        <source>Post to this webhook URL instead.</source>
        <translation>Stattdessen an diese Webhook-URL senden.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Write the e-mail to FILE (.eml) for a mail client.</source>
        <translation>Die E-Mail für ein Mailprogramm in DATEI (.eml) schreiben.</translation>
    </message>
    <message>
        <source>Record that it was sent outside Muster, and how.</source>
        <translation>Erfassen, dass sie außerhalb von Muster gesendet wurde, und wie.</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>WIE</translation>
    </message>
    <message>
        <source>choose one of --webhook, --webhook-url URL, --eml FILE or --manual HOW</source>
        <translation>wählen Sie eines von --webhook, --webhook-url URL, --eml DATEI oder --manual WIE</translation>
    </message>
    <message>
        <source>Sent &quot;%1&quot; (version %2) via %3.
</source>
        <translation>„%1“ (Version %2) über %3 gesendet.
</translation>
    </message>
    <message>
        <source>List an incident&apos;s communications and when the next status update is due.</source>
        <translation>Die Kommunikationen eines Incidents auflisten und anzeigen, wann die nächste Statusmeldung fällig ist.</translation>
    </message>
    <message>
        <source>Draft a communication, from a template or from scratch.</source>
        <translation>Eine Kommunikation entwerfen, aus einer Vorlage oder von Grund auf.</translation>
    </message>
    <message>
        <source>Edit a communication: a new version; earlier approvals no longer apply.</source>
        <translation>Eine Kommunikation bearbeiten: eine neue Version; frühere Freigaben gelten nicht mehr.</translation>
    </message>
    <message>
        <source>Submit a draft for review.</source>
        <translation>Einen Entwurf zur Prüfung einreichen.</translation>
    </message>
    <message>
        <source>Approve this exact version for a role (external audiences need Legal).</source>
        <translation>Genau diese Version für eine Rolle freigeben (externe Zielgruppen benötigen die Rechtsabteilung).</translation>
    </message>
    <message>
        <source>Send an approved communication and record the exact text on the timeline.</source>
        <translation>Eine freigegebene Kommunikation senden und den genauen Text in der Zeitleiste erfassen.</translation>
    </message>
    <message>
        <source>List the message templates.</source>
        <translation>Die Nachrichtenvorlagen auflisten.</translation>
    </message>
    <message>
        <source>Only deadlines due within DURATION (24h, 3d).</source>
        <translation>Nur Fristen, die innerhalb von DAUER fällig sind (24h, 3d).</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>Include met, missed and waived deadlines.</source>
        <translation>Eingehaltene, versäumte und entfallene Fristen einbeziehen.</translation>
    </message>
    <message>
        <source>No deadlines.
</source>
        <translation>Keine Fristen.
</translation>
    </message>
    <message>
        <source>The .ics FILE to write.</source>
        <translation>Die zu schreibende .ics-DATEI.</translation>
    </message>
    <message>
        <source>--output FILE is required</source>
        <translation>--output DATEI ist erforderlich</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: Die Datei kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1 deadline(s) to %2.
</source>
        <translation>%1 Frist(en) nach %2 geschrieben.
</translation>
    </message>
    <message>
        <source>became-aware, determined-incident, determined-material, classified-major, discovered or extortion-paid.</source>
        <translation>became-aware, determined-incident, determined-material, classified-major, discovered oder extortion-paid.</translation>
    </message>
    <message>
        <source>EVENT</source>
        <translation>EREIGNIS</translation>
    </message>
    <message>
        <source>When it happened (ISO 8601, or now).</source>
        <translation>Wann es geschah (ISO 8601 oder now).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>Start this rule (repeatable); default: the rules that apply to the incident.</source>
        <translation>Diese Regel starten (wiederholbar); Standard: die Regeln, die für den Incident gelten.</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>A note; required when correcting a time.</source>
        <translation>Eine Notiz; erforderlich bei der Korrektur einer Zeit.</translation>
    </message>
    <message>
        <source>--incident, --event and --at are required</source>
        <translation>--incident, --event und --at sind erforderlich</translation>
    </message>
    <message>
        <source>%1 recorded at %2.
</source>
        <translation>%1 erfasst um %2.
</translation>
    </message>
    <message>
        <source>No regulatory clock applies to this incident&apos;s attributes; name one with --rule (musterctl deadlines rules lists them).
</source>
        <translation>Für die Attribute dieses Incidents gilt keine regulatorische Frist; nennen Sie eine mit --rule (musterctl deadlines rules listet sie auf).
</translation>
    </message>
    <message>
        <source>When the notification was made (default: now).</source>
        <translation>Wann die Meldung erfolgte (Standard: jetzt).</translation>
    </message>
    <message>
        <source>Reasons for delay (required when late).</source>
        <translation>Gründe für die Verzögerung (bei Verspätung erforderlich).</translation>
    </message>
    <message>
        <source>Why the duty does not apply.</source>
        <translation>Warum die Pflicht nicht zutrifft.</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <source>List regulatory deadlines, soonest first.</source>
        <translation>Regulatorische Fristen auflisten, die nächstliegenden zuerst.</translation>
    </message>
    <message>
        <source>Record when a start event happened and start the regulatory clocks it drives.</source>
        <translation>Erfassen, wann ein Startereignis eintrat, und die regulatorischen Fristen starten, die es auslöst.</translation>
    </message>
    <message>
        <source>Record that the notification was made (late ones need --reason).</source>
        <translation>Erfassen, dass die Meldung erfolgt ist (verspätete benötigen --reason).</translation>
    </message>
    <message>
        <source>Waive a deadline that does not apply, with the reason.</source>
        <translation>Eine nicht zutreffende Frist mit Begründung entfallen lassen.</translation>
    </message>
    <message>
        <source>Export deadlines as an iCalendar file.</source>
        <translation>Fristen als iCalendar-Datei exportieren.</translation>
    </message>
    <message>
        <source>List the regulatory rules Muster knows, with their legal sources.</source>
        <translation>Die regulatorischen Regeln auflisten, die Muster kennt, mit ihren Rechtsgrundlagen.</translation>
    </message>
    <message>
        <source>Added demo intel: %1 items, %2 hunts, %3 detections, %4 sightings.
</source>
        <translation>Demo-Intel hinzugefügt: %1 Einträge, %2 Hunts, %3 Detektionen, %4 Sichtungen.
</translation>
    </message>
    <message>
        <source>No exercises.
</source>
        <translation>Keine Übungen.
</translation>
    </message>
    <message>
        <source>Reference (EX-2026-0001) or id.</source>
        <translation>Referenz (EX-2026-0001) oder ID.</translation>
    </message>
    <message>
        <source>%1  %2
</source>
        <translation>%1  %2
</translation>
    </message>
    <message>
        <source>Scenario:     %1 (%2)
</source>
        <translation>Szenario:     %1 (%2)
</translation>
    </message>
    <message>
        <source>Status:       %1, scenario time %2 at %3x
</source>
        <translation>Status:       %1, Szenariozeit %2, Tempo %3x
</translation>
    </message>
    <message>
        <source>Planned:      %1
</source>
        <translation>Geplant:      %1
</translation>
    </message>
    <message>
        <source>Facilitator:  %1
</source>
        <translation>Moderation:   %1
</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Incident:     %1
</source>
        <translation>Incident:     %1
</translation>
    </message>
    <message>
        <source>Participants:
</source>
        <translation>Teilnehmende:
</translation>
    </message>
    <message>
        <source>(not staffed)</source>
        <translation>(nicht besetzt)</translation>
    </message>
    <message>
        <source>Injects:
</source>
        <translation>Einlagen:
</translation>
    </message>
    <message>
        <source>released</source>
        <translation>ausgespielt</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>selected by a branch</source>
        <translation>per Zweig gewählt</translation>
    </message>
    <message>
        <source>waiting for a branch</source>
        <translation>wartet auf Zweig</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>nicht gewählt</translation>
    </message>
    <message>
        <source>contingency (by hand)</source>
        <translation>Reserve (von Hand)</translation>
    </message>
    <message>
        <source>Log: %1 entries; ratings: %2 of %3 expected actions; improvement items: %4
</source>
        <translation>Log: %1 Einträge; Bewertungen: %2 von %3 erwarteten Maßnahmen; Verbesserungspunkte: %4
</translation>
    </message>
    <message>
        <source>markdown (default), html or json.</source>
        <translation>markdown (Standard), html oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In DATEI statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>--format takes markdown, html or json</source>
        <translation>--format erwartet markdown, html oder json</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote the after-action report of %1 to %2.
</source>
        <translation>Nachbesprechungsbericht von %1 nach %2 geschrieben.
</translation>
    </message>
    <message>
        <source>List the exercises, newest first.</source>
        <translation>Die Übungen auflisten, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>Show an exercise: plan, clock, injects and their state, log and evaluation counts.</source>
        <translation>Eine Übung anzeigen: Plan, Uhr, Einlagen und ihr Zustand, Log und Bewertungszahlen.</translation>
    </message>
    <message>
        <source>The after-action report with improvement plan.</source>
        <translation>Der Nachbesprechungsbericht mit Verbesserungsplan.</translation>
    </message>
    <message>
        <source>proposed, active or concluded.</source>
        <translation>proposed, active oder concluded.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>%1, past its time box</source>
        <translation>%1, Zeitrahmen überschritten</translation>
    </message>
    <message>
        <source>Status: %1; outcome: %2
</source>
        <translation>Status: %1; Ergebnis: %2
</translation>
    </message>
    <message>
        <source>Hypothesis: %1
</source>
        <translation>Hypothese: %1
</translation>
    </message>
    <message>
        <source>Techniques: %1
</source>
        <translation>Techniken: %1
</translation>
    </message>
    <message>
        <source>Finding (%1): %2
</source>
        <translation>Befund (%1): %2
</translation>
    </message>
    <message>
        <source>The hunt&apos;s title.</source>
        <translation>Der Titel des Hunts.</translation>
    </message>
    <message>
        <source>What you expect to find, and why.</source>
        <translation>Was Sie zu finden erwarten, und warum.</translation>
    </message>
    <message>
        <source>An ATT&amp;CK technique (repeat).</source>
        <translation>Eine ATT&amp;CK-Technik (wiederholbar).</translation>
    </message>
    <message>
        <source>Time box in days from today (default 14).</source>
        <translation>Zeitrahmen in Tagen ab heute (Standard 14).</translation>
    </message>
    <message>
        <source>The hunter (name or e-mail).</source>
        <translation>Wer den Hunt durchführt (Name oder E-Mail).</translation>
    </message>
    <message>
        <source>PERSON</source>
        <translation>PERSON</translation>
    </message>
    <message>
        <source>--days takes a number from 1 to 365</source>
        <translation>--days erwartet eine Zahl von 1 bis 365</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
    <message>
        <source>Proposed %1 &quot;%2&quot;.
</source>
        <translation>%1 „%2“ vorgeschlagen.
</translation>
    </message>
    <message>
        <source>%1 is active.
</source>
        <translation>%1 ist aktiv.
</translation>
    </message>
    <message>
        <source>no_evidence, incident_opened, detection or visibility_gap.</source>
        <translation>no_evidence, incident_opened, detection oder visibility_gap.</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>What the hunt found.</source>
        <translation>Was der Hunt ergeben hat.</translation>
    </message>
    <message>
        <source>The incident it opened.</source>
        <translation>Der Incident, den er eröffnet hat.</translation>
    </message>
    <message>
        <source>INCIDENT</source>
        <translation>INCIDENT</translation>
    </message>
    <message>
        <source>The detection created or improved.</source>
        <translation>Die erstellte oder verbesserte Detektion.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>--outcome is required</source>
        <translation>--outcome ist erforderlich</translation>
    </message>
    <message>
        <source>%1 concluded: %2.
</source>
        <translation>%1 abgeschlossen: %2.
</translation>
    </message>
    <message>
        <source>The backlog is empty: track groups with &quot;musterctl attack track&quot;, or everything they use is covered.
</source>
        <translation>Der Backlog ist leer: Beobachten Sie Gruppen mit „musterctl attack track“, oder alles, was sie verwenden, ist abgedeckt.
</translation>
    </message>
    <message>
        <source>Write the coverage as an ATT&amp;CK Navigator layer (JSON) to FILE.</source>
        <translation>Die Abdeckung als ATT&amp;CK-Navigator-Layer (JSON) in DATEI schreiben.</translation>
    </message>
    <message>
        <source>The layer&apos;s name.</source>
        <translation>Der Name des Layers.</translation>
    </message>
    <message numerus="yes">
        <source>%n technique(s) covered:</source>
        <translation>
            <numerusform>%n Technik abgedeckt:</numerusform>
            <numerusform>%n Techniken abgedeckt:</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the Navigator layer to %1.
</source>
        <translation>Navigator-Layer nach %1 geschrieben.
</translation>
    </message>
    <message>
        <source>List threat hunts.</source>
        <translation>Threat Hunts auflisten.</translation>
    </message>
    <message>
        <source>Show a hunt with its queries and findings.</source>
        <translation>Einen Hunt mit seinen Abfragen und Befunden anzeigen.</translation>
    </message>
    <message>
        <source>Propose a hypothesis-driven hunt.</source>
        <translation>Einen hypothesengesteuerten Hunt vorschlagen.</translation>
    </message>
    <message>
        <source>Start a proposed hunt.</source>
        <translation>Einen vorgeschlagenen Hunt starten.</translation>
    </message>
    <message>
        <source>Conclude an active hunt with its outcome.</source>
        <translation>Einen aktiven Hunt mit seinem Ergebnis abschließen.</translation>
    </message>
    <message>
        <source>Techniques tracked groups use that nothing covers, most used first.</source>
        <translation>Techniken, die beobachtete Gruppen verwenden und die nichts abdeckt, die meistgenutzten zuerst.</translation>
    </message>
    <message>
        <source>ATT&amp;CK coverage by detections, hunts, exercises and incidents; export a Navigator layer.</source>
        <translation>ATT&amp;CK-Abdeckung durch Detektionen, Hunts, Übungen und Incidents; einen Navigator-Layer exportieren.</translation>
    </message>
    <message>
        <source>Act as PERSON (name or e-mail in the directory).</source>
        <translation>Als PERSON handeln (Name oder E-Mail im Verzeichnis).</translation>
    </message>
    <message>
        <source>When it happened (ISO 8601; default now).</source>
        <translation>Wann es geschah (ISO 8601; Standard: jetzt).</translation>
    </message>
    <message>
        <source>%1: no person &quot;%2&quot; in the directory.</source>
        <translation>%1: keine Person „%2“ im Verzeichnis.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a time; use ISO 8601, e.g. 2026-03-01T09:15:00Z.</source>
        <translation>--%1: „%2“ ist keine Zeitangabe; verwenden Sie ISO 8601, z. B. 2026-03-01T09:15:00Z.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not one of: %3.</source>
        <translation>--%1: „%2“ ist keiner von: %3.</translation>
    </message>
    <message>
        <source>Only these statuses (comma-separated).</source>
        <translation>Nur diese Status (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Only these severities, e.g. sev1,sev2.</source>
        <translation>Nur diese Schweregrade, z. B. sev1,sev2.</translation>
    </message>
    <message>
        <source>Only these tiers, e.g. tier2,tier3.</source>
        <translation>Nur diese Tiers, z. B. tier2,tier3.</translation>
    </message>
    <message>
        <source>Only these categories.</source>
        <translation>Nur diese Kategorien.</translation>
    </message>
    <message>
        <source>Full-text search in title, summary and notes.</source>
        <translation>Volltextsuche in Titel, Zusammenfassung und Notizen.</translation>
    </message>
    <message>
        <source>Only incidents PERSON commands or is assigned to.</source>
        <translation>Nur Incidents, die PERSON leitet oder denen sie zugewiesen ist.</translation>
    </message>
    <message>
        <source>Include exercise incidents: no, yes or only (default yes).</source>
        <translation>Übungs-Incidents einbeziehen: no, yes oder only (Standard yes).</translation>
    </message>
    <message>
        <source>WHICH</source>
        <translation>WELCHE</translation>
    </message>
    <message>
        <source>Only incidents still being worked on.</source>
        <translation>Nur Incidents, an denen noch gearbeitet wird.</translation>
    </message>
    <message>
        <source>At most N incidents (default 100, 0 for all).</source>
        <translation>Höchstens N Incidents (Standard 100, 0 für alle).</translation>
    </message>
    <message>
        <source>--exercises takes no, yes or only</source>
        <translation>--exercises erwartet no, yes oder only</translation>
    </message>
    <message>
        <source>--limit takes a non-negative number</source>
        <translation>--limit erwartet eine nicht negative Zahl</translation>
    </message>
    <message>
        <source>%1 of %2 incidents
</source>
        <translation>%1 von %2 Incidents
</translation>
    </message>
    <message>
        <source>%1 is confidential: act as someone on its access list, in Legal or in HR (--as PERSON).</source>
        <translation>%1 ist vertraulich: Handeln Sie als jemand auf der Zugriffsliste, aus der Rechtsabteilung oder der Personalabteilung (--as PERSON).</translation>
    </message>
    <message>
        <source>Status: %1   Severity: %2   Priority: P%3   %4
</source>
        <translation>Status: %1   Schweregrad: %2   Priorität: P%3   %4
</translation>
    </message>
    <message>
        <source>Category: %1   Detected: %2 by %3
</source>
        <translation>Kategorie: %1   Detektiert: %2 durch %3
</translation>
    </message>
    <message>
        <source>Commander: %1
</source>
        <translation>Commander: %1
</translation>
    </message>
    <message>
        <source>
Timeline (%1):
</source>
        <translation>
Zeitleiste (%1):
</translation>
    </message>
    <message>
        <source>hash chain verified</source>
        <translation>Hash-Kette verifiziert</translation>
    </message>
    <message>
        <source>HASH CHAIN BROKEN</source>
        <translation>HASH-KETTE UNTERBROCHEN</translation>
    </message>
    <message>
        <source>Title (required).</source>
        <translation>Titel (erforderlich).</translation>
    </message>
    <message>
        <source>Summary.</source>
        <translation>Zusammenfassung.</translation>
    </message>
    <message>
        <source>sev1 … sev4 (default sev3).</source>
        <translation>sev1 … sev4 (Standard sev3).</translation>
    </message>
    <message>
        <source>SEV</source>
        <translation>SEV</translation>
    </message>
    <message>
        <source>Category key (default other).</source>
        <translation>Kategorieschlüssel (Standard other).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>tier1 … tier3 (default tier1).</source>
        <translation>tier1 … tier3 (Standard tier1).</translation>
    </message>
    <message>
        <source>TIER</source>
        <translation>TIER</translation>
    </message>
    <message>
        <source>Detection source key (default tool).</source>
        <translation>Schlüssel der Detektionsquelle (Standard tool).</translation>
    </message>
    <message>
        <source>Tool or alert name.</source>
        <translation>Tool- oder Alert-Name.</translation>
    </message>
    <message>
        <source>ATT&amp;CK technique ids, comma-separated.</source>
        <translation>ATT&amp;CK-Technik-IDs, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>Commander (name or e-mail).</source>
        <translation>Commander (Name oder E-Mail).</translation>
    </message>
    <message>
        <source>An assignee (repeatable).</source>
        <translation>Eine zuständige Person (wiederholbar).</translation>
    </message>
    <message>
        <source>A linked asset by identifier or name (repeatable).</source>
        <translation>Ein verknüpftes Asset über Kennung oder Name (wiederholbar).</translation>
    </message>
    <message>
        <source>ASSET</source>
        <translation>ASSET</translation>
    </message>
    <message>
        <source>When it was detected (default now).</source>
        <translation>Wann er detektiert wurde (Standard: jetzt).</translation>
    </message>
    <message>
        <source>Why the detection time is earlier than now.</source>
        <translation>Warum der Detektionszeitpunkt vor jetzt liegt.</translation>
    </message>
    <message>
        <source>Mark as an exercise incident.</source>
        <translation>Als Übungs-Incident markieren.</translation>
    </message>
    <message>
        <source>Mark as confidential.</source>
        <translation>Als vertraulich markieren.</translation>
    </message>
    <message>
        <source>--title is required</source>
        <translation>--title ist erforderlich</translation>
    </message>
    <message>
        <source>--asset: no asset &quot;%1&quot; in the inventory.</source>
        <translation>--asset: kein Asset „%1“ im Inventar.</translation>
    </message>
    <message>
        <source>Created %1 (%2, %3, P%4).
</source>
        <translation>%1 angelegt (%2, %3, P%4).
</translation>
    </message>
    <message>
        <source>A note recorded with the change.</source>
        <translation>Eine mit der Änderung erfasste Notiz.</translation>
    </message>
    <message>
        <source>The new status.</source>
        <translation>Der neue Status.</translation>
    </message>
    <message>
        <source>--to STATUS is required</source>
        <translation>--to STATUS ist erforderlich</translation>
    </message>
    <message>
        <source>--to: &quot;%1&quot; is not one of: %2.</source>
        <translation>--to: „%1“ ist keiner von: %2.</translation>
    </message>
    <message>
        <source>%1 is now %2.
</source>
        <translation>%1 hat jetzt den Status %2.
</translation>
    </message>
    <message>
        <source>The new tier (1, 2, 3 or tier1 …).</source>
        <translation>Das neue Tier (1, 2, 3 oder tier1 …).</translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation>Warum (erforderlich).</translation>
    </message>
    <message>
        <source>--tier is required</source>
        <translation>--tier ist erforderlich</translation>
    </message>
    <message>
        <source>--tier: &quot;%1&quot; is not 1, 2 or 3.</source>
        <translation>--tier: „%1“ ist nicht 1, 2 oder 3.</translation>
    </message>
    <message>
        <source>%1 is now at %2.
</source>
        <translation>%1 liegt jetzt auf %2.
</translation>
    </message>
    <message>
        <source>The note.</source>
        <translation>Die Notiz.</translation>
    </message>
    <message>
        <source>Note added to %1.
</source>
        <translation>Notiz zu %1 hinzugefügt.
</translation>
    </message>
    <message>
        <source>Verify every incident.</source>
        <translation>Jeden Incident verifizieren.</translation>
    </message>
    <message>
        <source>give one incident reference or --all</source>
        <translation>geben Sie eine Incident-Referenz oder --all an</translation>
    </message>
    <message>
        <source>%1: BROKEN at entry %2 (%3): %4
</source>
        <translation>%1: UNTERBROCHEN bei Eintrag %2 (%3): %4
</translation>
    </message>
    <message>
        <source>%1: timeline verified, %2 entries, head %3
</source>
        <translation>%1: Zeitleiste verifiziert, %2 Einträge, Kopf %3
</translation>
    </message>
    <message>
        <source>%1 incidents checked, %2 broken.
</source>
        <translation>%1 Incidents geprüft, %2 unterbrochen.
</translation>
    </message>
    <message>
        <source>Import the good rows and report the bad ones.</source>
        <translation>Die fehlerfreien Zeilen importieren und die fehlerhaften melden.</translation>
    </message>
    <message>
        <source>skipped: %1
</source>
        <translation>übersprungen: %1
</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 skipped.
</source>
        <translation>%1: %2 hinzugefügt, %3 aktualisiert, %4 übersprungen.
</translation>
    </message>
    <message>
        <source>List incidents, newest first.</source>
        <translation>Incidents auflisten, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>Show an incident with its timeline and whether its hash chain verifies.</source>
        <translation>Einen Incident mit seiner Zeitleiste anzeigen und ob seine Hash-Kette verifiziert ist.</translation>
    </message>
    <message>
        <source>Open a new incident.</source>
        <translation>Einen neuen Incident eröffnen.</translation>
    </message>
    <message>
        <source>Acknowledge an incident.</source>
        <translation>Einen Incident quittieren.</translation>
    </message>
    <message>
        <source>Move an incident to another status (the lifecycle decides what is allowed).</source>
        <translation>Einen Incident in einen anderen Status versetzen (der Lebenszyklus bestimmt, was erlaubt ist).</translation>
    </message>
    <message>
        <source>Escalate or de-escalate to another SOC tier.</source>
        <translation>Auf ein anderes SOC-Tier eskalieren oder deeskalieren.</translation>
    </message>
    <message>
        <source>Add a note to the timeline.</source>
        <translation>Eine Notiz zur Zeitleiste hinzufügen.</translation>
    </message>
    <message>
        <source>Verify the timeline hash chain; exit 1 and name the broken entry when it is broken.</source>
        <translation>Die Hash-Kette der Zeitleiste verifizieren; bei einem Bruch mit Exit-Code 1 beenden und den fehlerhaften Eintrag nennen.</translation>
    </message>
    <message>
        <source>Import assets (name, identifier, kind, business_critical, sensitivity, risk_score, owner, description).</source>
        <translation>Assets importieren (name, identifier, kind, business_critical, sensitivity, risk_score, owner, description).</translation>
    </message>
    <message>
        <source>Import people (name, function, title, team, email, phone, deputy).</source>
        <translation>Personen importieren (name, function, title, team, email, phone, deputy).</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1: expected a JSON object (%2 at byte %3).</source>
        <translation>%1: JSON-Objekt erwartet (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>ADDRESS:PORT to listen on (default 127.0.0.1:8787).</source>
        <translation>ADRESSE:PORT, auf der gelauscht wird (Standard 127.0.0.1:8787).</translation>
    </message>
    <message>
        <source>ADDR:PORT</source>
        <translation>ADR:PORT</translation>
    </message>
    <message>
        <source>TLS certificate (PEM).</source>
        <translation>TLS-Zertifikat (PEM).</translation>
    </message>
    <message>
        <source>TLS private key (PEM, unencrypted).</source>
        <translation>Privater TLS-Schlüssel (PEM, unverschlüsselt).</translation>
    </message>
    <message>
        <source>Largest body accepted, in bytes.</source>
        <translation>Größter akzeptierter Body, in Byte.</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTE</translation>
    </message>
    <message>
        <source>--max-body takes a number of bytes from 1024 to 67108864</source>
        <translation>--max-body erwartet eine Byte-Anzahl von 1024 bis 67108864</translation>
    </message>
    <message>
        <source>Muster alert intake listening on %1://%2 (database %3, %4 sources). Stop with Ctrl+C.
</source>
        <translation>Muster-Alert-Eingang lauscht auf %1://%2 (Datenbank %3, %4 Quellen). Beenden mit Strg+C.
</translation>
    </message>
    <message>
        <source>No source has a token yet: musterctl intake token add NAME --database %1
</source>
        <translation>Noch keine Quelle hat ein Token: musterctl intake token add NAME --database %1
</translation>
    </message>
    <message>
        <source>Stopped after %1 requests: %2 accepted, %3 refused, %4 alert events.
</source>
        <translation>Nach %1 Anfragen beendet: %2 angenommen, %3 abgelehnt, %4 Alert-Ereignisse.
</translation>
    </message>
    <message>
        <source>Token for source %1 (id %2):

    %3

Muster keeps only its hash: copy it now. Send it as &quot;Authorization: Bearer TOKEN&quot;, or as routing_key to /v2/enqueue.
</source>
        <translation>Token für Quelle %1 (ID %2):

    %3

Muster speichert nur seinen Hash: Kopieren Sie es jetzt. Senden Sie es als „Authorization: Bearer TOKEN“ oder als routing_key an /v2/enqueue.
</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>widerrufen %1</translation>
    </message>
    <message>
        <source>No tokens. Add one with: musterctl intake token add NAME --database FILE
</source>
        <translation>Keine Tokens. Fügen Sie eines hinzu mit: musterctl intake token add NAME --database DATEI
</translation>
    </message>
    <message>
        <source>Revoked token %1… (id %2). Requests with it now get 401.
</source>
        <translation>Token %1… (ID %2) widerrufen. Anfragen damit erhalten jetzt 401.
</translation>
    </message>
    <message>
        <source>Severity map as JSON or @FILE, e.g. {&quot;&gt;=12&quot;:&quot;SEV1&quot;,&quot;*&quot;:&quot;SEV3&quot;}.</source>
        <translation>Schweregrad-Zuordnung als JSON oder @DATEI, z. B. {&quot;&gt;=12&quot;:&quot;SEV1&quot;,&quot;*&quot;:&quot;SEV3&quot;}.</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Generic-endpoint mapping (JSON pointers) as JSON or @FILE.</source>
        <translation>Zuordnung für den generischen Endpunkt (JSON-Pointer) als JSON oder @DATEI.</translation>
    </message>
    <message>
        <source>Sustained requests per second.</source>
        <translation>Dauerhafte Anfragen pro Sekunde.</translation>
    </message>
    <message>
        <source>Requests allowed at once.</source>
        <translation>Gleichzeitig erlaubte Anfragen.</translation>
    </message>
    <message>
        <source>--rate takes a number</source>
        <translation>--rate erwartet eine Zahl</translation>
    </message>
    <message>
        <source>--burst takes a whole number</source>
        <translation>--burst erwartet eine ganze Zahl</translation>
    </message>
    <message>
        <source>Updated source %1.
</source>
        <translation>Quelle %1 aktualisiert.
</translation>
    </message>
    <message>
        <source>Added source %1 (it has no token yet).
</source>
        <translation>Quelle %1 hinzugefügt (sie hat noch kein Token).
</translation>
    </message>
    <message>
        <source>%1  rate %2/s, burst %3, severity map %4, mapping %5
</source>
        <translation>%1  Rate %2/s, Burst %3, Schweregrad-Zuordnung %4, Mapping %5
</translation>
    </message>
    <message>
        <source>Only alerts waiting for triage.</source>
        <translation>Nur Alerts, die auf Triage warten.</translation>
    </message>
    <message>
        <source>Run the alert intake server (Alertmanager, PagerDuty Events v2, generic JSON) until stopped.</source>
        <translation>Den Alert-Eingangsserver (Alertmanager, PagerDuty Events v2, generisches JSON) ausführen, bis er gestoppt wird.</translation>
    </message>
    <message>
        <source>Issue a token for the alert source NAME (added if new); it is shown once.</source>
        <translation>Ein Token für die Alert-Quelle NAME ausstellen (wird hinzugefügt, falls neu); es wird einmal angezeigt.</translation>
    </message>
    <message>
        <source>List the intake tokens of every source.</source>
        <translation>Die Eingangs-Tokens aller Quellen auflisten.</translation>
    </message>
    <message>
        <source>Revoke an intake token; requests with it get 401.</source>
        <translation>Ein Eingangs-Token widerrufen; Anfragen damit erhalten 401.</translation>
    </message>
    <message>
        <source>Add or configure an alert source: severity map, generic mapping, rate limit.</source>
        <translation>Eine Alert-Quelle hinzufügen oder konfigurieren: Schweregrad-Zuordnung, generisches Mapping, Ratenbegrenzung.</translation>
    </message>
    <message>
        <source>List the alert sources.</source>
        <translation>Die Alert-Quellen auflisten.</translation>
    </message>
    <message>
        <source>List received alerts, newest first.</source>
        <translation>Empfangene Alerts auflisten, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>Sighting on %1: %2 matches &quot;%3&quot; (%4)
</source>
        <translation>Sichtung in %1: %2 passt zu „%3“ (%4)
</translation>
    </message>
    <message>
        <source>Marking for objects that carry none (default amber).</source>
        <translation>Kennzeichnung für Objekte ohne Kennzeichnung (Standard amber).</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Producer name when the bundle names none.</source>
        <translation>Name des Erstellers, wenn das Bundle keinen nennt.</translation>
    </message>
    <message>
        <source>Import from the TAXII 2.1 server at URL.</source>
        <translation>Vom TAXII-2.1-Server unter URL importieren.</translation>
    </message>
    <message>
        <source>The TAXII API root (default: discovered).</source>
        <translation>Das TAXII-API-Root (Standard: ermittelt).</translation>
    </message>
    <message>
        <source>The TAXII collection id.</source>
        <translation>Die ID der TAXII-Collection.</translation>
    </message>
    <message>
        <source>TAXII user name.</source>
        <translation>TAXII-Benutzername.</translation>
    </message>
    <message>
        <source>Environment variable that holds the TAXII password.</source>
        <translation>Umgebungsvariable, die das TAXII-Passwort enthält.</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>Only objects added after TIMESTAMP.</source>
        <translation>Nur Objekte, die nach ZEITSTEMPEL hinzugefügt wurden.</translation>
    </message>
    <message>
        <source>TIMESTAMP</source>
        <translation>ZEITSTEMPEL</translation>
    </message>
    <message>
        <source>give a STIX bundle FILE, or --taxii URL --collection ID</source>
        <translation>geben Sie eine STIX-Bundle-DATEI oder --taxii URL --collection ID an</translation>
    </message>
    <message>
        <source>--taxii URL needs --collection ID and no FILE</source>
        <translation>--taxii URL benötigt --collection ID und keine DATEI</translation>
    </message>
    <message>
        <source>%1 objects (%2 pages)
</source>
        <translation>%1 Objekte (%2 Seiten)
</translation>
    </message>
    <message>
        <source>TAXII %1 collection %2</source>
        <translation>TAXII %1, Collection %2</translation>
    </message>
    <message>
        <source>Only this kind.</source>
        <translation>Nur diese Art.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>Only this marking.</source>
        <translation>Nur diese Kennzeichnung.</translation>
    </message>
    <message>
        <source>Only items containing TEXT.</source>
        <translation>Nur Einträge, die TEXT enthalten.</translation>
    </message>
    <message>
        <source>Where it was seen.</source>
        <translation>Wo es gesehen wurde.</translation>
    </message>
    <message numerus="yes">
        <source>Added %1 to %2; %n sighting(s).
</source>
        <translation>
            <numerusform>%1 zu %2 hinzugefügt; %n Sichtung.
</numerusform>
            <numerusform>%1 zu %2 hinzugefügt; %n Sichtungen.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Sighting: matches &quot;%1&quot; (%2, from %3)
</source>
        <translation>Sichtung: passt zu „%1“ (%2, von %3)
</translation>
    </message>
    <message>
        <source>soc, security_teams, leadership or business.</source>
        <translation>soc, security_teams, leadership oder business.</translation>
    </message>
    <message>
        <source>The brief&apos;s title.</source>
        <translation>Der Titel des Briefings.</translation>
    </message>
    <message>
        <source>An intel item id (repeat).</source>
        <translation>Eine Intel-Eintrags-ID (wiederholbar).</translation>
    </message>
    <message>
        <source>A stricter marking than the items need.</source>
        <translation>Eine strengere Kennzeichnung, als die Einträge benötigen.</translation>
    </message>
    <message>
        <source>A named recipient (repeat; TLP:RED).</source>
        <translation>Ein namentlich genannter Empfänger (wiederholbar; TLP:RED).</translation>
    </message>
    <message>
        <source>name at least one --item ID</source>
        <translation>nennen Sie mindestens ein --item ID</translation>
    </message>
    <message>
        <source>Drafted %1 &quot;%2&quot; (%3) for %4.
</source>
        <translation>%1 „%2“ (%3) für %4 entworfen.
</translation>
    </message>
    <message>
        <source>Who it is for: %1.</source>
        <translation>Für wen es bestimmt ist: %1.</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>REICHWEITE</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>A named recipient (repeat).</source>
        <translation>Ein namentlich genannter Empfänger (wiederholbar).</translation>
    </message>
    <message>
        <source>Wrote %1 (logged).
</source>
        <translation>%1 geschrieben (protokolliert).
</translation>
    </message>
    <message>
        <source>A recipient (repeat).</source>
        <translation>Ein Empfänger (wiederholbar).</translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 to %n recipient(s) (logged).
</source>
        <translation>
            <numerusform>%1 an %n Empfänger gesendet (protokolliert).
</numerusform>
            <numerusform>%1 an %n Empfänger gesendet (protokolliert).
</numerusform>
        </translation>
    </message>
    <message>
        <source>Who it is for (default community).</source>
        <translation>Für wen es bestimmt ist (Standard community).</translation>
    </message>
    <message>
        <source>The STIX bundle to write.</source>
        <translation>Das zu schreibende STIX-Bundle.</translation>
    </message>
    <message>
        <source>A brief, shared as a report with its items.</source>
        <translation>Ein Briefing, geteilt als Report mit seinen Einträgen.</translation>
    </message>
    <message>
        <source>BRIEF</source>
        <translation>BRIEFING</translation>
    </message>
    <message>
        <source>--out FILE and at least one --item ID or a --brief are required</source>
        <translation>--out DATEI und mindestens ein --item ID oder ein --brief sind erforderlich</translation>
    </message>
    <message>
        <source>Wrote %1: %2 shared, %3 withheld by their marking (logged).
</source>
        <translation>%1 geschrieben: %2 geteilt, %3 aufgrund ihrer Kennzeichnung zurückgehalten (protokolliert).
</translation>
    </message>
    <message>
        <source>Import a STIX 2.0/2.1 bundle or a TAXII 2.1 collection in one transaction.</source>
        <translation>Ein STIX-2.0/2.1-Bundle oder eine TAXII-2.1-Collection in einer Transaktion importieren.</translation>
    </message>
    <message>
        <source>List intel items.</source>
        <translation>Intel-Einträge auflisten.</translation>
    </message>
    <message>
        <source>Add an observable to an incident; report the sightings it makes.</source>
        <translation>Ein Observable zu einem Incident hinzufügen; die daraus entstehenden Sichtungen melden.</translation>
    </message>
    <message>
        <source>Write a STIX bundle of what the markings allow for the scope (logged).</source>
        <translation>Ein STIX-Bundle mit dem schreiben, was die Kennzeichnungen für die Reichweite erlauben (protokolliert).</translation>
    </message>
    <message>
        <source>Draft a brief for an audience from intel items.</source>
        <translation>Ein Briefing für eine Zielgruppe aus Intel-Einträgen entwerfen.</translation>
    </message>
    <message>
        <source>List briefs.</source>
        <translation>Briefings auflisten.</translation>
    </message>
    <message>
        <source>Export a brief with its TLP marking, if the marking allows the scope (logged).</source>
        <translation>Ein Briefing mit seiner TLP-Kennzeichnung exportieren, sofern die Kennzeichnung die Reichweite erlaubt (protokolliert).</translation>
    </message>
    <message>
        <source>Record sending a brief to named people (TLP:RED only to those the brief names).</source>
        <translation>Das Senden eines Briefings an namentlich genannte Personen erfassen (TLP:RED nur an die im Briefing genannten).</translation>
    </message>
    <message>
        <source>Who received what, when.</source>
        <translation>Wer was wann erhalten hat.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not one of %3</source>
        <translation>--%1: „%2“ ist keiner von %3</translation>
    </message>
    <message>
        <source>--%1 takes a date like 2026-03-31, not &quot;%2&quot;</source>
        <translation>--%1 erwartet ein Datum wie 2026-03-31, nicht „%2“</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n incident(s)</source>
        <translation>
            <numerusform>%1: %n Incident</numerusform>
            <numerusform>%1: %n Incidents</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 false positives counted apart, %2 confidential included)</source>
        <translation> (%1 False Positives gesondert gezählt, %2 vertrauliche eingeschlossen)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA verletzt</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>First day of detection (default: 364 days ago).</source>
        <translation>Erster Tag der Detektion (Standard: vor 364 Tagen).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Last day of detection, included (default: today).</source>
        <translation>Letzter Tag der Detektion, einschließlich (Standard: heute).</translation>
    </message>
    <message>
        <source>Break the figures down.</source>
        <translation>Die Zahlen aufschlüsseln.</translation>
    </message>
    <message>
        <source>GROUPING</source>
        <translation>GRUPPIERUNG</translation>
    </message>
    <message>
        <source>real (default), exercise or all.</source>
        <translation>real (Standard), exercise oder all.</translation>
    </message>
    <message>
        <source>Only these severities.</source>
        <translation>Nur diese Schweregrade.</translation>
    </message>
    <message>
        <source>Only these tiers.</source>
        <translation>Nur diese Tiers.</translation>
    </message>
    <message>
        <source>Only these detection sources.</source>
        <translation>Nur diese Detektionsquellen.</translation>
    </message>
    <message>
        <source>Time zone of dates and weeks (default: the system&apos;s).</source>
        <translation>Zeitzone für Daten und Wochen (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <source>--time-zone: &quot;%1&quot; is not a time zone such as Europe/Berlin or UTC</source>
        <translation>--time-zone: „%1“ ist keine Zeitzone wie Europe/Berlin oder UTC</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2)</source>
        <translation>--to (%1) liegt vor --from (%2)</translation>
    </message>
    <message>
        <source>--by takes one of %1</source>
        <translation>--by erwartet einen von %1</translation>
    </message>
    <message>
        <source>--scope takes real, exercise or all</source>
        <translation>--scope erwartet real, exercise oder all</translation>
    </message>
    <message>
        <source>Incidents detected %1 to %2 (%3), %4</source>
        <translation>Incidents detektiert von %1 bis %2 (%3), %4</translation>
    </message>
    <message>
        <source>As of %1. Means leave out incidents that have not reached the measure (&quot;not yet&quot;); median and p90 interpolate between ranks; false positives are counted apart.</source>
        <translation>Stand %1. Mittelwerte lassen Incidents aus, die die Kennzahl noch nicht erreicht haben („offen“); Median und p90 interpolieren zwischen Rängen; False Positives werden gesondert gezählt.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>MTTA, MTTR, time to contain and to close: count, mean, median, p90 and SLA breaches, as the dashboard shows them.</source>
        <translation>MTTA, MTTR, Zeit bis zur Eindämmung und bis zum Abschluss: Anzahl, Mittelwert, Median, p90 und SLA-Verletzungen, wie das Dashboard sie zeigt.</translation>
    </message>
    <message>
        <source>Scenario files to check.</source>
        <translation>Zu prüfende Szenariodateien.</translation>
    </message>
    <message>
        <source>%1: valid (%2, %3 injects, %4 branches)
</source>
        <translation>%1: gültig (%2, %3 Einlagen, %4 Verzweigungen)
</translation>
    </message>
    <message>
        <source>%1 of %2 files are invalid.
</source>
        <translation>%1 von %2 Dateien sind ungültig.
</translation>
    </message>
    <message>
        <source>Replace a stored scenario with the same id.</source>
        <translation>Ein gespeichertes Szenario mit derselben ID ersetzen.</translation>
    </message>
    <message>
        <source>An OpenAEV scenario export (.json or .zip).</source>
        <translation>Ein OpenAEV-Szenarioexport (.json oder .zip).</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; as scenario %2: %3 injects, %4 roles, %5 expected actions.
</source>
        <translation>„%1“ als Szenario %2 importiert: %3 Einlagen, %4 Rollen, %5 erwartete Maßnahmen.
</translation>
    </message>
    <message>
        <source>%1 injects of types without a tabletop meaning were kept with facilitator remarks.
</source>
        <translation>%1 Einlagen von Typen ohne Bedeutung im Planspiel wurden mit Hinweisen für die Moderation übernommen.
</translation>
    </message>
    <message>
        <source>Unresolved variables for the facilitator to fill in: %1
</source>
        <translation>Nicht aufgelöste Variablen, die die Moderation ausfüllen muss: %1
</translation>
    </message>
    <message>
        <source>Check scenario files; lists every problem with file, line and JSON path (exit 1 if any is invalid).</source>
        <translation>Szenariodateien prüfen; listet jedes Problem mit Datei, Zeile und JSON-Pfad auf (Exit-Code 1, wenn eine ungültig ist).</translation>
    </message>
    <message>
        <source>List the scenario library: the shipped scenarios, and with --database those stored in it.</source>
        <translation>Die Szenario-Bibliothek auflisten: die mitgelieferten Szenarien und mit --database die darin gespeicherten.</translation>
    </message>
    <message>
        <source>Import an OpenAEV scenario export (JSON or ZIP) into the library; nothing is stored when it is malformed.</source>
        <translation>Einen OpenAEV-Szenarioexport (JSON oder ZIP) in die Bibliothek importieren; bei fehlerhaftem Inhalt wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>--dsn DSN is required</source>
        <translation>--dsn DSN ist erforderlich</translation>
    </message>
    <message>
        <source>The team server in database %1 is ready (Muster server schema %2, sync protocol %3).
</source>
        <translation>Der Team-Server in der Datenbank %1 ist bereit (Muster-Server-Schema %2, Sync-Protokoll %3).
</translation>
    </message>
    <message>
        <source>The PostgreSQL login role to create or update.</source>
        <translation>Die PostgreSQL-Login-Rolle, die angelegt oder aktualisiert werden soll.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>The id of the person in the directory.</source>
        <translation>Die ID der Person im Verzeichnis.</translation>
    </message>
    <message>
        <source>Read-only access (leadership).</source>
        <translation>Nur-Lese-Zugriff (Leitungsebene).</translation>
    </message>
    <message>
        <source>Set the role&apos;s password from the first line of FILE.</source>
        <translation>Das Passwort der Rolle aus der ersten Zeile von DATEI setzen.</translation>
    </message>
    <message>
        <source>--login ROLE and --person ID are required</source>
        <translation>--login ROLLE und --person ID sind erforderlich</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the first line (the password) is empty.</source>
        <translation>%1: Die erste Zeile (das Passwort) ist leer.</translation>
    </message>
    <message>
        <source>%1 signs in as person %2 with read-only (leadership) access.
</source>
        <translation>%1 meldet sich als Person %2 mit Nur-Lese-Zugriff (Leitungsebene) an.
</translation>
    </message>
    <message>
        <source>%1 signs in as person %2 and may read and write.
</source>
        <translation>%1 meldet sich als Person %2 an und darf lesen und schreiben.
</translation>
    </message>
    <message>
        <source>Create or upgrade the team server&apos;s schema, roles and row-level security (as a superuser).</source>
        <translation>Schema, Rollen und Row-Level-Security des Team-Servers anlegen oder aktualisieren (als Superuser).</translation>
    </message>
    <message>
        <source>Print the SQL that server init runs (docs/server.sql).</source>
        <translation>Das SQL ausgeben, das server init ausführt (docs/server.sql).</translation>
    </message>
    <message>
        <source>Let a person sign in to the team server as their own PostgreSQL role.</source>
        <translation>Einer Person erlauben, sich mit ihrer eigenen PostgreSQL-Rolle am Team-Server anzumelden.</translation>
    </message>
    <message>
        <source>Rows per pull page and push batch (default 5000).</source>
        <translation>Zeilen pro Pull-Seite und Push-Stapel (Standard 5000).</translation>
    </message>
    <message>
        <source>Synchronised with the team server: %1 change(s) pulled, %2 pushed.
</source>
        <translation>Mit dem Team-Server synchronisiert: %1 Änderung(en) abgerufen, %2 gesendet.
</translation>
    </message>
    <message>
        <source>%1 change(s) were refused by the server; see: musterctl sync status
</source>
        <translation>%1 Änderung(en) wurde(n) vom Server abgelehnt; siehe: musterctl sync status
</translation>
    </message>
    <message>
        <source>%1 field(s) met a concurrent change; the later one won.
</source>
        <translation>%1 Feld(er) trafen auf eine gleichzeitige Änderung; die spätere hat gewonnen.
</translation>
    </message>
    <message>
        <source>%1 incident(s) were removed from this computer: you no longer have access.
</source>
        <translation>%1 Incident(s) wurde(n) von diesem Computer entfernt: Sie haben keinen Zugriff mehr.
</translation>
    </message>
    <message>
        <source>Local only: this database has never synchronised with a team server.
</source>
        <translation>Nur lokal: Diese Datenbank wurde noch nie mit einem Team-Server synchronisiert.
</translation>
    </message>
    <message>
        <source>Last synchronised: %1
</source>
        <translation>Zuletzt synchronisiert: %1
</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Changes waiting to be pushed: %1
</source>
        <translation>Zu sendende Änderungen: %1
</translation>
    </message>
    <message>
        <source>A pull was interrupted; the next sync resumes it.
</source>
        <translation>Ein Abruf wurde unterbrochen; die nächste Synchronisierung setzt ihn fort.
</translation>
    </message>
    <message>
        <source>Last error: %1
</source>
        <translation>Letzter Fehler: %1
</translation>
    </message>
    <message>
        <source>Open conflicts: %1
</source>
        <translation>Offene Konflikte: %1
</translation>
    </message>
    <message>
        <source>Refused changes: %1
</source>
        <translation>Abgelehnte Änderungen: %1
</translation>
    </message>
    <message>
        <source>  %1 %2: %3
</source>
        <translation>  %1 %2: %3
</translation>
    </message>
    <message>
        <source>Synchronise the database with the team server once (pull, then push).</source>
        <translation>Die Datenbank einmal mit dem Team-Server synchronisieren (erst abrufen, dann senden).</translation>
    </message>
    <message>
        <source>Show the sync state: last sync, changes waiting, refused changes, conflicts.</source>
        <translation>Den Sync-Zustand anzeigen: letzte Synchronisierung, wartende Änderungen, abgelehnte Änderungen, Konflikte.</translation>
    </message>
    <message>
        <source>no due time</source>
        <translation>kein Fälligkeitstermin</translation>
    </message>
    <message>
        <source>unowned</source>
        <translation>ohne Verantwortliche(n)</translation>
    </message>
    <message>
        <source>The tasks of this incident.</source>
        <translation>Die Aufgaben dieses Incidents.</translation>
    </message>
    <message>
        <source>Include finished tasks.</source>
        <translation>Abgeschlossene Aufgaben einbeziehen.</translation>
    </message>
    <message>
        <source>name an incident with --incident, or a person with --as for their tasks</source>
        <translation>nennen Sie einen Incident mit --incident oder eine Person mit --as für deren Aufgaben</translation>
    </message>
    <message>
        <source>No tasks.
</source>
        <translation>Keine Aufgaben.
</translation>
    </message>
    <message>
        <source>Why (required for blocked and not-applicable).</source>
        <translation>Warum (erforderlich für blocked und not-applicable).</translation>
    </message>
    <message>
        <source>STATUS is one of %1</source>
        <translation>STATUS ist einer von %1</translation>
    </message>
    <message>
        <source>Approved for %1; &quot;%2&quot; may start.
</source>
        <translation>Für %1 freigegeben; „%2“ kann beginnen.
</translation>
    </message>
    <message>
        <source>Approved for %1; &quot;%2&quot; still waits for %3.
</source>
        <translation>Für %1 freigegeben; „%2“ wartet noch auf %3.
</translation>
    </message>
    <message>
        <source>Comment added.
</source>
        <translation>Kommentar hinzugefügt.
</translation>
    </message>
    <message>
        <source>List an incident&apos;s open tasks, or the tasks of the person given with --as across incidents.</source>
        <translation>Die offenen Aufgaben eines Incidents auflisten oder die Aufgaben der mit --as angegebenen Person über alle Incidents hinweg.</translation>
    </message>
    <message>
        <source>Mark a task done (TASK: its id, or INC-2026-0042/key).</source>
        <translation>Eine Aufgabe als erledigt markieren (AUFGABE: ihre ID oder INC-2026-0042/schlüssel).</translation>
    </message>
    <message>
        <source>Set a task&apos;s status: open, in-progress, blocked, done or not-applicable.</source>
        <translation>Den Status einer Aufgabe setzen: open, in-progress, blocked, done oder not-applicable.</translation>
    </message>
    <message>
        <source>Approve a task for a role (HR actions need HR and Legal).</source>
        <translation>Eine Aufgabe für eine Rolle freigeben (Personalmaßnahmen benötigen Personal- und Rechtsabteilung).</translation>
    </message>
    <message>
        <source>Comment on a task.</source>
        <translation>Eine Aufgabe kommentieren.</translation>
    </message>
    <message>
        <source>Added %1 live incidents with roles, tasks, communications and regulatory clocks.
</source>
        <translation>%1 laufende Incidents mit Rollen, Aufgaben, Mitteilungen und regulatorischen Fristen hinzugefügt.
</translation>
    </message>
    <message>
        <source>Added %1 alerts (%2 waiting in the tier 1 queue, %3 promoted, %4 merged, %5 dismissed).
</source>
        <translation>%1 Alerts hinzugefügt (%2 wartend in der Tier-1-Warteschlange, %3 hochgestuft, %4 zusammengeführt, %5 verworfen).
</translation>
    </message>
    <message>
        <source>Added %1 exercises (%2 run and evaluated, %3 planned).
</source>
        <translation>%1 Übungen hinzugefügt (%2 durchgeführt und ausgewertet, %3 geplant).
</translation>
    </message>
    <message>
        <source>Act as %1 to see open tasks under My Tasks.
</source>
        <translation>Handeln Sie als %1, um offene Aufgaben unter „Meine Aufgaben“ zu sehen.
</translation>
    </message>
    <message>
        <source>Write CSV (for spreadsheets) instead of text.</source>
        <translation>CSV (für Tabellenkalkulationen) statt Text schreiben.</translation>
    </message>
    <message>
        <source>html, markdown or pdf.</source>
        <translation>html, markdown oder pdf.</translation>
    </message>
    <message>
        <source>--format takes html, markdown or pdf</source>
        <translation>--format erwartet html, markdown oder pdf</translation>
    </message>
    <message>
        <source>The file to write (- for standard output).</source>
        <translation>Die zu schreibende Datei (- für die Standardausgabe).</translation>
    </message>
    <message>
        <source>pdf, html or md (default: from the --out suffix, else pdf).</source>
        <translation>pdf, html oder md (Standard: aus der Endung von --out, sonst pdf).</translation>
    </message>
    <message>
        <source>Time zone of dates and times (default: the system&apos;s).</source>
        <translation>Zeitzone für Datums- und Zeitangaben (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>--format takes pdf, html or md</source>
        <translation>--format erwartet pdf, html oder md</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Wrote the %1 to %2 (pages: %3).</source>
        <translation>%1 nach %2 geschrieben (Seiten: %3).</translation>
    </message>
    <message>
        <source>Wrote the %1 to %2.</source>
        <translation>%1 nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation>Erster Tag des Zeitraums.</translation>
    </message>
    <message>
        <source>Last day of the period, included.</source>
        <translation>Letzter Tag des Zeitraums, einschließlich.</translation>
    </message>
    <message>
        <source>--from DATE and --to DATE are required</source>
        <translation>--from DATUM und --to DATUM sind erforderlich</translation>
    </message>
    <message>
        <source>leadership report</source>
        <translation>Bericht für die Leitungsebene</translation>
    </message>
    <message>
        <source>Reference (INC-2026-0042) or id.</source>
        <translation>Referenz (INC-2026-0042) oder ID.</translation>
    </message>
    <message>
        <source>incident report of %1</source>
        <translation>Incident-Bericht zu %1</translation>
    </message>
    <message>
        <source>Reference (EX-2026-0003) or id.</source>
        <translation>Referenz (EX-2026-0003) oder ID.</translation>
    </message>
    <message>
        <source>after-action report of %1</source>
        <translation>Auswertungsbericht zu %1</translation>
    </message>
    <message>
        <source>The leadership report of a period: summary, incidents by severity, MTTA/MTTR with median and p90, SLA, open high-severity incidents, deadlines, exercises, open improvement items.</source>
        <translation>Der Bericht für die Leitungsebene über einen Zeitraum: Zusammenfassung, Incidents nach Schweregrad, MTTA/MTTR mit Median und P90, SLA, offene Incidents hohen Schweregrads, Fristen, Übungen, offene Verbesserungspunkte.</translation>
    </message>
    <message>
        <source>The record of an incident for legal and auditors, with its verified hash chain.</source>
        <translation>Die Aufzeichnung eines Incidents für Rechtsabteilung und Prüfer, mit verifizierter Hash-Kette.</translation>
    </message>
    <message>
        <source>The after-action report with improvement plan of an exercise.</source>
        <translation>Der Auswertungsbericht mit Verbesserungsplan einer Übung.</translation>
    </message>
</context>
<context>
    <name>muster::ctl::IntelCommands</name>
    <message>
        <source>Recipients: no person &quot;%1&quot; in the directory.</source>
        <translation>Empfänger: keine Person „%1“ im Verzeichnis.</translation>
    </message>
    <message>
        <source>%1 takes one of: %2</source>
        <translation>%1 erwartet einen von: %2</translation>
    </message>
    <message>
        <source>--tlp takes one of: %1</source>
        <translation>--tlp erwartet einen von: %1</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2).</source>
        <translation>%1: Die Datei kann nicht geschrieben werden (%2).</translation>
    </message>
</context>
<context>
    <name>muster::ctl::workflow</name>
    <message>
        <source>Act as PERSON (e-mail or name in the directory).</source>
        <translation>Als PERSON handeln (E-Mail oder Name im Verzeichnis).</translation>
    </message>
    <message>
        <source>PERSON</source>
        <translation>PERSON</translation>
    </message>
    <message>
        <source>Approve for ROLE: legal, hr, communications, executive.</source>
        <translation>Für ROLLE freigeben: legal, hr, communications, executive.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time; write for example 2026-03-01T09:30Z, 2026-03-01T10:30+01:00 or now.</source>
        <translation>%1: „%2“ ist keine Zeitangabe; schreiben Sie zum Beispiel 2026-03-01T09:30Z, 2026-03-01T10:30+01:00 oder now.</translation>
    </message>
</context>
<context>
    <name>muster::gui</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Import People</source>
        <translation>Personen importieren</translation>
    </message>
    <message>
        <source>Import Assets</source>
        <translation>Assets importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated.</source>
        <translation>%1: %2 hinzugefügt, %3 aktualisiert.</translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation>Nichts importiert</translation>
    </message>
    <message>
        <source>Expected columns: %1.</source>
        <translation>Erwartete Spalten: %1.</translation>
    </message>
    <message>
        <source>Import the Good Rows</source>
        <translation>Fehlerfreie Zeilen importieren</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 rows skipped.</source>
        <translation>%1: %2 hinzugefügt, %3 aktualisiert, %4 Zeilen übersprungen.</translation>
    </message>
</context>
<context>
    <name>muster::gui::AlertsPage</name>
    <message>
        <source>Dismiss &quot;%1&quot;</source>
        <translation>„%1“ verwerfen</translation>
    </message>
</context>
<context>
    <name>muster::gui::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>muster::gui::DashboardPage</name>
    <message numerus="yes">
        <source>Previous period: %n incident(s), too few to compare</source>
        <translation>
            <numerusform>Vorzeitraum: %n Incident, zu wenige für einen Vergleich</numerusform>
            <numerusform>Vorzeitraum: %n Incidents, zu wenige für einen Vergleich</numerusform>
        </translation>
    </message>
    <message>
        <source>Unchanged against the previous period (%1)</source>
        <translation>Unverändert gegenüber dem Vorzeitraum (%1)</translation>
    </message>
    <message>
        <source>%1 %2% against the previous period (%3)</source>
        <translation>%1 %2 % gegenüber dem Vorzeitraum (%3)</translation>
    </message>
</context>
<context>
    <name>muster::gui::DemoDataLoader</name>
    <message>
        <source>Loading demo data…</source>
        <translation>Demodaten werden geladen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Demo data not loaded</source>
        <translation>Demodaten nicht geladen</translation>
    </message>
</context>
<context>
    <name>muster::gui::IncidentTasksTab</name>
    <message>
        <source>set &quot;%1&quot; to %2</source>
        <translation>„%1“ auf %2 setzen</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
</context>
<context>
    <name>muster::gui::IncidentUndoCommands</name>
    <message>
        <source>Cannot Undo</source>
        <translation>Rückgängig machen nicht möglich</translation>
    </message>
</context>
<context>
    <name>muster::gui::IncidentWindow</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>muster::gui::TrendPlot</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>muster::gui::WorkflowFormat</name>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
</context>
<context>
    <name>muster::report::Chart</name>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>d</source>
        <translation>T</translation>
    </message>
</context>
<context>
    <name>muster::storage</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Muster database: it is not an SQLite database file. Muster left it untouched.</source>
        <translation>%1 ist keine Muster-Datenbank: Es ist keine SQLite-Datenbankdatei. Muster hat sie nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). Restore it from a backup; Muster left it untouched.</source>
        <translation>%1 ist beschädigt und kann nicht gelesen werden (%2). Stellen Sie die Datei aus einer Sicherung wieder her; Muster hat sie nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is not a Muster database: it is an SQLite database of another program. Muster left it untouched.</source>
        <translation>%1 ist keine Muster-Datenbank: Es ist eine SQLite-Datenbank eines anderen Programms. Muster hat sie nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is damaged (the integrity check found: %2). Restore it from a backup; Muster left it untouched.</source>
        <translation>%1 ist beschädigt (die Integritätsprüfung ergab: %2). Stellen Sie die Datei aus einer Sicherung wieder her; Muster hat sie nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Muster (database schema %2; this version knows up to %3). Update Muster to open it; the file was left untouched.</source>
        <translation>%1 wurde von einer neueren Version von Muster geschrieben (Datenbankschema %2; diese Version kennt bis %3). Aktualisieren Sie Muster, um sie zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The table %1 cannot be synchronised: %2</source>
        <translation>Die Tabelle %1 kann nicht synchronisiert werden: %2</translation>
    </message>
</context>
<context>
    <name>muster::storage::AlertTriageService</name>
    <message>
        <source>detected when the source raised the alert</source>
        <translation>detektiert, als die Quelle den Alert auslöste</translation>
    </message>
</context>
<context>
    <name>muster::storage::DetectionRepository</name>
    <message>
        <source>ATT&amp;CK techniques: %1</source>
        <translation>ATT&amp;CK-Techniken: %1</translation>
    </message>
</context>
<context>
    <name>muster::storage::ExerciseDemoWriter</name>
    <message>
        <source>The scenario library has no scenario %1.</source>
        <translation>Die Szenario-Bibliothek enthält kein Szenario %1.</translation>
    </message>
</context>
<context>
    <name>muster::storage::IncidentCsv</name>
    <message>
        <source>Could not write the CSV file: %1</source>
        <translation>Die CSV-Datei konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>muster::storage::MetricsService</name>
    <message>
        <source>No commander</source>
        <translation>Kein Commander</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Kein Team</translation>
    </message>
</context>
<context>
    <name>muster::storage::Query</name>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation>Datenbankfehler: %1 (in: %2)</translation>
    </message>
    <message>
        <source>Database error: %1 is not an open SQLite connection.</source>
        <translation>Datenbankfehler: %1 ist keine geöffnete SQLite-Verbindung.</translation>
    </message>
</context>
</TS>
