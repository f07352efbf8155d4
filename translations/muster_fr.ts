<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AarRenderer</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>limit %1 min</source>
        <translation>limite %1 min</translation>
    </message>
    <message>
        <source>within %1 min</source>
        <translation>en moins de %1 min</translation>
    </message>
    <message>
        <source>over the %1 min limit</source>
        <translation>au-delà de la limite de %1 min</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>After-action report: %1</source>
        <translation>Rapport de retour d&apos;expérience&#xa0;: %1</translation>
    </message>
    <message>
        <source>After-action report and improvement plan</source>
        <translation>Rapport de retour d&apos;expérience et plan d&apos;amélioration</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Scenario time played</source>
        <translation>Temps de scénario joué</translation>
    </message>
    <message>
        <source>%1 at %2× time compression</source>
        <translation>%1 avec compression temporelle %2×</translation>
    </message>
    <message>
        <source>Exercise incident</source>
        <translation>Incident d&apos;exercice</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>(not staffed)</source>
        <translation>(non pourvu)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>%1 of %2 expected actions rated; %3 rated P or S. Mean inject-to-decision time: %4 over %5 decisions.</source>
        <translation>%1 actions attendues sur %2 évaluées&#xa0;; %3 évaluées P ou S. Délai moyen entre stimulus et décision&#xa0;: %4 sur %5 décisions.</translation>
    </message>
    <message>
        <source>Objectives, ratings and observations</source>
        <translation>Objectifs, évaluations et observations</translation>
    </message>
    <message>
        <source>Capability: %1</source>
        <translation>Capacité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rating: %1</source>
        <translation>Évaluation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>Stimulus</translation>
    </message>
    <message>
        <source>Expected action</source>
        <translation>Action attendue</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Première réponse</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Points forts</translation>
    </message>
    <message>
        <source>Areas for improvement</source>
        <translation>Axes d&apos;amélioration</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Journal des décisions</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Inject to decision</source>
        <translation>Du stimulus à la décision</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No decisions logged.</source>
        <translation>Aucune décision consignée.</translation>
    </message>
    <message>
        <source>Path through the scenario</source>
        <translation>Parcours du scénario</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Diffusé</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Embranchement</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>non tranché</translation>
    </message>
    <message>
        <source>Hot wash discussion</source>
        <translation>Débriefing à chaud</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>Plan d&apos;amélioration</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Action corrective</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>No improvement items recorded.</source>
        <translation>Aucun point d&apos;amélioration enregistré.</translation>
    </message>
    <message>
        <source>Improvement items from earlier runs</source>
        <translation>Points d&apos;amélioration des sessions précédentes</translation>
    </message>
    <message>
        <source>Raised in</source>
        <translation>Relevé lors de</translation>
    </message>
    <message>
        <source>Re-tested</source>
        <translation>Re-testé</translation>
    </message>
    <message>
        <source>Rating now</source>
        <translation>Évaluation actuelle</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Ratings (HSEEP): P performed without challenges, S with some challenges, M with major challenges, U unable to be performed. An objective is rated by its weakest expected action. Times are scenario time.</source>
        <translation>Évaluations (HSEEP)&#xa0;: P réalisé sans difficulté, S réalisé avec quelques difficultés, M réalisé avec des difficultés majeures, U n&apos;a pas pu être réalisé. Un objectif reçoit l&apos;évaluation de son action attendue la plus faible. Les heures sont exprimées en temps de scénario.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Muster</source>
        <translation>À propos de Muster</translation>
    </message>
    <message>
        <source>Muster</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Incident coordination, tabletop exercises and SOC metrics for security operations teams.</source>
        <translation>Coordination des incidents, exercices sur table et indicateurs SOC pour les équipes d&apos;opérations de sécurité.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <source>Qt version:</source>
        <translation>Version de Qt&#xa0;:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Version du schéma&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>%1 (this version of Muster knows up to %2)</source>
        <translation>%1 (cette version de Muster connaît jusqu&apos;à la version %2)</translation>
    </message>
</context>
<context>
    <name>AddTaskDialog</name>
    <message>
        <source>Add Task</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Workstream:</source>
        <translation>&amp;Volet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AlertQueueModel</name>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Vue</translation>
    </message>
    <message>
        <source>At source</source>
        <translation>À la source</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ancienneté</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
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
        <translation>Actif critique pour l&apos;activité&#xa0;: un incident issu de cette alerte démarre en %1.</translation>
    </message>
    <message>
        <source>First received %1; last seen %2</source>
        <translation>Première réception %1&#xa0;; vue pour la dernière fois %2</translation>
    </message>
</context>
<context>
    <name>AlertQueueStatus</name>
    <message>
        <source>Alerts: none waiting</source>
        <translation>Alertes&#xa0;: aucune en attente</translation>
    </message>
    <message>
        <source>No alert waits for triage.</source>
        <translation>Aucune alerte n&apos;attend de triage.</translation>
    </message>
    <message numerus="yes">
        <source>Alerts: %n untriaged, oldest %1</source>
        <translation>
            <numerusform>Alertes&#xa0;: %n non triée, la plus ancienne %1</numerusform>
            <numerusform>Alertes&#xa0;: %n non triées, la plus ancienne %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the triage queue (Ctrl+8)</source>
        <translation>Ouvrir la file de triage (Ctrl+8)</translation>
    </message>
</context>
<context>
    <name>AlertRules</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Promoted from alert %1 of %2 (seen %3 times). Labels: %4</source>
        <translation>Promu depuis l&apos;alerte %1 de %2 (vue %3 fois). Labels&#xa0;: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>This alert was already promoted to %1.</source>
        <translation>Cette alerte a déjà été promue en %1.</translation>
    </message>
    <message>
        <source>This alert was already merged into %1.</source>
        <translation>Cette alerte a déjà été fusionnée dans %1.</translation>
    </message>
    <message>
        <source>This alert was already dismissed as %1.</source>
        <translation>Cette alerte a déjà été écartée comme %1.</translation>
    </message>
    <message>
        <source>Dismiss: an alert is dismissed as a false positive or as benign.</source>
        <translation>Écarter&#xa0;: une alerte est écartée comme faux positif ou comme bénigne.</translation>
    </message>
    <message>
        <source>Reason: say why the alert is dismissed, so the detection can be tuned.</source>
        <translation>Motif&#xa0;: indiquez pourquoi l&apos;alerte est écartée, afin que la détection puisse être ajustée.</translation>
    </message>
    <message>
        <source>Reason: at most 2000 characters.</source>
        <translation>Motif&#xa0;: 2000 caractères au maximum.</translation>
    </message>
    <message>
        <source>%1 is %2; merge the alert into an open incident or promote it.</source>
        <translation>%1 a le statut %2&#xa0;; fusionnez l&apos;alerte dans un incident ouvert ou promouvez-la.</translation>
    </message>
    <message>
        <source>Opened from alert &quot;%1&quot; (%2)</source>
        <translation>Ouvert à partir de l&apos;alerte «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>Alert &quot;%1&quot; (%2) merged into this incident</source>
        <translation>Alerte «&#xa0;%1&#xa0;» (%2) fusionnée dans cet incident</translation>
    </message>
    <message>
        <source>Source %1 reports alert &quot;%2&quot; resolved; the incident&apos;s status is unchanged</source>
        <translation>La source %1 signale l&apos;alerte «&#xa0;%2&#xa0;» comme résolue&#xa0;; le statut de l&apos;incident est inchangé</translation>
    </message>
</context>
<context>
    <name>AlertSourceRepository</name>
    <message>
        <source>Name: a source needs a name (the tool, e.g. &quot;wazuh&quot;).</source>
        <translation>Nom&#xa0;: une source doit avoir un nom (l&apos;outil, p. ex. «&#xa0;wazuh&#xa0;»).</translation>
    </message>
    <message>
        <source>Name: at most 100 characters.</source>
        <translation>Nom&#xa0;: 100 caractères au maximum.</translation>
    </message>
    <message>
        <source>Rate limit: from 0.01 to 100000 requests per second.</source>
        <translation>Limite de débit&#xa0;: de 0.01 à 100000 requêtes par seconde.</translation>
    </message>
    <message>
        <source>Burst: from 1 to 1000000 requests.</source>
        <translation>Rafale&#xa0;: de 1 à 1000000 requêtes.</translation>
    </message>
    <message>
        <source>Name: a source named %1 already exists.</source>
        <translation>Nom&#xa0;: une source nommée %1 existe déjà.</translation>
    </message>
    <message>
        <source>No alert source %1.</source>
        <translation>Aucune source d&apos;alertes %1.</translation>
    </message>
    <message>
        <source>This source has alerts in the queue and history; revoke its tokens instead of removing it.</source>
        <translation>Cette source a des alertes dans la file et dans l&apos;historique&#xa0;; révoquez ses jetons au lieu de la supprimer.</translation>
    </message>
    <message>
        <source>No intake token %1.</source>
        <translation>Aucun jeton de réception %1.</translation>
    </message>
    <message>
        <source>%1 matches several tokens; give the token id.</source>
        <translation>%1 correspond à plusieurs jetons&#xa0;; indiquez l&apos;identifiant du jeton.</translation>
    </message>
    <message>
        <source>Token %1 is already revoked.</source>
        <translation>Le jeton %1 est déjà révoqué.</translation>
    </message>
</context>
<context>
    <name>AlertSourcesSettings</name>
    <message>
        <source>&amp;Receive alerts on this computer</source>
        <translation>&amp;Recevoir les alertes sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>Adresse d&apos;éc&amp;oute&#xa0;:</translation>
    </message>
    <message>
        <source>127.0.0.1:8787</source>
        <translation>127.0.0.1:8787</translation>
    </message>
    <message>
        <source>TLS &amp;certificate:</source>
        <translation>&amp;Certificat TLS&#xa0;:</translation>
    </message>
    <message>
        <source>PEM file; leave empty for plain HTTP on loopback</source>
        <translation>Fichier PEM&#xa0;; laisser vide pour du HTTP non chiffré sur la boucle locale</translation>
    </message>
    <message>
        <source>TLS &amp;key:</source>
        <translation>C&amp;lé TLS&#xa0;:</translation>
    </message>
    <message>
        <source>PEM file, unencrypted</source>
        <translation>Fichier PEM, non chiffré</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation>&amp;Sources&#xa0;:</translation>
    </message>
    <message>
        <source>Add &amp;Source…</source>
        <translation>Ajouter une so&amp;urce…</translation>
    </message>
    <message>
        <source>Se&amp;verity map:</source>
        <translation>Correspondance des &amp;gravités&#xa0;:</translation>
    </message>
    <message>
        <source>{&quot;critical&quot;: &quot;SEV1&quot;, &quot;&gt;=12&quot;: &quot;SEV1&quot;, &quot;*&quot;: &quot;SEV3&quot;} — empty for the built-in map</source>
        <translation>{&quot;critical&quot;: &quot;SEV1&quot;, &quot;&gt;=12&quot;: &quot;SEV1&quot;, &quot;*&quot;: &quot;SEV3&quot;} — vide pour la correspondance intégrée</translation>
    </message>
    <message>
        <source>Generic &amp;mapping:</source>
        <translation>&amp;Mappage générique&#xa0;:</translation>
    </message>
    <message>
        <source>{&quot;title&quot;: &quot;/rule/description&quot;, &quot;severity&quot;: &quot;/rule/level&quot;, &quot;asset&quot;: &quot;/agent/name&quot;} — empty for the default</source>
        <translation>{&quot;title&quot;: &quot;/rule/description&quot;, &quot;severity&quot;: &quot;/rule/level&quot;, &quot;asset&quot;: &quot;/agent/name&quot;} — vide pour le mappage par défaut</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>Limite de &amp;débit&#xa0;:</translation>
    </message>
    <message>
        <source> requests/s</source>
        <translation> requêtes/s</translation>
    </message>
    <message>
        <source>burst </source>
        <translation>rafale </translation>
    </message>
    <message>
        <source>Sa&amp;ve Source</source>
        <translation>&amp;Enregistrer la source</translation>
    </message>
    <message>
        <source>&amp;Tokens:</source>
        <translation>&amp;Jetons&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New Token…</source>
        <translation>&amp;Nouveau jeton…</translation>
    </message>
    <message>
        <source>Re&amp;voke Token</source>
        <translation>Ré&amp;voquer le jeton</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Add Alert Source</source>
        <translation>Ajouter une source d&apos;alertes</translation>
    </message>
    <message>
        <source>Name of the tool or integration (e.g. wazuh, elastic):</source>
        <translation>Nom de l&apos;outil ou de l&apos;intégration (p. ex. wazuh, elastic)&#xa0;:</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Révoqué le %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at character %3).</source>
        <translation>%1&#xa0;: pas un objet JSON (%2 au caractère %3).</translation>
    </message>
    <message>
        <source>another value</source>
        <translation>une autre valeur</translation>
    </message>
    <message>
        <source>Severity map</source>
        <translation>Correspondance des gravités</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mappage</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>New Token</source>
        <translation>Nouveau jeton</translation>
    </message>
    <message>
        <source>Token for %1:

%2

Muster keeps only its hash: copy it now.</source>
        <translation>Jeton pour %1&#xa0;:

%2

Muster n&apos;en conserve que le hachage&#xa0;: copiez-le maintenant.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Select the token to revoke.</source>
        <translation>Sélectionnez le jeton à révoquer.</translation>
    </message>
    <message>
        <source>Revoke Token</source>
        <translation>Révoquer le jeton</translation>
    </message>
    <message>
        <source>Revoke token %1? Requests with it will be refused at once.</source>
        <translation>Révoquer le jeton %1&#xa0;? Les requêtes qui l&apos;utilisent seront immédiatement refusées.</translation>
    </message>
    <message>
        <source>Alert Intake</source>
        <translation>Réception des alertes</translation>
    </message>
    <message>
        <source>Listening on %1 without TLS sends tokens and alerts in clear text over the network. Continue?</source>
        <translation>L&apos;écoute sur %1 sans TLS transmet les jetons et les alertes en clair sur le réseau. Continuer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>AlertTriageService</name>
    <message>
        <source>No alert %1.</source>
        <translation>Aucune alerte %1.</translation>
    </message>
    <message>
        <source>Only a dismissed alert returns to the queue; this one is part of an incident.</source>
        <translation>Seule une alerte écartée peut retourner dans la file&#xa0;; celle-ci fait partie d&apos;un incident.</translation>
    </message>
</context>
<context>
    <name>AlertmanagerPayload</name>
    <message>
        <source>is required (Alertmanager webhook payloads are version &quot;4&quot;)</source>
        <translation>est obligatoire (les charges utiles des webhooks Alertmanager sont en version &quot;4&quot;)</translation>
    </message>
    <message>
        <source>version &quot;%1&quot; is not supported; expected &quot;4&quot;</source>
        <translation>la version &quot;%1&quot; n&apos;est pas prise en charge&#xa0;; &quot;4&quot; attendu</translation>
    </message>
    <message>
        <source>at most %1 alerts per request (this one has %2)</source>
        <translation>%1 alertes au maximum par requête (celle-ci en a %2)</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; expected firing or resolved</source>
        <translation>statut «&#xa0;%1&#xa0;» inconnu&#xa0;; firing ou resolved attendu</translation>
    </message>
    <message>
        <source>is required when an alert has no labels</source>
        <translation>est obligatoire lorsqu&apos;une alerte n&apos;a pas de labels</translation>
    </message>
    <message>
        <source>Alert %1</source>
        <translation>Alerte %1</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Filtre de source</translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation>Filtre de gravité</translation>
    </message>
    <message>
        <source>Asset filter</source>
        <translation>Filtre d&apos;actif</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>&amp;Promote</source>
        <translation>&amp;Promouvoir</translation>
    </message>
    <message>
        <source>Open a new incident from this alert (P)</source>
        <translation>Ouvrir un nouvel incident à partir de cette alerte (P)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <source>Add this alert to an open incident (M)</source>
        <translation>Ajouter cette alerte à un incident ouvert (M)</translation>
    </message>
    <message>
        <source>&amp;False Positive…</source>
        <translation>Fa&amp;ux positif…</translation>
    </message>
    <message>
        <source>Dismiss: the detection was wrong (F)</source>
        <translation>Écarter&#xa0;: la détection était erronée (F)</translation>
    </message>
    <message>
        <source>&amp;Benign…</source>
        <translation>&amp;Bénin…</translation>
    </message>
    <message>
        <source>Dismiss: true detection of harmless activity (B)</source>
        <translation>Écarter&#xa0;: détection correcte d&apos;une activité inoffensive (B)</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Bruit</translation>
    </message>
    <message>
        <source>Untriaged</source>
        <translation>Non triées</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Écartées</translation>
    </message>
    <message>
        <source>In incidents</source>
        <translation>Dans des incidents</translation>
    </message>
    <message>
        <source>All alerts</source>
        <translation>Toutes les alertes</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alerte</numerusform>
            <numerusform>%n alertes</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken back: %1.</source>
        <translation>Annulé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>All assets</source>
        <translation>Tous les actifs</translation>
    </message>
    <message>
        <source>%1 (critical)</source>
        <translation>%1 (critique)</translation>
    </message>
    <message>
        <source>&lt;p&gt;No alert waits for triage.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune alerte n&apos;attend de triage.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No alerts match the filters.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune alerte ne correspond aux filtres.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>%1 (source says &quot;%2&quot;)</source>
        <translation>%1 (selon la source&#xa0;: «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>%1, rule %2</source>
        <translation>%1, règle %2</translation>
    </message>
    <message>
        <source>Alert time</source>
        <translation>Heure de l&apos;alerte</translation>
    </message>
    <message>
        <source>not given by the source</source>
        <translation>non fournie par la source</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>%1 (waiting %2)</source>
        <translation>%1 (en attente depuis %2)</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Vue</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), last %1</source>
        <translation>
            <numerusform>%n fois, dernière fois %1</numerusform>
            <numerusform>%n fois, dernière fois %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolved by the source at %1 (the incident, if any, stays as it is)</source>
        <translation>Résolue par la source&#xa0;: %1 (l&apos;incident éventuel reste inchangé)</translation>
    </message>
    <message>
        <source>%1, acknowledged at the source at %2</source>
        <translation>%1, acquittée à la source&#xa0;: %2</translation>
    </message>
    <message>
        <source>At source</source>
        <translation>À la source</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>none matched in the inventory</source>
        <translation>aucune correspondance dans l&apos;inventaire</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c0392b&apos;&gt;&lt;b&gt;%1 — business-critical: an incident starts at %2&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c0392b&apos;&gt;&lt;b&gt;%1 — critique pour l&apos;activité&#xa0;: un incident démarre en %2&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>%1 (by %2, %3)</source>
        <translation>%1 (par %2, %3)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Dedup key</source>
        <translation>Clé de déduplication</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Latest payload</source>
        <translation>Dernière charge utile</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Promote to Incident</source>
        <translation>Promouvoir en incident</translation>
    </message>
    <message>
        <source>Open an incident from &quot;%1&quot;.
Its detection time is the alert&apos;s own time. Category:</source>
        <translation>Ouvrir un incident à partir de «&#xa0;%1&#xa0;».
Son heure de détection est celle de l&apos;alerte. Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Opened %1 at %2.</source>
        <translation>%1 ouvert en %2.</translation>
    </message>
    <message>
        <source>Added to %1.</source>
        <translation>Ajoutée à %1.</translation>
    </message>
    <message>
        <source>Dismissed as %1 (Ctrl+Z takes it back).</source>
        <translation>Écartée comme %1 (Ctrl+Z pour annuler).</translation>
    </message>
</context>
<context>
    <name>ApprovalRules</name>
    <message>
        <source>%1 is not in the stakeholder directory, so Muster cannot tell whether they may approve for %2. Choose who you act as (Settings, or --as on the command line).</source>
        <translation>%1 ne figure pas dans l&apos;annuaire des parties prenantes&#xa0;: Muster ne peut donc pas savoir si cette personne peut approuver pour %2. Choisissez en tant que qui vous agissez (Paramètres, ou --as en ligne de commande).</translation>
    </message>
    <message>
        <source>someone in the Legal function, outside counsel, or the incident&apos;s Legal lead</source>
        <translation>une personne de la fonction juridique, l&apos;avocat externe ou le responsable juridique de l&apos;incident</translation>
    </message>
    <message>
        <source>someone in the HR function or the incident&apos;s HR lead</source>
        <translation>une personne de la fonction RH ou le responsable RH de l&apos;incident</translation>
    </message>
    <message>
        <source>someone in the Communications function, the Communications lead or the Commander</source>
        <translation>une personne de la fonction communication, le responsable communication ou le commandant d&apos;incident</translation>
    </message>
    <message>
        <source>an executive</source>
        <translation>un membre de la direction</translation>
    </message>
    <message>
        <source>%1 cannot approve for %2; that takes %3.</source>
        <translation>%1 ne peut pas approuver pour %2&#xa0;; il faut pour cela %3.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1 approved &quot;%2&quot; (version %3) for %4</source>
        <translation>%1 a approuvé «&#xa0;%2&#xa0;» (version %3) pour %4</translation>
    </message>
</context>
<context>
    <name>AssignRoleDialog</name>
    <message>
        <source>Assign Role</source>
        <translation>Attribuer le rôle</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Personne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Depuis&#xa0;:</translation>
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
        <translation>%1&#xa0;: ce bundle STIX ne contient aucune tactique ni technique ATT&amp;CK&#xa0;; ce n&apos;est pas un catalogue ATT&amp;CK.</translation>
    </message>
    <message>
        <source>%1 is not a Muster ATT&amp;CK catalog.</source>
        <translation>%1 n&apos;est pas un catalogue ATT&amp;CK de Muster.</translation>
    </message>
    <message>
        <source>%1 holds no ATT&amp;CK techniques.</source>
        <translation>%1 ne contient aucune technique ATT&amp;CK.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ATT&amp;CK technique id; use the form T1234 or T1234.001.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant de technique ATT&amp;CK&#xa0;; utilisez la forme T1234 ou T1234.001.</translation>
    </message>
    <message>
        <source>%1 is not in the ATT&amp;CK catalog (version %2).</source>
        <translation>%1 ne figure pas dans le catalogue ATT&amp;CK (version %2).</translation>
    </message>
    <message>
        <source>%1 (%2) was revoked by MITRE; choose its replacement.</source>
        <translation>%1 (%2) a été révoquée par MITRE&#xa0;; choisissez la technique qui la remplace.</translation>
    </message>
    <message>
        <source>%1 (%2) was revoked by MITRE; use %3 instead.</source>
        <translation>%1 (%2) a été révoquée par MITRE&#xa0;; utilisez %3 à la place.</translation>
    </message>
    <message>
        <source>%1 (%2) is deprecated by MITRE and no longer maintained.</source>
        <translation>%1 (%2) est marquée obsolète par MITRE et n&apos;est plus maintenue.</translation>
    </message>
</context>
<context>
    <name>AttackCatalogRepository</name>
    <message>
        <source>the stored ATT&amp;CK catalog</source>
        <translation>le catalogue ATT&amp;CK enregistré</translation>
    </message>
</context>
<context>
    <name>AttackPickerDialog</name>
    <message>
        <source>Choose ATT&amp;CK Techniques</source>
        <translation>Choisir des techniques ATT&amp;CK</translation>
    </message>
    <message>
        <source>Search by id or name, e.g. T1059 or powershell</source>
        <translation>Rechercher par identifiant ou par nom, p. ex. T1059 ou powershell</translation>
    </message>
    <message>
        <source>Search techniques</source>
        <translation>Rechercher des techniques</translation>
    </message>
    <message>
        <source>Tactic filter</source>
        <translation>Filtre de tactique</translation>
    </message>
    <message>
        <source>Show &amp;revoked and deprecated</source>
        <translation>Afficher les techniques &amp;révoquées et obsolètes</translation>
    </message>
    <message>
        <source>All tactics</source>
        <translation>Toutes les tactiques</translation>
    </message>
    <message>
        <source>MITRE ATT&amp;CK %1. %2</source>
        <translation>MITRE ATT&amp;CK %1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n techniques</source>
        <translation>
            <numerusform>%1 sur %n technique</numerusform>
            <numerusform>%1 sur %n techniques</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>Aucune sélection.</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Sélection&#xa0;: %1</translation>
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
        <translation>Techniques ATT&amp;CK</translation>
    </message>
    <message>
        <source>Choose techniques from the ATT&amp;CK catalog (F4)</source>
        <translation>Choisir des techniques dans le catalogue ATT&amp;CK (F4)</translation>
    </message>
    <message>
        <source>Choose techniques</source>
        <translation>Choisir des techniques</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AttackTechniqueModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>Revoked, use %1</source>
        <translation>Révoquée, utiliser %1</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Obsolète</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Tactics</source>
        <translation>Tactiques</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>BacklogModel</name>
    <message numerus="yes">
        <source>Used by %1; named by %n intel item(s); not covered by any detection, hunt, exercise or incident.</source>
        <translation>
            <numerusform>Utilisée par %1&#xa0;; citée par %n élément de renseignement&#xa0;; couverte par aucune détection, chasse, aucun exercice ni incident.</numerusform>
            <numerusform>Utilisée par %1&#xa0;; citée par %n éléments de renseignement&#xa0;; couverte par aucune détection, chasse, aucun exercice ni incident.</numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Used by tracked groups</source>
        <translation>Utilisée par les groupes suivis</translation>
    </message>
    <message>
        <source>Intel</source>
        <translation>Renseignement</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>Pu&amp;blic cible&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;draft from Template…</source>
        <translation>Re&amp;créer à partir du modèle…</translation>
    </message>
    <message>
        <source>TLP &amp;marking:</source>
        <translation>&amp;Marquage TLP&#xa0;:</translation>
    </message>
    <message>
        <source>Text (a line starting with &quot;## &quot; begins a section; &quot;- &quot; a bullet):</source>
        <translation>Texte (une ligne commençant par &quot;## &quot; ouvre une section&#xa0;; &quot;- &quot; une puce)&#xa0;:</translation>
    </message>
    <message>
        <source>Brief text</source>
        <translation>Texte du bulletin</translation>
    </message>
    <message>
        <source>Named recipients</source>
        <translation>Destinataires nominatifs</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Release to:</source>
        <translation>&amp;Diffuser à&#xa0;:</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Exporter en &amp;HTML…</translation>
    </message>
    <message>
        <source>Export Mar&amp;kdown…</source>
        <translation>Exporter en Mar&amp;kdown…</translation>
    </message>
    <message>
        <source>Share ST&amp;IX…</source>
        <translation>Partager en ST&amp;IX…</translation>
    </message>
    <message>
        <source>Se&amp;nd to Recipients</source>
        <translation>E&amp;nvoyer aux destinataires</translation>
    </message>
    <message>
        <source>Brief %1</source>
        <translation>Bulletin %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>TLP:RED: only the people checked here may receive this brief.</source>
        <translation>TLP:RED&#xa0;: seules les personnes cochées ici peuvent recevoir ce bulletin.</translation>
    </message>
    <message>
        <source>Check the people to send the brief to.</source>
        <translation>Cochez les personnes auxquelles envoyer le bulletin.</translation>
    </message>
    <message numerus="yes">
        <source>Distribution log: %n release(s)</source>
        <translation>
            <numerusform>Journal de diffusion&#xa0;: %n diffusion</numerusform>
            <numerusform>Journal de diffusion&#xa0;: %n diffusions</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Enregistrer les modifications de %1&#xa0;?</translation>
    </message>
    <message>
        <source>Export Brief</source>
        <translation>Exporter le bulletin</translation>
    </message>
    <message>
        <source>HTML documents (*.html)</source>
        <translation>Documents HTML (*.html)</translation>
    </message>
    <message>
        <source>Markdown documents (*.md)</source>
        <translation>Documents Markdown (*.md)</translation>
    </message>
    <message>
        <source>Share as STIX</source>
        <translation>Partager en STIX</translation>
    </message>
    <message>
        <source>STIX bundles (*.json)</source>
        <translation>Bundles STIX (*.json)</translation>
    </message>
    <message>
        <source>%1 item(s) shared, %2 withheld by their marking.</source>
        <translation>Éléments partagés&#xa0;: %1&#xa0;; retenus en raison de leur marquage&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Recipients: check the people to send the brief to.</source>
        <translation>Destinataires&#xa0;: cochez les personnes auxquelles envoyer le bulletin.</translation>
    </message>
    <message>
        <source>Send Brief</source>
        <translation>Envoyer le bulletin</translation>
    </message>
    <message>
        <source>Redraft</source>
        <translation>Recréer</translation>
    </message>
    <message>
        <source>Replace the text with the template for this audience? Your edits are lost.</source>
        <translation>Remplacer le texte par le modèle de ce public cible&#xa0;? Vos modifications seront perdues.</translation>
    </message>
</context>
<context>
    <name>BriefLayout</name>
    <message>
        <source>Intelligence brief %1</source>
        <translation>Bulletin de renseignement %1</translation>
    </message>
</context>
<context>
    <name>BriefRenderer</name>
    <message>
        <source>For: %1</source>
        <translation>Pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Release: %1</source>
        <translation>Diffusion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Émis le %1</translation>
    </message>
    <message>
        <source>Named recipients: %1</source>
        <translation>Destinataires nominatifs&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BriefTemplates</name>
    <message>
        <source>Threat intelligence brief, %1</source>
        <translation>Bulletin de renseignement sur la menace, %1</translation>
    </message>
    <message>
        <source>%1 %2 (%3; confidence %4; %5)</source>
        <translation>%1 %2 (%3&#xa0;; confiance %4&#xa0;; %5)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>%1 (pattern: %2)</source>
        <translation>%1 (motif&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1, published %2 by %3</source>
        <translation>%1, publié le %2 par %3</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, de %2</translation>
    </message>
    <message>
        <source>an unattributed threat</source>
        <translation>une menace non attribuée</translation>
    </message>
    <message>
        <source>None in this brief.</source>
        <translation>Aucun dans ce bulletin.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message numerus="yes">
        <source>Activity associated with %1. %n indicator(s) and %2 ATT&amp;CK technique(s) below; block or watch the indicators and check the detections for the techniques.</source>
        <translation>
            <numerusform>Activité associée à %1. Ci-dessous, %n indicateur et %2 technique(s) ATT&amp;CK&#xa0;; bloquez ou surveillez l&apos;indicateur et vérifiez les détections de ces techniques.</numerusform>
            <numerusform>Activité associée à %1. Ci-dessous, %n indicateurs et %2 technique(s) ATT&amp;CK&#xa0;; bloquez ou surveillez les indicateurs et vérifiez les détections de ces techniques.</numerusform>
        </translation>
    </message>
    <message>
        <source>Indicators to block and watch</source>
        <translation>Indicateurs à bloquer et à surveiller</translation>
    </message>
    <message>
        <source>ATT&amp;CK techniques</source>
        <translation>Techniques ATT&amp;CK</translation>
    </message>
    <message>
        <source>Detection and hunting actions</source>
        <translation>Actions de détection et de chasse</translation>
    </message>
    <message>
        <source>Search the last 30 days of logs for the indicators above.</source>
        <translation>Recherchez les indicateurs ci-dessus dans les journaux des 30 derniers jours.</translation>
    </message>
    <message>
        <source>Confirm a detection exists for each technique; propose a hunt where none does.</source>
        <translation>Vérifiez qu&apos;une détection existe pour chaque technique&#xa0;; proposez une chasse là où il n&apos;y en a pas.</translation>
    </message>
    <message>
        <source>Record any match as an observable on an incident so that it counts as a sighting.</source>
        <translation>Enregistrez toute correspondance comme observable d&apos;un incident afin qu&apos;elle compte comme observation.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>What we know about %1 and how it operates, for the teams that defend, engineer and respond.</source>
        <translation>Ce que nous savons de %1 et de son mode opératoire, pour les équipes qui défendent, conçoivent et répondent.</translation>
    </message>
    <message>
        <source>Threat actors and malware</source>
        <translation>Acteurs de la menace et logiciels malveillants</translation>
    </message>
    <message>
        <source>How they operate (ATT&amp;CK)</source>
        <translation>Mode opératoire (ATT&amp;CK)</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s); the SOC brief lists them for blocking.</source>
        <translation>
            <numerusform>%n indicateur&#xa0;; le bulletin SOC le liste pour blocage.</numerusform>
            <numerusform>%n indicateurs&#xa0;; le bulletin SOC les liste pour blocage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recommended actions</source>
        <translation>Actions recommandées</translation>
    </message>
    <message>
        <source>Review hardening and logging for the techniques listed.</source>
        <translation>Revoyez le durcissement et la journalisation pour les techniques listées.</translation>
    </message>
    <message>
        <source>Check exposure of the affected platforms and patch where needed.</source>
        <translation>Vérifiez l&apos;exposition des plateformes concernées et appliquez les correctifs nécessaires.</translation>
    </message>
    <message>
        <source>Report anything that matches to the SOC.</source>
        <translation>Signalez toute correspondance au SOC.</translation>
    </message>
    <message>
        <source>Bottom line</source>
        <translation>En résumé</translation>
    </message>
    <message numerus="yes">
        <source>%1 is active and uses %n technique(s) we track. [State our exposure in one sentence.]</source>
        <translation>
            <numerusform>%1 est actif et utilise %n technique que nous suivons. [Décrire notre exposition en une phrase.]</numerusform>
            <numerusform>%1 est actif et utilise %n techniques que nous suivons. [Décrire notre exposition en une phrase.]</numerusform>
        </translation>
    </message>
    <message>
        <source>Threat landscape</source>
        <translation>Paysage de la menace</translation>
    </message>
    <message>
        <source>[What changed and why it matters now.]</source>
        <translation>[Ce qui a changé et pourquoi c&apos;est important maintenant.]</translation>
    </message>
    <message>
        <source>Risk to us</source>
        <translation>Risque pour nous</translation>
    </message>
    <message>
        <source>[Likelihood and impact for our organisation; which services and data are exposed.]</source>
        <translation>[Probabilité et impact pour notre organisation&#xa0;; services et données exposés.]</translation>
    </message>
    <message>
        <source>What we are doing</source>
        <translation>Ce que nous faisons</translation>
    </message>
    <message>
        <source>[Detections, hunts and hardening under way, with owners and dates.]</source>
        <translation>[Détections, chasses et durcissement en cours, avec responsables et dates.]</translation>
    </message>
    <message>
        <source>Decisions or support needed</source>
        <translation>Décisions ou soutien nécessaires</translation>
    </message>
    <message>
        <source>[Budget, risk acceptance or priorities to decide.]</source>
        <translation>[Budget, acceptation du risque ou priorités à arbitrer.]</translation>
    </message>
    <message>
        <source>In brief</source>
        <translation>En bref</translation>
    </message>
    <message>
        <source>Criminal or state-backed attackers (%1) are targeting organisations like ours. [One sentence on what they want.]</source>
        <translation>Des attaquants criminels ou soutenus par des États (%1) ciblent des organisations comme la nôtre. [Une phrase sur ce qu&apos;ils cherchent.]</translation>
    </message>
    <message>
        <source>What it means for the business</source>
        <translation>Ce que cela signifie pour l&apos;entreprise</translation>
    </message>
    <message>
        <source>[Which services, customers or obligations could be affected, in plain words.]</source>
        <translation>[En termes simples&#xa0;: quels services, clients ou obligations pourraient être touchés.]</translation>
    </message>
    <message>
        <source>The security team is watching for the signs of this activity and strengthening our defences.</source>
        <translation>L&apos;équipe sécurité surveille les signes de cette activité et renforce nos défenses.</translation>
    </message>
    <message>
        <source>What we ask of you</source>
        <translation>Ce que nous vous demandons</translation>
    </message>
    <message>
        <source>Be alert to unexpected e-mails and requests for payment or credentials.</source>
        <translation>Soyez vigilants face aux e-mails inattendus et aux demandes de paiement ou d&apos;identifiants.</translation>
    </message>
    <message>
        <source>Report anything suspicious to the security team.</source>
        <translation>Signalez tout élément suspect à l&apos;équipe sécurité.</translation>
    </message>
</context>
<context>
    <name>BriefsModel</name>
    <message>
        <source>Brief</source>
        <translation>Bulletin</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public cible</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
</context>
<context>
    <name>BusinessCalendar</name>
    <message>
        <source>%1: &quot;%2&quot; is not a date; write dates as YYYY-MM-DD, separated by commas.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une date&#xa0;; écrivez les dates au format AAAA-MM-JJ, séparées par des virgules.</translation>
    </message>
    <message>
        <source>Time zone: &quot;%1&quot; is not a time zone; use an IANA name such as Europe/Berlin.</source>
        <translation>Fuseau horaire&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire&#xa0;; utilisez un nom IANA tel que Europe/Paris.</translation>
    </message>
    <message>
        <source>Holiday calendar: &quot;%1&quot; is not known; use us_federal or none.</source>
        <translation>Calendrier des jours fériés&#xa0;: «&#xa0;%1&#xa0;» est inconnu&#xa0;; utilisez us_federal ou none.</translation>
    </message>
    <message>
        <source>Additional holidays</source>
        <translation>Jours fériés supplémentaires</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Jours ouvrés</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Save Chart as &amp;PNG…</source>
        <translation>Enregistrer le graphique en &amp;PNG…</translation>
    </message>
    <message>
        <source>Save Chart as &amp;SVG…</source>
        <translation>Enregistrer le graphique en &amp;SVG…</translation>
    </message>
    <message>
        <source>Save Data as &amp;CSV…</source>
        <translation>Enregistrer les données en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Save this chart as an image or its data as CSV</source>
        <translation>Enregistrer ce graphique sous forme d&apos;image ou ses données en CSV</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>the image could not be saved</source>
        <translation>l&apos;image n&apos;a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>Exported from Muster</source>
        <translation>Exporté depuis Muster</translation>
    </message>
    <message>
        <source>the SVG file could not be opened</source>
        <translation>le fichier SVG n&apos;a pas pu être ouvert</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>rien n&apos;a été écrit</translation>
    </message>
</context>
<context>
    <name>CommunicationModel</name>
    <message>
        <source>Sent %1</source>
        <translation>Envoyée le %1</translation>
    </message>
    <message>
        <source>%1 — needs %2</source>
        <translation>%1 — nécessite %2</translation>
    </message>
    <message>
        <source>Sent by %1 via %2</source>
        <translation>Envoyée par %1 via %2</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public cible</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>CommunicationRules</name>
    <message>
        <source>Text: a communication needs a subject or a body.</source>
        <translation>Texte&#xa0;: une communication doit avoir un objet ou un corps de message.</translation>
    </message>
    <message>
        <source>Communication drafted for %1 (%2): &quot;%3&quot;</source>
        <translation>Communication rédigée pour %1 (%2)&#xa0;: «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was sent and cannot change; draft a new communication instead.</source>
        <translation>«&#xa0;%1&#xa0;» a été envoyée et ne peut plus être modifiée&#xa0;; rédigez plutôt une nouvelle communication.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; edited: version %2</source>
        <translation>«&#xa0;%1&#xa0;» modifiée&#xa0;: version %2</translation>
    </message>
    <message>
        <source>%1; the approval of version %2 by %3 no longer applies</source>
        <translation>%1&#xa0;; l&apos;approbation de la version %2 par %3 ne s&apos;applique plus</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not a draft.</source>
        <translation>«&#xa0;%1&#xa0;» a le statut %2 et n&apos;est pas un brouillon.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (version %2) submitted for review by %3</source>
        <translation>«&#xa0;%1&#xa0;» (version %2) soumise pour relecture par %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was already sent.</source>
        <translation>«&#xa0;%1&#xa0;» a déjà été envoyée.</translation>
    </message>
    <message>
        <source>A communication to %1 needs the approval of %2, not %3.</source>
        <translation>Une communication destinée à %1 nécessite l&apos;approbation de %2, et non de %3.</translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; is already approved for %3.</source>
        <translation>La version %1 de «&#xa0;%2&#xa0;» est déjà approuvée pour %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; goes to %2, outside the organisation: it cannot be sent until Legal has approved this exact text (version %3). Still missing: %4.</source>
        <translation>«&#xa0;%1&#xa0;» est destinée à %2, hors de l&apos;organisation&#xa0;: elle ne peut être envoyée qu&apos;une fois ce texte exact (version %3) approuvé par le service juridique. Manque encore&#xa0;: %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be sent before %2 approved version %3.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être envoyée avant que %2 ait approuvé la version %3.</translation>
    </message>
    <message>
        <source>Sent to %1 via %2 (version %3):
Subject: %4

%5</source>
        <translation>Envoyée à %1 via %2 (version %3)&#xa0;:
Objet&#xa0;: %4

%5</translation>
    </message>
</context>
<context>
    <name>CommunicationSending</name>
    <message>
        <source>no recipients yet</source>
        <translation>pas encore de destinataires</translation>
    </message>
    <message>
        <source>e-mail file %1 (to: %2)</source>
        <translation>fichier e-mail %1 (à&#xa0;: %2)</translation>
    </message>
    <message>
        <source>How: say how it was sent (for example: the regulator&apos;s online portal).</source>
        <translation>Comment&#xa0;: indiquez comment elle a été envoyée (par exemple&#xa0;: via le portail en ligne du régulateur).</translation>
    </message>
    <message>
        <source>webhook &quot;%1&quot;</source>
        <translation>webhook «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No webhook is set up; add one in Settings or give its address.</source>
        <translation>Aucun webhook n&apos;est configuré&#xa0;; ajoutez-en un dans les Paramètres ou indiquez son adresse.</translation>
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
        <translation>organisation</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>synthèse</translation>
    </message>
    <message>
        <source>incident commander</source>
        <translation>commandant d&apos;incident</translation>
    </message>
    <message>
        <source>communications lead</source>
        <translation>responsable communication</translation>
    </message>
    <message>
        <source>legal contact</source>
        <translation>contact juridique</translation>
    </message>
    <message>
        <source>when the organisation became aware</source>
        <translation>date à laquelle l&apos;organisation en a pris connaissance</translation>
    </message>
    <message>
        <source>time of the next update</source>
        <translation>date de la prochaine mise à jour</translation>
    </message>
    <message>
        <source>Template: &quot;%1&quot; is not one of %2.</source>
        <translation>Modèle&#xa0;: «&#xa0;%1&#xa0;» ne fait pas partie de %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed to version %2 while version %3 was being sent; check what went out.</source>
        <translation>«&#xa0;%1&#xa0;» est passée à la version %2 pendant l&apos;envoi de la version %3&#xa0;; vérifiez ce qui est réellement parti.</translation>
    </message>
    <message>
        <source>No communication %1.</source>
        <translation>Aucune communication %1.</translation>
    </message>
</context>
<context>
    <name>ConcludeHuntDialog</name>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation>&amp;Incident&#xa0;:</translation>
    </message>
    <message>
        <source>INC-2026-0042</source>
        <translation>INC-2026-0042</translation>
    </message>
    <message>
        <source>&amp;Detection:</source>
        <translation>&amp;Détection&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the rule created or improved</source>
        <translation>Nom de la règle créée ou améliorée</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Conclude %1</source>
        <translation>Conclure %1</translation>
    </message>
    <message>
        <source>Required: which data is missing, from where</source>
        <translation>Obligatoire&#xa0;: quelles données manquent, et d&apos;où</translation>
    </message>
    <message>
        <source>What the hunt found</source>
        <translation>Ce que la chasse a trouvé</translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>missing argument</source>
        <translation>argument manquant</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The Muster database FILE.</source>
        <translation>La base de données Muster FICHIER.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>--database FILE is required</source>
        <translation>--database FICHIER est obligatoire</translation>
    </message>
    <message>
        <source>The team server as a libpq connection string, e.g. &quot;host=db.example.org dbname=muster user=alice&quot;. Passwords come from ~/.pgpass or PGPASSWORD.</source>
        <translation>Le serveur d&apos;équipe sous forme de chaîne de connexion libpq, p. ex. &quot;host=db.example.org dbname=muster user=alice&quot;. Les mots de passe proviennent de ~/.pgpass ou de PGPASSWORD.</translation>
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
        <translation>Rien ne couvre encore cette technique.</translation>
    </message>
</context>
<context>
    <name>CoverageTab</name>
    <message>
        <source>C&amp;overed only</source>
        <translation>&amp;Couvertes uniquement</translation>
    </message>
    <message>
        <source>&amp;Tracked Groups…</source>
        <translation>Groupes &amp;suivis…</translation>
    </message>
    <message>
        <source>Add &amp;Detection…</source>
        <translation>Ajouter une &amp;détection…</translation>
    </message>
    <message>
        <source>E&amp;xport Navigator Layer…</source>
        <translation>E&amp;xporter la couche Navigator…</translation>
    </message>
    <message>
        <source>Save the coverage as an ATT&amp;CK Navigator layer (Ctrl+Shift+E)</source>
        <translation>Enregistrer la couverture comme couche ATT&amp;CK Navigator (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <source>ATT&amp;CK coverage matrix</source>
        <translation>Matrice de couverture ATT&amp;CK</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of %2&lt;/b&gt; techniques covered. Tracked groups: %3.</source>
        <translation>&lt;b&gt;%1 sur %2&lt;/b&gt; techniques couvertes. Groupes suivis&#xa0;: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>MITRE ATT&amp;CK %1 (%2). %3</source>
        <translation>MITRE ATT&amp;CK %1 (%2). %3</translation>
    </message>
    <message>
        <source>Muster coverage</source>
        <translation>Couverture Muster</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2).</source>
        <translation>%1&#xa0;: impossible d&apos;écrire le fichier (%2).</translation>
    </message>
    <message>
        <source>Export ATT&amp;CK Navigator Layer</source>
        <translation>Exporter la couche ATT&amp;CK Navigator</translation>
    </message>
    <message>
        <source>Navigator layers (*.json)</source>
        <translation>Couches Navigator (*.json)</translation>
    </message>
    <message>
        <source>Export Navigator Layer</source>
        <translation>Exporter la couche Navigator</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>%1: the file is not valid UTF-8 text.</source>
        <translation>%1&#xa0;: le fichier n&apos;est pas un texte UTF-8 valide.</translation>
    </message>
    <message>
        <source>%1, line %2: a quote in the middle of a field; enclose the whole field in quotes and double the quotes inside it.</source>
        <translation>%1, ligne %2&#xa0;: guillemet au milieu d&apos;un champ&#xa0;; encadrez tout le champ de guillemets et doublez les guillemets qu&apos;il contient.</translation>
    </message>
    <message>
        <source>%1, line %2: text after a closing quote.</source>
        <translation>%1, ligne %2&#xa0;: texte après un guillemet fermant.</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is never closed.</source>
        <translation>%1, ligne %2&#xa0;: un champ entre guillemets n&apos;est jamais fermé.</translation>
    </message>
    <message>
        <source>%1: the file is empty; it needs a header line.</source>
        <translation>%1&#xa0;: le fichier est vide&#xa0;; il doit contenir une ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB; split it.</source>
        <translation>%1 dépasse 64 Mio&#xa0;; scindez le fichier.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Real incidents or exercises</source>
        <translation>Incidents réels ou exercices</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Compute the figures again (F5)</source>
        <translation>Recalculer les chiffres (F5)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Trimestre précédent</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Dates personnalisées</translation>
    </message>
    <message>
        <source>Refresh Dashboard</source>
        <translation>Actualiser le tableau de bord</translation>
    </message>
    <message>
        <source>Not updated: %1</source>
        <translation>Non actualisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Update cancelled</source>
        <translation>Actualisation annulée</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>MTTA · mean time to acknowledge</source>
        <translation>MTTA · délai moyen de prise en compte</translation>
    </message>
    <message>
        <source>MTTR · mean time to remediate</source>
        <translation>MTTR · délai moyen de remédiation</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Incidents ouverts</translation>
    </message>
    <message>
        <source>SLA breach rate · remediation</source>
        <translation>Taux de non-respect des SLA · remédiation</translation>
    </message>
    <message>
        <source>Incidents still being worked on (not remediated, closed or a false positive), whenever they were detected.</source>
        <translation>Incidents encore en cours de traitement (ni remédiés, ni clos, ni faux positifs), quelle que soit leur date de détection.</translation>
    </message>
    <message>
        <source>Share of decided incidents that missed their severity&apos;s remediation target: remediated late, or still open past the target. Targets are set in Settings.</source>
        <translation>Part des incidents tranchés qui ont manqué l&apos;objectif de remédiation de leur gravité&#xa0;: remédiés en retard, ou encore ouverts après l&apos;échéance. Les objectifs se définissent dans les Paramètres.</translation>
    </message>
    <message>
        <source>Measure shown in the charts</source>
        <translation>Mesure affichée dans les graphiques</translation>
    </message>
    <message>
        <source>Charts &amp;show:</source>
        <translation>Afficher dans les &amp;graphiques&#xa0;:</translation>
    </message>
    <message>
        <source>By severity</source>
        <translation>Par gravité</translation>
    </message>
    <message>
        <source>By tier</source>
        <translation>Par tier</translation>
    </message>
    <message>
        <source>Open incidents by severity and status</source>
        <translation>Incidents ouverts par gravité et statut</translation>
    </message>
    <message>
        <source>SLA outcomes</source>
        <translation>Résultats SLA</translation>
    </message>
    <message>
        <source>Now, whenever detected. Click a segment to list those incidents.</source>
        <translation>Actuellement, quelle que soit la date de détection. Cliquez sur un segment pour lister ces incidents.</translation>
    </message>
    <message>
        <source>late remediations</source>
        <translation>remédiations tardives</translation>
    </message>
    <message>
        <source>SLA outcome</source>
        <translation>Résultat SLA</translation>
    </message>
    <message>
        <source>MTTA and MTTR over time</source>
        <translation>MTTA et MTTR dans le temps</translation>
    </message>
    <message>
        <source>Line: median. Band: median to 90th percentile. Dashed: mean. Grouped by detection date in your time zone. Drag or use the arrow keys to pan, wheel or +/− to zoom, 0 to reset; click a week or month to list its incidents.</source>
        <translation>Ligne&#xa0;: médiane. Bande&#xa0;: de la médiane au 90e centile. Pointillés&#xa0;: moyenne. Regroupement par date de détection dans votre fuseau horaire. Faites glisser ou utilisez les flèches pour vous déplacer, la molette ou +/− pour zoomer, 0 pour réinitialiser&#xa0;; cliquez sur une semaine ou un mois pour en lister les incidents.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>Trend grouping</source>
        <translation>Regroupement des tendances</translation>
    </message>
    <message>
        <source>Time to remediate, per incident</source>
        <translation>Délai de remédiation, par incident</translation>
    </message>
    <message>
        <source>How long acknowledging took</source>
        <translation>Durée de la prise en compte</translation>
    </message>
    <message>
        <source>scatter</source>
        <translation>nuage de points</translation>
    </message>
    <message>
        <source>histogram</source>
        <translation>histogramme</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Filtres (%1)</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>Updated %1 · %2 s</source>
        <translation>Actualisé %1 · %2 s</translation>
    </message>
    <message>
        <source>median %1 · p90 %2
%3 incidents · %4</source>
        <translation>médiane %1 · p90 %2
%3 incidents · %4</translation>
    </message>
    <message>
        <source>%1 not acknowledged yet</source>
        <translation>%1 pas encore pris en compte</translation>
    </message>
    <message>
        <source>%1 not remediated yet</source>
        <translation>%1 pas encore remédiés</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>now, whenever detected</source>
        <translation>actuellement, quelle que soit la date de détection</translation>
    </message>
    <message>
        <source>%1 of %2 late or overdue
acknowledgement: %3 breached</source>
        <translation>%1 sur %2 en retard ou échus
prise en compte&#xa0;: %3 non respectés</translation>
    </message>
    <message>
        <source>Unchanged against the previous period (%1)</source>
        <translation>Inchangé par rapport à la période précédente (%1)</translation>
    </message>
    <message>
        <source>%1 %2 points against the previous period (%3)</source>
        <translation>%1 %2 points par rapport à la période précédente (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Previous period: %n decided incident(s), too few to compare</source>
        <translation>
            <numerusform>Période précédente&#xa0;: %n incident tranché, trop peu pour comparer</numerusform>
            <numerusform>Période précédente&#xa0;: %n incidents tranchés, trop peu pour comparer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 detected %3 to %4 (%5). %6 false positives are counted apart; %7 confidential incidents are in the figures but not listed here. Means leave out incidents that have not reached the step.</source>
        <translation>%1 %2 détectés du %3 au %4 (%5). %6 faux positifs sont comptés à part&#xa0;; %7 incidents confidentiels figurent dans les chiffres mais ne sont pas listés ici. Les moyennes excluent les incidents qui n&apos;ont pas atteint l&apos;étape.</translation>
    </message>
    <message>
        <source>%1 by severity</source>
        <translation>%1 par gravité</translation>
    </message>
    <message>
        <source>%1 by tier</source>
        <translation>%1 par tier</translation>
    </message>
    <message>
        <source>Solid: median. Light: 90th percentile. Hover for mean and counts; click to list.</source>
        <translation>Plein&#xa0;: médiane. Clair&#xa0;: 90e centile. Survolez pour voir la moyenne et les effectifs&#xa0;; cliquez pour lister.</translation>
    </message>
    <message>
        <source>SLA outcomes: %1</source>
        <translation>Résultats SLA&#xa0;: %1</translation>
    </message>
    <message>
        <source>Met: reached within the target of the incident&apos;s severity. Breached: reached late. Overdue: not reached and already past the target. Breach rate = (breached + overdue) / (met + breached + overdue).</source>
        <translation>Respecté&#xa0;: atteint dans l&apos;objectif fixé pour la gravité de l&apos;incident. Non respecté&#xa0;: atteint en retard. En retard&#xa0;: non atteint et objectif déjà dépassé. Taux de non-respect = (non respectés + en retard) / (respectés + non respectés + en retard).</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) not decided yet (open, within target) are left out.</source>
        <translation>
            <numerusform>%n incident pas encore tranché (ouvert, dans l&apos;objectif) n&apos;est pas pris en compte.</numerusform>
            <numerusform>%n incidents pas encore tranchés (ouverts, dans l&apos;objectif) ne sont pas pris en compte.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 remediated incidents, one dot each; %2 not remediated yet are not shown. Drag or use the arrow keys to pan, wheel or +/− to zoom, 0 to reset; click dots to list them.</source>
        <translation>%1 incidents remédiés, un point chacun&#xa0;; %2 pas encore remédiés ne sont pas affichés. Faites glisser ou utilisez les flèches pour vous déplacer, la molette ou +/− pour zoomer, 0 pour réinitialiser&#xa0;; cliquez sur des points pour les lister.</translation>
    </message>
    <message>
        <source>Median %1, p90 %2; %3 not acknowledged yet are not shown. Click a bar to list its incidents.</source>
        <translation>Médiane %1, p90 %2&#xa0;; %3 pas encore pris en compte ne sont pas affichés. Cliquez sur une barre pour lister ses incidents.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DeadlineMetDialog</name>
    <message>
        <source>Notification Made</source>
        <translation>Notification effectuée</translation>
    </message>
    <message>
        <source>&amp;Notified at:</source>
        <translation>&amp;Notifié le&#xa0;:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>&amp;Reasons for delay:</source>
        <translation>&amp;Motifs du retard&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DeadlineModel</name>
    <message>
        <source>waived</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <source>notified %1</source>
        <translation>notifié le %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>%1
%2
Notify: %3</source>
        <translation>%1
%2
Notifier&#xa0;: %3</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Réglementation</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Obligation</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Legal source</source>
        <translation>Base juridique</translation>
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
        <translation>%1&#xa0;: %2 est en retard (échéance %3).</translation>
    </message>
    <message>
        <source>%1: %2 is due %3.</source>
        <translation>%1&#xa0;: %2 arrive à échéance %3.</translation>
    </message>
    <message>
        <source>Regulatory deadline</source>
        <translation>Échéance réglementaire</translation>
    </message>
    <message>
        <source>Status update due</source>
        <translation>Point de situation attendu</translation>
    </message>
    <message>
        <source>%1: the status update is overdue by %2.</source>
        <translation>%1&#xa0;: le point de situation est en retard de %2.</translation>
    </message>
    <message>
        <source>%1: the next status update is due %2.</source>
        <translation>%1&#xa0;: le prochain point de situation est attendu %2.</translation>
    </message>
</context>
<context>
    <name>DeadlineRules</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
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
        <translation>dans %1</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>en retard de %1</translation>
    </message>
    <message>
        <source>Time: %1 cannot be recorded in the future.</source>
        <translation>Heure&#xa0;: %1 ne peut pas être enregistré dans le futur.</translation>
    </message>
    <message>
        <source>Note: &quot;%1&quot; was already recorded at %2; say why the time is corrected.</source>
        <translation>Note&#xa0;: «&#xa0;%1&#xa0;» a déjà été enregistré à %2&#xa0;; indiquez pourquoi l&apos;heure est corrigée.</translation>
    </message>
    <message>
        <source>%1 corrected from %2 to %3</source>
        <translation>%1 corrigé de %2 à %3</translation>
    </message>
    <message>
        <source>%1 recorded: %2</source>
        <translation>%1 enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Deadline moved: %1, now due %2</source>
        <translation>Échéance déplacée&#xa0;: %1, nouvelle échéance %2</translation>
    </message>
    <message>
        <source>Clock started: %1, due %2</source>
        <translation>Délai démarré&#xa0;: %1, échéance %2</translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation>%1 a déjà le statut %2.</translation>
    </message>
    <message>
        <source>Time: a notification cannot be recorded in the future.</source>
        <translation>Heure&#xa0;: une notification ne peut pas être enregistrée dans le futur.</translation>
    </message>
    <message>
        <source>Reasons for delay: the notification was made %1 after the deadline (%2); record the reasons for the delay, which the notification must give.</source>
        <translation>Motifs du retard&#xa0;: la notification a été effectuée %1 après l&apos;échéance (%2)&#xa0;; indiquez les motifs du retard, que la notification doit mentionner.</translation>
    </message>
    <message>
        <source>Deadline missed: %1 notified %2, due %3. Reasons for delay: %4</source>
        <translation>Échéance manquée&#xa0;: %1 notifié le %2, échéance %3. Motifs du retard&#xa0;: %4</translation>
    </message>
    <message>
        <source>Deadline met: %1 notified %2, due %3</source>
        <translation>Échéance respectée&#xa0;: %1 notifié le %2, échéance %3</translation>
    </message>
    <message>
        <source>Reason: say why %1 does not apply (for example: the breach is unlikely to result in a risk to individuals).</source>
        <translation>Motif&#xa0;: indiquez pourquoi %1 ne s&apos;applique pas (par exemple&#xa0;: la violation n&apos;est pas susceptible d&apos;engendrer un risque pour les droits et libertés des personnes physiques).</translation>
    </message>
    <message>
        <source>Deadline waived: %1. Reason: %2</source>
        <translation>Échéance sans objet&#xa0;: %1. Motif&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DeadlineService</name>
    <message>
        <source>Rule: %1 does not run from &quot;%2&quot;.</source>
        <translation>Règle&#xa0;: %1 ne court pas à partir de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>No deadline %1.</source>
        <translation>Aucune échéance %1.</translation>
    </message>
    <message>
        <source>No incident %1.</source>
        <translation>Aucun incident %1.</translation>
    </message>
</context>
<context>
    <name>DeadlineStripWidget</name>
    <message>
        <source>Next regulatory deadlines</source>
        <translation>Prochaines échéances réglementaires</translation>
    </message>
    <message>
        <source>No regulatory clock is running.</source>
        <translation>Aucun délai réglementaire n&apos;est en cours.</translation>
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
Échéance %3
%4</translation>
    </message>
</context>
<context>
    <name>DemoDirectory</name>
    <message>
        <source>The demo directory has no %1.</source>
        <translation>L&apos;annuaire de démonstration ne contient personne ayant le titre %1.</translation>
    </message>
    <message>
        <source>The demo directory has no one in that function.</source>
        <translation>L&apos;annuaire de démonstration ne compte personne dans cette fonction.</translation>
    </message>
</context>
<context>
    <name>DetectionDialog</name>
    <message>
        <source>Add Detection</source>
        <translation>Ajouter une détection</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Encoded PowerShell command line</source>
        <translation>Ligne de commande PowerShell encodée</translation>
    </message>
    <message>
        <source>&amp;Runs in:</source>
        <translation>&amp;Exécutée dans&#xa0;:</translation>
    </message>
    <message>
        <source>SIEM, EDR, identity provider</source>
        <translation>SIEM, EDR, fournisseur d&apos;identité</translation>
    </message>
    <message>
        <source>ATT&amp;CK:</source>
        <translation>ATT&amp;CK&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DetectionRepository</name>
    <message>
        <source>Name: name the detection.</source>
        <translation>Nom&#xa0;: donnez un nom à la détection.</translation>
    </message>
    <message>
        <source>ATT&amp;CK techniques: name at least one technique the detection covers.</source>
        <translation>Techniques ATT&amp;CK&#xa0;: indiquez au moins une technique couverte par la détection.</translation>
    </message>
</context>
<context>
    <name>DirectoryCsv</name>
    <message>
        <source>%1, line 1: the required column &quot;%2&quot; is missing (columns: %3).</source>
        <translation>%1, ligne 1&#xa0;: la colonne obligatoire «&#xa0;%2&#xa0;» est absente (colonnes&#xa0;: %3).</translation>
    </message>
    <message>
        <source>%1, line 1: unknown column &quot;%2&quot; (columns: %3).</source>
        <translation>%1, ligne 1&#xa0;: colonne «&#xa0;%2&#xa0;» inconnue (colonnes&#xa0;: %3).</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, ligne %2, colonne %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>a value is required.</source>
        <translation>une valeur est obligatoire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1, line %2: %3 fields, but the header has %4 columns.</source>
        <translation>%1, ligne %2&#xa0;: %3 champs, mais l&apos;en-tête compte %4 colonnes.</translation>
    </message>
    <message>
        <source>a name is required.</source>
        <translation>un nom est obligatoire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni yes ni no.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from 0 to 100.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre entier de 0 à 100.</translation>
    </message>
</context>
<context>
    <name>DirectoryImporter</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… et %n autre problème.</numerusform>
            <numerusform>… et %n autres problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not imported; nothing changed.
%2</source>
        <translation>%1 n&apos;a pas été importé&#xa0;; rien n&apos;a été modifié.
%2</translation>
    </message>
    <message>
        <source>%1, line %2, column deputy: no person &quot;%3&quot; in the directory or the file.</source>
        <translation>%1, ligne %2, colonne deputy&#xa0;: aucune personne «&#xa0;%3&#xa0;» dans l&apos;annuaire ni dans le fichier.</translation>
    </message>
</context>
<context>
    <name>DismissAlertDialog</name>
    <message>
        <source>Dismiss Alert</source>
        <translation>Écarter l&apos;alerte</translation>
    </message>
    <message>
        <source>&amp;Dismiss as:</source>
        <translation>Écarter &amp;comme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · seen %n time(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · vue %n fois</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · vue %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. authorised vulnerability scan</source>
        <translation>p. ex. scan de vulnérabilités autorisé</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>Éc&amp;arter</translation>
    </message>
    <message>
        <source>Say why, so that the detection can be tuned.</source>
        <translation>Indiquez pourquoi, afin que la détection puisse être ajustée.</translation>
    </message>
</context>
<context>
    <name>DisseminationService</name>
    <message>
        <source>No brief %1.</source>
        <translation>Aucun bulletin %1.</translation>
    </message>
    <message>
        <source>Intel: some of the chosen items no longer exist.</source>
        <translation>Renseignement&#xa0;: certains des éléments choisis n&apos;existent plus.</translation>
    </message>
    <message>
        <source>Title: give the brief a title.</source>
        <translation>Titre&#xa0;: donnez un titre au bulletin.</translation>
    </message>
    <message>
        <source>This brief</source>
        <translation>Ce bulletin</translation>
    </message>
    <message>
        <source>Recipients: no person %1 in the directory.</source>
        <translation>Destinataires&#xa0;: aucune personne %1 dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2).</source>
        <translation>%1&#xa0;: impossible d&apos;écrire le fichier (%2).</translation>
    </message>
    <message>
        <source>Brief %1</source>
        <translation>Bulletin %1</translation>
    </message>
    <message>
        <source>A share with named recipients needs at least one recipient.</source>
        <translation>Un partage avec des destinataires nominatifs nécessite au moins un destinataire.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing may be shared with &quot;%1&quot;: the markings of all %n item(s) forbid it.</source>
        <translation>
            <numerusform>Rien ne peut être partagé avec «&#xa0;%1&#xa0;»&#xa0;: le marquage de %n élément l&apos;interdit.</numerusform>
            <numerusform>Rien ne peut être partagé avec «&#xa0;%1&#xa0;»&#xa0;: les marquages des %n éléments l&apos;interdisent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intel item(s)</source>
        <translation>
            <numerusform>%n élément de renseignement</numerusform>
            <numerusform>%n éléments de renseignement</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentBuilder</name>
    <message>
        <source>Figure %1. %2</source>
        <translation>Figure %1. %2</translation>
    </message>
</context>
<context>
    <name>DrillHistoryChart</name>
    <message>
        <source>No run of this scenario has started yet.</source>
        <translation>Aucune session de ce scénario n&apos;a encore commencé.</translation>
    </message>
    <message>
        <source>Expected actions rated P or S, per drill</source>
        <translation>Actions attendues évaluées P ou S, par exercice</translation>
    </message>
    <message>
        <source>Mean inject-to-decision time (scenario minutes), per drill</source>
        <translation>Délai moyen entre stimulus et décision (minutes de scénario), par exercice</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
</context>
<context>
    <name>DrillMetricsWidget</name>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scénario&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Mesure&#xa0;:</translation>
    </message>
    <message>
        <source>Each point is one run of the scenario; exercise incidents never count in the real MTTA and MTTR.</source>
        <translation>Chaque point représente une session du scénario&#xa0;; les incidents d&apos;exercice ne comptent jamais dans les MTTA et MTTR réels.</translation>
    </message>
    <message>
        <source>Share of expected actions rated P or S</source>
        <translation>Part des actions attendues évaluées P ou S</translation>
    </message>
    <message>
        <source>Inject-to-decision time</source>
        <translation>Délai entre stimulus et décision</translation>
    </message>
    <message>
        <source>No exercise has run yet</source>
        <translation>Aucun exercice n&apos;a encore eu lieu</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1: &quot;%2&quot; is not a length of time; write for example 90m, 24h, 3d or 1h30m.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une durée&#xa0;; écrivez par exemple 90m, 24h, 3d ou 1h30m.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is too long.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est trop long.</translation>
    </message>
</context>
<context>
    <name>DurationBarChart</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;median %2 · mean %3 · p90 %4&lt;br&gt;%5 incidents; %6 not yet reached</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;médiane %2 · moyenne %3 · p90 %4&lt;br&gt;%5 incidents&#xa0;; %6 pas encore atteints</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90e centile</translation>
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
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>EmlWriter</name>
    <message>
        <source>Recipients: &quot;%1&quot; is not an e-mail address.</source>
        <translation>Destinataires&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>%1: cannot write the e-mail file: %2</source>
        <translation>%1&#xa0;: impossible d&apos;écrire le fichier e-mail&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>EvaluationModel</name>
    <message>
        <source>Inject</source>
        <translation>Stimulus</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Expected action</source>
        <translation>Action attendue</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Délai imparti</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Première réponse</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min (late)</source>
        <translation>%1 min (en retard)</translation>
    </message>
</context>
<context>
    <name>ExerciseLayout</name>
    <message>
        <source>After-action report %1</source>
        <translation>Rapport de retour d&apos;expérience %1</translation>
    </message>
    <message>
        <source>After-action report %1 — %2</source>
        <translation>Rapport de retour d&apos;expérience %1 — %2</translation>
    </message>
</context>
<context>
    <name>ExerciseListModel</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animateur</translation>
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
        <translation>Heure</translation>
    </message>
    <message>
        <source>Since inject</source>
        <translation>Depuis le stimulus</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>Stimulus</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Decision or response</source>
        <translation>Décision ou réponse</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>Consigné par</translation>
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
        <translation>Titre&#xa0;: donnez un titre à l&apos;exercice.</translation>
    </message>
    <message>
        <source>Title: at most 300 characters.</source>
        <translation>Titre&#xa0;: 300 caractères au maximum.</translation>
    </message>
    <message>
        <source>Time compression: choose from %1× to %2×.</source>
        <translation>Compression temporelle&#xa0;: choisissez entre %1× et %2×.</translation>
    </message>
    <message>
        <source>Date: choose when the exercise takes place.</source>
        <translation>Date&#xa0;: choisissez quand l&apos;exercice a lieu.</translation>
    </message>
    <message>
        <source>Participants: the scenario has no role &quot;%1&quot;.</source>
        <translation>Participants&#xa0;: le scénario n&apos;a pas de rôle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Participants: choose a person for %1.</source>
        <translation>Participants&#xa0;: choisissez une personne pour %1.</translation>
    </message>
    <message>
        <source>Participants: the same person is listed twice for %1.</source>
        <translation>Participants&#xa0;: la même personne figure deux fois pour %1.</translation>
    </message>
    <message>
        <source>Participants: the facilitator runs the exercise and does not play a role.</source>
        <translation>Participants&#xa0;: l&apos;animateur conduit l&apos;exercice et ne joue pas de rôle.</translation>
    </message>
    <message>
        <source>%1 has already started.</source>
        <translation>%1 a déjà commencé.</translation>
    </message>
    <message>
        <source>The clock of %1 is not running.</source>
        <translation>L&apos;horloge de %1 n&apos;est pas en marche.</translation>
    </message>
    <message>
        <source>The clock of %1 is not paused.</source>
        <translation>L&apos;horloge de %1 n&apos;est pas en pause.</translation>
    </message>
    <message>
        <source>%1 has not started yet.</source>
        <translation>%1 n&apos;a pas encore commencé.</translation>
    </message>
    <message>
        <source>%1 has ended.</source>
        <translation>%1 est terminé.</translation>
    </message>
    <message>
        <source>Inject: the scenario has no inject &quot;%1&quot;.</source>
        <translation>Stimulus&#xa0;: le scénario n&apos;a pas de stimulus «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has already been released.</source>
        <translation>«&#xa0;%1&#xa0;» a déjà été diffusé.</translation>
    </message>
    <message>
        <source>Branch: the scenario has no branch &quot;%1&quot;.</source>
        <translation>Embranchement&#xa0;: le scénario n&apos;a pas d&apos;embranchement «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is decided after &quot;%2&quot; is released.</source>
        <translation>«&#xa0;%1&#xa0;» se décide après la diffusion de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has already been decided.</source>
        <translation>«&#xa0;%1&#xa0;» a déjà été tranché.</translation>
    </message>
    <message>
        <source>Branch: &quot;%1&quot; is not an outcome of &quot;%2&quot;.</source>
        <translation>Embranchement&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une issue de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Decision: write down what was decided.</source>
        <translation>Décision&#xa0;: notez ce qui a été décidé.</translation>
    </message>
    <message>
        <source>Text: write down what happened.</source>
        <translation>Texte&#xa0;: notez ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>Text: at most 20000 characters.</source>
        <translation>Texte&#xa0;: 20000 caractères au maximum.</translation>
    </message>
    <message>
        <source>Inject: &quot;%1&quot; has not been released yet.</source>
        <translation>Stimulus&#xa0;: «&#xa0;%1&#xa0;» n&apos;a pas encore été diffusé.</translation>
    </message>
    <message>
        <source>Role: the scenario has no role &quot;%1&quot;.</source>
        <translation>Rôle&#xa0;: le scénario n&apos;a pas de rôle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Role: say which role took the decision.</source>
        <translation>Rôle&#xa0;: indiquez quel rôle a pris la décision.</translation>
    </message>
    <message>
        <source>Expected action: the scenario has no expected action &quot;%1&quot;.</source>
        <translation>Action attendue&#xa0;: le scénario n&apos;a pas d&apos;action attendue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Branch: &quot;%1&quot; is not a decision of the scenario.</source>
        <translation>Embranchement&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une décision du scénario.</translation>
    </message>
    <message>
        <source>Branch: only a decision settles &quot;%1&quot;.</source>
        <translation>Embranchement&#xa0;: seule une décision tranche «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Corrective action: describe what will be changed.</source>
        <translation>Action corrective&#xa0;: décrivez ce qui sera modifié.</translation>
    </message>
    <message>
        <source>Capability: name the capability the action improves.</source>
        <translation>Capacité&#xa0;: indiquez la capacité que l&apos;action améliore.</translation>
    </message>
    <message>
        <source>Objective: the scenario has no objective &quot;%1&quot;.</source>
        <translation>Objectif&#xa0;: le scénario n&apos;a pas d&apos;objectif «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ExerciseService</name>
    <message>
        <source>%1: no person %2 in the directory.</source>
        <translation>%1&#xa0;: aucune personne %2 dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>No exercise %1.</source>
        <translation>Aucun exercice %1.</translation>
    </message>
    <message>
        <source>The scenario stored with %1 cannot be read:
%2</source>
        <translation>Le scénario enregistré avec %1 est illisible&#xa0;:
%2</translation>
    </message>
    <message>
        <source>The scenario has problems; fix them in the scenario editor first.</source>
        <translation>Le scénario présente des problèmes&#xa0;; corrigez-les d&apos;abord dans l&apos;éditeur de scénarios.</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>%1 has started; its plan can no longer change.</source>
        <translation>%1 a commencé&#xa0;; sa planification ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>No inject is waiting on the clock; release one by hand or decide an open branch.</source>
        <translation>Aucun stimulus n&apos;attend l&apos;horloge&#xa0;; diffusez-en un manuellement ou tranchez un embranchement ouvert.</translation>
    </message>
    <message>
        <source>%1 has not started yet.</source>
        <translation>%1 n&apos;a pas encore commencé.</translation>
    </message>
    <message>
        <source>Expected action: the scenario has no action &quot;%1&quot;.</source>
        <translation>Action attendue&#xa0;: le scénario n&apos;a pas d&apos;action «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Observation: at most 20000 characters.</source>
        <translation>Observation&#xa0;: 20000 caractères au maximum.</translation>
    </message>
    <message>
        <source>Objective: the scenario has no objective &quot;%1&quot;.</source>
        <translation>Objectif&#xa0;: le scénario n&apos;a pas d&apos;objectif «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Discussion: no question %1 in phase &quot;%2&quot;.</source>
        <translation>Discussion&#xa0;: aucune question %1 dans la phase «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>No improvement item %1.</source>
        <translation>Aucun point d&apos;amélioration %1.</translation>
    </message>
    <message>
        <source>%1 already has the exercise incident %2.</source>
        <translation>%1 a déjà l&apos;incident d&apos;exercice %2.</translation>
    </message>
    <message>
        <source>%1 has ended.</source>
        <translation>%1 est terminé.</translation>
    </message>
    <message>
        <source>EXERCISE: %1</source>
        <translation>EXERCICE&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tabletop exercise %1 (%2). Not a real incident.

%3</source>
        <translation>Exercice sur table %1 (%2). Ce n&apos;est pas un incident réel.

%3</translation>
    </message>
</context>
<context>
    <name>ExerciseWindow</name>
    <message>
        <source>Facilitator Console</source>
        <translation>Console d&apos;animation</translation>
    </message>
    <message>
        <source>Exercise clock</source>
        <translation>Horloge de l&apos;exercice</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Skip to &amp;Next Inject</source>
        <translation>Passer au stimulus &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Release Now</source>
        <translation>Diffuser &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;End Exercise</source>
        <translation>&amp;Terminer l&apos;exercice</translation>
    </message>
    <message>
        <source>Pro&amp;jector View</source>
        <translation>&amp;Vue projecteur</translation>
    </message>
    <message>
        <source>Open Exercise &amp;Incident</source>
        <translation>Ouvrir l&apos;&amp;incident d&apos;exercice</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Déroulement</translation>
    </message>
    <message>
        <source>Open branches</source>
        <translation>Embranchements ouverts</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>Tran&amp;cher</translation>
    </message>
    <message>
        <source>Log a decision or response</source>
        <translation>Consigner une décision ou une réponse</translation>
    </message>
    <message>
        <source>Decision or response</source>
        <translation>Décision ou réponse</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>&amp;Log It</source>
        <translation>C&amp;onsigner</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Hot Wash</source>
        <translation>Débriefing à chaud</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>Questions de discussion</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Notes on the selected question</source>
        <translation>Notes sur la question sélectionnée</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Points forts</translation>
    </message>
    <message>
        <source>Areas for improvement</source>
        <translation>Axes d&apos;amélioration</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>Plan d&apos;amélioration</translation>
    </message>
    <message>
        <source>&amp;Add Item…</source>
        <translation>&amp;Ajouter un point…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Modi&amp;fier…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Exporter en Mar&amp;kdown…</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Exporter en &amp;HTML…</translation>
    </message>
    <message>
        <source>Rate each expected action in HSEEP terms: P performed without challenges, S with some challenges, M with major challenges, U unable to be performed. Double-click a rating or observation to change it. Rating an action a branch depends on decides the branch while the exercise runs.</source>
        <translation>Évaluez chaque action attendue selon HSEEP&#xa0;: P réalisé sans difficulté, S avec quelques difficultés, M avec des difficultés majeures, U n&apos;a pas pu être réalisé. Double-cliquez sur une évaluation ou une observation pour la modifier. Évaluer une action dont dépend un embranchement tranche cet embranchement pendant le déroulement de l&apos;exercice.</translation>
    </message>
    <message>
        <source>Pause or resume the clock (F5)</source>
        <translation>Mettre en pause ou reprendre l&apos;horloge (F5)</translation>
    </message>
    <message>
        <source>Move the clock to the next inject due and release it (F6)</source>
        <translation>Avancer l&apos;horloge jusqu&apos;au prochain stimulus prévu et le diffuser (F6)</translation>
    </message>
    <message>
        <source>Release the selected inject now, whatever its schedule (F7)</source>
        <translation>Diffuser immédiatement le stimulus sélectionné, quel que soit son horaire (F7)</translation>
    </message>
    <message>
        <source>Log it (Ctrl+L)</source>
        <translation>Consigner (Ctrl+L)</translation>
    </message>
    <message>
        <source>End Exercise</source>
        <translation>Terminer l&apos;exercice</translation>
    </message>
    <message>
        <source>End %1? The clock stops; evaluation and hot wash stay open.</source>
        <translation>Terminer %1&#xa0;? L&apos;horloge s&apos;arrête&#xa0;; l&apos;évaluation et le débriefing à chaud restent ouverts.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
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
        <translation>%1 — Console d&apos;animation</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Exercise incident %1 is open in the real workflow.</source>
        <translation>L&apos;incident d&apos;exercice %1 est ouvert dans le processus réel.</translation>
    </message>
    <message>
        <source>%1 · %2× time compression</source>
        <translation>%1 · compression temporelle %2×</translation>
    </message>
    <message>
        <source>next inject at %1</source>
        <translation>prochain stimulus à %1</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Planned for %1; press Start when the room is ready.</source>
        <translation>Prévu pour %1&#xa0;; cliquez sur Démarrer quand la salle est prête.</translation>
    </message>
    <message>
        <source>Ended. Evaluate, hold the hot wash, and report.</source>
        <translation>Terminé. Évaluez, tenez le débriefing à chaud et rédigez le rapport.</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>À lire à voix haute</translation>
    </message>
    <message>
        <source>Hints if the room is stuck</source>
        <translation>Indices si la salle est bloquée</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Signaux d&apos;alerte</translation>
    </message>
    <message>
        <source>Success indicators</source>
        <translation>Indicateurs de réussite</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>(%1 min left)</source>
        <translation>(%1 min restantes)</translation>
    </message>
    <message>
        <source>(over the %1 min limit)</source>
        <translation>(au-delà de la limite de %1 min)</translation>
    </message>
    <message>
        <source>(within %1 min of release)</source>
        <translation>(moins de %1 min après la diffusion)</translation>
    </message>
    <message>
        <source>— rated %1</source>
        <translation>— évalué %1</translation>
    </message>
    <message>
        <source>Expected actions</source>
        <translation>Actions attendues</translation>
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
        <translation>Embranchements</translation>
    </message>
    <message>
        <source>Open branches: none</source>
        <translation>Embranchements ouverts&#xa0;: aucun</translation>
    </message>
    <message>
        <source>Open branches: %1</source>
        <translation>Embranchements ouverts&#xa0;: %1</translation>
    </message>
    <message>
        <source>Usually decided by logging the participants&apos; decision; use this to override.</source>
        <translation>Normalement tranché en consignant la décision des participants&#xa0;; utilisez ceci pour passer outre.</translation>
    </message>
    <message>
        <source>Usually decided by rating the expected action; use this to override.</source>
        <translation>Normalement tranché par l&apos;évaluation de l&apos;action attendue&#xa0;; utilisez ceci pour passer outre.</translation>
    </message>
    <message>
        <source>Your choice as facilitator.</source>
        <translation>Votre choix en tant qu&apos;animateur.</translation>
    </message>
    <message>
        <source>(no inject)</source>
        <translation>(aucun stimulus)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>(no role)</source>
        <translation>(aucun rôle)</translation>
    </message>
    <message>
        <source>(settles no decision)</source>
        <translation>(ne tranche aucune décision)</translation>
    </message>
    <message>
        <source>(no expected action)</source>
        <translation>(aucune action attendue)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>%1 (from %2): re-tested, now %3</source>
        <translation>%1 (de %2)&#xa0;: re-testé, désormais %3</translation>
    </message>
    <message>
        <source>%1 (from %2): not re-tested yet</source>
        <translation>%1 (de %2)&#xa0;: pas encore re-testé</translation>
    </message>
    <message>
        <source>Earlier runs&apos; items: %1</source>
        <translation>Points des sessions précédentes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Rapport écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>&amp;Plan Exercise…</source>
        <translation>&amp;Planifier un exercice…</translation>
    </message>
    <message>
        <source>&amp;Open Console</source>
        <translation>&amp;Ouvrir la console</translation>
    </message>
    <message>
        <source>Drill History</source>
        <translation>Historique des exercices</translation>
    </message>
    <message>
        <source>Scena&amp;rio:</source>
        <translation>Scéna&amp;rio&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Mesure&#xa0;:</translation>
    </message>
    <message>
        <source>Improvement Items</source>
        <translation>Points d&apos;amélioration</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Modi&amp;fier…</translation>
    </message>
    <message>
        <source>Expected actions rated P or S</source>
        <translation>Actions attendues évaluées P ou S</translation>
    </message>
    <message>
        <source>Inject-to-decision time</source>
        <translation>Délai entre stimulus et décision</translation>
    </message>
    <message>
        <source>Plan a tabletop exercise (Ctrl+Shift+E)</source>
        <translation>Planifier un exercice sur table (Ctrl+Maj+E)</translation>
    </message>
    <message numerus="yes">
        <source>%1 open of %n item(s)</source>
        <translation>
            <numerusform>%1 ouvert sur %n point</numerusform>
            <numerusform>%1 ouverts sur %n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <source>&amp;Finding:</source>
        <translation>&amp;Constat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Preuve&#xa0;:</translation>
    </message>
    <message>
        <source>Where it is: a saved search, a ticket, a file share</source>
        <translation>Où elle se trouve&#xa0;: une recherche enregistrée, un ticket, un partage de fichiers</translation>
    </message>
    <message>
        <source>Finding: %1</source>
        <translation>Constat&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>GenericMapping</name>
    <message>
        <source>Mapping: unknown field &quot;%1&quot;; the fields are %2.</source>
        <translation>Mappage&#xa0;: champ «&#xa0;%1&#xa0;» inconnu&#xa0;; les champs sont %2.</translation>
    </message>
    <message>
        <source>Mapping: %1 must be a JSON pointer in a string, such as &quot;/rule/level&quot;.</source>
        <translation>Mappage&#xa0;: %1 doit être un pointeur JSON dans une chaîne, comme &quot;/rule/level&quot;.</translation>
    </message>
    <message>
        <source>Mapping: title is required (a JSON pointer such as &quot;/message&quot;).</source>
        <translation>Mappage&#xa0;: title est obligatoire (un pointeur JSON comme &quot;/message&quot;).</translation>
    </message>
    <message>
        <source>Mapping: %1</source>
        <translation>Mappage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mapping: title must point into the alert, not at the whole of it.</source>
        <translation>Mappage&#xa0;: title doit pointer à l&apos;intérieur de l&apos;alerte, pas sur l&apos;alerte entière.</translation>
    </message>
    <message>
        <source>expected an array of alerts (the mapping&apos;s &quot;alerts&quot;)</source>
        <translation>tableau d&apos;alertes attendu (&quot;alerts&quot; du mappage)</translation>
    </message>
    <message>
        <source>at most %1 alerts per request (this one has %2)</source>
        <translation>%1 alertes au maximum par requête (celle-ci en a %2)</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>expected a string or a number for %1</source>
        <translation>chaîne ou nombre attendu pour %1</translation>
    </message>
    <message>
        <source>%1: at most %2 characters (this one has %3)</source>
        <translation>%1&#xa0;: %2 caractères au maximum (cette valeur en a %3)</translation>
    </message>
    <message>
        <source>is required: this source&apos;s mapping takes the title from here</source>
        <translation>est obligatoire&#xa0;: le mappage de cette source prend le titre ici</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; expected firing, acknowledged or resolved</source>
        <translation>action «&#xa0;%1&#xa0;» inconnue&#xa0;; firing, acknowledged ou resolved attendu</translation>
    </message>
    <message>
        <source>expected an object of labels</source>
        <translation>objet de labels attendu</translation>
    </message>
</context>
<context>
    <name>HistogramPlot</name>
    <message>
        <source>Time to acknowledge</source>
        <translation>Délai de prise en compte</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>%1: %2 incidents (%3%)&lt;br&gt;&lt;i&gt;Click to list them&lt;/i&gt;</source>
        <translation>%1&#xa0;: %2 incidents (%3 %)&lt;br&gt;&lt;i&gt;Cliquez pour les lister&lt;/i&gt;</translation>
    </message>
    <message>
        <source>over %1</source>
        <translation>plus de %1</translation>
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
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Hypothesis:</source>
        <translation>&amp;Hypothèse&#xa0;:</translation>
    </message>
    <message>
        <source>Adversaries may be … in our environment, because …</source>
        <translation>Des attaquants pourraient … dans notre environnement, car …</translation>
    </message>
    <message>
        <source>ATT&amp;CK:</source>
        <translation>ATT&amp;CK&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Data sources:</source>
        <translation>Sources de &amp;données&#xa0;:</translation>
    </message>
    <message>
        <source>Windows security events; EDR process telemetry; proxy logs</source>
        <translation>Événements de sécurité Windows&#xa0;; télémétrie des processus EDR&#xa0;; journaux du proxy</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>Time &amp;box:</source>
        <translation>Durée &amp;impartie&#xa0;:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&lt;b&gt;Queries&lt;/b&gt;</source>
        <translation>&lt;b&gt;Requêtes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add &amp;Query</source>
        <translation>Ajouter une re&amp;quête</translation>
    </message>
    <message>
        <source>Remo&amp;ve Query</source>
        <translation>&amp;Supprimer la requête</translation>
    </message>
    <message>
        <source>&lt;b&gt;Intel that motivated it&lt;/b&gt;</source>
        <translation>&lt;b&gt;Renseignement à l&apos;origine&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Motivating intel</source>
        <translation>Renseignement à l&apos;origine</translation>
    </message>
    <message>
        <source>Propose a Hunt</source>
        <translation>Proposer une chasse</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langage</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
</context>
<context>
    <name>HuntMetricsWidget</name>
    <message>
        <source>Hunts per month</source>
        <translation>Chasses par mois</translation>
    </message>
    <message>
        <source>Hunt outcomes</source>
        <translation>Résultats des chasses</translation>
    </message>
    <message>
        <source>Incidents found by hunting and by alerts</source>
        <translation>Incidents découverts par la chasse et par les alertes</translation>
    </message>
    <message>
        <source>Techniques covered by hunts</source>
        <translation>Techniques couvertes par les chasses</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrées</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Conclues</translation>
    </message>
    <message>
        <source>Outcomes of concluded hunts</source>
        <translation>Résultats des chasses conclues</translation>
    </message>
    <message>
        <source>Outcomes of concluded hunts: none yet</source>
        <translation>Résultats des chasses conclues&#xa0;: aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>Hunting</source>
        <translation>Chasse</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>ATT&amp;CK techniques covered by hunts (cumulative)</source>
        <translation>Techniques ATT&amp;CK couvertes par les chasses (cumul)</translation>
    </message>
    <message>
        <source>Techniques</source>
        <translation>Techniques</translation>
    </message>
</context>
<context>
    <name>HuntRules</name>
    <message>
        <source>Title: give the hunt a title.</source>
        <translation>Titre&#xa0;: donnez un titre à la chasse.</translation>
    </message>
    <message>
        <source>Hypothesis: state what you expect to find and why (&quot;Adversaries may be ... because ...&quot;).</source>
        <translation>Hypothèse&#xa0;: indiquez ce que vous vous attendez à trouver et pourquoi («&#xa0;Des attaquants pourraient ... car ...&#xa0;»).</translation>
    </message>
    <message>
        <source>ATT&amp;CK techniques: %1</source>
        <translation>Techniques ATT&amp;CK&#xa0;: %1</translation>
    </message>
    <message>
        <source>Time box: the end must come after the start.</source>
        <translation>Durée impartie&#xa0;: la fin doit être postérieure au début.</translation>
    </message>
    <message>
        <source>%1 is %2; only a proposed hunt can start.</source>
        <translation>%1 a le statut %2&#xa0;; seule une chasse proposée peut démarrer.</translation>
    </message>
    <message>
        <source>Time box: set when the hunt ends before starting it.</source>
        <translation>Durée impartie&#xa0;: fixez la fin de la chasse avant de la démarrer.</translation>
    </message>
    <message>
        <source>Time box: the end has already passed; move it before starting.</source>
        <translation>Durée impartie&#xa0;: la fin est déjà passée&#xa0;; repoussez-la avant de démarrer.</translation>
    </message>
    <message>
        <source>%1 is %2; only an active hunt can be concluded.</source>
        <translation>%1 a le statut %2&#xa0;; seule une chasse active peut être conclue.</translation>
    </message>
    <message>
        <source>Outcome: choose what the hunt found.</source>
        <translation>Résultat&#xa0;: choisissez ce que la chasse a trouvé.</translation>
    </message>
    <message>
        <source>Incident: link the incident the hunt opened.</source>
        <translation>Incident&#xa0;: liez l&apos;incident ouvert par la chasse.</translation>
    </message>
    <message>
        <source>Detection: name the detection created or improved.</source>
        <translation>Détection&#xa0;: indiquez la détection créée ou améliorée.</translation>
    </message>
    <message>
        <source>Outcome note: describe the visibility gap (which data is missing).</source>
        <translation>Note de résultat&#xa0;: décrivez la lacune de visibilité (quelles données manquent).</translation>
    </message>
    <message>
        <source>%1 is %2; only a concluded hunt can be reopened.</source>
        <translation>%1 a le statut %2&#xa0;; seule une chasse conclue peut être rouverte.</translation>
    </message>
    <message>
        <source>%1 is %2; findings are recorded while a hunt is active.</source>
        <translation>%1 a le statut %2&#xa0;; les constats s&apos;enregistrent pendant qu&apos;une chasse est active.</translation>
    </message>
    <message>
        <source>Finding: describe what you found.</source>
        <translation>Constat&#xa0;: décrivez ce que vous avez trouvé.</translation>
    </message>
</context>
<context>
    <name>HuntService</name>
    <message>
        <source>No hunt %1.</source>
        <translation>Aucune chasse %1.</translation>
    </message>
    <message>
        <source>Owner: no person %1 in the directory.</source>
        <translation>Responsable&#xa0;: aucune personne %1 dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>Intel: some of the linked intel items do not exist.</source>
        <translation>Renseignement&#xa0;: certains des éléments de renseignement liés n&apos;existent pas.</translation>
    </message>
    <message>
        <source>Incident: no incident %1.</source>
        <translation>Incident&#xa0;: aucun incident %1.</translation>
    </message>
    <message>
        <source>Hunt %1</source>
        <translation>Chasse %1</translation>
    </message>
</context>
<context>
    <name>HuntsModel</name>
    <message>
        <source>Past its time box</source>
        <translation>Durée impartie dépassée</translation>
    </message>
    <message>
        <source>%1, past its time box</source>
        <translation>%1, durée impartie dépassée</translation>
    </message>
    <message>
        <source>Hunt</source>
        <translation>Chasse</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>ATT&amp;CK</source>
        <translation>ATT&amp;CK</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
</context>
<context>
    <name>HuntsTab</name>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Search hunts…</source>
        <translation>Rechercher des chasses…</translation>
    </message>
    <message>
        <source>&amp;Propose Hunt…</source>
        <translation>&amp;Proposer une chasse…</translation>
    </message>
    <message>
        <source>Propose a hypothesis-driven hunt (Ctrl+Shift+H)</source>
        <translation>Proposer une chasse fondée sur une hypothèse (Ctrl+Maj+H)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Modi&amp;fier…</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Add &amp;Finding…</source>
        <translation>Ajouter un &amp;constat…</translation>
    </message>
    <message>
        <source>&amp;Conclude…</source>
        <translation>C&amp;onclure…</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>Hunt details</source>
        <translation>Détails de la chasse</translation>
    </message>
    <message>
        <source>&amp;Hunt This…</source>
        <translation>C&amp;hasser cette technique…</translation>
    </message>
    <message>
        <source>All hunts</source>
        <translation>Toutes les chasses</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Backlog&lt;/b&gt;: %n technique(s) the tracked groups use that nothing covers</source>
        <translation>
            <numerusform>&lt;b&gt;Backlog&lt;/b&gt;&#xa0;: %n technique utilisée par les groupes suivis et non couverte</numerusform>
            <numerusform>&lt;b&gt;Backlog&lt;/b&gt;&#xa0;: %n techniques utilisées par les groupes suivis et non couvertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n hunts</source>
        <translation>
            <numerusform>%1 sur %n chasse</numerusform>
            <numerusform>%1 sur %n chasses</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a hunt, or propose one from the backlog: the techniques the groups you track use that no detection, hunt, exercise or incident covers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez une chasse, ou proposez-en une à partir du backlog&#xa0;: les techniques utilisées par les groupes que vous suivez et qu&apos;aucune détection, chasse, aucun exercice ni incident ne couvre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Hypothesis:</source>
        <translation>Hypothèse&#xa0;:</translation>
    </message>
    <message>
        <source>ATT&amp;amp;CK:</source>
        <translation>ATT&amp;amp;CK&#xa0;:</translation>
    </message>
    <message>
        <source>time box %1 to %2</source>
        <translation>durée impartie du %1 au %2</translation>
    </message>
    <message>
        <source>past its time box</source>
        <translation>durée impartie dépassée</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Detection: %1</source>
        <translation>Détection&#xa0;: %1</translation>
    </message>
    <message>
        <source>Incident: %1 %2</source>
        <translation>Incident&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>Data sources:</source>
        <translation>Sources de données&#xa0;:</translation>
    </message>
    <message>
        <source>Motivated by:</source>
        <translation>À l&apos;origine&#xa0;:</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Constats (%1)</translation>
    </message>
    <message>
        <source>An adversary may be using %1 %2 in our environment without any detection seeing it.</source>
        <translation>Un attaquant pourrait utiliser %1 %2 dans notre environnement sans qu&apos;aucune détection ne le voie.</translation>
    </message>
    <message>
        <source>Groups we track (%1) may be using %2 %3 in our environment without any detection seeing it.</source>
        <translation>Des groupes que nous suivons (%1) pourraient utiliser %2 %3 dans notre environnement sans qu&apos;aucune détection ne le voie.</translation>
    </message>
    <message>
        <source>Propose a Hunt</source>
        <translation>Proposer une chasse</translation>
    </message>
    <message>
        <source>Edit Hunt</source>
        <translation>Modifier la chasse</translation>
    </message>
    <message>
        <source>Start Hunt</source>
        <translation>Démarrer la chasse</translation>
    </message>
    <message>
        <source>Reopen Hunt</source>
        <translation>Rouvrir la chasse</translation>
    </message>
</context>
<context>
    <name>ICalendar</name>
    <message>
        <source>%1 deadline: %2</source>
        <translation>Échéance %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Incident %1: %2
Due %3
Source: %4</source>
        <translation>Incident %1&#xa0;: %2
Échéance %3
Source&#xa0;: %4</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 due %2</source>
        <translation>%1&#xa0;: échéance %2</translation>
    </message>
</context>
<context>
    <name>ImprovementDialog</name>
    <message>
        <source>Improvement Item</source>
        <translation>Point d&apos;amélioration</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Objectif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Capability:</source>
        <translation>&amp;Capacité&#xa0;:</translation>
    </message>
    <message>
        <source>Corrective &amp;action:</source>
        <translation>&amp;Action corrective&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>Éc&amp;héance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>New Improvement Item</source>
        <translation>Nouveau point d&apos;amélioration</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>(no owner yet)</source>
        <translation>(pas encore de responsable)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Action corrective</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Capacité</translation>
    </message>
</context>
<context>
    <name>ImprovementModel</name>
    <message>
        <source>Corrective action</source>
        <translation>Action corrective</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Raised in</source>
        <translation>Relevé lors de</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(aucun responsable)</translation>
    </message>
</context>
<context>
    <name>IncidentActionDialog</name>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
</context>
<context>
    <name>IncidentAttributeRules</name>
    <message>
        <source>Jurisdictions: &quot;%1&quot; is not a country or region code; use ISO 3166 codes such as DE, US or US-NY, or EU.</source>
        <translation>Juridictions&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un code de pays ou de région&#xa0;; utilisez des codes ISO 3166 tels que FR, US ou US-NY, ou EU.</translation>
    </message>
    <message>
        <source>Regulated sectors: &quot;%1&quot; is not one of %2.</source>
        <translation>Secteurs réglementés&#xa0;: «&#xa0;%1&#xa0;» ne fait pas partie de %2.</translation>
    </message>
    <message>
        <source>personal data involved</source>
        <translation>données personnelles concernées</translation>
    </message>
    <message>
        <source>employee involved</source>
        <translation>salarié impliqué</translation>
    </message>
    <message>
        <source>customer-facing impact</source>
        <translation>impact pour les clients</translation>
    </message>
    <message>
        <source>jurisdictions %1</source>
        <translation>juridictions %1</translation>
    </message>
    <message>
        <source>individuals affected: %1</source>
        <translation>personnes concernées&#xa0;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>IncidentCommunicationsTab</name>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>&amp;New Draft</source>
        <translation>&amp;Nouveau brouillon</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Public cible&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Destinataires&#xa0;:</translation>
    </message>
    <message>
        <source>E-mail addresses, separated by commas</source>
        <translation>Adresses e-mail, séparées par des virgules</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>O&amp;bjet&#xa0;:</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>&amp;Save Version</source>
        <translation>&amp;Enregistrer la version</translation>
    </message>
    <message>
        <source>Submit for &amp;Review</source>
        <translation>Soumettre pour &amp;relecture</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>A&amp;pprouver</translation>
    </message>
    <message>
        <source>S&amp;end</source>
        <translation>Envo&amp;yer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Approve for %1</source>
        <translation>Approuver pour %1</translation>
    </message>
    <message>
        <source>Post to the Chat &amp;Webhook</source>
        <translation>Publier sur le &amp;webhook de chat</translation>
    </message>
    <message>
        <source>Save as &amp;E-mail (.eml)…</source>
        <translation>Enregistrer en e-&amp;mail (.eml)…</translation>
    </message>
    <message>
        <source>&amp;Record as Sent Elsewhere…</source>
        <translation>&amp;Consigner comme envoyée ailleurs…</translation>
    </message>
    <message>
        <source>Save the text as a new version (Ctrl+S); approvals of earlier versions no longer apply</source>
        <translation>Enregistrer le texte comme nouvelle version (Ctrl+S)&#xa0;; les approbations des versions précédentes ne s&apos;appliquent plus</translation>
    </message>
    <message>
        <source>last sent %1</source>
        <translation>dernier envoi %1</translation>
    </message>
    <message>
        <source>none sent yet</source>
        <translation>aucun envoi pour l&apos;instant</translation>
    </message>
    <message>
        <source>&lt;b&gt;Status update overdue&lt;/b&gt; by %1 — updates every %2 at this severity; %3.</source>
        <translation>&lt;b&gt;Point de situation en retard&lt;/b&gt; de %1 — un point toutes les %2 à cette gravité&#xa0;; %3.</translation>
    </message>
    <message>
        <source>Next status update due %1 (%2) — every %3 at this severity; %4.</source>
        <translation>Prochain point de situation attendu %1 (%2) — un point toutes les %3 à cette gravité&#xa0;; %4.</translation>
    </message>
    <message>
        <source>Choose a template and press New Draft, or select a communication.</source>
        <translation>Choisissez un modèle et cliquez sur Nouveau brouillon, ou sélectionnez une communication.</translation>
    </message>
    <message>
        <source>%1 (current), %2, %3</source>
        <translation>%1 (actuelle), %2, %3</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1 — outside the organisation: Legal approves the exact text</source>
        <translation>%1 — hors de l&apos;organisation&#xa0;: le service juridique approuve le texte exact</translation>
    </message>
    <message>
        <source>Sent %1 by %2 via %3.</source>
        <translation>Envoyée %1 par %2 via %3.</translation>
    </message>
    <message>
        <source>%1, version %2.</source>
        <translation>%1, version %2.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Approved: %1.</source>
        <translation>Approuvée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Needs approval by %1 before it can be sent.</source>
        <translation>Nécessite l&apos;approbation de %1 avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>Fill in %1 before review.</source>
        <translation>Complétez %1 avant la relecture.</translation>
    </message>
    <message>
        <source>New Draft</source>
        <translation>Nouveau brouillon</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation>Soumettre pour relecture</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>No chat webhook is set up. Add its address under Settings &gt; Workflows.</source>
        <translation>Aucun webhook de chat n&apos;est configuré. Ajoutez son adresse sous Paramètres &gt; Processus.</translation>
    </message>
    <message>
        <source>Posting &quot;%1&quot; to %2…</source>
        <translation>Publication de «&#xa0;%1&#xa0;» sur %2…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Attempt %1 (the last one failed: %2)…</source>
        <translation>Tentative %1 (la précédente a échoué&#xa0;: %2)…</translation>
    </message>
    <message>
        <source>Save E-mail</source>
        <translation>Enregistrer l&apos;e-mail</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml)</source>
        <translation>Messages e-mail (*.eml)</translation>
    </message>
    <message>
        <source>Record as Sent</source>
        <translation>Consigner comme envoyée</translation>
    </message>
    <message>
        <source>How was it sent (for example: the regulator&apos;s online portal)?</source>
        <translation>Comment a-t-elle été envoyée (par exemple&#xa0;: via le portail en ligne du régulateur)&#xa0;?</translation>
    </message>
</context>
<context>
    <name>IncidentDeadlinesTab</name>
    <message>
        <source>&amp;Record Event…</source>
        <translation>&amp;Enregistrer un événement…</translation>
    </message>
    <message>
        <source>Record when the organisation became aware, determined materiality, classified the incident as major… Clocks start from it.</source>
        <translation>Enregistrez quand l&apos;organisation a pris connaissance, établi le caractère significatif, classé l&apos;incident comme majeur… Les délais courent à partir de là.</translation>
    </message>
    <message>
        <source>Notification &amp;Made…</source>
        <translation>&amp;Notification effectuée…</translation>
    </message>
    <message>
        <source>&amp;Waive…</source>
        <translation>&amp;Sans objet…</translation>
    </message>
    <message>
        <source>Export to &amp;Calendar…</source>
        <translation>Exporter vers le &amp;calendrier…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 (recorded by %3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 (enregistré par %3)</translation>
    </message>
    <message>
        <source>No start event recorded yet. Record when the organisation became aware, determined materiality or classified the incident as major; the clocks that apply start from it.</source>
        <translation>Aucun événement déclencheur enregistré. Enregistrez quand l&apos;organisation a pris connaissance, établi le caractère significatif ou classé l&apos;incident comme majeur&#xa0;; les délais applicables courent à partir de là.</translation>
    </message>
    <message>
        <source>Times are shown in your time zone (%1). Hour periods run in real hours; business days and months count in %2 (%3 holidays).</source>
        <translation>Les heures sont affichées dans votre fuseau horaire (%1). Les délais en heures courent en heures réelles&#xa0;; les jours ouvrés et les mois se comptent en %2 (jours fériés&#xa0;: %3).</translation>
    </message>
    <message>
        <source>US federal</source>
        <translation>fédéraux US</translation>
    </message>
    <message>
        <source>configured</source>
        <translation>configurés</translation>
    </message>
    <message>
        <source>Your local time (%1)</source>
        <translation>Votre heure locale (%1)</translation>
    </message>
    <message>
        <source>%1 — within %2</source>
        <translation>%1 — sous %2</translation>
    </message>
    <message>
        <source>Notification Made</source>
        <translation>Notification effectuée</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Due %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Échéance %2</translation>
    </message>
    <message>
        <source>This is after the deadline: the notification must give the reasons for the delay, and Muster records the deadline as missed.</source>
        <translation>C&apos;est après l&apos;échéance&#xa0;: la notification doit indiquer les motifs du retard, et Muster enregistre l&apos;échéance comme manquée.</translation>
    </message>
    <message>
        <source>On time. Add a note if you wish.</source>
        <translation>Dans les délais. Ajoutez une note si vous le souhaitez.</translation>
    </message>
    <message>
        <source>&amp;Reasons for delay:</source>
        <translation>&amp;Motifs du retard&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Waive Deadline</source>
        <translation>Déclarer l&apos;échéance sans objet</translation>
    </message>
    <message>
        <source>Why does this duty not apply? (Recorded on the timeline.)</source>
        <translation>Pourquoi cette obligation ne s&apos;applique-t-elle pas&#xa0;? (Consigné dans la chronologie.)</translation>
    </message>
    <message>
        <source>Export to Calendar</source>
        <translation>Exporter vers le calendrier</translation>
    </message>
    <message>
        <source>%1 deadlines.ics</source>
        <translation>%1 échéances.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1&#xa0;: impossible d&apos;écrire le fichier&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>IncidentLayout</name>
    <message>
        <source>%1 (after %2)</source>
        <translation>%1 (après %2)</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 (role not held)</source>
        <translation>%1 (rôle non pourvu)</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>non attribuée</translation>
    </message>
    <message>
        <source>Incident report</source>
        <translation>Rapport d&apos;incident</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>EXERCISE — this incident was opened for a tabletop exercise; it is not a real incident.</source>
        <translation>EXERCICE — cet incident a été ouvert pour un exercice sur table&#xa0;; ce n&apos;est pas un incident réel.</translation>
    </message>
    <message>
        <source>Sections marked PRIVILEGED contain material prepared at the direction of counsel. Do not forward them outside the privileged group.</source>
        <translation>Les sections marquées PRIVILÉGIÉ contiennent des éléments préparés à la demande du conseil juridique. Ne les transmettez pas en dehors du groupe couvert par le privilège.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Priority / tier</source>
        <translation>Priorité / tier</translation>
    </message>
    <message>
        <source>P%1 / %2</source>
        <translation>P%1 / %2</translation>
    </message>
    <message>
        <source>Incident commander</source>
        <translation>Commandant d&apos;incident</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>non désigné</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Pris en compte</translation>
    </message>
    <message>
        <source>Contained</source>
        <translation>Confiné</translation>
    </message>
    <message>
        <source>Remediated</source>
        <translation>Remédié</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>1. Summary</source>
        <translation>1. Résumé</translation>
    </message>
    <message>
        <source>No summary was written.</source>
        <translation>Aucun résumé n&apos;a été rédigé.</translation>
    </message>
    <message>
        <source>2. Classification</source>
        <translation>2. Classification</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Détection</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>ATT&amp;CK techniques</source>
        <translation>Techniques ATT&amp;CK</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucune enregistrée</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>Circonstances</translation>
    </message>
    <message>
        <source>Affected individuals</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>3. Affected assets</source>
        <translation>3. Actifs touchés</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>No asset is linked to the incident.</source>
        <translation>Aucun actif n&apos;est lié à l&apos;incident.</translation>
    </message>
    <message>
        <source>4. Roles and stakeholders</source>
        <translation>4. Rôles et parties prenantes</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>No incident role was assigned.</source>
        <translation>Aucun rôle d&apos;incident n&apos;a été attribué.</translation>
    </message>
    <message>
        <source>current</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Partie prenante</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Involvement</source>
        <translation>Implication</translation>
    </message>
    <message>
        <source>5. Timeline</source>
        <translation>5. Chronologie</translation>
    </message>
    <message>
        <source>Final hash of the chain (SHA-256):</source>
        <translation>Hachage final de la chaîne (SHA-256)&#xa0;:</translation>
    </message>
    <message>
        <source>Anyone holding a copy of the database can check this record later: “musterctl incidents verify %1” recomputes the chain and prints its final hash, which must equal the one above. Each entry&apos;s hash covers its time, author, kind, text and data, and the hash of the entry before it.</source>
        <translation>Toute personne disposant d&apos;une copie de la base de données peut vérifier ce registre ultérieurement&#xa0;: «&#xa0;musterctl incidents verify %1&#xa0;» recalcule la chaîne et affiche son hachage final, qui doit être identique à celui ci-dessus. Le hachage de chaque entrée couvre son heure, son auteur, son type, son texte et ses données, ainsi que le hachage de l&apos;entrée précédente.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hachage</translation>
    </message>
    <message>
        <source>%1
(recorded %2)</source>
        <translation>%1
(consigné le %2)</translation>
    </message>
    <message>
        <source>The timeline has no entries.</source>
        <translation>La chronologie ne contient aucune entrée.</translation>
    </message>
    <message>
        <source>6. Tasks by workstream</source>
        <translation>6. Tâches par volet</translation>
    </message>
    <message>
        <source>No task was recorded.</source>
        <translation>Aucune tâche n&apos;a été enregistrée.</translation>
    </message>
    <message>
        <source>%1 — PRIVILEGED</source>
        <translation>%1 — PRIVILÉGIÉ</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done / note</source>
        <translation>Réalisée / note</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>7. Communications sent</source>
        <translation>7. Communications envoyées</translation>
    </message>
    <message>
        <source>No communication was sent.</source>
        <translation>Aucune communication n&apos;a été envoyée.</translation>
    </message>
    <message>
        <source>7.%1 %2</source>
        <translation>7.%1 %2</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%1 par %2 le %3</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no addresses recorded</source>
        <translation>aucune adresse enregistrée</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>%1 by %2 via %3</source>
        <translation>%1 par %2 via %3</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>no approval was required</source>
        <translation>aucune approbation n&apos;était requise</translation>
    </message>
    <message>
        <source>The text as approved and sent:</source>
        <translation>Le texte tel qu&apos;approuvé et envoyé&#xa0;:</translation>
    </message>
    <message>
        <source>Further communications drafted but not sent, and so not part of this record: %1.</source>
        <translation>Autres communications rédigées mais non envoyées, et donc hors de ce registre&#xa0;: %1.</translation>
    </message>
    <message>
        <source>8. Regulatory deadlines</source>
        <translation>8. Échéances réglementaires</translation>
    </message>
    <message>
        <source>Event that started the clocks</source>
        <translation>Événement ayant déclenché les délais</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Consigné par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>No clock start event was recorded.</source>
        <translation>Aucun événement de déclenchement des délais n&apos;a été consigné.</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>Obligation</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>À notifier</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>No regulatory deadline applies.</source>
        <translation>Aucune échéance réglementaire ne s&apos;applique.</translation>
    </message>
    <message>
        <source>9. Lessons learned</source>
        <translation>9. Enseignements tirés</translation>
    </message>
    <message>
        <source>No post-incident review task exists for this incident.</source>
        <translation>Aucune tâche de revue post-incident n&apos;existe pour cet incident.</translation>
    </message>
    <message>
        <source>Post-incident review: %1.</source>
        <translation>Revue post-incident&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Consigné</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Lesson or action</source>
        <translation>Enseignement ou action</translation>
    </message>
    <message>
        <source>No lessons were recorded yet.</source>
        <translation>Aucun enseignement n&apos;a encore été consigné.</translation>
    </message>
    <message>
        <source>Incident report %1</source>
        <translation>Rapport d&apos;incident %1</translation>
    </message>
    <message>
        <source>Incident report %1 — %2</source>
        <translation>Rapport d&apos;incident %1 — %2</translation>
    </message>
</context>
<context>
    <name>IncidentListModel</name>
    <message>
        <source>Confidential exercise incident</source>
        <translation>Incident d&apos;exercice confidentiel</translation>
    </message>
    <message>
        <source>Confidential incident</source>
        <translation>Incident confidentiel</translation>
    </message>
    <message>
        <source>Exercise incident</source>
        <translation>Incident d&apos;exercice</translation>
    </message>
    <message>
        <source>Not acknowledged yet</source>
        <translation>Pas encore pris en compte</translation>
    </message>
    <message>
        <source>Time since detection (open incidents) or from detection to closure</source>
        <translation>Temps écoulé depuis la détection (incidents ouverts) ou entre la détection et la clôture</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Commander</source>
        <translation>Commandant</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ancienneté</translation>
    </message>
    <message>
        <source>Time to acknowledge</source>
        <translation>Délai de prise en compte</translation>
    </message>
    <message>
        <source>Detection source</source>
        <translation>Source de détection</translation>
    </message>
</context>
<context>
    <name>IncidentReport</name>
    <message>
        <source>The timeline has no entries, so there is no hash chain to verify.</source>
        <translation>La chronologie ne contient aucune entrée&#xa0;: il n&apos;y a donc pas de chaîne de hachage à vérifier.</translation>
    </message>
    <message numerus="yes">
        <source>The hash chain of all %n timeline entries verifies: no entry has been changed, removed or inserted since it was recorded.</source>
        <translation>
            <numerusform>La chaîne de hachage de la chronologie (%n entrée) se vérifie&#xa0;: aucune entrée n&apos;a été modifiée, supprimée ou insérée depuis son enregistrement.</numerusform>
            <numerusform>La chaîne de hachage des %n entrées de la chronologie se vérifie&#xa0;: aucune entrée n&apos;a été modifiée, supprimée ou insérée depuis son enregistrement.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hash chain does NOT verify: %1 The record from entry %2 on cannot be relied upon.</source>
        <translation>La chaîne de hachage NE se vérifie PAS&#xa0;: %1 Le registre ne peut pas être considéré comme fiable à partir de l&apos;entrée %2.</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — %1 — restricted to the incident&apos;s access list, Legal and HR</source>
        <translation>CONFIDENTIEL — %1 — réservé à la liste d&apos;accès de l&apos;incident, au service juridique et aux RH</translation>
    </message>
    <message>
        <source>PRIVILEGED &amp; CONFIDENTIAL — prepared at the direction of counsel</source>
        <translation>PRIVILÉGIÉ ET CONFIDENTIEL — préparé à la demande du conseil juridique</translation>
    </message>
</context>
<context>
    <name>IncidentRolesWidget</name>
    <message>
        <source>Incident roles</source>
        <translation>Rôles de l&apos;incident</translation>
    </message>
    <message>
        <source>&amp;Assign or Hand Over…</source>
        <translation>&amp;Attribuer ou transmettre…</translation>
    </message>
    <message>
        <source>Give the selected role to someone; the handover is recorded on the timeline</source>
        <translation>Confier le rôle sélectionné à quelqu&apos;un&#xa0;; la passation est consignée dans la chronologie</translation>
    </message>
    <message>
        <source>Stand &amp;Down</source>
        <translation>&amp;Libérer le rôle</translation>
    </message>
    <message>
        <source>Access list (confidential incident)</source>
        <translation>Liste d&apos;accès (incident confidentiel)</translation>
    </message>
    <message>
        <source>Access list</source>
        <translation>Liste d&apos;accès</translation>
    </message>
    <message>
        <source>Person to add</source>
        <translation>Personne à ajouter</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Only the people on this list, and everyone in the Legal and HR functions, see this incident.</source>
        <translation>Seules les personnes de cette liste, ainsi que toutes celles des fonctions juridique et RH, voient cet incident.</translation>
    </message>
    <message>
        <source>vacant</source>
        <translation>vacant</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation>%1&#xa0;: %2 – %3</translation>
    </message>
    <message>
        <source>Earlier holders:
%1</source>
        <translation>Titulaires précédents&#xa0;:
%1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — Assign or Hand Over</source>
        <translation>%1 — Attribuer ou transmettre</translation>
    </message>
    <message>
        <source>Nobody holds the role %1.</source>
        <translation>Personne n&apos;occupe le rôle %1.</translation>
    </message>
    <message>
        <source>%1 holds the role %2. The handover is recorded with its time.</source>
        <translation>%1 occupe le rôle %2. La passation est enregistrée avec son heure.</translation>
    </message>
    <message>
        <source>Assign Role</source>
        <translation>Attribuer le rôle</translation>
    </message>
    <message>
        <source>Stand Down</source>
        <translation>Libérer le rôle</translation>
    </message>
    <message>
        <source>Access List</source>
        <translation>Liste d&apos;accès</translation>
    </message>
</context>
<context>
    <name>IncidentRules</name>
    <message>
        <source>Title: an incident needs a title.</source>
        <translation>Titre&#xa0;: un incident doit avoir un titre.</translation>
    </message>
    <message>
        <source>Title: at most 300 characters (this one has %1).</source>
        <translation>Titre&#xa0;: 300 caractères au maximum (celui-ci en a %1).</translation>
    </message>
    <message>
        <source>ATT&amp;CK techniques: &quot;%1&quot; is not a technique id; use the form T1234 or T1234.001.</source>
        <translation>Techniques ATT&amp;CK&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un identifiant de technique&#xa0;; utilisez la forme T1234 ou T1234.001.</translation>
    </message>
    <message>
        <source>Detected at: the detection time cannot be in the future.</source>
        <translation>Détecté le&#xa0;: l&apos;heure de détection ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Incident opened: %1 (%2)</source>
        <translation>Incident ouvert&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Time: %1 is before the incident was detected (%2).</source>
        <translation>Heure&#xa0;: %1 est antérieur à la détection de l&apos;incident (%2).</translation>
    </message>
    <message>
        <source>Status changed from %1 to %2</source>
        <translation>Statut modifié de %1 à %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The incident is already at %1.</source>
        <translation>L&apos;incident est déjà en %1.</translation>
    </message>
    <message>
        <source>Reason: say why the incident changes tier.</source>
        <translation>Motif&#xa0;: indiquez pourquoi l&apos;incident change de tier.</translation>
    </message>
    <message>
        <source>A SEV1 incident is a major incident and stays at %1.</source>
        <translation>Un incident SEV1 est un incident majeur et reste en %1.</translation>
    </message>
    <message>
        <source>The incident touches a business-critical asset and stays at %1 or above.</source>
        <translation>L&apos;incident touche un actif critique pour l&apos;activité et reste en %1 ou au-dessus.</translation>
    </message>
    <message>
        <source>Escalated from %1 to %2: %3</source>
        <translation>Escaladé de %1 à %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>De-escalated from %1 to %2: %3</source>
        <translation>Désescaladé de %1 à %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>SEV1 is a major incident, handled by the Tier 3 escalation point</source>
        <translation>SEV1 est un incident majeur, traité par le point d&apos;escalade Tier 3</translation>
    </message>
    <message>
        <source>touches business-critical asset %1</source>
        <translation>touche l&apos;actif critique pour l&apos;activité %1</translation>
    </message>
    <message>
        <source>Routed automatically from %1 to %2: %3</source>
        <translation>Acheminé automatiquement de %1 à %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Reason: say why the detection time changes (for example, when the impact started before the alert).</source>
        <translation>Motif&#xa0;: indiquez pourquoi l&apos;heure de détection change (par exemple, si l&apos;impact a commencé avant l&apos;alerte).</translation>
    </message>
    <message>
        <source>Detected at: the incident cannot be detected after it was acknowledged (%1).</source>
        <translation>Détecté le&#xa0;: l&apos;incident ne peut pas avoir été détecté après sa prise en compte (%1).</translation>
    </message>
    <message>
        <source>Detection time set to %1 (was %2): %3</source>
        <translation>Heure de détection fixée à %1 (auparavant %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Note: the note is empty.</source>
        <translation>Note&#xa0;: la note est vide.</translation>
    </message>
    <message>
        <source>Asset linked: %1 (%2)</source>
        <translation>Actif lié&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Asset unlinked: %1</source>
        <translation>Actif délié&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 unassigned</source>
        <translation>%1 non attribué</translation>
    </message>
    <message>
        <source>Detected at: say why the incident was detected before it was opened (for example, the impact began before the alert).</source>
        <translation>Détecté le&#xa0;: indiquez pourquoi l&apos;incident a été détecté avant son ouverture (par exemple, l&apos;impact a commencé avant l&apos;alerte).</translation>
    </message>
    <message>
        <source>%1; detected at %2: %3</source>
        <translation>%1&#xa0;; détecté le %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>IncidentService</name>
    <message>
        <source>%1: no person %2 in the directory.</source>
        <translation>%1&#xa0;: aucune personne %2 dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>Commander</source>
        <translation>Commandant</translation>
    </message>
    <message>
        <source>Assignees</source>
        <translation>Personnes assignées</translation>
    </message>
    <message>
        <source>Assets: no asset %1 in the inventory.</source>
        <translation>Actifs&#xa0;: aucun actif %1 dans l&apos;inventaire.</translation>
    </message>
    <message>
        <source>Time: a status change cannot be recorded in the future.</source>
        <translation>Heure&#xa0;: un changement de statut ne peut pas être enregistré dans le futur.</translation>
    </message>
    <message>
        <source>%1 is already linked to %2.</source>
        <translation>%1 est déjà lié à %2.</translation>
    </message>
    <message>
        <source>Assets: asset %1 is not linked to %2.</source>
        <translation>Actifs&#xa0;: l&apos;actif %1 n&apos;est pas lié à %2.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Title changed to &quot;%1&quot;</source>
        <translation>Titre modifié en «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Summary updated</source>
        <translation>Synthèse mise à jour</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Severity changed from %1 to %2</source>
        <translation>Gravité modifiée de %1 à %2</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Category changed from %1 to %2</source>
        <translation>Catégorie modifiée de %1 à %2</translation>
    </message>
    <message>
        <source>ATT&amp;CK techniques: &quot;%1&quot; is not a technique id; use the form T1234 or T1234.001.</source>
        <translation>Techniques ATT&amp;CK&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un identifiant de technique&#xa0;; utilisez la forme T1234 ou T1234.001.</translation>
    </message>
    <message>
        <source>ATT&amp;CK techniques</source>
        <translation>Techniques ATT&amp;CK</translation>
    </message>
    <message>
        <source>ATT&amp;CK techniques set to %1</source>
        <translation>Techniques ATT&amp;CK définies à %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Assignees: %1</source>
        <translation>Personnes assignées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Marked confidential</source>
        <translation>Marqué confidentiel</translation>
    </message>
    <message>
        <source>Confidential marking removed</source>
        <translation>Marquage confidentiel retiré</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Détection</translation>
    </message>
    <message>
        <source>Detection source detail set to &quot;%1&quot;</source>
        <translation>Détail de la source de détection défini à «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>IncidentTasksTab</name>
    <message>
        <source>What playbooks match on</source>
        <translation>Critères de déclenchement des playbooks</translation>
    </message>
    <message>
        <source>&amp;Personal data involved</source>
        <translation>Données &amp;personnelles concernées</translation>
    </message>
    <message>
        <source>&amp;Employee involved</source>
        <translation>&amp;Salarié impliqué</translation>
    </message>
    <message>
        <source>Customer-&amp;facing impact</source>
        <translation>Impact pour les &amp;clients</translation>
    </message>
    <message>
        <source>Financial services</source>
        <translation>Services financiers</translation>
    </message>
    <message>
        <source>Health care (HIPAA)</source>
        <translation>Santé (HIPAA)</translation>
    </message>
    <message>
        <source>NIS2 entity</source>
        <translation>Entité NIS2</translation>
    </message>
    <message>
        <source>SEC registrant</source>
        <translation>Émetteur enregistré auprès de la SEC</translation>
    </message>
    <message>
        <source>&amp;Jurisdictions:</source>
        <translation>&amp;Juridictions&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. DE, EU, US-NY</source>
        <translation>p. ex. FR, EU, US-NY</translation>
    </message>
    <message>
        <source>People a&amp;ffected:</source>
        <translation>Personnes c&amp;oncernées&#xa0;:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Show tasks</source>
        <translation>Afficher les tâches</translation>
    </message>
    <message>
        <source>Add &amp;Task…</source>
        <translation>Ajouter une &amp;tâche…</translation>
    </message>
    <message>
        <source>Task details</source>
        <translation>Détails de la tâche</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>Ter&amp;miné</translation>
    </message>
    <message>
        <source>&amp;Blocked…</source>
        <translation>&amp;Bloquée…</translation>
    </message>
    <message>
        <source>&amp;Not Applicable…</source>
        <translation>&amp;Non applicable…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>Appro&amp;uver</translation>
    </message>
    <message>
        <source>Assi&amp;gn…</source>
        <translation>Attr&amp;ibuer…</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>Comm&amp;entaire…</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Tâches ouvertes</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Toutes les tâches</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Mark the task done (Ctrl+Enter)</source>
        <translation>Marquer la tâche comme terminée (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Approve for %1</source>
        <translation>Approuver pour %1</translation>
    </message>
    <message>
        <source>%1 open, %2 overdue, %3 in all</source>
        <translation>%1 ouvertes, %2 en retard, %3 au total</translation>
    </message>
    <message>
        <source>%1 open, %2 in all</source>
        <translation>%1 ouvertes, %2 au total</translation>
    </message>
    <message>
        <source>No playbook applies yet.</source>
        <translation>Aucun playbook ne s&apos;applique encore.</translation>
    </message>
    <message>
        <source>Playbooks: %1</source>
        <translation>Playbooks&#xa0;: %1</translation>
    </message>
    <message>
        <source>Business-critical asset linked</source>
        <translation>Actif critique pour l&apos;activité lié</translation>
    </message>
    <message>
        <source>Saved; playbooks added %1 tasks.</source>
        <translation>Enregistré&#xa0;; les playbooks ont ajouté %1 tâches.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a task to see what it asks, what it waits for and its comments.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez une tâche pour voir ce qu&apos;elle demande, ce qu&apos;elle attend et ses commentaires.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Added by the playbook &quot;%1&quot;</source>
        <translation>Ajoutée par le playbook «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>Ajoutée manuellement</translation>
    </message>
    <message>
        <source>Due %1 after %2</source>
        <translation>Échéance&#xa0;: %1 après %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Action on an employee:&lt;/b&gt; it cannot start before HR and Legal approve it.</source>
        <translation>&lt;b&gt;Action visant un salarié&#xa0;:&lt;/b&gt; elle ne peut pas commencer avant l&apos;approbation des RH et du service juridique.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Waits for: %1</source>
        <translation>En attente de&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 approved for %2 on %3</source>
        <translation>%1 a approuvé pour %2 le %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Still needs %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nécessite encore %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Comments&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Commentaires&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What is &quot;%1&quot; blocked on?</source>
        <translation>Qu&apos;est-ce qui bloque «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Why does &quot;%1&quot; not apply?</source>
        <translation>Pourquoi «&#xa0;%1&#xa0;» ne s&apos;applique-t-elle pas&#xa0;?</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>The %1, whoever holds the role</source>
        <translation>Le titulaire du rôle %1, quel qu&apos;il soit</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Assign Task</source>
        <translation>Attribuer la tâche</translation>
    </message>
    <message>
        <source>Who owns &quot;%1&quot;?</source>
        <translation>Qui est responsable de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Commentaire&#xa0;:</translation>
    </message>
</context>
<context>
    <name>IncidentWindow</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Résumé&#xa0;:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Gravité&#xa0;:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Commander:</source>
        <translation>Commandant&#xa0;:</translation>
    </message>
    <message>
        <source>ATT&amp;&amp;CK techniques:</source>
        <translation>Techniques ATT&amp;&amp;CK&#xa0;:</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Apply Changes</source>
        <translation>Appliquer les modifications</translation>
    </message>
    <message>
        <source>Record the changes on the timeline (Ctrl+S)</source>
        <translation>Consigner les modifications dans la chronologie (Ctrl+S)</translation>
    </message>
    <message>
        <source>Assignees:</source>
        <translation>Personnes assignées&#xa0;:</translation>
    </message>
    <message>
        <source>Detected by:</source>
        <translation>Détecté par&#xa0;:</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Délais de réponse</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Détecté&#xa0;:</translation>
    </message>
    <message>
        <source>Acknowledged:</source>
        <translation>Pris en compte&#xa0;:</translation>
    </message>
    <message>
        <source>Contained:</source>
        <translation>Confiné&#xa0;:</translation>
    </message>
    <message>
        <source>Remediated:</source>
        <translation>Remédié&#xa0;:</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>Clôturé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <source>&amp;Assets</source>
        <translation>&amp;Actifs</translation>
    </message>
    <message>
        <source>&amp;Link Asset</source>
        <translation>&amp;Lier un actif</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>Délie&amp;r</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Business-critical</source>
        <translation>Critique pour l&apos;activité</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Incident actions</source>
        <translation>Actions sur l&apos;incident</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Prendre en compte</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Change &amp;Status…</source>
        <translation>Changer le &amp;statut…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Escalader…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>Ajouter une &amp;note…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Set &amp;Detection Time…</source>
        <translation>Définir l&apos;heure de &amp;détection…</translation>
    </message>
    <message>
        <source>Confidential Incident</source>
        <translation>Incident confidentiel</translation>
    </message>
    <message>
        <source>%1 is confidential: only its access list, Legal and HR may open it.</source>
        <translation>%1 est confidentiel&#xa0;: seules les personnes de sa liste d&apos;accès, le service juridique et les RH peuvent l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Cannot Open Incident</source>
        <translation>Impossible d&apos;ouvrir l&apos;incident</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Incident</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>&amp;Fermer la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Apply Changes</source>
        <translation>A&amp;ppliquer les modifications</translation>
    </message>
    <message>
        <source>e.g. T1566.001, T1078</source>
        <translation>p. ex. T1566.001, T1078</translation>
    </message>
    <message>
        <source>Priority comes from the severity and the most critical linked asset: a business-critical asset, regulated personal data or a risk score of 80 or more raises SEV2 to P1 and SEV3 to P2. An incident that touches a business-critical asset is handled at Tier 2 or above.</source>
        <translation>La priorité découle de la gravité et de l&apos;actif lié le plus critique&#xa0;: un actif critique pour l&apos;activité, des données personnelles réglementées ou un score de risque d&apos;au moins 80 font passer SEV2 en P1 et SEV3 en P2. Un incident qui touche un actif critique pour l&apos;activité est traité au Tier 2 ou au-dessus.</translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation>&amp;Tâches</translation>
    </message>
    <message>
        <source>&amp;Communications</source>
        <translation>C&amp;ommunications</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>&amp;Échéances</translation>
    </message>
    <message>
        <source>O&amp;bservables</source>
        <translation>O&amp;bservables</translation>
    </message>
    <message>
        <source>Not Done</source>
        <translation>Non fait</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>%1 (after %2)</source>
        <translation>%1 (après %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>(non assigné)</translation>
    </message>
    <message numerus="yes">
        <source>✔ Hash chain verified: %n entries, nothing changed or removed. Final hash %1</source>
        <translation>
            <numerusform>✔ Chaîne de hachage vérifiée&#xa0;: %n entrée, rien de modifié ni de supprimé. Hachage final %1</numerusform>
            <numerusform>✔ Chaîne de hachage vérifiée&#xa0;: %n entrées, rien de modifié ni de supprimé. Hachage final %1</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ Timeline verified</source>
        <translation>✔ Chronologie vérifiée</translation>
    </message>
    <message>
        <source>✖ Hash chain broken: %1</source>
        <translation>✖ Chaîne de hachage rompue&#xa0;: %1</translation>
    </message>
    <message>
        <source>✖ Timeline broken at entry %1</source>
        <translation>✖ Chronologie rompue à l&apos;entrée %1</translation>
    </message>
    <message>
        <source>&amp;Timeline (%1)</source>
        <translation>&amp;Chronologie (%1)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Assets (%1)</source>
        <translation>&amp;Actifs (%1)</translation>
    </message>
    <message>
        <source>Acknowledged.</source>
        <translation>Pris en compte.</translation>
    </message>
    <message>
        <source>Change Status of %1</source>
        <translation>Changer le statut de %1</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 a le statut %2.</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;Nouveau statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <source>What was done (optional)</source>
        <translation>Ce qui a été fait (facultatif)</translation>
    </message>
    <message>
        <source>Escalate or De-escalate %1</source>
        <translation>Escalader ou désescalader %1</translation>
    </message>
    <message>
        <source>%1 is at %2.</source>
        <translation>%1 est au niveau %2.</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Tier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Why the incident changes tier</source>
        <translation>Pourquoi l&apos;incident change de tier</translation>
    </message>
    <message>
        <source>Add Note to %1</source>
        <translation>Ajouter une note à %1</translation>
    </message>
    <message>
        <source>An observation, a decision, an action taken</source>
        <translation>Une observation, une décision, une action menée</translation>
    </message>
    <message>
        <source>Set Detection Time of %1</source>
        <translation>Définir l&apos;heure de détection de %1</translation>
    </message>
    <message>
        <source>MTTA and MTTR count from the detection time. Set it earlier when the impact began before the alert.</source>
        <translation>Le MTTA et le MTTR se comptent à partir de l&apos;heure de détection. Avancez-la si l&apos;impact a commencé avant l&apos;alerte.</translation>
    </message>
    <message>
        <source>&amp;Detected at:</source>
        <translation>&amp;Détecté le&#xa0;:</translation>
    </message>
    <message>
        <source>Why the detection time changes</source>
        <translation>Pourquoi l&apos;heure de détection change</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Changes recorded on the timeline.</source>
        <translation>Modifications consignées dans la chronologie.</translation>
    </message>
    <message>
        <source>Link %1</source>
        <translation>Lier %1</translation>
    </message>
    <message>
        <source>Select the asset to unlink.</source>
        <translation>Sélectionnez l&apos;actif à délier.</translation>
    </message>
    <message>
        <source>Unlink %1</source>
        <translation>Délier %1</translation>
    </message>
    <message>
        <source>Incident Removed</source>
        <translation>Incident retiré</translation>
    </message>
    <message>
        <source>%1 (%2) is no longer on this computer: it was deleted on the team server, or you may no longer read it.</source>
        <translation>%1 (%2) n&apos;est plus sur cet ordinateur : il a été supprimé sur le serveur d&apos;équipe, ou vous n&apos;avez plus le droit de le lire.</translation>
    </message>
</context>
<context>
    <name>IncidentWriter</name>
    <message>
        <source>No incident %1.</source>
        <translation>Aucun incident %1.</translation>
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
        <translation>&amp;Nouvel incident…</translation>
    </message>
    <message>
        <source>Open a new incident (Ctrl+N)</source>
        <translation>Ouvrir un nouvel incident (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search title, summary, notes or reference (Ctrl+F)</source>
        <translation>Rechercher dans le titre, le résumé, les notes ou la référence (Ctrl+F)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation>Filtre de gravité</translation>
    </message>
    <message>
        <source>Tier filter</source>
        <translation>Filtre de tier</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtre de catégorie</translation>
    </message>
    <message>
        <source>Assignee filter</source>
        <translation>Filtre par personne assignée</translation>
    </message>
    <message>
        <source>Real or exercise incidents</source>
        <translation>Incidents réels ou d&apos;exercice</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Highlighted: not acknowledged yet</source>
        <translation>En surbrillance&#xa0;: pas encore pris en compte</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Tous les tiers</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Real incidents</source>
        <translation>Incidents réels</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Real and exercises</source>
        <translation>Réels et exercices</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miens</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Affichage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Counting incidents…</source>
        <translation>Comptage des incidents…</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Save the incidents the filters show as CSV, for spreadsheets (Ctrl+Shift+E)</source>
        <translation>Enregistrer les incidents affichés par les filtres au format CSV, pour les tableurs (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <source>Export Incident List</source>
        <translation>Exporter la liste des incidents</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Exporting incidents…</source>
        <translation>Export des incidents…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n incident(s) to %1.</source>
        <translation>
            <numerusform>%n incident exporté vers %1.</numerusform>
            <numerusform>%n incidents exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to %1:
%2</source>
        <translation>Impossible d’exporter vers %1 :
%2</translation>
    </message>
    <message>
        <source>No incidents here yet: the team&apos;s are arriving from the team server…</source>
        <translation>Aucun incident ici pour l&apos;instant : ceux de l&apos;équipe arrivent du serveur d&apos;équipe…</translation>
    </message>
</context>
<context>
    <name>InjectStatusModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>Stimulus</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Diffusé</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Selected by a branch</source>
        <translation>Sélectionné par une branche</translation>
    </message>
    <message>
        <source>Waits for a branch</source>
        <translation>En attente d&apos;une branche</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Non sélectionné</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>Réserve</translation>
    </message>
</context>
<context>
    <name>IntakeConfig</name>
    <message>
        <source>Listen: &quot;%1&quot; is not ADDRESS:PORT (for example 127.0.0.1:8787 or [::1]:8787).</source>
        <translation>Adresse d&apos;écoute&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas au format ADRESSE:PORT (par exemple 127.0.0.1:8787 ou [::1]:8787).</translation>
    </message>
    <message>
        <source>Listen: &quot;%1&quot; is not an IP address; use 127.0.0.1, 0.0.0.0 or ::.</source>
        <translation>Adresse d&apos;écoute&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une adresse IP&#xa0;; utilisez 127.0.0.1, 0.0.0.0 ou&#xa0;::.</translation>
    </message>
</context>
<context>
    <name>IntakeRunner</name>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Receiving alerts at %1://%2</source>
        <translation>Réception des alertes sur %1://%2</translation>
    </message>
    <message>
        <source>Not receiving alerts: %1</source>
        <translation>Aucune alerte reçue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>IntakeServer</name>
    <message>
        <source>The intake server is already running.</source>
        <translation>Le serveur de réception est déjà en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>TLS: give both the certificate file and the key file (PEM).</source>
        <translation>TLS&#xa0;: indiquez à la fois le fichier de certificat et le fichier de clé (PEM).</translation>
    </message>
    <message>
        <source>TLS certificate: %1 holds no PEM certificate.</source>
        <translation>Certificat TLS&#xa0;: %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>TLS key: cannot read %1: %2</source>
        <translation>Clé TLS&#xa0;: impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>TLS key: %1 holds no unencrypted PEM private key.</source>
        <translation>Clé TLS&#xa0;: %1 ne contient aucune clé privée PEM non chiffrée.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Impossible d&apos;écouter sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The request is larger than %1 bytes; Muster takes bodies up to %1 bytes.</source>
        <translation>La requête dépasse %1 octets&#xa0;; Muster accepte des corps jusqu&apos;à %1 octets.</translation>
    </message>
    <message>
        <source>Muster could not store the alert; retry later. (%1)</source>
        <translation>Muster n&apos;a pas pu enregistrer l&apos;alerte&#xa0;; réessayez plus tard. (%1)</translation>
    </message>
    <message>
        <source>No such endpoint.</source>
        <translation>Point de terminaison inexistant.</translation>
    </message>
    <message>
        <source>%1 takes GET.</source>
        <translation>%1 accepte GET.</translation>
    </message>
    <message>
        <source>No endpoint %1; Muster takes alerts at %2, %3 and %4.</source>
        <translation>Aucun point de terminaison %1&#xa0;; Muster reçoit les alertes sur %2, %3 et %4.</translation>
    </message>
    <message>
        <source>%1 takes POST.</source>
        <translation>%1 accepte POST.</translation>
    </message>
    <message>
        <source>The body has %1 bytes; Muster takes bodies up to %2 bytes.</source>
        <translation>Le corps fait %1 octets&#xa0;; Muster accepte des corps jusqu&apos;à %2 octets.</translation>
    </message>
    <message>
        <source>Content-Type %1 is not JSON; send application/json.</source>
        <translation>Le Content-Type %1 n&apos;est pas du JSON&#xa0;; envoyez application/json.</translation>
    </message>
    <message>
        <source>Unknown or revoked token.</source>
        <translation>Jeton inconnu ou révoqué.</translation>
    </message>
    <message>
        <source>A token is required: send &quot;Authorization: Bearer TOKEN&quot; with the source&apos;s token.</source>
        <translation>Un jeton est requis&#xa0;: envoyez «&#xa0;Authorization: Bearer TOKEN&#xa0;» avec le jeton de la source.</translation>
    </message>
    <message>
        <source>Source %1 sends more than %2 requests per second; slow down.</source>
        <translation>La source %1 envoie plus de %2 requêtes par seconde&#xa0;; ralentissez.</translation>
    </message>
</context>
<context>
    <name>IntelDemoWriter</name>
    <message>
        <source>Demo threat intelligence team</source>
        <translation>Équipe de renseignement sur la menace (démo)</translation>
    </message>
    <message>
        <source>Demo intelligence; not real.</source>
        <translation>Renseignement de démonstration&#xa0;; non réel.</translation>
    </message>
    <message>
        <source>Windows security events</source>
        <translation>Événements de sécurité Windows</translation>
    </message>
    <message>
        <source>EDR process telemetry</source>
        <translation>Télémétrie des processus EDR</translation>
    </message>
    <message>
        <source>First pass over 30 days of telemetry done.</source>
        <translation>Premier passage sur 30 jours de télémétrie terminé.</translation>
    </message>
    <message>
        <source>Saved search in the SIEM</source>
        <translation>Recherche enregistrée dans le SIEM</translation>
    </message>
    <message>
        <source>proxy logs</source>
        <translation>journaux du proxy</translation>
    </message>
    <message>
        <source>Weekly SOC intelligence brief</source>
        <translation>Bulletin de renseignement hebdomadaire du SOC</translation>
    </message>
    <message>
        <source>Ransomware and help-desk fraud: what it means for us</source>
        <translation>Rançongiciels et fraude au support informatique&#xa0;: ce que cela signifie pour nous</translation>
    </message>
</context>
<context>
    <name>IntelImportService</name>
    <message>
        <source>%1: cannot read the file (%2).</source>
        <translation>%1&#xa0;: impossible de lire le fichier (%2).</translation>
    </message>
    <message>
        <source>No intel item %1.</source>
        <translation>Aucun élément de renseignement %1.</translation>
    </message>
</context>
<context>
    <name>IntelImportService::Report</name>
    <message>
        <source>%1: imported the ATT&amp;CK catalog: %2 tactics, %3 techniques, %4 groups, %5 uses.</source>
        <translation>%1&#xa0;: catalogue ATT&amp;CK importé&#xa0;: %2 tactiques, %3 techniques, %4 groupes, %5 utilisations.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 added, %3 updated, %4 unchanged; %5 relationships; %n sighting(s).</source>
        <translation>
            <numerusform>%1&#xa0;: %2 ajoutés, %3 mis à jour, %4 inchangés&#xa0;; %5 relations&#xa0;; %n observation.</numerusform>
            <numerusform>%1&#xa0;: %2 ajoutés, %3 mis à jour, %4 inchangés&#xa0;; %5 relations&#xa0;; %n observations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept without a model: %1.</source>
        <translation>Conservés sans modèle&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>IntelItemDialog</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation>&amp;Valeurs&#xa0;:</translation>
    </message>
    <message>
        <source>One per line: 203.0.113.7, 2001:db8::1, 198.51.100.0/24, evil.example, https://…, a hash, an e-mail address</source>
        <translation>Un par ligne&#xa0;: 203.0.113.7, 2001:db8::1, 198.51.100.0/24, evil.example, https://…, un hachage, une adresse e-mail</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Defaults to the first value</source>
        <translation>Par défaut, la première valeur</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>Who produced it (an ISAC, a vendor, your team)</source>
        <translation>Qui l&apos;a produit (un ISAC, un fournisseur, votre équipe)</translation>
    </message>
    <message>
        <source>&amp;TLP marking:</source>
        <translation>&amp;Marquage TLP&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation>&amp;Confiance&#xa0;:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>&amp;First seen:</source>
        <translation>&amp;Première observation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last seen:</source>
        <translation>&amp;Dernière observation&#xa0;:</translation>
    </message>
    <message>
        <source>Valid f&amp;rom:</source>
        <translation>Valide à pa&amp;rtir du&#xa0;:</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>Valide &amp;jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <source>ATT&amp;CK:</source>
        <translation>ATT&amp;CK&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>D&amp;escription&#xa0;:</translation>
    </message>
    <message>
        <source>New Intel Item</source>
        <translation>Nouvel élément de renseignement</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not an IP address, domain, URL, file hash or e-mail address.</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est ni une adresse IP, ni un domaine, ni une URL, ni une empreinte de fichier, ni une adresse e-mail.</translation>
    </message>
</context>
<context>
    <name>IntelItemsModel</name>
    <message>
        <source>Revoked by its producer</source>
        <translation>Révoqué par son producteur</translation>
    </message>
    <message>
        <source>Outside its validity window: no new sightings</source>
        <translation>Hors de sa période de validité&#xa0;: aucune nouvelle observation</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Seen %1</source>
        <translation>Vu le %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Expiré le %1</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Depuis le %1</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>ATT&amp;CK</source>
        <translation>ATT&amp;CK</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
</context>
<context>
    <name>IntelItemsTab</name>
    <message>
        <source>Kind filter</source>
        <translation>Filtre de type</translation>
    </message>
    <message>
        <source>Marking filter</source>
        <translation>Filtre de marquage</translation>
    </message>
    <message>
        <source>Search name, value, source, technique…</source>
        <translation>Rechercher un nom, une valeur, une source, une technique…</translation>
    </message>
    <message>
        <source>&amp;Import STIX…</source>
        <translation>&amp;Importer du STIX…</translation>
    </message>
    <message>
        <source>Import a STIX 2.0 or 2.1 bundle (Ctrl+Shift+I)</source>
        <translation>Importer un bundle STIX 2.0 ou 2.1 (Ctrl+Maj+I)</translation>
    </message>
    <message>
        <source>From &amp;TAXII…</source>
        <translation>Depuis &amp;TAXII…</translation>
    </message>
    <message>
        <source>&amp;New Item…</source>
        <translation>&amp;Nouvel élément…</translation>
    </message>
    <message>
        <source>Enter an indicator or other item (Ctrl+Shift+N)</source>
        <translation>Saisir un indicateur ou un autre élément (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>&amp;Brief…</source>
        <translation>&amp;Bulletin…</translation>
    </message>
    <message>
        <source>Draft a brief from the selected items</source>
        <translation>Rédiger un bulletin à partir des éléments sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Share STIX…</source>
        <translation>&amp;Partager en STIX…</translation>
    </message>
    <message>
        <source>Write the selected items as a STIX bundle, as far as their markings allow</source>
        <translation>Écrire les éléments sélectionnés dans un bundle STIX, dans la mesure où leur marquage le permet</translation>
    </message>
    <message>
        <source>Item details</source>
        <translation>Détails de l&apos;élément</translation>
    </message>
    <message>
        <source>&lt;b&gt;Briefs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bulletins&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Open Brief…</source>
        <translation>&amp;Ouvrir un bulletin…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Any marking</source>
        <translation>Tous les marquages</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n intel items</source>
        <translation>
            <numerusform>%1 sur %n élément de renseignement</numerusform>
            <numerusform>%1 sur %n éléments de renseignement</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an item to see its details and sightings.&lt;/p&gt;&lt;p&gt;Import a STIX bundle (&lt;b&gt;Ctrl+Shift+I&lt;/b&gt;) or a TAXII collection, or enter an indicator (&lt;b&gt;Ctrl+Shift+N&lt;/b&gt;).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez un élément pour afficher ses détails et ses observations.&lt;/p&gt;&lt;p&gt;Importez un bundle STIX (&lt;b&gt;Ctrl+Maj+I&lt;/b&gt;) ou une collection TAXII, ou saisissez un indicateur (&lt;b&gt;Ctrl+Maj+N&lt;/b&gt;).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Première observation</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernière observation</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valide à partir du</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>ATT&amp;CK</source>
        <translation>ATT&amp;CK</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>STIX id</source>
        <translation>Identifiant STIX</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Sightings (%1)</source>
        <translation>Observations (%1)</translation>
    </message>
    <message>
        <source>&lt;p&gt;No incident has observed these values yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun incident n&apos;a encore observé ces valeurs.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import STIX Bundle</source>
        <translation>Importer un bundle STIX</translation>
    </message>
    <message>
        <source>STIX bundles (*.json);;All files (*)</source>
        <translation>Bundles STIX (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>TLP:AMBER (default)</source>
        <translation>TLP:AMBER (par défaut)</translation>
    </message>
    <message>
        <source>Marking for objects that carry no TLP marking:</source>
        <translation>Marquage des objets sans marquage TLP&#xa0;:</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation>Rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>STIX Import</source>
        <translation>Importation STIX</translation>
    </message>
    <message>
        <source>New Brief</source>
        <translation>Nouveau bulletin</translation>
    </message>
    <message>
        <source>Who is the brief for?</source>
        <translation>À qui s&apos;adresse le bulletin&#xa0;?</translation>
    </message>
    <message>
        <source>Share as STIX</source>
        <translation>Partager en STIX</translation>
    </message>
    <message>
        <source>Who is it for? Items whose marking does not allow it are withheld.</source>
        <translation>À qui est-il destiné&#xa0;? Les éléments dont le marquage ne le permet pas sont retenus.</translation>
    </message>
    <message>
        <source>STIX bundles (*.json)</source>
        <translation>Bundles STIX (*.json)</translation>
    </message>
    <message>
        <source>Wrote %1: %2 shared, %3 withheld by their marking. The distribution is logged.</source>
        <translation>%1 écrit&#xa0;: %2 partagés, %3 retenus en raison de leur marquage. La diffusion est journalisée.</translation>
    </message>
</context>
<context>
    <name>IntelPage</name>
    <message>
        <source>Intel &amp; Hunting</source>
        <translation>Renseignement et chasse</translation>
    </message>
    <message>
        <source>&amp;Intel</source>
        <translation>&amp;Renseignement</translation>
    </message>
    <message>
        <source>&amp;Hunts</source>
        <translation>&amp;Chasses</translation>
    </message>
    <message>
        <source>C&amp;overage</source>
        <translation>C&amp;ouverture</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>The body is empty; expected a JSON document.</source>
        <translation>Le corps est vide&#xa0;; un document JSON était attendu.</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1 at byte %2.</source>
        <translation>Le corps n&apos;est pas du JSON valide&#xa0;: %1 à l&apos;octet %2.</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>The body: %1.</source>
        <translation>Le corps&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>chaîne attendue</translation>
    </message>
    <message>
        <source>at most %1 characters (this one has %2)</source>
        <translation>au plus %1 caractères (celle-ci en a %2)</translation>
    </message>
    <message>
        <source>expected a string or a number</source>
        <translation>chaîne ou nombre attendu</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>tableau attendu</translation>
    </message>
</context>
<context>
    <name>LeadershipLayout</name>
    <message>
        <source>too few to compare</source>
        <translation>trop peu pour comparer</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>%1% faster</source>
        <translation>%1&#xa0;% plus rapide</translation>
    </message>
    <message>
        <source>%1% slower</source>
        <translation>%1&#xa0;% plus lent</translation>
    </message>
    <message>
        <source>%1: no incident of the period reached this step yet.</source>
        <translation>%1&#xa0;: aucun incident de la période n&apos;a encore atteint cette étape.</translation>
    </message>
    <message>
        <source>%1 was %2 (median %3, 90th percentile %4; incidents measured: %5)</source>
        <translation>%1 était de %2 (médiane %3, 90e centile %4&#xa0;; incidents mesurés&#xa0;: %5)</translation>
    </message>
    <message>
        <source>%1; in the previous period it was %2 (median %3).</source>
        <translation>%1&#xa0;; sur la période précédente, il était de %2 (médiane %3).</translation>
    </message>
    <message>
        <source>%1; the previous period had too few incidents to compare.</source>
        <translation>%1&#xa0;; la période précédente comptait trop peu d&apos;incidents pour comparer.</translation>
    </message>
    <message>
        <source>Incidents detected in the period: %1, %2 against the previous period (%3).</source>
        <translation>Incidents détectés sur la période&#xa0;: %1, %2 par rapport à la période précédente (%3).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 Of these: %2.</source>
        <translation>%1 Dont&#xa0;: %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Mean time to acknowledge (MTTA)</source>
        <translation>Délai moyen de prise en compte (MTTA)</translation>
    </message>
    <message>
        <source>Mean time to remediate (MTTR)</source>
        <translation>Délai moyen de remédiation (MTTR)</translation>
    </message>
    <message>
        <source>Remediation missed its SLA target for %1 of %2 decided incidents (%3); %4 of them are still open past the target.</source>
        <translation>La remédiation a manqué son objectif SLA pour %1 des %2 incidents tranchés (%3)&#xa0;; %4 d&apos;entre eux sont encore ouverts après l&apos;échéance.</translation>
    </message>
    <message>
        <source>No incident of the period has reached or passed its remediation target yet.</source>
        <translation>Aucun incident de la période n&apos;a encore atteint ou dépassé son objectif de remédiation.</translation>
    </message>
    <message>
        <source>No SEV1 or SEV2 incident is open.</source>
        <translation>Aucun incident SEV1 ou SEV2 n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>SEV1 or SEV2 incidents still open: %1.</source>
        <translation>Incidents SEV1 ou SEV2 encore ouverts&#xa0;: %1.</translation>
    </message>
    <message>
        <source>SEV1 or SEV2 incidents still open: %1; the oldest was detected %2 ago.</source>
        <translation>Incidents SEV1 ou SEV2 encore ouverts&#xa0;: %1&#xa0;; le plus ancien a été détecté il y a %2.</translation>
    </message>
    <message>
        <source>No regulatory notification deadline fell due in the period.</source>
        <translation>Aucune échéance réglementaire de notification n&apos;est arrivée à terme sur la période.</translation>
    </message>
    <message>
        <source>Regulatory deadlines due in the period: %6, of which %1 met, %2 missed and %3 waived; %4 overdue and %5 still running.</source>
        <translation>Échéances réglementaires arrivant à terme sur la période&#xa0;: %6, dont %1 respectées, %2 manquées et %3 levées&#xa0;; %4 en retard et %5 encore en cours.</translation>
    </message>
    <message>
        <source>No tabletop exercise was run in the period.</source>
        <translation>Aucun exercice sur table n&apos;a été mené sur la période.</translation>
    </message>
    <message>
        <source>Tabletop exercises run: %1; %2 of the rated expected actions were performed without major challenges (P or S).</source>
        <translation>Exercices sur table menés&#xa0;: %1&#xa0;; %2 des actions attendues évaluées ont été réalisées sans difficultés majeures (P ou S).</translation>
    </message>
    <message>
        <source>%1 Improvement items still open: %2, of which %3 past their due date.</source>
        <translation>%1 Points d&apos;amélioration encore ouverts&#xa0;: %2, dont %3 après leur échéance.</translation>
    </message>
    <message>
        <source>Leadership report</source>
        <translation>Rapport de direction</translation>
    </message>
    <message>
        <source>Security operations, %1</source>
        <translation>Opérations de sécurité, %1</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>not set (Settings &gt; Organisation)</source>
        <translation>non défini (Paramètres &gt; Organisation)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>%1, incidents by detection date (%2)</source>
        <translation>%1, incidents par date de détection (%2)</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Comparé à</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Real incidents; exercise incidents are left out and false positives counted apart.</source>
        <translation>Incidents réels&#xa0;; les incidents d&apos;exercice sont exclus et les faux positifs comptés à part.</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>Chiffres arrêtés au</translation>
    </message>
    <message>
        <source>1. Executive summary</source>
        <translation>1. Synthèse</translation>
    </message>
    <message>
        <source>%1 confidential incidents are in the figures but not named in this report; %2 false positives are not in the figures.</source>
        <translation>%1 incidents confidentiels figurent dans les chiffres mais ne sont pas nommés dans ce rapport&#xa0;; %2 faux positifs ne figurent pas dans les chiffres.</translation>
    </message>
    <message>
        <source>2. Incidents by severity</source>
        <translation>2. Incidents par gravité</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Incidents detected by severity</source>
        <translation>Incidents détectés par gravité</translation>
    </message>
    <message>
        <source>3. Response times: MTTA and MTTR</source>
        <translation>3. Délais de réponse&#xa0;: MTTA et MTTR</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90e centile</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Not reached yet</source>
        <translation>Pas encore atteint</translation>
    </message>
    <message>
        <source>Previous median</source>
        <translation>Médiane précédente</translation>
    </message>
    <message>
        <source>Change of median</source>
        <translation>Évolution de la médiane</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Median and 90th percentile by week of detection</source>
        <translation>Médiane et 90e centile par semaine de détection</translation>
    </message>
    <message>
        <source>Median and 90th percentile by month of detection</source>
        <translation>Médiane et 90e centile par mois de détection</translation>
    </message>
    <message>
        <source>%1 %2 Median and 90th percentile interpolate between ranks, so one long incident moves the mean but not the median; the 90th percentile shows the long tail.</source>
        <translation>%1 %2 La médiane et le 90e centile sont interpolés entre les rangs&#xa0;: un seul incident long déplace la moyenne mais pas la médiane&#xa0;; le 90e centile montre la traîne des cas longs.</translation>
    </message>
    <message>
        <source>4. SLA targets</source>
        <translation>4. Objectifs SLA</translation>
    </message>
    <message>
        <source>SLA outcomes of the incidents detected in the period</source>
        <translation>Résultats SLA des incidents détectés sur la période</translation>
    </message>
    <message>
        <source>Acknowledged late or overdue</source>
        <translation>Pris en compte en retard ou échus</translation>
    </message>
    <message>
        <source>Breach rate</source>
        <translation>Taux de non-respect</translation>
    </message>
    <message>
        <source>Remediated late or overdue</source>
        <translation>Remédiés en retard ou échus</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Met: reached within the target of the incident&apos;s severity. Breached: reached late. Overdue: not reached and already past the target. Breach rate = (breached + overdue) / (met + breached + overdue); incidents still within their target are not decided yet. Targets are set in Settings.</source>
        <translation>Respecté&#xa0;: atteint dans l&apos;objectif fixé pour la gravité de l&apos;incident. Non respecté&#xa0;: atteint en retard. En retard&#xa0;: non atteint et objectif déjà dépassé. Taux de non-respect = (non respectés + en retard) / (respectés + non respectés + en retard)&#xa0;; les incidents encore dans les délais de leur objectif ne sont pas encore tranchés. Les objectifs se définissent dans les Paramètres.</translation>
    </message>
    <message>
        <source>5. Open SEV1 and SEV2 incidents</source>
        <translation>5. Incidents SEV1 et SEV2 ouverts</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Open for</source>
        <translation>Ouvert depuis</translation>
    </message>
    <message>
        <source>no commander named</source>
        <translation>aucun commandant désigné</translation>
    </message>
    <message>
        <source>Further confidential incidents open and not listed here: %1.</source>
        <translation>Autres incidents confidentiels ouverts, non listés ici&#xa0;: %1.</translation>
    </message>
    <message>
        <source>6. Regulatory deadlines</source>
        <translation>6. Échéances réglementaires</translation>
    </message>
    <message>
        <source>Deadlines due in the period: %1 met, %2 missed, %3 waived, %4 overdue, %5 still running.</source>
        <translation>Échéances arrivant à terme sur la période&#xa0;: %1 respectées, %2 manquées, %3 levées, %4 en retard, %5 encore en cours.</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>Obligation</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>No regulatory deadline fell due in the period.</source>
        <translation>Aucune échéance réglementaire n&apos;est arrivée à terme sur la période.</translation>
    </message>
    <message>
        <source>Deadlines of confidential incidents counted above and not listed: %1.</source>
        <translation>Échéances d&apos;incidents confidentiels comptées ci-dessus mais non listées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>7. Tabletop exercises</source>
        <translation>7. Exercices sur table</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Rated actions</source>
        <translation>Actions évaluées</translation>
    </message>
    <message>
        <source>Weakest objective</source>
        <translation>Objectif le plus faible</translation>
    </message>
    <message>
        <source>P or S</source>
        <translation>P ou S</translation>
    </message>
    <message>
        <source>Inject to decision</source>
        <translation>Du stimulus à la décision</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Ratings (HSEEP): P performed without challenges, S with some challenges, M with major challenges, U unable to be performed. An objective is rated by its weakest expected action.</source>
        <translation>Évaluations (HSEEP)&#xa0;: P réalisé sans difficulté, S réalisé avec quelques difficultés, M réalisé avec des difficultés majeures, U n&apos;a pas pu être réalisé. Un objectif reçoit l&apos;évaluation de son action attendue la plus faible.</translation>
    </message>
    <message>
        <source>8. Improvement items still open</source>
        <translation>8. Points d&apos;amélioration encore ouverts</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Action corrective</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Raised in</source>
        <translation>Relevé lors de</translation>
    </message>
    <message>
        <source>No improvement item is open.</source>
        <translation>Aucun point d&apos;amélioration n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>non attribué</translation>
    </message>
    <message>
        <source>Leadership report, %1</source>
        <translation>Rapport de direction, %1</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>An incident cannot go from %1 to %2. From %1 it can go to: %3.</source>
        <translation>Un incident ne peut pas passer de %1 à %2. Depuis %1, il peut passer à&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>LocalApplier</name>
    <message>
        <source>The incident was deleted on the team server.</source>
        <translation>L&apos;incident a été supprimé sur le serveur d&apos;équipe.</translation>
    </message>
    <message>
        <source>the team server refused it.</source>
        <translation>le serveur d&apos;équipe l&apos;a refusé.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was removed from this computer: %2 %n change(s) made here could not be sent.</source>
        <translation>
            <numerusform>%1 a été supprimé de cet ordinateur&#xa0;: %2 %n modification faite ici n&apos;a pas pu être envoyée.</numerusform>
            <numerusform>%1 a été supprimé de cet ordinateur&#xa0;: %2 %n modifications faites ici n&apos;ont pas pu être envoyées.</numerusform>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Load &amp;Demo Data…</source>
        <translation>Charger les données de &amp;démo…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Muster</source>
        <translation>À &amp;propos de Muster</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Welcome to Muster</source>
        <translation>Bienvenue dans Muster</translation>
    </message>
    <message>
        <source>This database is empty. Load a demo organisation to explore Muster?</source>
        <translation>Cette base de données est vide. Charger une organisation de démonstration pour découvrir Muster&#xa0;?</translation>
    </message>
    <message>
        <source>Load Demo Data</source>
        <translation>Charger les données de démo</translation>
    </message>
    <message>
        <source>Start Empty</source>
        <translation>Commencer à vide</translation>
    </message>
    <message>
        <source>This database already holds incidents. Add the demo organisation to it anyway?</source>
        <translation>Cette base de données contient déjà des incidents. Y ajouter quand même l&apos;organisation de démonstration&#xa0;?</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Muster databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Muster (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>Muster databases (*.sqlite)</source>
        <translation>Bases de données Muster (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists. Use File &gt; Open Database to open it.</source>
        <translation>%1 existe déjà. Ouvrez-le avec Fichier &gt; Ouvrir une base de données.</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>Import &amp;People (CSV)…</source>
        <translation>Importer des &amp;personnes (CSV)…</translation>
    </message>
    <message>
        <source>Import &amp;Assets (CSV)…</source>
        <translation>Importer des &amp;actifs (CSV)…</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Alert intake</source>
        <translation>Réception des alertes</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>SLA targets</source>
        <translation>Objectifs de SLA</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Con&amp;flicts and Refused Changes…</source>
        <translation>&amp;Conflits et modifications refusées…</translation>
    </message>
    <message>
        <source>My Tasks</source>
        <translation>Mes tâches</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <source>Intel</source>
        <translation>Renseignement</translation>
    </message>
    <message>
        <source>Alert noise</source>
        <translation>Bruit des alertes</translation>
    </message>
    <message>
        <source>Hunting</source>
        <translation>Chasse</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>the incidents behind the chart you clicked on the dashboard</source>
        <translation>les incidents derrière le graphique sur lequel vous avez cliqué dans le tableau de bord</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Click for the sync details and conflicts.</source>
        <translation>Cliquez pour afficher les détails de synchronisation et les conflits.</translation>
    </message>
    <message>
        <source>Local only: Muster no longer synchronises this database.</source>
        <translation>Local uniquement&#xa0;: Muster ne synchronise plus cette base de données.</translation>
    </message>
    <message>
        <source>Saved. Connecting to %1…</source>
        <translation>Enregistré. Connexion à %1…</translation>
    </message>
    <message>
        <source>Saved; the password is in the system keychain. Connecting to %1…</source>
        <translation>Enregistré&#xa0;; le mot de passe est dans le trousseau du système. Connexion à %1…</translation>
    </message>
    <message>
        <source>Team Server</source>
        <translation>Serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>Your changes are kept on this computer until the server can be reached.</source>
        <translation>Vos modifications sont conservées sur cet ordinateur jusqu&apos;à ce que le serveur soit joignable.</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>The demo holds about 200 incidents over the last 12 months, a stakeholder directory, live incidents with their tasks, alerts waiting for triage, tabletop exercises and threat intelligence. Use a separate database for real work (File &gt; New Database).</source>
        <translation>La démo contient environ 200 incidents sur les 12 derniers mois, un annuaire des parties prenantes, des incidents en cours avec leurs tâches, des alertes en attente de tri, des exercices sur table et du renseignement sur les menaces. Utilisez une base de données distincte pour le travail réel (Fichier &gt; Nouvelle base de données).</translation>
    </message>
    <message>
        <source>This database synchronises with the team server %1: the demo organisation would be sent to everyone on it. Load it anyway?</source>
        <translation>Cette base de données se synchronise avec le serveur d&apos;équipe %1 : l&apos;organisation de démonstration serait envoyée à tous ceux qui l&apos;utilisent. La charger quand même ?</translation>
    </message>
</context>
<context>
    <name>MergeAlertDialog</name>
    <message>
        <source>Merge Alert into Incident</source>
        <translation>Fusionner l&apos;alerte dans un incident</translation>
    </message>
    <message>
        <source>Filter by reference or title…</source>
        <translation>Filtrer par référence ou titre…</translation>
    </message>
    <message>
        <source>Add &lt;b&gt;%1&lt;/b&gt; (%2) to the timeline of:</source>
        <translation>Ajouter &lt;b&gt;%1&lt;/b&gt; (%2) à la chronologie de&#xa0;:</translation>
    </message>
    <message>
        <source>%1  %2  —  %3 · %4 · %5</source>
        <translation>%1  %2  —  %3 · %4 · %5</translation>
    </message>
    <message>
        <source>No open incidents. Promote the alert instead.</source>
        <translation>Aucun incident ouvert. Promouvez plutôt l&apos;alerte.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
</context>
<context>
    <name>MetricsService</name>
    <message>
        <source>The stored SLA targets (setting %1) are not a JSON object: %2</source>
        <translation>Les objectifs de SLA enregistrés (paramètre %1) ne sont pas un objet JSON&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MyTasksPage</name>
    <message>
        <source>My Tasks</source>
        <translation>Mes tâches</translation>
    </message>
    <message>
        <source>Show &amp;finished</source>
        <translation>Afficher les tâches &amp;achevées</translation>
    </message>
    <message>
        <source>&amp;Open Incident</source>
        <translation>&amp;Ouvrir l&apos;incident</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Tasks of %1: named as owner, or through a role held in the incident.</source>
        <translation>Tâches de %1&#xa0;: en tant que responsable désigné ou via un rôle tenu dans l&apos;incident.</translation>
    </message>
    <message>
        <source>Choose who you are under Settings &gt; Acting as to see your tasks.</source>
        <translation>Indiquez qui vous êtes dans Paramètres &gt; Agir en tant que pour voir vos tâches.</translation>
    </message>
    <message>
        <source>%1 tasks, %2 overdue</source>
        <translation>%1 tâches, %2 en retard</translation>
    </message>
    <message>
        <source>%1 tasks</source>
        <translation>%1 tâches</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
</context>
<context>
    <name>NavigatorLayer</name>
    <message>
        <source>Coverage of ATT&amp;CK techniques by detections, hunts, exercises and incidents, exported by Muster on %1.</source>
        <translation>Couverture des techniques ATT&amp;CK par les détections, chasses, exercices et incidents, exportée par Muster le %1.</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <source>New Incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>Ce qui s&apos;est passé, en quelques mots</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ier:</source>
        <translation>T&amp;ier&#xa0;:</translation>
    </message>
    <message>
        <source>Detected &amp;by:</source>
        <translation>Détecté &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>Tool or alert name</source>
        <translation>Nom de l&apos;outil ou de l&apos;alerte</translation>
    </message>
    <message>
        <source>Detected &amp;at:</source>
        <translation>Détecté &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>Why earlier than now (e.g. impact began before the alert)</source>
        <translation>Pourquoi plus tôt que maintenant (p. ex. l&apos;impact a commencé avant l&apos;alerte)</translation>
    </message>
    <message>
        <source>ATT&amp;&amp;CK t&amp;echniques:</source>
        <translation>Tech&amp;niques ATT&amp;&amp;CK&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. T1566.001, T1078</source>
        <translation>p. ex. T1566.001, T1078</translation>
    </message>
    <message>
        <source>Co&amp;mmander:</source>
        <translation>Co&amp;mmandant&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;onfidential</source>
        <translation>C&amp;onfidentiel</translation>
    </message>
    <message>
        <source>E&amp;xercise</source>
        <translation>E&amp;xercice</translation>
    </message>
    <message>
        <source>Assi&amp;gnees:</source>
        <translation>Personnes &amp;assignées&#xa0;:</translation>
    </message>
    <message>
        <source>Affected a&amp;ssets:</source>
        <translation>Actif&amp;s concernés&#xa0;:</translation>
    </message>
    <message>
        <source>Filter assets</source>
        <translation>Filtrer les actifs</translation>
    </message>
    <message>
        <source>Open Incident</source>
        <translation>Ouvrir l&apos;incident</translation>
    </message>
    <message>
        <source>(not yet assigned)</source>
        <translation>(pas encore assigné)</translation>
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
        <translation>%1 — critique pour l&apos;activité</translation>
    </message>
    <message>
        <source>Sensitivity: %1, risk score %2</source>
        <translation>Sensibilité&#xa0;: %1, score de risque %2</translation>
    </message>
    <message>
        <source>Say why the detection time is earlier than now.</source>
        <translation>Indiquez pourquoi l&apos;heure de détection est antérieure à maintenant.</translation>
    </message>
</context>
<context>
    <name>NoiseMetricsWidget</name>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Alert noise: which detections to tune.</source>
        <translation>Bruit des alertes&#xa0;: quelles détections ajuster.</translation>
    </message>
    <message>
        <source>Alerts (occurrences)</source>
        <translation>Alertes (occurrences)</translation>
    </message>
    <message>
        <source>Dismissed as false positive</source>
        <translation>Écartées comme faux positifs</translation>
    </message>
    <message>
        <source>Alerts per incident</source>
        <translation>Alertes par incident</translation>
    </message>
    <message>
        <source>Median time to triage</source>
        <translation>Délai médian de triage</translation>
    </message>
    <message>
        <source>Waiting for triage</source>
        <translation>En attente de triage</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>Par source</translation>
    </message>
    <message>
        <source>By rule</source>
        <translation>Par règle</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Source / rule</source>
        <translation>Source / règle</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Faux positif</translation>
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
        <translation>%1 sur %2 alertes triées</translation>
    </message>
    <message>
        <source>%1 alerts in %2 incidents</source>
        <translation>%1 alertes dans %2 incidents</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 sur %2 (%3)</translation>
    </message>
    <message>
        <source>not triaged</source>
        <translation>non triée</translation>
    </message>
</context>
<context>
    <name>Observable</name>
    <message>
        <source>no value given.</source>
        <translation>aucune valeur indiquée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IPv4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a range; give a single address.</source>
        <translation>«&#xa0;%1&#xa0;» est une plage&#xa0;; indiquez une seule adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IPv6.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de domaine.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL (scheme://host/path).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL (schéma://hôte/chemin).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an MD5, SHA-1, SHA-256 or SHA-512 hash.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une empreinte MD5, SHA-1, SHA-256 ou SHA-512.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>unknown kind.</source>
        <translation>type inconnu.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ObservableService</name>
    <message>
        <source>Observed: an observable cannot be seen in the future.</source>
        <translation>Observé&#xa0;: un observable ne peut pas être vu dans le futur.</translation>
    </message>
    <message>
        <source>%1 already has the observable %2.</source>
        <translation>%1 possède déjà l&apos;observable %2.</translation>
    </message>
    <message>
        <source>No observable %1.</source>
        <translation>Aucun observable %1.</translation>
    </message>
</context>
<context>
    <name>ObservablesModel</name>
    <message>
        <source>Sighting of: %1</source>
        <translation>Observation de&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Sighting of</source>
        <translation>Observation de</translation>
    </message>
    <message>
        <source>Where seen</source>
        <translation>Où vu</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observé</translation>
    </message>
</context>
<context>
    <name>ObservablesWidget</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value: 203.0.113.7, evil.example, https://…, SHA-256, e-mail</source>
        <translation>Valeur&#xa0;: 203.0.113.7, evil.example, https://…, SHA-256, e-mail</translation>
    </message>
    <message>
        <source>Observable value</source>
        <translation>Valeur de l&apos;observable</translation>
    </message>
    <message>
        <source>Where seen (proxy logs, EDR, mail gateway)</source>
        <translation>Où vu (journaux du proxy, EDR, passerelle de messagerie)</translation>
    </message>
    <message>
        <source>Where seen</source>
        <translation>Où vu</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message numerus="yes">
        <source>Sighting: %1 matches %n indicator(s).</source>
        <translation>
            <numerusform>Observation&#xa0;: %1 correspond à %n indicateur.</numerusform>
            <numerusform>Observation&#xa0;: %1 correspond à %n indicateurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Observable</source>
        <translation>Retirer l&apos;observable</translation>
    </message>
    <message>
        <source>Remove %1 from this incident? Its sightings go with it; the timeline keeps a record.</source>
        <translation>Retirer %1 de cet incident&#xa0;? Ses observations sont retirées avec lui&#xa0;; la chronologie en garde une trace.</translation>
    </message>
    <message numerus="yes">
        <source>%n observable(s), %1 sighting(s) of intel indicators</source>
        <translation>
            <numerusform>%n observable, %1 observation(s) d&apos;indicateurs de renseignement</numerusform>
            <numerusform>%n observables, %1 observation(s) d&apos;indicateurs de renseignement</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenAevImport</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1&#xa0;: impossible de lire le fichier&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the file is %2 bytes long; an export may have at most %3 bytes</source>
        <translation>%1&#xa0;: le fichier fait %2 octets&#xa0;; un export peut faire au plus %3 octets</translation>
    </message>
    <message>
        <source>The ZIP archive holds no .json export.</source>
        <translation>L&apos;archive ZIP ne contient aucun export .json.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the export is larger than %2 bytes</source>
        <translation>%1&#xa0;: l&apos;export dépasse %2 octets</translation>
    </message>
    <message>
        <source>%1:%2:%3: not valid JSON: %4</source>
        <translation>%1:%2:%3&#xa0;: JSON non valide&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1: an OpenAEV export is a JSON object</source>
        <translation>%1&#xa0;: un export OpenAEV est un objet JSON</translation>
    </message>
    <message>
        <source>missing &quot;export_version&quot;; this does not look like an OpenAEV scenario export</source>
        <translation>«&#xa0;export_version&#xa0;» manquant&#xa0;; cela ne ressemble pas à un export de scénario OpenAEV</translation>
    </message>
    <message>
        <source>export version %1 is not supported; Muster reads version 1</source>
        <translation>la version d&apos;export %1 n&apos;est pas prise en charge&#xa0;; Muster lit la version 1</translation>
    </message>
    <message>
        <source>missing &quot;scenario_information&quot; object</source>
        <translation>objet «&#xa0;scenario_information&#xa0;» manquant</translation>
    </message>
    <message>
        <source>missing &quot;scenario_injects&quot; array</source>
        <translation>tableau «&#xa0;scenario_injects&#xa0;» manquant</translation>
    </message>
    <message>
        <source>the scenario has no &quot;scenario_name&quot;</source>
        <translation>le scénario n&apos;a pas de «&#xa0;scenario_name&#xa0;»</translation>
    </message>
    <message>
        <source>Imported from an OpenAEV scenario export.</source>
        <translation>Importé depuis un export de scénario OpenAEV.</translation>
    </message>
    <message>
        <source>Exercise participants</source>
        <translation>Participants à l&apos;exercice</translation>
    </message>
    <message>
        <source>Teams of the OpenAEV scenario (focus: %1)</source>
        <translation>Équipes du scénario OpenAEV (axe&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Operational communications</source>
        <translation>Communications opérationnelles</translation>
    </message>
    <message>
        <source>Cybersecurity</source>
        <translation>Cybersécurité</translation>
    </message>
    <message>
        <source>%1 teams; at most %2 are imported</source>
        <translation>%1 équipes&#xa0;; au plus %2 sont importées</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Équipe %1</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Everyone taking part (the export defines no teams).</source>
        <translation>Toutes les personnes participantes (l&apos;export ne définit aucune équipe).</translation>
    </message>
    <message>
        <source>Meet the expectations of the imported scenario.</source>
        <translation>Répondre aux attentes du scénario importé.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
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
        <translation>%1 stimuli&#xa0;; au plus %2 sont importés</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Exercise control (e-mail)</source>
        <translation>Animation de l&apos;exercice (e-mail)</translation>
    </message>
    <message>
        <source>Subject: %1

%2</source>
        <translation>Objet&#xa0;: %1

%2</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>Exercise control</source>
        <translation>Animation de l&apos;exercice</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Messagerie instantanée</translation>
    </message>
    <message>
        <source>OpenAEV inject type &quot;%1&quot; (%2) has no tabletop equivalent; describe what it would show. Its settings: %3</source>
        <translation>Le type de stimulus OpenAEV «&#xa0;%1&#xa0;» (%2) n&apos;a pas d&apos;équivalent dans un exercice sur table&#xa0;; décrivez ce qu&apos;il montrerait. Ses paramètres&#xa0;: %3</translation>
    </message>
    <message>
        <source>The content was shortened to %1 characters.</source>
        <translation>Le contenu a été tronqué à %1 caractères.</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>the scenario has no injects</source>
        <translation>le scénario n&apos;a aucun stimulus</translation>
    </message>
    <message>
        <source>Not a valid OpenAEV scenario export; nothing was imported:
%1</source>
        <translation>Export de scénario OpenAEV non valide&#xa0;; rien n&apos;a été importé&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Disabled in OpenAEV (planned at %1 min); release it by hand if wanted.</source>
        <translation>Désactivé dans OpenAEV (prévu à %1 min)&#xa0;; diffusez-le manuellement si besoin.</translation>
    </message>
    <message>
        <source>Imported from the OpenAEV export %1</source>
        <translation>Importé depuis l&apos;export OpenAEV %1</translation>
    </message>
    <message>
        <source>Variables the export did not resolve; fill them in before the exercise: %1</source>
        <translation>Variables que l&apos;export n&apos;a pas résolues&#xa0;; renseignez-les avant l&apos;exercice&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: the export cannot be turned into a valid scenario:
%2</source>
        <translation>%1&#xa0;: l&apos;export ne peut pas être converti en scénario valide&#xa0;:
%2</translation>
    </message>
</context>
<context>
    <name>OpenIncidentsChart</name>
    <message numerus="yes">
        <source>%1, %2: %n incident(s)</source>
        <translation>
            <numerusform>%1, %2&#xa0;: %n incident</numerusform>
            <numerusform>%1, %2&#xa0;: %n incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>open incidents</source>
        <translation>incidents ouverts</translation>
    </message>
</context>
<context>
    <name>OrganisationProfile</name>
    <message>
        <source>Logo: the image has %1 KiB; use one of at most %2 KiB.</source>
        <translation>Logo&#xa0;: l&apos;image fait %1 Kio&#xa0;; utilisez-en une de %2 Kio au plus.</translation>
    </message>
</context>
<context>
    <name>PagerDutyEvent</name>
    <message>
        <source>unknown action &quot;%1&quot;; expected trigger, acknowledge or resolve</source>
        <translation>action «&#xa0;%1&#xa0;» inconnue&#xa0;; trigger, acknowledge ou resolve attendu</translation>
    </message>
    <message>
        <source>is required to %1 an alert</source>
        <translation>est obligatoire pour l&apos;action %1 d&apos;une alerte</translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot;; expected critical, error, warning or info</source>
        <translation>gravité «&#xa0;%1&#xa0;» inconnue&#xa0;; critical, error, warning ou info attendu</translation>
    </message>
    <message>
        <source>expected an object or a string</source>
        <translation>objet ou chaîne attendu</translation>
    </message>
</context>
<context>
    <name>PasswordStore</name>
    <message>
        <source>The system keychain is not available (%1). Muster keeps passwords nowhere else: save it in a ~/.pgpass file instead, or use client certificates (see the sync guide).</source>
        <translation>Le trousseau du système n&apos;est pas disponible (%1). Muster ne stocke les mots de passe nulle part ailleurs&#xa0;: enregistrez-le plutôt dans un fichier ~/.pgpass ou utilisez des certificats client (voir le guide de synchronisation).</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé de poste</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Suppléant</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Function filter</source>
        <translation>Filtre de fonction</translation>
    </message>
    <message>
        <source>Search name, team, e-mail…</source>
        <translation>Rechercher un nom, une équipe, un e-mail…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>All functions</source>
        <translation>Toutes les fonctions</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n people</source>
        <translation>
            <numerusform>%1 sur %n personne</numerusform>
            <numerusform>%1 sur %n personnes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>The connection string is not valid: %1</source>
        <translation>La chaîne de connexion n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot connect to the team server: %1</source>
        <translation>Impossible de se connecter au serveur d&apos;équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>The connection to the team server was lost: %1</source>
        <translation>La connexion au serveur d&apos;équipe a été perdue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The team server refused a request: %1 (in: %2)</source>
        <translation>Le serveur d&apos;équipe a refusé une requête&#xa0;: %1 (dans&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>PlanExerciseDialog</name>
    <message>
        <source>Plan Exercise</source>
        <translation>Planifier un exercice</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scénario&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>A&amp;nimateur&#xa0;:</translation>
    </message>
    <message>
        <source>Time &amp;compression:</source>
        <translation>&amp;Compression du temps&#xa0;:</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>&amp;Participants per role (from the People directory):</source>
        <translation>&amp;Participants par rôle (issus de l&apos;annuaire des personnes)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add Person to Role</source>
        <translation>&amp;Ajouter une personne au rôle</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>Plani&amp;fier</translation>
    </message>
    <message>
        <source>%1 — tabletop</source>
        <translation>%1 — exercice sur table</translation>
    </message>
    <message>
        <source>Usually: %1</source>
        <translation>Habituellement&#xa0;: %1</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(personne pour l&apos;instant)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>real time</source>
        <translation>temps réel</translation>
    </message>
    <message>
        <source>one wall-clock minute is %1 scenario minutes</source>
        <translation>une minute réelle correspond à %1 minutes de scénario</translation>
    </message>
    <message>
        <source>Scenario: choose a scenario.</source>
        <translation>Scénario&#xa0;: choisissez un scénario.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>PlaybookApplier</name>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Marked confidential by the playbook &quot;%1&quot;; only the access list, Legal and HR see it</source>
        <translation>Marqué confidentiel par le playbook «&#xa0;%1&#xa0;»&#xa0;; seuls la liste d&apos;accès, le service juridique et les RH le voient</translation>
    </message>
</context>
<context>
    <name>PlaybookLibrary</name>
    <message>
        <source>%1:%2:%3: not valid JSON: %4</source>
        <translation>%1:%2:%3&#xa0;: JSON non valide&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1: $: a playbook is a JSON object</source>
        <translation>%1&#xa0;: $&#xa0;: un playbook est un objet JSON</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>doit valoir «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id; use lower-case letters, digits and _</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant&#xa0;; utilisez des minuscules, des chiffres et _</translation>
    </message>
    <message>
        <source>needs at least one condition; {} matches every incident</source>
        <translation>nécessite au moins une condition&#xa0;; {} correspond à tous les incidents</translation>
    </message>
    <message>
        <source>needs at least one task</source>
        <translation>nécessite au moins une tâche</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice in this playbook</source>
        <translation>«&#xa0;%1&#xa0;» est utilisé deux fois dans ce playbook</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1&#xa0;: impossible de lire le fichier&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: $.id: another playbook already has the id &quot;%2&quot;</source>
        <translation>%1&#xa0;: $.id&#xa0;: un autre playbook a déjà l&apos;identifiant «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: $.workstreams[%2].tasks[%3].depends_on[%4]: no other task has the key &quot;%5&quot;</source>
        <translation>%1&#xa0;: $.workstreams[%2].tasks[%3].depends_on[%4]&#xa0;: aucune autre tâche n&apos;a la clé «&#xa0;%5&#xa0;»</translation>
    </message>
</context>
<context>
    <name>PlaybookRules</name>
    <message>
        <source>Playbook &quot;%1&quot; applies; its tasks were already there</source>
        <translation>Le playbook «&#xa0;%1&#xa0;» s&apos;applique&#xa0;; ses tâches étaient déjà présentes</translation>
    </message>
    <message>
        <source>Playbook &quot;%1&quot; added a task: %2</source>
        <translation>Le playbook «&#xa0;%1&#xa0;» a ajouté une tâche&#xa0;: %2</translation>
    </message>
    <message>
        <source>Playbook &quot;%1&quot; added %2 tasks: %3</source>
        <translation>Le playbook «&#xa0;%1&#xa0;» a ajouté %2 tâches&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>PrintLayout</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>The printer or file could not be opened for painting.</source>
        <translation>L&apos;imprimante ou le fichier n&apos;a pas pu être ouvert pour le rendu.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>A new page could not be started.</source>
        <translation>Impossible de commencer une nouvelle page.</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Exercise — Projector</source>
        <translation>Exercice — Projecteur</translation>
    </message>
    <message>
        <source>Current injects</source>
        <translation>Stimuli en cours</translation>
    </message>
    <message>
        <source>What each role has been asked</source>
        <translation>Ce qui a été demandé à chaque rôle</translation>
    </message>
    <message>
        <source>%1 ⏸</source>
        <translation>%1 ⏸</translation>
    </message>
    <message>
        <source>EXERCISE — %1</source>
        <translation>EXERCICE — %1</translation>
    </message>
    <message>
        <source>%1 — Projector</source>
        <translation>%1 — Projecteur</translation>
    </message>
    <message>
        <source>The exercise has not started yet.</source>
        <translation>L&apos;exercice n&apos;a pas encore commencé.</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>Decide: %1</source>
        <translation>À décider&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing has been asked yet.</source>
        <translation>Rien n&apos;a encore été demandé.</translation>
    </message>
</context>
<context>
    <name>Puller</name>
    <message>
        <source>Synchronisation was cancelled.</source>
        <translation>La synchronisation a été annulée.</translation>
    </message>
    <message>
        <source>you no longer have access to it on the team server.</source>
        <translation>vous n&apos;y avez plus accès sur le serveur d&apos;équipe.</translation>
    </message>
    <message>
        <source>the team server no longer has it.</source>
        <translation>le serveur d&apos;équipe ne l&apos;a plus.</translation>
    </message>
</context>
<context>
    <name>Pusher</name>
    <message>
        <source>The incident is already %1 on the team server; this change came too late.</source>
        <translation>L&apos;incident est déjà au statut %1 sur le serveur d&apos;équipe&#xa0;; cette modification est arrivée trop tard.</translation>
    </message>
    <message>
        <source>The team server refused the status change: another change came first. %1</source>
        <translation>Le serveur d&apos;équipe a refusé le changement de statut&#xa0;: une autre modification est arrivée avant. %1</translation>
    </message>
    <message>
        <source>It refers to a record that was deleted on the team server.</source>
        <translation>Elle fait référence à un enregistrement supprimé sur le serveur d&apos;équipe.</translation>
    </message>
    <message>
        <source>The record was deleted on the team server (by %1).</source>
        <translation>L&apos;enregistrement a été supprimé sur le serveur d&apos;équipe (par %1).</translation>
    </message>
    <message>
        <source>You do not have access to this record on the team server.</source>
        <translation>Vous n&apos;avez pas accès à cet enregistrement sur le serveur d&apos;équipe.</translation>
    </message>
    <message>
        <source>Your sign-in to the team server may read but not change records.</source>
        <translation>Votre identifiant sur le serveur d&apos;équipe permet de lire les enregistrements, mais pas de les modifier.</translation>
    </message>
    <message>
        <source>The record no longer exists on the team server.</source>
        <translation>L&apos;enregistrement n&apos;existe plus sur le serveur d&apos;équipe.</translation>
    </message>
    <message>
        <source>Timeline entries cannot be changed once recorded.</source>
        <translation>Les entrées de la chronologie ne peuvent plus être modifiées une fois consignées.</translation>
    </message>
    <message>
        <source>The team server does not sync this kind of record yet.</source>
        <translation>Le serveur d&apos;équipe ne synchronise pas encore ce type d&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Another record on the team server already has the same unique value: %1</source>
        <translation>Un autre enregistrement du serveur d&apos;équipe a déjà la même valeur unique&#xa0;: %1</translation>
    </message>
    <message>
        <source>It refers to a record the team server does not have: %1</source>
        <translation>Elle fait référence à un enregistrement absent du serveur d&apos;équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>The team server refused the change: %1</source>
        <translation>Le serveur d&apos;équipe a refusé la modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Synchronisation was cancelled.</source>
        <translation>La synchronisation a été annulée.</translation>
    </message>
    <message>
        <source>The team server answered %1 of %2 changes; they stay queued and will be sent again.</source>
        <translation>Le serveur d&apos;équipe a répondu à %1 modifications sur %2&#xa0;; elles restent en file d&apos;attente et seront renvoyées.</translation>
    </message>
    <message>
        <source>The team server keeps only timeline entries that match their hash; this one was changed after it was recorded.</source>
        <translation>Le serveur d&apos;équipe ne conserve que les entrées de chronologie conformes à leur hachage&#xa0;; celle-ci a été modifiée après son enregistrement.</translation>
    </message>
</context>
<context>
    <name>RatingDelegate</name>
    <message>
        <source>(not rated)</source>
        <translation>(non évalué)</translation>
    </message>
</context>
<context>
    <name>RecordEventDialog</name>
    <message>
        <source>Record Event</source>
        <translation>Consigner un événement</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Événement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>What made it so (required when correcting a time)</source>
        <translation>Sur quoi repose l&apos;information (obligatoire pour corriger une heure)</translation>
    </message>
    <message>
        <source>Clocks to start (ticked: they apply to this incident&apos;s attributes):</source>
        <translation>Délais à démarrer (cochés&#xa0;: ils s&apos;appliquent aux attributs de cet incident)&#xa0;:</translation>
    </message>
    <message>
        <source>Regulatory rules</source>
        <translation>Règles réglementaires</translation>
    </message>
</context>
<context>
    <name>RegulatoryClock</name>
    <message>
        <source>Notify the supervisory authority of the personal data breach</source>
        <translation>Notifier la violation de données à caractère personnel à l&apos;autorité de contrôle</translation>
    </message>
    <message>
        <source>Supervisory authority</source>
        <translation>Autorité de contrôle</translation>
    </message>
    <message>
        <source>Early warning to the CSIRT or competent authority</source>
        <translation>Alerte précoce au CSIRT ou à l&apos;autorité compétente</translation>
    </message>
    <message>
        <source>CSIRT or competent authority</source>
        <translation>CSIRT ou autorité compétente</translation>
    </message>
    <message>
        <source>Incident notification to the CSIRT or competent authority</source>
        <translation>Notification d&apos;incident au CSIRT ou à l&apos;autorité compétente</translation>
    </message>
    <message>
        <source>Final report, one month after the incident notification</source>
        <translation>Rapport final, un mois après la notification d&apos;incident</translation>
    </message>
    <message>
        <source>Initial notification of the major ICT incident</source>
        <translation>Notification initiale de l&apos;incident majeur lié aux TIC</translation>
    </message>
    <message>
        <source>Competent authority</source>
        <translation>Autorité compétente</translation>
    </message>
    <message>
        <source>Intermediate report</source>
        <translation>Rapport intermédiaire</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>Rapport final</translation>
    </message>
    <message>
        <source>File Form 8-K, Item 1.05 (material cybersecurity incident)</source>
        <translation>Déposer le formulaire 8-K, Item 1.05 (incident de cybersécurité important)</translation>
    </message>
    <message>
        <source>US Securities and Exchange Commission (EDGAR)</source>
        <translation>Securities and Exchange Commission (SEC) des États-Unis (EDGAR)</translation>
    </message>
    <message>
        <source>Notify the affected individuals</source>
        <translation>Notifier les personnes concernées</translation>
    </message>
    <message>
        <source>Affected individuals</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <source>Notify the Secretary of HHS (500 or more individuals)</source>
        <translation>Notifier le secrétaire du HHS (500 personnes ou plus)</translation>
    </message>
    <message>
        <source>US Department of Health and Human Services</source>
        <translation>Département de la Santé et des Services sociaux des États-Unis (HHS)</translation>
    </message>
    <message>
        <source>Notify the superintendent of the cybersecurity incident</source>
        <translation>Notifier le superintendent de l&apos;incident de cybersécurité</translation>
    </message>
    <message>
        <source>NY Department of Financial Services</source>
        <translation>Autorité des services financiers de l&apos;État de New York (NYDFS)</translation>
    </message>
    <message>
        <source>Notice of the extortion payment</source>
        <translation>Avis de paiement d&apos;extorsion</translation>
    </message>
    <message>
        <source>Written explanation of the extortion payment</source>
        <translation>Justification écrite du paiement d&apos;extorsion</translation>
    </message>
    <message>
        <source>Rule: &quot;%1&quot; is not a regulatory rule; known rules: %2.</source>
        <translation>Règle&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une règle réglementaire&#xa0;; règles connues&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>%1: cannot write the report (%2).</source>
        <translation>%1&#xa0;: impossible d&apos;écrire le rapport (%2).</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>Le rapport a été annulé.</translation>
    </message>
    <message>
        <source>Period: the last day must not be before the first.</source>
        <translation>Période&#xa0;: le dernier jour ne doit pas précéder le premier.</translation>
    </message>
    <message>
        <source>%1 is confidential; only its access list, Legal and HR may have its report.</source>
        <translation>%1 est confidentiel&#xa0;; seules les personnes de sa liste d&apos;accès, le service juridique et les RH peuvent en obtenir le rapport.</translation>
    </message>
    <message>
        <source>incident commander</source>
        <translation>commandant d&apos;incident</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>personne assignée</translation>
    </message>
    <message>
        <source>access list</source>
        <translation>liste d&apos;accès</translation>
    </message>
    <message>
        <source>task owner</source>
        <translation>responsable de tâche</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>approbateur</translation>
    </message>
</context>
<context>
    <name>ReportSettingsWidget</name>
    <message>
        <source>Every report page carries the organisation&apos;s name (above) and this logo. PNG, JPEG or SVG, at most 512 KiB; a wide logo on a white background prints best. Stored in the database, so musterctl and every desktop print the same letterhead.</source>
        <translation>Chaque page de rapport porte le nom de l&apos;organisation (ci-dessus) et ce logo. PNG, JPEG ou SVG, 512 Kio au plus&#xa0;; un logo large sur fond blanc s&apos;imprime le mieux. Il est enregistré dans la base de données, de sorte que musterctl et chaque poste de travail impriment le même en-tête.</translation>
    </message>
    <message>
        <source>Logo on reports</source>
        <translation>Logo des rapports</translation>
    </message>
    <message>
        <source>&amp;Choose logo…</source>
        <translation>&amp;Choisir le logo…</translation>
    </message>
    <message>
        <source>Re&amp;move logo</source>
        <translation>&amp;Retirer le logo</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Choose the logo for reports</source>
        <translation>Choisir le logo des rapports</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG or SVG image.</source>
        <translation>%1 n&apos;est pas une image PNG, JPEG ou SVG.</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Generated by Muster on %1</source>
        <translation>Généré par Muster le %1</translation>
    </message>
    <message>
        <source>Generated by Muster on %1 for %2</source>
        <translation>Généré par Muster le %1 pour %2</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Documents for leadership, counsel and auditors, with the organisation&apos;s name and logo (Settings) on every page. musterctl report writes the same documents without a display.</source>
        <translation>Documents destinés à la direction, au conseil juridique et aux auditeurs, avec le nom et le logo de l&apos;organisation (Paramètres) sur chaque page. musterctl report produit les mêmes documents sans affichage.</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport&#xa0;:</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Dé&amp;but&#xa0;:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Fi&amp;n&#xa0;:</translation>
    </message>
    <message>
        <source>Last day of the period, included</source>
        <translation>Dernier jour de la période, inclus</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation>In&amp;cident&#xa0;:</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>E&amp;xercise:</source>
        <translation>E&amp;xercice&#xa0;:</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>Aperç&amp;u</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>I&amp;mprimer…</translation>
    </message>
    <message>
        <source>Choose a report and press Preview to see its pages here.</source>
        <translation>Choisissez un rapport et cliquez sur «&#xa0;Aperçu&#xa0;» pour en afficher les pages ici.</translation>
    </message>
    <message>
        <source>Leadership report</source>
        <translation>Rapport de direction</translation>
    </message>
    <message>
        <source>Incident report</source>
        <translation>Rapport d&apos;incident</translation>
    </message>
    <message>
        <source>After-action report</source>
        <translation>Rapport de retour d&apos;expérience</translation>
    </message>
    <message>
        <source>Previous quarter</source>
        <translation>Trimestre précédent</translation>
    </message>
    <message>
        <source>This quarter so far</source>
        <translation>Trimestre en cours</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Dates personnalisées</translation>
    </message>
    <message>
        <source>INC-2026-0042 or choose from the list</source>
        <translation>INC-2026-0042 ou choisir dans la liste</translation>
    </message>
    <message>
        <source>Gather the report and show its pages (Ctrl+Return)</source>
        <translation>Rassembler le rapport et afficher ses pages (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Save the report as PDF, HTML or Markdown (Ctrl+S)</source>
        <translation>Enregistrer le rapport en PDF, HTML ou Markdown (Ctrl+S)</translation>
    </message>
    <message>
        <source>Print the report (Ctrl+P)</source>
        <translation>Imprimer le rapport (Ctrl+P)</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
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
        <translation>Pour le conseil d&apos;administration&#xa0;: synthèse, incidents par gravité, MTTA et MTTR avec médiane et 90e centile, non-respects des SLA, incidents SEV1/SEV2 ouverts, échéances réglementaires, exercices et points d&apos;amélioration ouverts.</translation>
    </message>
    <message>
        <source>For counsel and auditors: the incident&apos;s record with its full timeline and the result of verifying its hash chain, tasks, communications as approved, deadlines and lessons learned.</source>
        <translation>Pour le conseil juridique et les auditeurs&#xa0;: le registre de l&apos;incident avec sa chronologie complète et le résultat de la vérification de sa chaîne de hachage, les tâches, les communications telles qu&apos;approuvées, les échéances et les enseignements tirés.</translation>
    </message>
    <message>
        <source>The after-action report with improvement plan of a tabletop exercise.</source>
        <translation>Le rapport de retour d&apos;expérience avec le plan d&apos;amélioration d&apos;un exercice sur table.</translation>
    </message>
    <message>
        <source>The last day of the period is before the first.</source>
        <translation>Le dernier jour de la période précède le premier.</translation>
    </message>
    <message>
        <source>Choose an incident or type its reference.</source>
        <translation>Choisissez un incident ou saisissez sa référence.</translation>
    </message>
    <message>
        <source>No exercise has been planned yet.</source>
        <translation>Aucun exercice n&apos;a encore été planifié.</translation>
    </message>
    <message>
        <source>Gathering the report…</source>
        <translation>Préparation du rapport…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>Pages&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;HTML page (*.html);;Markdown (*.md)</source>
        <translation>Document PDF (*.pdf);;Page HTML (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Annulé&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Saved %1 (pages: %2).</source>
        <translation>%1 enregistré (pages&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Envoyé à %1.</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Impression annulée.</translation>
    </message>
</context>
<context>
    <name>RoleRules</name>
    <message>
        <source>%1: choose a person.</source>
        <translation>%1&#xa0;: choisissez une personne.</translation>
    </message>
    <message>
        <source>Time: a handover cannot be recorded in the future.</source>
        <translation>Heure&#xa0;: une passation ne peut pas être consignée dans le futur.</translation>
    </message>
    <message>
        <source>%1: %2 assumed the role</source>
        <translation>%1&#xa0;: %2 a pris le rôle</translation>
    </message>
    <message>
        <source>%1 already holds the role %2.</source>
        <translation>%1 tient déjà le rôle %2.</translation>
    </message>
    <message>
        <source>Time: %1 took the role at %2; a handover cannot come before that.</source>
        <translation>Heure&#xa0;: %1 a pris le rôle à %2&#xa0;; une passation ne peut pas la précéder.</translation>
    </message>
    <message>
        <source>%1: handed over from %2 to %3</source>
        <translation>%1&#xa0;: passation de %2 à %3</translation>
    </message>
    <message>
        <source>Time: the role ends after it began and not in the future.</source>
        <translation>Heure&#xa0;: le rôle se termine après son début et pas dans le futur.</translation>
    </message>
    <message>
        <source>%1: %2 stood down; the role is vacant</source>
        <translation>%1&#xa0;: %2 s&apos;est retiré&#xa0;; le rôle est vacant</translation>
    </message>
    <message>
        <source>Attributes: %1</source>
        <translation>Attributs&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 added to the access list</source>
        <translation>%1 ajouté à la liste d&apos;accès</translation>
    </message>
    <message>
        <source>%1 removed from the access list</source>
        <translation>%1 retiré de la liste d&apos;accès</translation>
    </message>
</context>
<context>
    <name>ScatterPlot</name>
    <message>
        <source>Detected</source>
        <translation>Détecté</translation>
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
        <translation>1 j</translation>
    </message>
    <message>
        <source>3 d</source>
        <translation>3 j</translation>
    </message>
    <message>
        <source>1 wk</source>
        <translation>1 sem.</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 j</translation>
    </message>
    <message>
        <source>90 d</source>
        <translation>90 j</translation>
    </message>
    <message>
        <source>1 yr</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>Time to remediate (log scale)</source>
        <translation>Délai de remédiation (échelle logarithmique)</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) here&lt;br&gt;detected around %1, remediated after about %2&lt;br&gt;&lt;i&gt;Click to list them&lt;/i&gt;</source>
        <translation>
            <numerusform>%n incident ici&lt;br&gt;détecté vers %1, remédié après environ %2&lt;br&gt;&lt;i&gt;Cliquez pour l&apos;afficher&lt;/i&gt;</numerusform>
            <numerusform>%n incidents ici&lt;br&gt;détectés vers %1, remédiés après environ %2&lt;br&gt;&lt;i&gt;Cliquez pour les afficher&lt;/i&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <source>Scenario Editor</source>
        <translation>Éditeur de scénarios</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. ransomware-double-extortion (runs of one id form a drill history)</source>
        <translation>p. ex. ransomware-double-extortion (les sessions d&apos;un même identifiant forment un historique d&apos;exercices)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Public&#xa0;:</translation>
    </message>
    <message>
        <source>Di&amp;fficulty:</source>
        <translation>Di&amp;fficulté&#xa0;:</translation>
    </message>
    <message>
        <source>Du&amp;ration:</source>
        <translation>Duré&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Injects</source>
        <translation>&amp;Stimuli</translation>
    </message>
    <message>
        <source>Add Inject</source>
        <translation>Ajouter un stimulus</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Phase&#xa0;:</translation>
    </message>
    <message>
        <source>Released:</source>
        <translation>Diffusé&#xa0;:</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Expéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal&#xa0;:</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Public&#xa0;:</translation>
    </message>
    <message>
        <source>role ids, comma-separated</source>
        <translation>identifiants de rôles, séparés par des virgules</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Contenu&#xa0;:</translation>
    </message>
    <message>
        <source>Read aloud:</source>
        <translation>À lire à voix haute&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>S&amp;ource</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save As &amp;File…</source>
        <translation>Enregistrer dans un fic&amp;hier…</translation>
    </message>
    <message>
        <source>Save to &amp;Library</source>
        <translation>Enregistrer dans la &amp;bibliothèque</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Objectives, roles, phases, expected actions and branches are edited in the Source tab; the checks below apply to everything as you type. The format is described in docs/scenario-format.md.</source>
        <translation>Les objectifs, rôles, phases, actions attendues et branches se modifient dans l&apos;onglet Source&#xa0;; les vérifications ci-dessous s&apos;appliquent à tout, au fil de la saisie. Le format est décrit dans docs/scenario-format.md.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Rétab&amp;lir</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Annuler&#xa0;: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Nouveau scénario</translation>
    </message>
    <message>
        <source>What the participants learn at the start.</source>
        <translation>Ce que les participants apprennent au départ.</translation>
    </message>
    <message>
        <source>Incident response team, legal, communications</source>
        <translation>Équipe de réponse aux incidents, service juridique, communication</translation>
    </message>
    <message>
        <source>What the exercise should demonstrate.</source>
        <translation>Ce que l&apos;exercice doit démontrer.</translation>
    </message>
    <message>
        <source>Operational coordination</source>
        <translation>Coordination opérationnelle</translation>
    </message>
    <message>
        <source>Incident commander</source>
        <translation>Commandant d&apos;incident</translation>
    </message>
    <message>
        <source>Legal counsel</source>
        <translation>Conseil juridique</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Détection</translation>
    </message>
    <message>
        <source>How was the incident declared?</source>
        <translation>Comment l&apos;incident a-t-il été déclaré&#xa0;?</translation>
    </message>
    <message>
        <source>First report</source>
        <translation>Premier signalement</translation>
    </message>
    <message>
        <source>Service desk</source>
        <translation>Centre de services</translation>
    </message>
    <message>
        <source>What the participants receive.</source>
        <translation>Ce que reçoivent les participants.</translation>
    </message>
    <message>
        <source>Declare an incident.</source>
        <translation>Déclarer un incident.</translation>
    </message>
    <message>
        <source>Scenario Editor — %1</source>
        <translation>Éditeur de scénarios — %1</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>Ouvrir un scénario</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes, the limit for a scenario.</source>
        <translation>%1 dépasse %2 octets, la limite pour un scénario.</translation>
    </message>
    <message>
        <source>(new scenario)</source>
        <translation>(nouveau scénario)</translation>
    </message>
    <message>
        <source>Double-click to show it in the source</source>
        <translation>Double-cliquez pour afficher l&apos;emplacement dans la source</translation>
    </message>
    <message numerus="yes">
        <source>No problems: %n inject(s), %1 branches.</source>
        <translation>
            <numerusform>Aucun problème&#xa0;: %n stimulus, %1 branches.</numerusform>
            <numerusform>Aucun problème&#xa0;: %n stimuli, %1 branches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving to the library.</source>
        <translation>
            <numerusform>%n problème à corriger avant l&apos;enregistrement dans la bibliothèque.</numerusform>
            <numerusform>%n problèmes à corriger avant l&apos;enregistrement dans la bibliothèque.</numerusform>
        </translation>
    </message>
    <message>
        <source>at </source>
        <translation>à </translation>
    </message>
    <message>
        <source>after </source>
        <translation>après </translation>
    </message>
    <message>
        <source>Scenario minutes after the start</source>
        <translation>Minutes de scénario après le début</translation>
    </message>
    <message>
        <source>Scenario minutes after the branch choice that releases it</source>
        <translation>Minutes de scénario après le choix de branche qui le diffuse</translation>
    </message>
    <message>
        <source>change the id</source>
        <translation>modifier l&apos;identifiant</translation>
    </message>
    <message>
        <source>change the title</source>
        <translation>modifier le titre</translation>
    </message>
    <message>
        <source>change the summary</source>
        <translation>modifier le résumé</translation>
    </message>
    <message>
        <source>change the category</source>
        <translation>modifier la catégorie</translation>
    </message>
    <message>
        <source>change the audience</source>
        <translation>modifier le public</translation>
    </message>
    <message>
        <source>change the difficulty</source>
        <translation>modifier la difficulté</translation>
    </message>
    <message>
        <source>change the duration</source>
        <translation>modifier la durée</translation>
    </message>
    <message>
        <source>change the inject id</source>
        <translation>modifier l&apos;identifiant du stimulus</translation>
    </message>
    <message>
        <source>change the inject title</source>
        <translation>modifier le titre du stimulus</translation>
    </message>
    <message>
        <source>change the phase</source>
        <translation>modifier la phase</translation>
    </message>
    <message>
        <source>change how the inject is released</source>
        <translation>modifier le mode de diffusion du stimulus</translation>
    </message>
    <message>
        <source>change the inject time</source>
        <translation>modifier l&apos;heure du stimulus</translation>
    </message>
    <message>
        <source>change the sender</source>
        <translation>modifier l&apos;expéditeur</translation>
    </message>
    <message>
        <source>change the channel</source>
        <translation>modifier le canal</translation>
    </message>
    <message>
        <source>change the content</source>
        <translation>modifier le contenu</translation>
    </message>
    <message>
        <source>change the read-aloud text</source>
        <translation>modifier le texte à lire à voix haute</translation>
    </message>
    <message>
        <source>add an inject</source>
        <translation>ajouter un stimulus</translation>
    </message>
    <message>
        <source>New inject</source>
        <translation>Nouveau stimulus</translation>
    </message>
    <message>
        <source>Exercise control</source>
        <translation>Animation de l&apos;exercice</translation>
    </message>
    <message>
        <source>remove &quot;%1&quot;</source>
        <translation>retirer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Save to Library</source>
        <translation>Enregistrer dans la bibliothèque</translation>
    </message>
    <message numerus="yes">
        <source>The scenario has %n problem(s); fix them first (they are listed below the editor).</source>
        <translation>
            <numerusform>Le scénario présente %n problème&#xa0;; corrigez-le d&apos;abord (il est listé sous l&apos;éditeur).</numerusform>
            <numerusform>Le scénario présente %n problèmes&#xa0;; corrigez-les d&apos;abord (ils sont listés sous l&apos;éditeur).</numerusform>
        </translation>
    </message>
    <message>
        <source>The library already holds &quot;%1&quot; with the id %2. Replace it?</source>
        <translation>La bibliothèque contient déjà «&#xa0;%1&#xa0;» avec l&apos;identifiant %2. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; to the library.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Save As File</source>
        <translation>Enregistrer dans un fichier</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>The scenario still has %n problem(s). Save the file anyway, to finish it later?</source>
        <translation>
            <numerusform>Le scénario présente encore %n problème. Enregistrer quand même le fichier pour le terminer plus tard&#xa0;?</numerusform>
            <numerusform>Le scénario présente encore %n problèmes. Enregistrer quand même le fichier pour le terminer plus tard&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Scenario</source>
        <translation>Enregistrer le scénario</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>Scénarios (*.json)</translation>
    </message>
    <message>
        <source>Discard the changes and open %1?</source>
        <translation>Abandonner les modifications et ouvrir %1&#xa0;?</translation>
    </message>
    <message>
        <source>Discard the unsaved changes?</source>
        <translation>Abandonner les modifications non enregistrées&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ScenarioFormat</name>
    <message>
        <source>the file is %1 bytes long; a scenario may have at most %2 bytes</source>
        <translation>le fichier fait %1 octets&#xa0;; un scénario peut faire au plus %2 octets</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 (byte 0x%1 at offset %2)</source>
        <translation>le fichier n&apos;est pas de l&apos;UTF-8 valide (octet 0x%1 à la position %2)</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>a scenario is a JSON object, not %1</source>
        <translation>un scénario est un objet JSON, pas %1</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>une valeur</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ScenarioLibrary</name>
    <message>
        <source>Shipped with Muster</source>
        <translation>Fourni avec Muster</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Written by the team</source>
        <translation>Rédigé par l&apos;équipe</translation>
    </message>
    <message>
        <source>Shipped scenarios cannot be changed; save a copy with another id.</source>
        <translation>Les scénarios fournis ne peuvent pas être modifiés&#xa0;; enregistrez une copie avec un autre identifiant.</translation>
    </message>
    <message>
        <source>The scenario has problems and was not saved:
%1</source>
        <translation>Le scénario présente des problèmes et n&apos;a pas été enregistré&#xa0;:
%1</translation>
    </message>
    <message>
        <source>The library already holds a scenario with the id &quot;%1&quot;; replace it or change the id.</source>
        <translation>La bibliothèque contient déjà un scénario avec l&apos;identifiant «&#xa0;%1&#xa0;»&#xa0;; remplacez-le ou changez l&apos;identifiant.</translation>
    </message>
    <message>
        <source>No stored scenario &quot;%1&quot; (shipped scenarios cannot be removed).</source>
        <translation>Aucun scénario enregistré «&#xa0;%1&#xa0;» (les scénarios fournis ne peuvent pas être retirés).</translation>
    </message>
</context>
<context>
    <name>ScenarioLibraryModel</name>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Difficulté</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Injects</source>
        <translation>Stimuli</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>%1 (invalid)</source>
        <translation>%1 (non valide)</translation>
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
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Injects</source>
        <translation>Stimuli</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Inject</source>
        <translation>Stimulus</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Branches</translation>
    </message>
    <message>
        <source>by a branch</source>
        <translation>par une branche</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>manuellement</translation>
    </message>
    <message>
        <source>Discussion: %1</source>
        <translation>Discussion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Notes for the facilitator</source>
        <translation>Notes pour l&apos;animateur</translation>
    </message>
    <message>
        <source>ATT&amp;CK:</source>
        <translation>ATT&amp;CK&#xa0;:</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
</context>
<context>
    <name>ScenariosPage</name>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Search scenarios…</source>
        <translation>Rechercher des scénarios…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>&amp;Import OpenAEV…</source>
        <translation>&amp;Importer OpenAEV…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Plan Exercise…</source>
        <translation>&amp;Planifier un exercice…</translation>
    </message>
    <message>
        <source>Choose a scenario to see its injects and branches.</source>
        <translation>Choisissez un scénario pour voir ses stimuli et ses branches.</translation>
    </message>
    <message>
        <source>Write a new scenario (%1)</source>
        <translation>Rédiger un nouveau scénario (%1)</translation>
    </message>
    <message>
        <source>Import an OpenAEV scenario export (.json or .zip); you can also drop files on this page.</source>
        <translation>Importer un export de scénario OpenAEV (.json ou .zip)&#xa0;; vous pouvez aussi déposer des fichiers sur cette page.</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>Ouvrir un scénario</translation>
    </message>
    <message>
        <source>Scenarios (*.json);;All files (*)</source>
        <translation>Scénarios (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import OpenAEV Export</source>
        <translation>Importer un export OpenAEV</translation>
    </message>
    <message>
        <source>OpenAEV exports (*.json *.zip);;All files (*)</source>
        <translation>Exports OpenAEV (*.json *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s)</source>
        <translation>
            <numerusform>%n scénario</numerusform>
            <numerusform>%n scénarios</numerusform>
        </translation>
    </message>
    <message>
        <source>This stored scenario no longer validates:

%1</source>
        <translation>Ce scénario enregistré n&apos;est plus valide&#xa0;:

%1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Importation annulée.</translation>
    </message>
    <message>
        <source>The library already holds &quot;%1&quot;. Replace it?</source>
        <translation>La bibliothèque contient déjà «&#xa0;%1&#xa0;». Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;: %2 injects, %3 roles, %4 expected actions.</source>
        <translation>«&#xa0;%1&#xa0;» importé&#xa0;: %2 stimuli, %3 rôles, %4 actions attendues.</translation>
    </message>
    <message>
        <source>Variables to fill in before the exercise: %1</source>
        <translation>Variables à renseigner avant l&apos;exercice&#xa0;: %1</translation>
    </message>
    <message>
        <source>Remove Scenario</source>
        <translation>Retirer le scénario</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the library? Exercises already run keep their copy.</source>
        <translation>Retirer «&#xa0;%1&#xa0;» de la bibliothèque&#xa0;? Les exercices déjà menés conservent leur copie.</translation>
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
        <translation>La chaîne de connexion n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>Saisissez le nom d&apos;hôte ou l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Le port doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>Enter the name of the team database.</source>
        <translation>Saisissez le nom de la base de données de l&apos;équipe.</translation>
    </message>
    <message>
        <source>Enter your PostgreSQL login name.</source>
        <translation>Saisissez votre identifiant de connexion PostgreSQL.</translation>
    </message>
    <message>
        <source>Choose a TLS mode.</source>
        <translation>Choisissez un mode TLS.</translation>
    </message>
    <message>
        <source>Verifying the server needs the CA certificate file that signed it.</source>
        <translation>La vérification du serveur nécessite le fichier du certificat de l&apos;AC qui l&apos;a signé.</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>Le fichier d&apos;AC %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Unknown user</source>
        <translation>Utilisateur inconnu</translation>
    </message>
</context>
<context>
    <name>SetTrackedGroupsCommand</name>
    <message>
        <source>Change tracked groups</source>
        <translation>Modifier les groupes suivis</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>&amp;Acting as:</source>
        <translation>A&amp;gir en tant que&#xa0;:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>Th&amp;ème&#xa0;:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Shown on reports</source>
        <translation>Affiché dans les rapports</translation>
    </message>
    <message>
        <source>My login name (%1)</source>
        <translation>Mon identifiant de connexion (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>My login name</source>
        <translation>Mon identifiant de connexion</translation>
    </message>
    <message>
        <source>%1 — %2 (suggested for the demo)</source>
        <translation>%1 — %2 (suggéré pour la démo)</translation>
    </message>
</context>
<context>
    <name>SeverityMap</name>
    <message>
        <source>Severity map: &quot;%1&quot; maps to %2; use SEV1, SEV2, SEV3, SEV4 or 1 to 4.</source>
        <translation>Correspondance des gravités&#xa0;: «&#xa0;%1&#xa0;» correspond à %2&#xa0;; utilisez SEV1, SEV2, SEV3, SEV4 ou 1 à 4.</translation>
    </message>
    <message>
        <source>a non-severity</source>
        <translation>une valeur qui n&apos;est pas une gravité</translation>
    </message>
    <message>
        <source>Severity map: &quot;%1&quot; is not a threshold; write it as &gt;=12.</source>
        <translation>Correspondance des gravités&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un seuil&#xa0;; écrivez-le sous la forme &gt;=12.</translation>
    </message>
    <message>
        <source>Severity map: a key is empty.</source>
        <translation>Correspondance des gravités&#xa0;: une clé est vide.</translation>
    </message>
</context>
<context>
    <name>SightingRules</name>
    <message>
        <source>Observable added: %1 %2</source>
        <translation>Observable ajouté&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Observable added: %1 %2 (%3)</source>
        <translation>Observable ajouté&#xa0;: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Observable removed: %1 %2</source>
        <translation>Observable retiré&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Sighting: %1 matches the indicator &quot;%2&quot; (%3, from %4)</source>
        <translation>Observation&#xa0;: %1 correspond à l&apos;indicateur «&#xa0;%2&#xa0;» (%3, provenance&#xa0;: %4)</translation>
    </message>
    <message>
        <source>an unnamed source</source>
        <translation>une source sans nom</translation>
    </message>
</context>
<context>
    <name>SlaChart</name>
    <message>
        <source>no incidents with a target</source>
        <translation>aucun incident avec objectif</translation>
    </message>
    <message>
        <source>%1 breached</source>
        <translation>%1 non respecté</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Respecté</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Non respecté</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Pas encore tranché</translation>
    </message>
    <message>
        <source>Breach rate</source>
        <translation>Taux de non-respect</translation>
    </message>
</context>
<context>
    <name>SlaDonut</name>
    <message>
        <source>Met</source>
        <translation>Respecté</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Non respecté</translation>
    </message>
    <message>
        <source>Overdue, still open</source>
        <translation>En retard, toujours ouvert</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1&#xa0;: %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>non respecté</translation>
    </message>
</context>
<context>
    <name>SlaTargets</name>
    <message>
        <source>%1 has no SLA target.</source>
        <translation>%1 n&apos;a pas d&apos;objectif de SLA.</translation>
    </message>
    <message>
        <source>%1, %2: an SLA target lies between 1 minute and 366 days.</source>
        <translation>%1, %2&#xa0;: un objectif de SLA est compris entre 1 minute et 366 jours.</translation>
    </message>
    <message>
        <source>SLA targets: &quot;%1&quot; is not a severity (sev1 to sev4).</source>
        <translation>Objectifs de SLA&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une gravité (sev1 à sev4).</translation>
    </message>
    <message>
        <source>SLA targets, %1: expected an object of targets.</source>
        <translation>Objectifs de SLA, %1&#xa0;: objet contenant des objectifs attendu.</translation>
    </message>
    <message>
        <source>SLA targets, %1: not a measure with a target (acknowledge, contain, remediate).</source>
        <translation>Objectifs de SLA, %1&#xa0;: pas une mesure avec objectif (acknowledge, contain, remediate).</translation>
    </message>
    <message>
        <source>SLA targets, %1: expected milliseconds.</source>
        <translation>Objectifs de SLA, %1&#xa0;: millisecondes attendues.</translation>
    </message>
</context>
<context>
    <name>SlaTargetsWidget</name>
    <message>
        <source>How long from detection each step may take. Breaches are shown on the dashboard and in musterctl metrics. Write durations like 15m, 4h, 1d 12h; leave a field empty for no target.</source>
        <translation>Durée que chaque étape peut prendre à partir de la détection. Les dépassements sont affichés dans le tableau de bord et dans musterctl metrics. Écrivez les durées sous la forme 15m, 4h, 1d 12h&#xa0;; laissez un champ vide pour ne fixer aucun objectif.</translation>
    </message>
    <message>
        <source>Acknowledge within</source>
        <translation>Prise en compte sous</translation>
    </message>
    <message>
        <source>Contain within</source>
        <translation>Confinement sous</translation>
    </message>
    <message>
        <source>Remediate within</source>
        <translation>Remédiation sous</translation>
    </message>
    <message>
        <source>SEV1</source>
        <translation>SEV1</translation>
    </message>
    <message>
        <source>SEV1: acknowledge within</source>
        <translation>SEV1&#xa0;: prise en compte sous</translation>
    </message>
    <message>
        <source>SEV1: contain within</source>
        <translation>SEV1&#xa0;: confinement sous</translation>
    </message>
    <message>
        <source>SEV1: remediate within</source>
        <translation>SEV1&#xa0;: remédiation sous</translation>
    </message>
    <message>
        <source>SEV2</source>
        <translation>SEV2</translation>
    </message>
    <message>
        <source>SEV2: acknowledge within</source>
        <translation>SEV2&#xa0;: prise en compte sous</translation>
    </message>
    <message>
        <source>SEV2: contain within</source>
        <translation>SEV2&#xa0;: confinement sous</translation>
    </message>
    <message>
        <source>SEV2: remediate within</source>
        <translation>SEV2&#xa0;: remédiation sous</translation>
    </message>
    <message>
        <source>SEV3</source>
        <translation>SEV3</translation>
    </message>
    <message>
        <source>SEV3: acknowledge within</source>
        <translation>SEV3&#xa0;: prise en compte sous</translation>
    </message>
    <message>
        <source>SEV3: contain within</source>
        <translation>SEV3&#xa0;: confinement sous</translation>
    </message>
    <message>
        <source>SEV3: remediate within</source>
        <translation>SEV3&#xa0;: remédiation sous</translation>
    </message>
    <message>
        <source>SEV4</source>
        <translation>SEV4</translation>
    </message>
    <message>
        <source>SEV4: acknowledge within</source>
        <translation>SEV4&#xa0;: prise en compte sous</translation>
    </message>
    <message>
        <source>SEV4: contain within</source>
        <translation>SEV4&#xa0;: confinement sous</translation>
    </message>
    <message>
        <source>SEV4: remediate within</source>
        <translation>SEV4&#xa0;: remédiation sous</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Rétablir les valeurs par &amp;défaut</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>aucun objectif</translation>
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
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>%1: %2: not valid JSON (%3).</source>
        <translation>%1&#xa0;: %2&#xa0;: JSON non valide (%3).</translation>
    </message>
    <message>
        <source>a STIX bundle is a JSON object, not an array or a value.</source>
        <translation>un bundle STIX est un objet JSON, ni un tableau ni une valeur simple.</translation>
    </message>
    <message>
        <source>expected &quot;bundle&quot;, found %1.</source>
        <translation>«&#xa0;bundle&#xa0;» attendu, %1 trouvé.</translation>
    </message>
    <message>
        <source>%1 is not a bundle id (bundle--&lt;UUID&gt;).</source>
        <translation>%1 n&apos;est pas un identifiant de bundle (bundle--&lt;UUID&gt;).</translation>
    </message>
    <message>
        <source>expected an array of STIX objects.</source>
        <translation>tableau d&apos;objets STIX attendu.</translation>
    </message>
    <message>
        <source>only STIX 2.0 bundles carry a spec_version; found %1.</source>
        <translation>seuls les bundles STIX 2.0 portent un spec_version&#xa0;; trouvé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>expected a STIX object.</source>
        <translation>objet STIX attendu.</translation>
    </message>
    <message>
        <source>every STIX object needs a type.</source>
        <translation>chaque objet STIX doit avoir un type.</translation>
    </message>
    <message>
        <source>%1 is not a STIX type name.</source>
        <translation>%1 n&apos;est pas un nom de type STIX.</translation>
    </message>
    <message>
        <source>every STIX object needs an id.</source>
        <translation>chaque objet STIX doit avoir un identifiant.</translation>
    </message>
    <message>
        <source>%1 is not an id of type %2 (%2--&lt;UUID&gt;).</source>
        <translation>%1 n&apos;est pas un identifiant de type %2 (%2--&lt;UUID&gt;).</translation>
    </message>
    <message>
        <source>unsupported STIX version %1; Muster reads 2.0 and 2.1.</source>
        <translation>version STIX %1 non prise en charge&#xa0;; Muster lit les versions 2.0 et 2.1.</translation>
    </message>
    <message>
        <source>%1 is not a STIX timestamp (e.g. 2016-04-06T20:03:48.000Z).</source>
        <translation>%1 n&apos;est pas un horodatage STIX (p. ex. 2016-04-06T20:03:48.000Z).</translation>
    </message>
    <message>
        <source>%1 is not a confidence from 0 to 100.</source>
        <translation>%1 n&apos;est pas un indice de confiance de 0 à 100.</translation>
    </message>
    <message>
        <source>expected an array of marking-definition ids.</source>
        <translation>tableau d&apos;identifiants marking-definition attendu.</translation>
    </message>
    <message>
        <source>%1 is not a marking-definition id.</source>
        <translation>%1 n&apos;est pas un identifiant marking-definition.</translation>
    </message>
    <message>
        <source>expected an array.</source>
        <translation>tableau attendu.</translation>
    </message>
    <message>
        <source>expected a string, found %1.</source>
        <translation>chaîne attendue, %1 trouvé.</translation>
    </message>
    <message>
        <source>an indicator needs a pattern.</source>
        <translation>un indicateur doit avoir un motif (pattern).</translation>
    </message>
    <message>
        <source>a relationship needs a relationship_type.</source>
        <translation>une relation doit avoir un relationship_type.</translation>
    </message>
    <message>
        <source>a relationship needs this reference.</source>
        <translation>une relation doit avoir cette référence.</translation>
    </message>
    <message>
        <source>%1 is not a STIX id.</source>
        <translation>%1 n&apos;est pas un identifiant STIX.</translation>
    </message>
</context>
<context>
    <name>StixIntelMapper</name>
    <message>
        <source>%1 (%2): Muster cannot match &quot;%3&quot;; the pattern is kept as text.</source>
        <translation>%1 (%2)&#xa0;: Muster ne peut pas rapprocher «&#xa0;%3&#xa0;»&#xa0;; le motif est conservé sous forme de texte.</translation>
    </message>
</context>
<context>
    <name>SyncColumn</name>
    <message>
        <source>the boolean column %1 is not INTEGER.</source>
        <translation>la colonne booléenne %1 n&apos;est pas de type INTEGER.</translation>
    </message>
    <message>
        <source>the column %1 has the type &quot;%2&quot;; use INTEGER, TEXT or REAL.</source>
        <translation>la colonne %1 est de type «&#xa0;%2&#xa0;»&#xa0;; utilisez INTEGER, TEXT ou REAL.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>%1 is not a Muster team server yet: ask its administrator to run &quot;musterctl server init&quot; on it.</source>
        <translation>%1 n&apos;est pas encore un serveur d&apos;équipe Muster&#xa0;: demandez à son administrateur d&apos;y exécuter «&#xa0;musterctl server init&#xa0;».</translation>
    </message>
    <message>
        <source>The team server needs a newer Muster (sync protocol %1; this Muster speaks protocol %2). Update Muster on this computer; your changes stay here until then.</source>
        <translation>Le serveur d&apos;équipe nécessite une version plus récente de Muster (protocole de synchronisation %1&#xa0;; ce Muster utilise le protocole %2). Mettez à jour Muster sur cet ordinateur&#xa0;; vos modifications restent ici d&apos;ici là.</translation>
    </message>
    <message>
        <source>The team server is older (server schema %1) than this Muster needs (%2). Ask its administrator to run &quot;musterctl server init&quot; of this version; your changes stay here until then.</source>
        <translation>Le serveur d&apos;équipe est plus ancien (schéma serveur %1) que ce qu&apos;exige ce Muster (%2). Demandez à son administrateur d&apos;exécuter «&#xa0;musterctl server init&#xa0;» de cette version&#xa0;; vos modifications restent ici d&apos;ici là.</translation>
    </message>
    <message>
        <source>This database was synchronised with another team server. Muster does not mix the data of two servers: to work with %1, start a new database file (File &gt; New Database).</source>
        <translation>Cette base de données a été synchronisée avec un autre serveur d&apos;équipe. Muster ne mélange pas les données de deux serveurs&#xa0;: pour travailler avec %1, créez un nouveau fichier de base de données (Fichier &gt; Nouvelle base de données).</translation>
    </message>
    <message>
        <source>The team server did not know this computer any more; everything was read again.</source>
        <translation>Le serveur d&apos;équipe ne connaissait plus cet ordinateur&#xa0;; tout a été relu.</translation>
    </message>
    <message>
        <source>The team server does not sync these yet (it needs an upgrade): %1</source>
        <translation>Le serveur d&apos;équipe ne synchronise pas encore ces éléments (il doit être mis à niveau)&#xa0;: %1</translation>
    </message>
    <message>
        <source>read and write</source>
        <translation>lecture et écriture</translation>
    </message>
    <message>
        <source>read only (leadership)</source>
        <translation>lecture seule (direction)</translation>
    </message>
    <message>
        <source>no access to Muster data yet (ask for a login)</source>
        <translation>pas encore d&apos;accès aux données Muster (demandez un identifiant)</translation>
    </message>
    <message>
        <source>Connected as %1 to a Muster team server (server schema %2): %3.</source>
        <translation>Connecté en tant que %1 à un serveur d&apos;équipe Muster (schéma serveur %2)&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>SyncIssues</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Timeline entry</source>
        <translation>Entrée de chronologie</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Assignation</translation>
    </message>
    <message>
        <source>Affected asset</source>
        <translation>Actif concerné</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>This computer&apos;s row was set aside for the server&apos;s (%1): %2</source>
        <translation>La ligne de cet ordinateur a été mise de côté au profit de celle du serveur (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Your value &quot;%1&quot; replaced &quot;%2&quot;, set meanwhile by %3 (the later change wins).</source>
        <translation>Votre valeur «&#xa0;%1&#xa0;» a remplacé «&#xa0;%2&#xa0;», définie entre-temps par %3 (la modification la plus tardive l&apos;emporte).</translation>
    </message>
</context>
<context>
    <name>SyncIssuesDialog</name>
    <message>
        <source>Conflicts and Refused Changes</source>
        <translation>Conflits et modifications refusées</translation>
    </message>
    <message>
        <source>Changes the team server refused are listed here with the reason; the record shows the server&apos;s version again. A conflict is a field you and someone else changed at the same time: the later change in the server&apos;s order won, and both values are kept here.</source>
        <translation>Les modifications refusées par le serveur d&apos;équipe sont listées ici avec leur motif&#xa0;; l&apos;enregistrement affiche de nouveau la version du serveur. Un conflit est un champ que vous et quelqu&apos;un d&apos;autre avez modifié en même temps&#xa0;: la modification la plus tardive dans l&apos;ordre du serveur l&apos;a emporté, et les deux valeurs sont conservées ici.</translation>
    </message>
    <message>
        <source>Conflicts and refused changes</source>
        <translation>Conflits et modifications refusées</translation>
    </message>
    <message>
        <source>Nothing to review: every change reached the team server.</source>
        <translation>Rien à examiner&#xa0;: chaque modification a atteint le serveur d&apos;équipe.</translation>
    </message>
    <message>
        <source>Show &amp;dismissed</source>
        <translation>Afficher les &amp;écartés</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>Éc&amp;arter</translation>
    </message>
    <message>
        <source>Dismiss &amp;All</source>
        <translation>&amp;Tout écarter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
</context>
<context>
    <name>SyncIssuesModel</name>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
</context>
<context>
    <name>SyncRegistry</name>
    <message>
        <source>the key column %1 is not its TEXT primary key.</source>
        <translation>la colonne clé %1 n&apos;est pas sa clé primaire TEXT.</translation>
    </message>
    <message>
        <source>there is no such table in the database.</source>
        <translation>cette table n&apos;existe pas dans la base de données.</translation>
    </message>
    <message>
        <source>it has no column %1.</source>
        <translation>elle n&apos;a pas de colonne %1.</translation>
    </message>
    <message>
        <source>it has no synced TEXT column %1.</source>
        <translation>elle n&apos;a pas de colonne TEXT synchronisée %1.</translation>
    </message>
</context>
<context>
    <name>SyncSettingsWidget</name>
    <message>
        <source>Muster keeps everything in the database file on this computer and works without a network. To work with your team, connect to your team&apos;s PostgreSQL server: Muster then synchronises in the background whenever the server can be reached. Leave the host empty to stay local only.</source>
        <translation>Muster conserve tout dans le fichier de base de données de cet ordinateur et fonctionne sans réseau. Pour travailler avec votre équipe, connectez-vous au serveur PostgreSQL de votre équipe&#xa0;: Muster synchronise alors en arrière-plan dès que le serveur est joignable. Laissez l&apos;hôte vide pour rester en local uniquement.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>muster</source>
        <translation>muster</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Your PostgreSQL login</source>
        <translation>Votre identifiant PostgreSQL</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>Conservé dans le trousseau du système</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>Certificat de l&apos;&amp;AC&#xa0;:</translation>
    </message>
    <message>
        <source>The file of the authority that signed the server&apos;s certificate</source>
        <translation>Le fichier de l&apos;autorité de certification qui a signé le certificat du serveur</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Synchronise &amp;automatically in the background</source>
        <translation>S&amp;ynchroniser automatiquement en arrière-plan</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>Tester la &amp;connexion</translation>
    </message>
    <message>
        <source>&amp;Save and Connect</source>
        <translation>&amp;Enregistrer et se connecter</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Conflicts and &amp;Refused Changes…</source>
        <translation>Con&amp;flits et modifications refusées…</translation>
    </message>
    <message>
        <source>Prefer: encrypt when the server offers it</source>
        <translation>Préférer&#xa0;: chiffrer si le serveur le propose</translation>
    </message>
    <message>
        <source>Require: always encrypt, without checking the certificate</source>
        <translation>Exiger&#xa0;: toujours chiffrer, sans vérifier le certificat</translation>
    </message>
    <message>
        <source>Verify CA: encrypt and check the certificate</source>
        <translation>Vérifier l&apos;AC&#xa0;: chiffrer et vérifier le certificat</translation>
    </message>
    <message>
        <source>Verify full: encrypt, check the certificate and the host name</source>
        <translation>Vérification complète&#xa0;: chiffrer, vérifier le certificat et le nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Disable: no encryption (trusted networks only)</source>
        <translation>Désactiver&#xa0;: aucun chiffrement (réseaux de confiance uniquement)</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>Certificat de l&apos;AC</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificats (*.crt *.pem *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Local only</source>
        <translation>Local uniquement</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Synchronisé à %1</translation>
    </message>
    <message>
        <source>Syncing %1 of %2</source>
        <translation>Synchronisation %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>Hors ligne — %n modification en attente</numerusform>
            <numerusform>Hors ligne — %n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Error (click for details)</source>
        <translation>Erreur (cliquez pour les détails)</translation>
    </message>
    <message>
        <source>Syncing %1 of …</source>
        <translation>Synchronisation %1 sur …</translation>
    </message>
</context>
<context>
    <name>TaskModel</name>
    <message>
        <source>%1 (HR action)</source>
        <translation>%1 (action RH)</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>après %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Needs %1</source>
        <translation>Approbation requise&#xa0;: %1</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Overdue: was due %1</source>
        <translation>En retard&#xa0;: échéance %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Workstream</source>
        <translation>Volet</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
</context>
<context>
    <name>TaskRules</name>
    <message>
        <source>declared</source>
        <translation>déclaration</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>détection</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>prise en compte</translation>
    </message>
    <message>
        <source>contained</source>
        <translation>confinement</translation>
    </message>
    <message>
        <source>remediated</source>
        <translation>remédiation</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajout</translation>
    </message>
    <message>
        <source>Title: a task needs a title.</source>
        <translation>Titre&#xa0;: une tâche doit avoir un titre.</translation>
    </message>
    <message>
        <source>Task added (%1): %2</source>
        <translation>Tâche ajoutée (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already %2.</source>
        <translation>«&#xa0;%1&#xa0;» a déjà le statut %2.</translation>
    </message>
    <message>
        <source>Reason: say what &quot;%1&quot; is blocked on.</source>
        <translation>Motif&#xa0;: indiquez ce qui bloque «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Reason: say why &quot;%1&quot; does not apply.</source>
        <translation>Motif&#xa0;: indiquez pourquoi «&#xa0;%1&#xa0;» ne s&apos;applique pas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; waits for %2 to be finished first.</source>
        <translation>«&#xa0;%1&#xa0;» attend que %2 soit d&apos;abord terminé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an action on an employee: it cannot start until HR and Legal have both approved it. Still missing: %2.</source>
        <translation>«&#xa0;%1&#xa0;» est une action visant un salarié&#xa0;: elle ne peut pas commencer avant l&apos;approbation des RH et du service juridique. Manque encore&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot start before it is approved by %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas commencer avant d&apos;être approuvée par %2.</translation>
    </message>
    <message>
        <source>Task &quot;%1&quot;: %2 → %3</source>
        <translation>Tâche «&#xa0;%1&#xa0;»&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Comment: write something.</source>
        <translation>Commentaire&#xa0;: écrivez quelque chose.</translation>
    </message>
    <message>
        <source>On &quot;%1&quot;: %2</source>
        <translation>À propos de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Task &quot;%1&quot; handed back to its role</source>
        <translation>Tâche «&#xa0;%1&#xa0;» rendue à son rôle</translation>
    </message>
    <message>
        <source>Task &quot;%1&quot; assigned to %2</source>
        <translation>Tâche «&#xa0;%1&#xa0;» assignée à %2</translation>
    </message>
</context>
<context>
    <name>TaxiiClient</name>
    <message>
        <source>%1 is not an http or https URL.</source>
        <translation>%1 n&apos;est pas une URL http ou https.</translation>
    </message>
    <message>
        <source>TAXII: refusing to send credentials to %1 over unencrypted HTTP; use an https:// URL.</source>
        <translation>TAXII&#xa0;: refus d&apos;envoyer des identifiants à %1 en HTTP non chiffré&#xa0;; utilisez une URL https://.</translation>
    </message>
    <message>
        <source>%1: the TAXII server refused the credentials (HTTP %2). Check the user name and password, and that the account may read it.</source>
        <translation>%1&#xa0;: le serveur TAXII a refusé les identifiants (HTTP %2). Vérifiez le nom d&apos;utilisateur et le mot de passe, et que le compte a le droit de lecture.</translation>
    </message>
    <message>
        <source>%1: the TAXII server has nothing at %2 (HTTP 404).</source>
        <translation>%1&#xa0;: le serveur TAXII n&apos;a rien à l&apos;adresse %2 (HTTP 404).</translation>
    </message>
    <message>
        <source>%1: the TAXII server answered HTTP %2 %3.</source>
        <translation>%1&#xa0;: le serveur TAXII a répondu HTTP %2 %3.</translation>
    </message>
    <message>
        <source>%1: the TAXII server&apos;s answer is not a JSON object (%2).</source>
        <translation>%1&#xa0;: la réponse du serveur TAXII n&apos;est pas un objet JSON (%2).</translation>
    </message>
    <message>
        <source>%1: the download from %2 failed after %3 attempts (%4). Nothing was imported.</source>
        <translation>%1&#xa0;: le téléchargement depuis %2 a échoué après %3 tentatives (%4). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>TAXII discovery at %1</source>
        <translation>Découverte TAXII sur %1</translation>
    </message>
    <message>
        <source>TAXII collections at %1</source>
        <translation>Collections TAXII sur %1</translation>
    </message>
    <message>
        <source>TAXII collection %1, page %2</source>
        <translation>Collection TAXII %1, page %2</translation>
    </message>
    <message>
        <source>%1: $.objects is not an array.</source>
        <translation>%1&#xa0;: $.objects n&apos;est pas un tableau.</translation>
    </message>
    <message>
        <source>TAXII download cancelled; nothing was imported.</source>
        <translation>Téléchargement TAXII annulé&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1: the server says there is more but gives no way to ask for it.</source>
        <translation>%1&#xa0;: le serveur indique qu&apos;il y a d&apos;autres données, mais ne donne aucun moyen de les demander.</translation>
    </message>
    <message>
        <source>%1: the server keeps paging; giving up.</source>
        <translation>%1&#xa0;: le serveur continue de paginer sans fin&#xa0;; abandon.</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes</source>
        <translation>la connexion a été fermée après %1 octets sur %2</translation>
    </message>
</context>
<context>
    <name>TaxiiImportDialog</name>
    <message>
        <source>Import from TAXII 2.1</source>
        <translation>Importer depuis TAXII 2.1</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>https://taxii.example.org/taxii2/</source>
        <translation>https://taxii.example.org/taxii2/</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>C&amp;ollection:</source>
        <translation>C&amp;ollection&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Unmarked objects:</source>
        <translation>Objets &amp;non marqués&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n readable collection(s).</source>
        <translation>
            <numerusform>%1&#xa0;: %n collection lisible.</numerusform>
            <numerusform>%1&#xa0;: %n collections lisibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>TAXII %1 collection %2</source>
        <translation>TAXII %1, collection %2</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Téléchargement de %1…</translation>
    </message>
    <message>
        <source>TAXII Import</source>
        <translation>Importation TAXII</translation>
    </message>
</context>
<context>
    <name>TemplateLibrary</name>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>expected a header line &quot;Field: value&quot; or a blank line before the body</source>
        <translation>ligne d&apos;en-tête «&#xa0;Champ: valeur&#xa0;» ou ligne vide avant le corps attendue</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an audience; use one of %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un public&#xa0;; utilisez l&apos;un de %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel; use one of %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un canal&#xa0;; utilisez l&apos;un de %2</translation>
    </message>
    <message>
        <source>unknown header &quot;%1&quot;; expected Name, Audience, Channel or Subject</source>
        <translation>en-tête «&#xa0;%1&#xa0;» inconnu&#xa0;; Name, Audience, Channel ou Subject attendu</translation>
    </message>
    <message>
        <source>%1:1: the header needs Name, Audience and Channel</source>
        <translation>%1:1&#xa0;: l&apos;en-tête doit contenir Name, Audience et Channel</translation>
    </message>
    <message>
        <source>%1:%2: unknown placeholder {{%3}}; known: %4</source>
        <translation>%1:%2&#xa0;: espace réservé {{%3}} inconnu&#xa0;; connus&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1&#xa0;: impossible de lire le fichier&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TimelineChain</name>
    <message>
        <source>Entry %1 (%2) was changed after it was recorded: its content no longer matches its hash.</source>
        <translation>L&apos;entrée %1 (%2) a été modifiée après avoir été consignée&#xa0;: son contenu ne correspond plus à son hachage.</translation>
    </message>
    <message>
        <source>Entry %1 (%2) is first but does not start the chain: an earlier entry was removed.</source>
        <translation>L&apos;entrée %1 (%2) est la première mais ne commence pas la chaîne&#xa0;: une entrée antérieure a été supprimée.</translation>
    </message>
    <message>
        <source>Entry %1 (%2) follows an entry that is no longer in the timeline: an entry was removed or reordered.</source>
        <translation>L&apos;entrée %1 (%2) suit une entrée qui ne figure plus dans la chronologie&#xa0;: une entrée a été supprimée ou réordonnée.</translation>
    </message>
    <message>
        <source>The timeline is empty, but the incident records entries: entries were removed.</source>
        <translation>La chronologie est vide, mais l&apos;incident recense des entrées&#xa0;: des entrées ont été supprimées.</translation>
    </message>
    <message>
        <source>The newest entry&apos;s hash does not match the head recorded on the incident: the last entries were removed or the head was altered.</source>
        <translation>Le hachage de l&apos;entrée la plus récente ne correspond pas à la tête enregistrée dans l&apos;incident&#xa0;: les dernières entrées ont été supprimées ou la tête a été altérée.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Recorded %1 · entry %2 · hash %3</source>
        <translation>Consigné le %1 · entrée %2 · hachage %3</translation>
    </message>
    <message>
        <source>The hash chain breaks here. %1</source>
        <translation>La chaîne de hachage est rompue ici. %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
</context>
<context>
    <name>TlpPolicy</name>
    <message>
        <source>%1 is marked %2, which allows sharing with &quot;%3&quot; at most; it cannot go to &quot;%4&quot;.</source>
        <translation>%1 porte le marquage %2, qui autorise au plus un partage avec «&#xa0;%3&#xa0;»&#xa0;; il ne peut pas être transmis à «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is for named recipients only: name the people who receive it.</source>
        <translation>%1 est réservé à des destinataires nommés&#xa0;: indiquez les personnes qui le reçoivent.</translation>
    </message>
    <message>
        <source>%1 is marked TLP:RED and does not name %2 as a recipient; add them to the brief first.</source>
        <translation>%1 porte le marquage TLP:RED et ne désigne pas %2 comme destinataire&#xa0;; ajoutez d&apos;abord cette personne au bulletin.</translation>
    </message>
    <message>
        <source>%1 includes intelligence marked %2, so it cannot be marked %3.</source>
        <translation>%1 contient du renseignement marqué %2 et ne peut donc pas être marqué %3.</translation>
    </message>
    <message>
        <source>TLP:CLEAR: recipients can spread this to the world; there is no limit on disclosure.</source>
        <translation>TLP:CLEAR&#xa0;: les destinataires peuvent diffuser cette information au monde entier&#xa0;; sa divulgation n&apos;est pas limitée.</translation>
    </message>
    <message>
        <source>TLP:GREEN: recipients can spread this within their community, but not via publicly accessible channels.</source>
        <translation>TLP:GREEN&#xa0;: les destinataires peuvent diffuser cette information au sein de leur communauté, mais pas par des canaux accessibles au public.</translation>
    </message>
    <message>
        <source>TLP:AMBER: recipients can only spread this on a need-to-know basis within their organisation and its clients.</source>
        <translation>TLP:AMBER&#xa0;: les destinataires ne peuvent diffuser cette information que selon le besoin d&apos;en connaître, au sein de leur organisation et auprès de ses clients.</translation>
    </message>
    <message>
        <source>TLP:AMBER+STRICT: recipients can only spread this on a need-to-know basis within their organisation.</source>
        <translation>TLP:AMBER+STRICT&#xa0;: les destinataires ne peuvent diffuser cette information que selon le besoin d&apos;en connaître, au sein de leur organisation.</translation>
    </message>
    <message>
        <source>TLP:RED: for the eyes and ears of individual recipients only, no further disclosure.</source>
        <translation>TLP:RED&#xa0;: réservé aux yeux et aux oreilles des seuls destinataires individuels, aucune autre divulgation.</translation>
    </message>
</context>
<context>
    <name>TrackedGroupsDialog</name>
    <message>
        <source>Tracked ATT&amp;CK Groups</source>
        <translation>Groupes ATT&amp;CK suivis</translation>
    </message>
    <message>
        <source>The groups that target organisations like yours. The hunt backlog ranks the techniques they use that nothing covers.</source>
        <translation>Les groupes qui ciblent des organisations comme la vôtre. Le backlog de chasse classe en priorité les techniques qu&apos;ils utilisent et que rien ne couvre.</translation>
    </message>
    <message>
        <source>Search by name, alias or id</source>
        <translation>Rechercher par nom, alias ou identifiant</translation>
    </message>
    <message>
        <source>ATT&amp;CK groups</source>
        <translation>Groupes ATT&amp;CK</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2%3 — %n technique(s)</source>
        <translation>
            <numerusform>%1 %2%3 — %n technique</numerusform>
            <numerusform>%1 %2%3 — %n techniques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) tracked</source>
        <translation>
            <numerusform>%n groupe suivi</numerusform>
            <numerusform>%n groupes suivis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90e centile</translation>
    </message>
    <message>
        <source>%1, median</source>
        <translation>%1, médiane</translation>
    </message>
    <message>
        <source>%1, p90</source>
        <translation>%1, p90</translation>
    </message>
</context>
<context>
    <name>TrendPlot</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · %n incident(s)&lt;br&gt;Acknowledge: median %2, p90 %3, mean %4&lt;br&gt;Remediate: median %5, p90 %6, mean %7&lt;br&gt;&lt;i&gt;Click to list these incidents&lt;/i&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %n incident&lt;br&gt;Prise en compte&#xa0;: médiane %2, p90 %3, moyenne %4&lt;br&gt;Remédiation&#xa0;: médiane %5, p90 %6, moyenne %7&lt;br&gt;&lt;i&gt;Cliquez pour afficher cet incident&lt;/i&gt;</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %n incidents&lt;br&gt;Prise en compte&#xa0;: médiane %2, p90 %3, moyenne %4&lt;br&gt;Remédiation&#xa0;: médiane %5, p90 %6, moyenne %7&lt;br&gt;&lt;i&gt;Cliquez pour afficher ces incidents&lt;/i&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Prise en compte</translation>
    </message>
    <message>
        <source>Remediate</source>
        <translation>Remédiation</translation>
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
        <translation>Le webhook «&#xa0;%1&#xa0;» n&apos;a pas d&apos;adresse http ou https valide&#xa0;; définissez-la dans les Paramètres.</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>aucune réponse en %1 s</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation>le serveur a répondu HTTP %1 %2</translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;)</source>
        <translation>%1 («&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>Sending to the webhook &quot;%1&quot; failed after %2 attempts: %3.</source>
        <translation>L&apos;envoi au webhook «&#xa0;%1&#xa0;» a échoué après %2 tentatives&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Sending to the webhook &quot;%1&quot; failed: %2.</source>
        <translation>L&apos;envoi au webhook «&#xa0;%1&#xa0;» a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Sending was cancelled; the message may or may not have arrived.</source>
        <translation>L&apos;envoi a été annulé&#xa0;; le message est peut-être arrivé, peut-être pas.</translation>
    </message>
    <message>
        <source>Sending did not start.</source>
        <translation>L&apos;envoi n&apos;a pas commencé.</translation>
    </message>
</context>
<context>
    <name>WorkflowService</name>
    <message>
        <source>%1: no person %2 in the directory.</source>
        <translation>%1&#xa0;: aucune personne %2 dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>Nobody holds the role %1.</source>
        <translation>Personne ne tient le rôle %1.</translation>
    </message>
    <message>
        <source>Affected individuals: enter a number of people, 0 or more.</source>
        <translation>Personnes concernées&#xa0;: saisissez un nombre de personnes, 0 ou plus.</translation>
    </message>
    <message>
        <source>Access list: no person %1 in the directory.</source>
        <translation>Liste d&apos;accès&#xa0;: aucune personne %1 dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>%1 is already on the access list.</source>
        <translation>%1 figure déjà sur la liste d&apos;accès.</translation>
    </message>
    <message>
        <source>%1 is not on the access list.</source>
        <translation>%1 ne figure pas sur la liste d&apos;accès.</translation>
    </message>
    <message>
        <source>No task %1; name a task by its id or as INC-2026-0042/key.</source>
        <translation>Aucune tâche %1&#xa0;; désignez une tâche par son identifiant ou sous la forme INC-2026-0042/clé.</translation>
    </message>
    <message>
        <source>%1 already has a task %2.</source>
        <translation>%1 a déjà une tâche %2.</translation>
    </message>
    <message>
        <source>Owner: no person %1 in the directory.</source>
        <translation>Responsable&#xa0;: aucune personne %1 dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs no approval.</source>
        <translation>«&#xa0;%1&#xa0;» ne nécessite aucune approbation.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs the approval of %2, not %3.</source>
        <translation>«&#xa0;%1&#xa0;» nécessite l&apos;approbation de %2, pas de %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already approved for %2.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà approuvée pour %2.</translation>
    </message>
</context>
<context>
    <name>WorkflowSettings</name>
    <message>
        <source>Notify before</source>
        <translation>Notifier avant</translation>
    </message>
    <message>
        <source>Incident channel</source>
        <translation>Canal d&apos;incident</translation>
    </message>
    <message>
        <source>Webhook URL: &quot;%1&quot; is not an http or https address.</source>
        <translation>URL du webhook&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une adresse http ou https.</translation>
    </message>
    <message>
        <source>Timeout: use 1 to 300 seconds.</source>
        <translation>Délai d&apos;attente&#xa0;: utilisez 1 à 300 secondes.</translation>
    </message>
    <message>
        <source>Retries: use 0 to 10.</source>
        <translation>Nouvelles tentatives&#xa0;: utilisez 0 à 10.</translation>
    </message>
</context>
<context>
    <name>WorkflowSettingsWidget</name>
    <message>
        <source>Status updates every:</source>
        <translation>Points de situation toutes les&#xa0;:</translation>
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
        <translation>SEV1&#xa0;: aucun</translation>
    </message>
    <message>
        <source>SEV2 </source>
        <translation>SEV2 </translation>
    </message>
    <message>
        <source>SEV2: none</source>
        <translation>SEV2&#xa0;: aucun</translation>
    </message>
    <message>
        <source>SEV3 </source>
        <translation>SEV3 </translation>
    </message>
    <message>
        <source>SEV3: none</source>
        <translation>SEV3&#xa0;: aucun</translation>
    </message>
    <message>
        <source>SEV4 </source>
        <translation>SEV4 </translation>
    </message>
    <message>
        <source>SEV4: none</source>
        <translation>SEV4&#xa0;: aucun</translation>
    </message>
    <message>
        <source>&amp;Notify before a deadline:</source>
        <translation>&amp;Notifier avant une échéance&#xa0;:</translation>
    </message>
    <message>
        <source>24h, 4h, 1h</source>
        <translation>24h, 4h, 1h</translation>
    </message>
    <message>
        <source>&amp;Desktop notifications on this computer</source>
        <translation>Notifications de &amp;bureau sur cet ordinateur</translation>
    </message>
    <message>
        <source>Business-day &amp;time zone:</source>
        <translation>&amp;Fuseau horaire des jours ouvrés&#xa0;:</translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation>Calendrier des jours fériés</translation>
    </message>
    <message>
        <source>Extra &amp;holidays:</source>
        <translation>Jours fériés &amp;supplémentaires&#xa0;:</translation>
    </message>
    <message>
        <source>2026-12-24, 2026-12-31</source>
        <translation>2026-12-24, 2026-12-31</translation>
    </message>
    <message>
        <source>Holidays worked &amp;as usual:</source>
        <translation>Jours fériés tr&amp;availlés normalement&#xa0;:</translation>
    </message>
    <message>
        <source>dates of the base calendar that are business days for you</source>
        <translation>dates du calendrier de base qui sont des jours ouvrés pour vous</translation>
    </message>
    <message>
        <source>Chat &amp;webhook:</source>
        <translation>&amp;Webhook de messagerie&#xa0;:</translation>
    </message>
    <message>
        <source>Name, e.g. #incident-room</source>
        <translation>Nom, p. ex. #incident-room</translation>
    </message>
    <message>
        <source>https://hooks.slack.com/services/… (Slack, Teams or Mattermost)</source>
        <translation>https://hooks.slack.com/services/… (Slack, Teams ou Mattermost)</translation>
    </message>
    <message>
        <source> s timeout</source>
        <translation> s de délai</translation>
    </message>
    <message>
        <source> retries</source>
        <translation> nouvelles tentatives</translation>
    </message>
    <message>
        <source>Sa&amp;ve Workflow Settings</source>
        <translation>&amp;Enregistrer les paramètres de workflow</translation>
    </message>
    <message>
        <source>US federal holidays</source>
        <translation>Jours fériés fédéraux des États-Unis</translation>
    </message>
    <message>
        <source>No base holidays</source>
        <translation>Aucun jour férié de base</translation>
    </message>
    <message>
        <source>How long before a deadline or a due status update to notify, e.g. 24h, 4h, 1h</source>
        <translation>Combien de temps avant une échéance ou un point de situation dû notifier, p. ex. 24h, 4h, 1h</translation>
    </message>
    <message>
        <source>Notify before</source>
        <translation>Notifier avant</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>Not a readable ZIP archive: %1.</source>
        <translation>Archive ZIP illisible&#xa0;: %1.</translation>
    </message>
    <message>
        <source>the file is too short</source>
        <translation>le fichier est trop court</translation>
    </message>
    <message>
        <source>no end-of-central-directory record (the file may be truncated)</source>
        <translation>aucun enregistrement de fin de répertoire central (le fichier est peut-être tronqué)</translation>
    </message>
    <message>
        <source>multi-part archives are not supported</source>
        <translation>les archives en plusieurs parties ne sont pas prises en charge</translation>
    </message>
    <message>
        <source>ZIP64 archives are not supported</source>
        <translation>les archives ZIP64 ne sont pas prises en charge</translation>
    </message>
    <message>
        <source>the central directory lies outside the file</source>
        <translation>le répertoire central se trouve hors du fichier</translation>
    </message>
    <message>
        <source>central directory entry %1 is damaged</source>
        <translation>l&apos;entrée %1 du répertoire central est endommagée</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot; from the ZIP archive: %2.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;» depuis l&apos;archive ZIP&#xa0;: %2.</translation>
    </message>
    <message>
        <source>the entry is encrypted</source>
        <translation>l&apos;entrée est chiffrée</translation>
    </message>
    <message>
        <source>it is %1 bytes long; at most %2 are read</source>
        <translation>elle fait %1 octets&#xa0;; au plus %2 sont lus</translation>
    </message>
    <message>
        <source>its local header is missing or damaged</source>
        <translation>son en-tête local est absent ou endommagé</translation>
    </message>
    <message>
        <source>its data runs past the end of the file</source>
        <translation>ses données dépassent la fin du fichier</translation>
    </message>
    <message>
        <source>compression method %1 is not supported (only stored and deflated)</source>
        <translation>la méthode de compression %1 n&apos;est pas prise en charge (seulement stored et deflated)</translation>
    </message>
    <message>
        <source>it should be %1 bytes long but is %2</source>
        <translation>elle devrait faire %1 octets mais en fait %2</translation>
    </message>
    <message>
        <source>its checksum does not match (the archive is damaged)</source>
        <translation>sa somme de contrôle ne correspond pas (l&apos;archive est endommagée)</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>--event: &quot;%1&quot; is not one of %2</source>
        <translation>--event&#xa0;: «&#xa0;%1&#xa0;» ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>--as: no person &quot;%1&quot; in the directory.</source>
        <translation>--as&#xa0;: aucune personne «&#xa0;%1&#xa0;» dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>musterctl</source>
        <translation>musterctl</translation>
    </message>
    <message>
        <source>--as: nobody called &quot;%1&quot; in the directory; use an e-mail address or the exact name.</source>
        <translation>--as&#xa0;: personne du nom de «&#xa0;%1&#xa0;» dans l&apos;annuaire&#xa0;; utilisez une adresse e-mail ou le nom exact.</translation>
    </message>
    <message>
        <source>--role is one of %1</source>
        <translation>--role prend l&apos;une des valeurs %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot Open Database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>Choose Another File…</source>
        <translation>Choisir un autre fichier…</translation>
    </message>
    <message>
        <source>Open or Create Database</source>
        <translation>Ouvrir ou créer une base de données</translation>
    </message>
    <message>
        <source>Muster databases (*.sqlite)</source>
        <translation>Bases de données Muster (*.sqlite)</translation>
    </message>
    <message>
        <source>Incident coordination, tabletop exercises and SOC metrics.</source>
        <translation>Coordination des incidents, exercices sur table et indicateurs du SOC.</translation>
    </message>
    <message>
        <source>Open the database FILE instead of the default one.</source>
        <translation>Ouvrir la base de données FICHIER au lieu de celle par défaut.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
</context>
<context>
    <name>muster::core</name>
    <message>
        <source>not a date and time (expected ISO 8601 such as 2026-11-29T14:03:00Z, or epoch seconds)</source>
        <translation>pas une date et heure (ISO 8601 attendu, par exemple 2026-11-29T14:03:00Z, ou secondes epoch)</translation>
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
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a duration; write for example 15m, 4h or 1d 12h.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une durée&#xa0;; écrivez par exemple 15m, 4h ou 1d 12h.</translation>
    </message>
    <message>
        <source>Values: an indicator needs at least one value to match.</source>
        <translation>Valeurs&#xa0;: un indicateur doit avoir au moins une valeur à rapprocher.</translation>
    </message>
    <message>
        <source>Name: give the item a name.</source>
        <translation>Nom&#xa0;: donnez un nom à l&apos;élément.</translation>
    </message>
    <message>
        <source>Confidence: use a value from 0 to 100.</source>
        <translation>Confiance&#xa0;: utilisez une valeur de 0 à 100.</translation>
    </message>
    <message>
        <source>Valid until: the end of validity must come after its start.</source>
        <translation>Valide jusqu&apos;au&#xa0;: la fin de validité doit être postérieure à son début.</translation>
    </message>
    <message>
        <source>Last seen: cannot come before first seen.</source>
        <translation>Dernière observation&#xa0;: ne peut pas précéder la première observation.</translation>
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
        <translation>Délai de prise en compte = première prise en compte − détection. La première prise en compte compte même si l&apos;incident a été rouvert ensuite. Les incidents pas encore pris en compte sont comptés à part, pas moyennés.</translation>
    </message>
    <message>
        <source>Time to contain = first containment − detection. Incidents not yet contained are counted apart, not averaged.</source>
        <translation>Délai de confinement = premier confinement − détection. Les incidents pas encore confinés sont comptés à part, pas moyennés.</translation>
    </message>
    <message>
        <source>Time to remediate = last remediation − detection. A reopened incident counts again only once it is remediated again. Incidents not yet remediated are counted apart, not averaged.</source>
        <translation>Délai de remédiation = dernière remédiation − détection. Un incident rouvert ne compte de nouveau qu&apos;une fois remédié à nouveau. Les incidents pas encore remédiés sont comptés à part, pas moyennés.</translation>
    </message>
    <message>
        <source>Time to close = last closure − detection. A reopening clears the closure. Incidents not yet closed are counted apart, not averaged.</source>
        <translation>Délai de clôture = dernière clôture − détection. Une réouverture annule la clôture. Les incidents pas encore clôturés sont comptés à part, pas moyennés.</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>only an inject with &quot;trigger&quot;: &quot;branch&quot; has a delay; use &quot;offsetMinutes&quot;</source>
        <translation>seul un stimulus avec &quot;trigger&quot;: &quot;branch&quot; a un délai&#xa0;; utilisez &quot;offsetMinutes&quot;</translation>
    </message>
    <message>
        <source>an inject released by a branch or by hand has no offset; remove &quot;offsetMinutes&quot;</source>
        <translation>un stimulus diffusé par une branche ou manuellement n&apos;a pas de décalage&#xa0;; supprimez &quot;offsetMinutes&quot;</translation>
    </message>
    <message>
        <source>missing required member &quot;formatVersion&quot; (%1 for this version of Muster)</source>
        <translation>membre obligatoire «&#xa0;formatVersion&#xa0;» manquant (%1 pour cette version de Muster)</translation>
    </message>
    <message>
        <source>unsupported format version %1; this version of Muster reads version %2</source>
        <translation>version de format %1 non prise en charge&#xa0;; cette version de Muster lit la version %2</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>identifiant «&#xa0;%1&#xa0;» en double</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ATT&amp;CK technique id; use the form T1234 or T1234.001</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant de technique ATT&amp;CK&#xa0;; utilisez la forme T1234 ou T1234.001</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse http ou https</translation>
    </message>
    <message>
        <source>no phase &quot;%1&quot; in $.phases</source>
        <translation>aucune phase «&#xa0;%1&#xa0;» dans $.phases</translation>
    </message>
    <message>
        <source>no role &quot;%1&quot; in $.roles</source>
        <translation>aucun rôle «&#xa0;%1&#xa0;» dans $.roles</translation>
    </message>
    <message>
        <source>duplicate expected action id &quot;%1&quot; (first used at %2)</source>
        <translation>identifiant d&apos;action attendue «&#xa0;%1&#xa0;» en double (utilisé d&apos;abord à %2)</translation>
    </message>
    <message>
        <source>no objective &quot;%1&quot; in $.objectives</source>
        <translation>aucun objectif «&#xa0;%1&#xa0;» dans $.objectives</translation>
    </message>
    <message>
        <source>duplicate branch id &quot;%1&quot; (first used at %2)</source>
        <translation>identifiant de branche «&#xa0;%1&#xa0;» en double (utilisé d&apos;abord à %2)</translation>
    </message>
    <message>
        <source>a decision branch names the &quot;role&quot; that decides</source>
        <translation>une branche de décision indique le rôle («&#xa0;role&#xa0;») qui décide</translation>
    </message>
    <message>
        <source>an expectation branch names the expected &quot;action&quot; it depends on</source>
        <translation>une branche d&apos;attente indique l&apos;action attendue («&#xa0;action&#xa0;») dont elle dépend</translation>
    </message>
    <message>
        <source>no expected action &quot;%1&quot; in the scenario</source>
        <translation>aucune action attendue «&#xa0;%1&#xa0;» dans le scénario</translation>
    </message>
    <message>
        <source>an expectation branch has the outcomes &quot;met&quot; and &quot;not_met&quot;, not &quot;%1&quot;</source>
        <translation>une branche d&apos;attente a pour issues «&#xa0;met&#xa0;» et «&#xa0;not_met&#xa0;», pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a branch needs at least two outcomes to choose from</source>
        <translation>une branche doit proposer au moins deux issues</translation>
    </message>
    <message>
        <source>duplicate outcome id &quot;%1&quot;</source>
        <translation>identifiant d&apos;issue «&#xa0;%1&#xa0;» en double</translation>
    </message>
    <message>
        <source>no inject &quot;%1&quot; in $.injects</source>
        <translation>aucun stimulus «&#xa0;%1&#xa0;» dans $.injects</translation>
    </message>
    <message>
        <source>inject &quot;%1&quot; is released on schedule or by hand; give it &quot;trigger&quot;: &quot;branch&quot; to release it from a branch</source>
        <translation>le stimulus «&#xa0;%1&#xa0;» est diffusé selon le calendrier ou manuellement&#xa0;; donnez-lui &quot;trigger&quot;: &quot;branch&quot; pour le diffuser depuis une branche</translation>
    </message>
    <message>
        <source>inject &quot;%1&quot; cannot release itself</source>
        <translation>le stimulus «&#xa0;%1&#xa0;» ne peut pas se diffuser lui-même</translation>
    </message>
    <message>
        <source>no inject is released on schedule, so the exercise cannot start; give at least one inject &quot;offsetMinutes&quot;</source>
        <translation>aucun stimulus n&apos;est diffusé selon le calendrier, l&apos;exercice ne peut donc pas commencer&#xa0;; donnez &quot;offsetMinutes&quot; à au moins un stimulus</translation>
    </message>
    <message>
        <source>inject &quot;%1&quot; is released by a branch, but no branch outcome releases it</source>
        <translation>le stimulus «&#xa0;%1&#xa0;» est diffusé par une branche, mais aucune issue de branche ne le diffuse</translation>
    </message>
    <message>
        <source>branch cycle: %1</source>
        <translation>cycle de branches&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>muster::core::Access</name>
    <message>
        <source>must be a number from 0 to 1000000000</source>
        <translation>doit être un nombre de 0 à 1000000000</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
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
        <translation>Déclencher</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Prendre en compte</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
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
        <translation>JSON générique</translation>
    </message>
</context>
<context>
    <name>muster::core::AlertState</name>
    <message>
        <source>Firing</source>
        <translation>Déclenchée</translation>
    </message>
    <message>
        <source>Acknowledged by source</source>
        <translation>Prise en compte par la source</translation>
    </message>
    <message>
        <source>Resolved by source</source>
        <translation>Résolue par la source</translation>
    </message>
</context>
<context>
    <name>muster::core::AlertTriage</name>
    <message>
        <source>Untriaged</source>
        <translation>Non triée</translation>
    </message>
    <message>
        <source>Promoted</source>
        <translation>Promue</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionnée</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Faux positif</translation>
    </message>
    <message>
        <source>Benign</source>
        <translation>Bénigne</translation>
    </message>
</context>
<context>
    <name>muster::core::ApprovalRole</name>
    <message>
        <source>Legal</source>
        <translation>Juridique</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>RH</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Direction</translation>
    </message>
</context>
<context>
    <name>muster::core::AssetKind</name>
    <message>
        <source>User account</source>
        <translation>Compte utilisateur</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Data store</source>
        <translation>Stockage de données</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
</context>
<context>
    <name>muster::core::AttackId</name>
    <message>
        <source>&quot;%1&quot; is not an ATT&amp;CK technique id; use the form T1234 or T1234.001.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant de technique ATT&amp;CK&#xa0;; utilisez la forme T1234 ou T1234.001.</translation>
    </message>
</context>
<context>
    <name>muster::core::Audience</name>
    <message>
        <source>Incident team</source>
        <translation>Équipe d&apos;incident</translation>
    </message>
    <message>
        <source>Executives</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Collaborateurs</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Partners and suppliers</source>
        <translation>Partenaires et fournisseurs</translation>
    </message>
    <message>
        <source>Regulator</source>
        <translation>Autorité de régulation</translation>
    </message>
    <message>
        <source>Affected individuals</source>
        <translation>Personnes concernées</translation>
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
        <translation>Décision des participants</translation>
    </message>
    <message>
        <source>Expected action met or not</source>
        <translation>Action attendue réalisée ou non</translation>
    </message>
    <message>
        <source>Facilitator&apos;s choice</source>
        <translation>Choix de l&apos;animateur</translation>
    </message>
</context>
<context>
    <name>muster::core::BriefAudience</name>
    <message>
        <source>Security operations (SOC)</source>
        <translation>Opérations de sécurité (SOC)</translation>
    </message>
    <message>
        <source>Security teams</source>
        <translation>Équipes de sécurité</translation>
    </message>
    <message>
        <source>Security leadership</source>
        <translation>Direction de la sécurité</translation>
    </message>
    <message>
        <source>Business leaders</source>
        <translation>Dirigeants métier</translation>
    </message>
</context>
<context>
    <name>muster::core::Category</name>
    <message>
        <source>Phishing</source>
        <translation>Hameçonnage</translation>
    </message>
    <message>
        <source>Malware</source>
        <translation>Logiciel malveillant</translation>
    </message>
    <message>
        <source>Ransomware</source>
        <translation>Rançongiciel</translation>
    </message>
    <message>
        <source>Business email compromise</source>
        <translation>Compromission de messagerie professionnelle (BEC)</translation>
    </message>
    <message>
        <source>Account compromise</source>
        <translation>Compromission de compte</translation>
    </message>
    <message>
        <source>Insider</source>
        <translation>Menace interne</translation>
    </message>
    <message>
        <source>Data exposure</source>
        <translation>Exposition de données</translation>
    </message>
    <message>
        <source>Denial of service</source>
        <translation>Déni de service</translation>
    </message>
    <message>
        <source>Vulnerability exploitation</source>
        <translation>Exploitation de vulnérabilité</translation>
    </message>
    <message>
        <source>Cloud misconfiguration</source>
        <translation>Mauvaise configuration cloud</translation>
    </message>
    <message>
        <source>Lost or stolen device</source>
        <translation>Appareil perdu ou volé</translation>
    </message>
    <message>
        <source>Third-party breach</source>
        <translation>Compromission d&apos;un tiers</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>muster::core::Channel</name>
    <message>
        <source>Chat webhook</source>
        <translation>Webhook de messagerie</translation>
    </message>
    <message>
        <source>E-mail (.eml)</source>
        <translation>E-mail (.eml)</translation>
    </message>
    <message>
        <source>Outside Muster</source>
        <translation>Hors de Muster</translation>
    </message>
</context>
<context>
    <name>muster::core::ClockEvent</name>
    <message>
        <source>Became aware</source>
        <translation>Prise de connaissance</translation>
    </message>
    <message>
        <source>Determined a cybersecurity incident occurred</source>
        <translation>Incident de cybersécurité constaté</translation>
    </message>
    <message>
        <source>Determined material</source>
        <translation>Jugé important</translation>
    </message>
    <message>
        <source>Classified as major</source>
        <translation>Classé comme majeur</translation>
    </message>
    <message>
        <source>Breach discovered</source>
        <translation>Violation découverte</translation>
    </message>
    <message>
        <source>Extortion payment made</source>
        <translation>Paiement d&apos;extorsion effectué</translation>
    </message>
</context>
<context>
    <name>muster::core::CommunicationRules</name>
    <message>
        <source>&quot;%1&quot; still has parts to fill in: %2</source>
        <translation>«&#xa0;%1&#xa0;» comporte encore des parties à compléter&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>muster::core::CommunicationStatus</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
</context>
<context>
    <name>muster::core::CoverageSource</name>
    <message>
        <source>Detection</source>
        <translation>Détection</translation>
    </message>
    <message>
        <source>Hunt</source>
        <translation>Chasse</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
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
        <translation>En attente</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Respectée</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manquée</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Levée</translation>
    </message>
</context>
<context>
    <name>muster::core::DetectionSource</name>
    <message>
        <source>Detection tool or alert</source>
        <translation>Outil de détection ou alerte</translation>
    </message>
    <message>
        <source>Threat hunt</source>
        <translation>Chasse aux menaces</translation>
    </message>
    <message>
        <source>User report</source>
        <translation>Signalement d&apos;un utilisateur</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
</context>
<context>
    <name>muster::core::ExerciseScope</name>
    <message>
        <source>Real incidents</source>
        <translation>Incidents réels</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Real incidents and exercises</source>
        <translation>Incidents réels et exercices</translation>
    </message>
</context>
<context>
    <name>muster::core::ExerciseStatus</name>
    <message>
        <source>Planned</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>muster::core::HuntOutcome</name>
    <message>
        <source>Not concluded</source>
        <translation>Non conclue</translation>
    </message>
    <message>
        <source>No evidence found</source>
        <translation>Aucune preuve trouvée</translation>
    </message>
    <message>
        <source>Incident opened</source>
        <translation>Incident ouvert</translation>
    </message>
    <message>
        <source>Detection created or improved</source>
        <translation>Détection créée ou améliorée</translation>
    </message>
    <message>
        <source>Visibility gap found</source>
        <translation>Lacune de visibilité identifiée</translation>
    </message>
</context>
<context>
    <name>muster::core::HuntStatus</name>
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Conclue</translation>
    </message>
</context>
<context>
    <name>muster::core::ImprovementStatus</name>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>muster::core::IncidentRole</name>
    <message>
        <source>Commander</source>
        <translation>Commandant</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Adjoint</translation>
    </message>
    <message>
        <source>Scribe</source>
        <translation>Secrétaire</translation>
    </message>
    <message>
        <source>Communications lead</source>
        <translation>Responsable communication</translation>
    </message>
    <message>
        <source>Legal lead</source>
        <translation>Responsable juridique</translation>
    </message>
    <message>
        <source>HR lead</source>
        <translation>Responsable RH</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>Agent de liaison</translation>
    </message>
</context>
<context>
    <name>muster::core::Inflate</name>
    <message>
        <source>invalid block type</source>
        <translation>type de bloc non valide</translation>
    </message>
    <message>
        <source>the compressed data ends too early</source>
        <translation>les données compressées se terminent trop tôt</translation>
    </message>
    <message>
        <source>the data expands beyond the size limit</source>
        <translation>les données décompressées dépassent la taille limite</translation>
    </message>
    <message>
        <source>a stored block has a damaged length</source>
        <translation>un bloc stocké a une longueur endommagée</translation>
    </message>
    <message>
        <source>an invalid Huffman code</source>
        <translation>un code de Huffman non valide</translation>
    </message>
    <message>
        <source>an invalid length code</source>
        <translation>un code de longueur non valide</translation>
    </message>
    <message>
        <source>an invalid distance code</source>
        <translation>un code de distance non valide</translation>
    </message>
    <message>
        <source>a distance too far back</source>
        <translation>une distance trop en arrière</translation>
    </message>
    <message>
        <source>too many length or distance codes</source>
        <translation>trop de codes de longueur ou de distance</translation>
    </message>
    <message>
        <source>an incomplete code-length code</source>
        <translation>un code de longueurs de code incomplet</translation>
    </message>
    <message>
        <source>an invalid code length</source>
        <translation>une longueur de code non valide</translation>
    </message>
    <message>
        <source>a repeat with no previous length</source>
        <translation>une répétition sans longueur précédente</translation>
    </message>
    <message>
        <source>too many code lengths</source>
        <translation>trop de longueurs de code</translation>
    </message>
    <message>
        <source>no end-of-block code</source>
        <translation>aucun code de fin de bloc</translation>
    </message>
    <message>
        <source>an invalid literal/length code</source>
        <translation>un code littéral/longueur non valide</translation>
    </message>
</context>
<context>
    <name>muster::core::InjectChannel</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Messagerie instantanée</translation>
    </message>
    <message>
        <source>News report</source>
        <translation>Reportage d&apos;actualité</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
</context>
<context>
    <name>muster::core::InjectTrigger</name>
    <message>
        <source>On schedule</source>
        <translation>Selon le calendrier</translation>
    </message>
    <message>
        <source>By a branch</source>
        <translation>Par une branche</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Manuellement</translation>
    </message>
</context>
<context>
    <name>muster::core::IntelItem</name>
    <message>
        <source>ATT&amp;CK techniques: %1</source>
        <translation>Techniques ATT&amp;CK&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>muster::core::IntelKind</name>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Threat actor</source>
        <translation>Acteur de la menace</translation>
    </message>
    <message>
        <source>Malware</source>
        <translation>Logiciel malveillant</translation>
    </message>
    <message>
        <source>Attack pattern</source>
        <translation>Modèle d&apos;attaque</translation>
    </message>
</context>
<context>
    <name>muster::core::JsonPointer</name>
    <message>
        <source>%1: &quot;%2&quot; is not a JSON pointer; it starts with / as in /rule/level.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un pointeur JSON&#xa0;; il commence par /, comme dans /rule/level.</translation>
    </message>
</context>
<context>
    <name>muster::core::LogKind</name>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Facilitator note</source>
        <translation>Note de l&apos;animateur</translation>
    </message>
</context>
<context>
    <name>muster::core::Measure</name>
    <message>
        <source>Time to acknowledge</source>
        <translation>Délai de prise en compte</translation>
    </message>
    <message>
        <source>Time to contain</source>
        <translation>Délai de confinement</translation>
    </message>
    <message>
        <source>Time to remediate</source>
        <translation>Délai de remédiation</translation>
    </message>
    <message>
        <source>Time to close</source>
        <translation>Délai de clôture</translation>
    </message>
</context>
<context>
    <name>muster::core::MetricsGrouping</name>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Detection source</source>
        <translation>Source de détection</translation>
    </message>
    <message>
        <source>Commander</source>
        <translation>Commandant</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
</context>
<context>
    <name>muster::core::ObservableKind</name>
    <message>
        <source>IPv4 address</source>
        <translation>Adresse IPv4</translation>
    </message>
    <message>
        <source>IPv6 address</source>
        <translation>Adresse IPv6</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>File hash</source>
        <translation>Empreinte de fichier</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
</context>
<context>
    <name>muster::core::OpenAevImport</name>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>doit être un tableau</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
</context>
<context>
    <name>muster::core::PlaybookLibrary</name>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1&#xa0;: %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>unknown field; expected one of %1</source>
        <translation>champ inconnu&#xa0;; l&apos;un de %1 est attendu</translation>
    </message>
    <message>
        <source>missing; this field is required</source>
        <translation>manquant&#xa0;; ce champ est obligatoire</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>doit être une liste de chaînes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>%1: %2: must be an object</source>
        <translation>%1&#xa0;: %2&#xa0;: doit être un objet</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a task key; use lower-case words joined by dots, such as legal.privilege</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une clé de tâche&#xa0;; utilisez des mots en minuscules reliés par des points, comme legal.privilege</translation>
    </message>
</context>
<context>
    <name>muster::core::QueryLanguage</name>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
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
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>muster::core::Rating</name>
    <message>
        <source>P: performed without challenges</source>
        <translation>P&#xa0;: réalisé sans difficulté</translation>
    </message>
    <message>
        <source>S: performed with some challenges</source>
        <translation>S&#xa0;: réalisé avec quelques difficultés</translation>
    </message>
    <message>
        <source>M: performed with major challenges</source>
        <translation>M&#xa0;: réalisé avec des difficultés majeures</translation>
    </message>
    <message>
        <source>U: unable to be performed</source>
        <translation>U&#xa0;: n&apos;a pas pu être réalisé</translation>
    </message>
</context>
<context>
    <name>muster::core::Reader</name>
    <message>
        <source>unknown member &quot;%1&quot;; expected one of: %2</source>
        <translation>membre «&#xa0;%1&#xa0;» inconnu&#xa0;; l&apos;un des suivants est attendu&#xa0;: %2</translation>
    </message>
    <message>
        <source>missing required member &quot;%1&quot;</source>
        <translation>membre obligatoire «&#xa0;%1&#xa0;» manquant</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>doit être une chaîne, pas %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>contains a control character (U+%1)</source>
        <translation>contient un caractère de contrôle (U+%1)</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>fait %1 caractères&#xa0;; au plus %2 sont autorisés</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id; use lowercase letters, digits, &quot;-&quot; and &quot;_&quot;, starting with a letter or digit</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant valide&#xa0;; utilisez des minuscules, des chiffres, «&#xa0;-&#xa0;» et «&#xa0;_&#xa0;», en commençant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <translation>doit être un nombre, pas %1</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>must be an array, not %1</source>
        <translation>doit être un tableau, pas %1</translation>
    </message>
    <message>
        <source>has %1 items; at most %2 are allowed</source>
        <translation>compte %1 éléments&#xa0;; au plus %2 sont autorisés</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>doit être un objet, pas %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>muster::core::RegulatedSector</name>
    <message>
        <source>Financial services</source>
        <translation>Services financiers</translation>
    </message>
    <message>
        <source>Health care (HIPAA)</source>
        <translation>Santé (HIPAA)</translation>
    </message>
    <message>
        <source>Essential or important entity (NIS2)</source>
        <translation>Entité essentielle ou importante (NIS2)</translation>
    </message>
    <message>
        <source>SEC registrant (listed company)</source>
        <translation>Société enregistrée auprès de la SEC (cotée)</translation>
    </message>
</context>
<context>
    <name>muster::core::RegulatoryClock</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar day(s)</source>
        <translation>
            <numerusform>%n jour calendaire</numerusform>
            <numerusform>%n jours calendaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n jour ouvré</numerusform>
            <numerusform>%n jours ouvrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>muster::core::ReleaseWay</name>
    <message>
        <source>On schedule</source>
        <translation>Selon le calendrier</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Manuellement</translation>
    </message>
    <message>
        <source>By a branch</source>
        <translation>Par une branche</translation>
    </message>
</context>
<context>
    <name>muster::core::ScenarioDifficulty</name>
    <message>
        <source>Introductory</source>
        <translation>Initiation</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermédiaire</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
</context>
<context>
    <name>muster::core::Sensitivity</name>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <source>Regulated personal data</source>
        <translation>Données personnelles réglementées</translation>
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
        <translation>Critique&#xa0;: compromission confirmée de systèmes critiques pour l&apos;activité ou de données réglementées, attaquant actif, ou panne d&apos;un service métier essentiel. Réponse d&apos;incident majeur, direction informée immédiatement.</translation>
    </message>
    <message>
        <source>High: confirmed compromise with limited scope, or a credible threat to critical systems or sensitive data. Dedicated responders and stakeholders engaged the same day.</source>
        <translation>Élevée&#xa0;: compromission confirmée de portée limitée, ou menace crédible pour des systèmes critiques ou des données sensibles. Intervenants dédiés et parties prenantes mobilisés le jour même.</translation>
    </message>
    <message>
        <source>Medium: suspicious or malicious activity contained to a few users or hosts, no sign of data loss. Handled by the SOC within business hours.</source>
        <translation>Moyenne&#xa0;: activité suspecte ou malveillante circonscrite à quelques utilisateurs ou hôtes, sans signe de perte de données. Traitée par le SOC pendant les heures ouvrées.</translation>
    </message>
    <message>
        <source>Low: policy violation, blocked attempt or minor event with negligible impact. Handled in the normal queue.</source>
        <translation>Faible&#xa0;: violation de politique, tentative bloquée ou événement mineur à l&apos;impact négligeable. Traité dans la file normale.</translation>
    </message>
</context>
<context>
    <name>muster::core::ShareScope</name>
    <message>
        <source>Named recipients</source>
        <translation>Destinataires nommés</translation>
    </message>
    <message>
        <source>Our organisation</source>
        <translation>Notre organisation</translation>
    </message>
    <message>
        <source>Our organisation and its clients</source>
        <translation>Notre organisation et ses clients</translation>
    </message>
    <message>
        <source>Trusted community (ISAC, peers)</source>
        <translation>Communauté de confiance (ISAC, pairs)</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
</context>
<context>
    <name>muster::core::Status</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Pris en compte</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>En analyse</translation>
    </message>
    <message>
        <source>Contained</source>
        <translation>Confiné</translation>
    </message>
    <message>
        <source>Remediated</source>
        <translation>Remédié</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Rouvert</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Faux positif</translation>
    </message>
</context>
<context>
    <name>muster::core::TaskStatus</name>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
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
        <translation>Tier 1&#xa0;: triage des alertes entrantes</translation>
    </message>
    <message>
        <source>Tier 2: investigation and correlation, and anything touching business-critical systems</source>
        <translation>Tier 2&#xa0;: investigation et corrélation, et tout ce qui touche des systèmes critiques pour l&apos;activité</translation>
    </message>
    <message>
        <source>Tier 3: threat hunting and escalation point for major incidents</source>
        <translation>Tier 3&#xa0;: chasse aux menaces et point d&apos;escalade pour les incidents majeurs</translation>
    </message>
</context>
<context>
    <name>muster::core::Workstream</name>
    <message>
        <source>Legal</source>
        <translation>Juridique</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>RH</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>IT operations</source>
        <translation>Exploitation informatique</translation>
    </message>
    <message>
        <source>Threat intelligence</source>
        <translation>Renseignement sur la menace</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Insider risk</source>
        <translation>Risque interne</translation>
    </message>
    <message>
        <source>Executive</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Incident team</source>
        <translation>Équipe d&apos;incident</translation>
    </message>
</context>
<context>
    <name>muster::ctl</name>
    <message>
        <source>%1 is a Muster database (schema %2).
</source>
        <translation>%1 est une base de données Muster (schéma %2).
</translation>
    </message>
    <message>
        <source>Created %1 (schema %2).
</source>
        <translation>Base de données %1 créée (schéma %2).
</translation>
    </message>
    <message>
        <source>--database FILE is required</source>
        <translation>--database FICHIER est obligatoire</translation>
    </message>
    <message>
        <source>%1: Muster database, schema %2 of %3, integrity ok.
</source>
        <translation>%1&#xa0;: base de données Muster, schéma %2 sur %3, intégrité correcte.
</translation>
    </message>
    <message>
        <source>Migrations are pending; run: musterctl db migrate --database %1
</source>
        <translation>Des migrations sont en attente&#xa0;; exécutez&#xa0;: musterctl db migrate --database %1
</translation>
    </message>
    <message>
        <source>%1 is up to date (schema %2).
</source>
        <translation>%1 est à jour (schéma %2).
</translation>
    </message>
    <message>
        <source>Migrated %1 from schema %2 to %3.
</source>
        <translation>Base de données %1 migrée du schéma %2 au schéma %3.
</translation>
    </message>
    <message>
        <source>Create a database file (or check that FILE is one) and bring it to the current schema.</source>
        <translation>Créer un fichier de base de données (ou vérifier que FICHIER en est un) et le mettre au schéma actuel.</translation>
    </message>
    <message>
        <source>Check that FILE is a healthy Muster database this version can open.</source>
        <translation>Vérifier que FICHIER est une base de données Muster saine que cette version peut ouvrir.</translation>
    </message>
    <message>
        <source>Apply pending schema migrations.</source>
        <translation>Appliquer les migrations de schéma en attente.</translation>
    </message>
    <message>
        <source>How many incidents to generate.</source>
        <translation>Nombre d&apos;incidents à générer.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Random seed (same seed, same data).</source>
        <translation>Graine aléatoire (même graine, mêmes données).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--incidents N is required</source>
        <translation>--incidents N est obligatoire</translation>
    </message>
    <message>
        <source>--incidents takes a number from 0 to 10000000</source>
        <translation>--incidents attend un nombre de 0 à 10000000</translation>
    </message>
    <message>
        <source>--seed takes a non-negative number</source>
        <translation>--seed attend un nombre positif ou nul</translation>
    </message>
    <message>
        <source>%1 already holds incidents; generate into a new file.
</source>
        <translation>%1 contient déjà des incidents&#xa0;; générez les données dans un nouveau fichier.
</translation>
    </message>
    <message>
        <source>%1% (%2 of %3 incidents)
</source>
        <translation>%1 % (%2 incidents sur %3)
</translation>
    </message>
    <message>
        <source>Wrote %1 people, %2 assets, %3 incidents and %4 timeline entries to %5 in %6 s.
</source>
        <translation>%1 personnes, %2 actifs, %3 incidents et %4 entrées de chronologie écrits dans %5 en %6 s.
</translation>
    </message>
    <message>
        <source>Load the demo organisation (about 200 incidents over 12 months and a stakeholder directory).</source>
        <translation>Charger l&apos;organisation de démonstration (environ 200 incidents sur 12 mois et un annuaire des parties prenantes).</translation>
    </message>
    <message>
        <source>Generate a large realistic data set (for benchmarks).</source>
        <translation>Générer un grand jeu de données réaliste (pour les benchmarks).</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2).</source>
        <translation>%1&#xa0;: impossible de lire le fichier (%2).</translation>
    </message>
    <message>
        <source>%1 tactics, %2 techniques (%3 sub-techniques, %4 revoked, %5 deprecated), %6 groups, %7 uses</source>
        <translation>%1 tactiques, %2 techniques (%3 sous-techniques, %4 révoquées, %5 obsolètes), %6 groupes, %7 utilisations</translation>
    </message>
    <message>
        <source>Imported the ATT&amp;CK catalog from %1: %2.
</source>
        <translation>Catalogue ATT&amp;CK importé depuis %1&#xa0;: %2.
</translation>
    </message>
    <message>
        <source>Imported catalog: %1 (modified %2).
</source>
        <translation>Catalogue importé&#xa0;: %1 (modifié le %2).
</translation>
    </message>
    <message>
        <source>Shipped catalog: %1 (modified %2).
</source>
        <translation>Catalogue fourni&#xa0;: %1 (modifié le %2).
</translation>
    </message>
    <message numerus="yes">
        <source>Uses %n technique(s): %1
</source>
        <translation>
            <numerusform>Utilise %n technique&#xa0;: %1
</numerusform>
            <numerusform>Utilise %n techniques&#xa0;: %1
</numerusform>
        </translation>
    </message>
    <message>
        <source> (revoked or deprecated)</source>
        <translation> (révoqué ou obsolète)</translation>
    </message>
    <message>
        <source>%1 is not an ATT&amp;CK group (G0001 ...).</source>
        <translation>%1 n&apos;est pas un groupe ATT&amp;CK (G0001 ...).</translation>
    </message>
    <message>
        <source>Tracked groups: %1
</source>
        <translation>Groupes suivis&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Write the catalog to FILE.</source>
        <translation>Écrire le catalogue dans FICHIER.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The ATT&amp;CK release, e.g. 18.1.</source>
        <translation>La version d&apos;ATT&amp;CK, p. ex. 18.1.</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>Where the bundle came from.</source>
        <translation>Provenance du bundle.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FICHIER est obligatoire</translation>
    </message>
    <message>
        <source>Wrote %1: %2.
</source>
        <translation>%1 écrit&#xa0;: %2.
</translation>
    </message>
    <message>
        <source>Import MITRE ATT&amp;CK from its STIX bundle, replacing the catalog in use.</source>
        <translation>Importer MITRE ATT&amp;CK depuis son bundle STIX, en remplaçant le catalogue utilisé.</translation>
    </message>
    <message>
        <source>Show which ATT&amp;CK catalog is in use and the tracked groups.</source>
        <translation>Afficher le catalogue ATT&amp;CK utilisé et les groupes suivis.</translation>
    </message>
    <message>
        <source>Show a technique (T1059.001) or a group (G0016); flags unknown or revoked ids.</source>
        <translation>Afficher une technique (T1059.001) ou un groupe (G0016)&#xa0;; signale les identifiants inconnus ou révoqués.</translation>
    </message>
    <message>
        <source>Find techniques by id or name.</source>
        <translation>Rechercher des techniques par identifiant ou par nom.</translation>
    </message>
    <message>
        <source>Track ATT&amp;CK groups (they rank the hunt backlog).</source>
        <translation>Suivre des groupes ATT&amp;CK (ils classent le backlog de chasse).</translation>
    </message>
    <message>
        <source>Stop tracking ATT&amp;CK groups.</source>
        <translation>Ne plus suivre des groupes ATT&amp;CK.</translation>
    </message>
    <message>
        <source>Derive Muster&apos;s compact catalog from MITRE&apos;s bundle (for maintainers).</source>
        <translation>Dériver le catalogue compact de Muster du bundle de MITRE (pour les mainteneurs).</translation>
    </message>
    <message>
        <source>The incident (reference or id).</source>
        <translation>L&apos;incident (référence ou identifiant).</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1&#xa0;: impossible de lire le fichier&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, needs %2</source>
        <translation>%1, nécessite %2</translation>
    </message>
    <message>
        <source>--incident REF is required</source>
        <translation>--incident REF est obligatoire</translation>
    </message>
    <message>
        <source>No incident %1.</source>
        <translation>Aucun incident %1.</translation>
    </message>
    <message>
        <source>Next status update due %1 (%2).
</source>
        <translation>Prochain point de situation dû le %1 (%2).
</translation>
    </message>
    <message>
        <source>Start from template ID (see comms templates).</source>
        <translation>Partir du modèle ID (voir comms templates).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Audience (when not from a template).</source>
        <translation>Public (hors modèle).</translation>
    </message>
    <message>
        <source>AUDIENCE</source>
        <translation>PUBLIC</translation>
    </message>
    <message>
        <source>webhook, email or manual.</source>
        <translation>webhook, email ou manual.</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>CANAL</translation>
    </message>
    <message>
        <source>Subject line.</source>
        <translation>Ligne d&apos;objet.</translation>
    </message>
    <message>
        <source>Body text.</source>
        <translation>Corps du message.</translation>
    </message>
    <message>
        <source>Read the body from FILE (UTF-8).</source>
        <translation>Lire le corps du message depuis FICHIER (UTF-8).</translation>
    </message>
    <message>
        <source>E-mail addresses, comma-separated.</source>
        <translation>Adresses e-mail, séparées par des virgules.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>without --template, give --audience (%1) and optionally --channel (%2)</source>
        <translation>sans --template, indiquez --audience (%1) et éventuellement --channel (%2)</translation>
    </message>
    <message>
        <source>To fill in before review: %1
</source>
        <translation>À compléter avant la relecture&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Post to the webhook set in Settings.</source>
        <translation>Publier sur le webhook défini dans les Paramètres.</translation>
    </message>
    <message>
        <source>Post to this webhook URL instead.</source>
        <translation>Publier plutôt sur cette URL de webhook.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Write the e-mail to FILE (.eml) for a mail client.</source>
        <translation>Écrire l&apos;e-mail dans FICHIER (.eml) pour un client de messagerie.</translation>
    </message>
    <message>
        <source>Record that it was sent outside Muster, and how.</source>
        <translation>Consigner qu&apos;elle a été envoyée hors de Muster, et comment.</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>COMMENT</translation>
    </message>
    <message>
        <source>choose one of --webhook, --webhook-url URL, --eml FILE or --manual HOW</source>
        <translation>choisissez l&apos;une des options --webhook, --webhook-url URL, --eml FICHIER ou --manual COMMENT</translation>
    </message>
    <message>
        <source>Sent &quot;%1&quot; (version %2) via %3.
</source>
        <translation>«&#xa0;%1&#xa0;» (version %2) envoyé via %3.
</translation>
    </message>
    <message>
        <source>List an incident&apos;s communications and when the next status update is due.</source>
        <translation>Lister les communications d&apos;un incident et indiquer quand le prochain point de situation est dû.</translation>
    </message>
    <message>
        <source>Draft a communication, from a template or from scratch.</source>
        <translation>Rédiger une communication, à partir d&apos;un modèle ou de zéro.</translation>
    </message>
    <message>
        <source>Edit a communication: a new version; earlier approvals no longer apply.</source>
        <translation>Modifier une communication&#xa0;: une nouvelle version&#xa0;; les approbations antérieures ne s&apos;appliquent plus.</translation>
    </message>
    <message>
        <source>Submit a draft for review.</source>
        <translation>Soumettre un brouillon à relecture.</translation>
    </message>
    <message>
        <source>Approve this exact version for a role (external audiences need Legal).</source>
        <translation>Approuver cette version précise pour un rôle (les publics externes nécessitent le service juridique).</translation>
    </message>
    <message>
        <source>Send an approved communication and record the exact text on the timeline.</source>
        <translation>Envoyer une communication approuvée et consigner le texte exact dans la chronologie.</translation>
    </message>
    <message>
        <source>List the message templates.</source>
        <translation>Lister les modèles de message.</translation>
    </message>
    <message>
        <source>Only deadlines due within DURATION (24h, 3d).</source>
        <translation>Uniquement les échéances dues dans la DURÉE indiquée (24h, 3d).</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <source>Include met, missed and waived deadlines.</source>
        <translation>Inclure les échéances respectées, manquées et levées.</translation>
    </message>
    <message>
        <source>No deadlines.
</source>
        <translation>Aucune échéance.
</translation>
    </message>
    <message>
        <source>The .ics FILE to write.</source>
        <translation>Le FICHIER .ics à écrire.</translation>
    </message>
    <message>
        <source>--output FILE is required</source>
        <translation>--output FICHIER est obligatoire</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1&#xa0;: impossible d&apos;écrire le fichier&#xa0;: %2</translation>
    </message>
    <message>
        <source>Wrote %1 deadline(s) to %2.
</source>
        <translation>%1 échéance(s) écrite(s) dans %2.
</translation>
    </message>
    <message>
        <source>became-aware, determined-incident, determined-material, classified-major, discovered or extortion-paid.</source>
        <translation>became-aware, determined-incident, determined-material, classified-major, discovered ou extortion-paid.</translation>
    </message>
    <message>
        <source>EVENT</source>
        <translation>ÉVÉNEMENT</translation>
    </message>
    <message>
        <source>When it happened (ISO 8601, or now).</source>
        <translation>Quand cela s&apos;est produit (ISO 8601, ou now).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>HEURE</translation>
    </message>
    <message>
        <source>Start this rule (repeatable); default: the rules that apply to the incident.</source>
        <translation>Démarrer cette règle (répétable)&#xa0;; par défaut&#xa0;: les règles qui s&apos;appliquent à l&apos;incident.</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>RÈGLE</translation>
    </message>
    <message>
        <source>A note; required when correcting a time.</source>
        <translation>Une note&#xa0;; obligatoire pour corriger une heure.</translation>
    </message>
    <message>
        <source>--incident, --event and --at are required</source>
        <translation>--incident, --event et --at sont obligatoires</translation>
    </message>
    <message>
        <source>%1 recorded at %2.
</source>
        <translation>%1 consigné à %2.
</translation>
    </message>
    <message>
        <source>No regulatory clock applies to this incident&apos;s attributes; name one with --rule (musterctl deadlines rules lists them).
</source>
        <translation>Aucun délai réglementaire ne s&apos;applique aux attributs de cet incident&#xa0;; indiquez-en un avec --rule (musterctl deadlines rules les liste).
</translation>
    </message>
    <message>
        <source>When the notification was made (default: now).</source>
        <translation>Quand la notification a été faite (par défaut&#xa0;: maintenant).</translation>
    </message>
    <message>
        <source>Reasons for delay (required when late).</source>
        <translation>Motifs du retard (obligatoires en cas de retard).</translation>
    </message>
    <message>
        <source>Why the duty does not apply.</source>
        <translation>Pourquoi l&apos;obligation ne s&apos;applique pas.</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 après %2</translation>
    </message>
    <message>
        <source>List regulatory deadlines, soonest first.</source>
        <translation>Lister les échéances réglementaires, les plus proches d&apos;abord.</translation>
    </message>
    <message>
        <source>Record when a start event happened and start the regulatory clocks it drives.</source>
        <translation>Consigner quand un événement de départ s&apos;est produit et démarrer les délais réglementaires qu&apos;il déclenche.</translation>
    </message>
    <message>
        <source>Record that the notification was made (late ones need --reason).</source>
        <translation>Consigner que la notification a été faite (celles en retard nécessitent --reason).</translation>
    </message>
    <message>
        <source>Waive a deadline that does not apply, with the reason.</source>
        <translation>Lever une échéance qui ne s&apos;applique pas, avec le motif.</translation>
    </message>
    <message>
        <source>Export deadlines as an iCalendar file.</source>
        <translation>Exporter les échéances dans un fichier iCalendar.</translation>
    </message>
    <message>
        <source>List the regulatory rules Muster knows, with their legal sources.</source>
        <translation>Lister les règles réglementaires connues de Muster, avec leurs sources juridiques.</translation>
    </message>
    <message>
        <source>Added demo intel: %1 items, %2 hunts, %3 detections, %4 sightings.
</source>
        <translation>Renseignement de démonstration ajouté&#xa0;: %1 éléments, %2 chasses, %3 détections, %4 observations.
</translation>
    </message>
    <message>
        <source>No exercises.
</source>
        <translation>Aucun exercice.
</translation>
    </message>
    <message>
        <source>Reference (EX-2026-0001) or id.</source>
        <translation>Référence (EX-2026-0001) ou identifiant.</translation>
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
        <translation>Scénario&#xa0;:    %1 (%2)
</translation>
    </message>
    <message>
        <source>Status:       %1, scenario time %2 at %3x
</source>
        <translation>Statut&#xa0;:      %1, temps de scénario %2, vitesse %3x
</translation>
    </message>
    <message>
        <source>Planned:      %1
</source>
        <translation>Planifié&#xa0;:    %1
</translation>
    </message>
    <message>
        <source>Facilitator:  %1
</source>
        <translation>Animateur&#xa0;:   %1
</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Incident:     %1
</source>
        <translation>Incident&#xa0;:    %1
</translation>
    </message>
    <message>
        <source>Participants:
</source>
        <translation>Participants&#xa0;:
</translation>
    </message>
    <message>
        <source>(not staffed)</source>
        <translation>(non pourvu)</translation>
    </message>
    <message>
        <source>Injects:
</source>
        <translation>Stimuli&#xa0;:
</translation>
    </message>
    <message>
        <source>released</source>
        <translation>diffusé</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>planifié</translation>
    </message>
    <message>
        <source>selected by a branch</source>
        <translation>choisi par branche</translation>
    </message>
    <message>
        <source>waiting for a branch</source>
        <translation>attend une branche</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>non sélectionné</translation>
    </message>
    <message>
        <source>contingency (by hand)</source>
        <translation>réserve (manuel)</translation>
    </message>
    <message>
        <source>Log: %1 entries; ratings: %2 of %3 expected actions; improvement items: %4
</source>
        <translation>Journal&#xa0;: %1 entrées&#xa0;; évaluations&#xa0;: %2 actions attendues sur %3&#xa0;; points d&apos;amélioration&#xa0;: %4
</translation>
    </message>
    <message>
        <source>markdown (default), html or json.</source>
        <translation>markdown (par défaut), html ou json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Écrire dans FICHIER au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>--format takes markdown, html or json</source>
        <translation>--format attend markdown, html ou json</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Wrote the after-action report of %1 to %2.
</source>
        <translation>Rapport de retour d&apos;expérience de %1 écrit dans %2.
</translation>
    </message>
    <message>
        <source>List the exercises, newest first.</source>
        <translation>Lister les exercices, les plus récents d&apos;abord.</translation>
    </message>
    <message>
        <source>Show an exercise: plan, clock, injects and their state, log and evaluation counts.</source>
        <translation>Afficher un exercice&#xa0;: plan, horloge, stimuli et leur état, journal et nombre d&apos;évaluations.</translation>
    </message>
    <message>
        <source>The after-action report with improvement plan.</source>
        <translation>Le rapport de retour d&apos;expérience avec le plan d&apos;amélioration.</translation>
    </message>
    <message>
        <source>proposed, active or concluded.</source>
        <translation>proposed, active ou concluded.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>%1, past its time box</source>
        <translation>%1, délai imparti dépassé</translation>
    </message>
    <message>
        <source>Status: %1; outcome: %2
</source>
        <translation>Statut&#xa0;: %1&#xa0;; résultat&#xa0;: %2
</translation>
    </message>
    <message>
        <source>Hypothesis: %1
</source>
        <translation>Hypothèse&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Techniques: %1
</source>
        <translation>Techniques&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Finding (%1): %2
</source>
        <translation>Constat (%1)&#xa0;: %2
</translation>
    </message>
    <message>
        <source>The hunt&apos;s title.</source>
        <translation>Le titre de la chasse.</translation>
    </message>
    <message>
        <source>What you expect to find, and why.</source>
        <translation>Ce que vous vous attendez à trouver, et pourquoi.</translation>
    </message>
    <message>
        <source>An ATT&amp;CK technique (repeat).</source>
        <translation>Une technique ATT&amp;CK (répétable).</translation>
    </message>
    <message>
        <source>Time box in days from today (default 14).</source>
        <translation>Délai imparti en jours à partir d&apos;aujourd&apos;hui (14 par défaut).</translation>
    </message>
    <message>
        <source>The hunter (name or e-mail).</source>
        <translation>Le chasseur (nom ou e-mail).</translation>
    </message>
    <message>
        <source>PERSON</source>
        <translation>PERSONNE</translation>
    </message>
    <message>
        <source>--days takes a number from 1 to 365</source>
        <translation>--days attend un nombre de 1 à 365</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>avertissement&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Proposed %1 &quot;%2&quot;.
</source>
        <translation>%1 «&#xa0;%2&#xa0;» proposée.
</translation>
    </message>
    <message>
        <source>%1 is active.
</source>
        <translation>%1 est active.
</translation>
    </message>
    <message>
        <source>no_evidence, incident_opened, detection or visibility_gap.</source>
        <translation>no_evidence, incident_opened, detection ou visibility_gap.</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>RÉSULTAT</translation>
    </message>
    <message>
        <source>What the hunt found.</source>
        <translation>Ce que la chasse a trouvé.</translation>
    </message>
    <message>
        <source>The incident it opened.</source>
        <translation>L&apos;incident qu&apos;elle a ouvert.</translation>
    </message>
    <message>
        <source>INCIDENT</source>
        <translation>INCIDENT</translation>
    </message>
    <message>
        <source>The detection created or improved.</source>
        <translation>La détection créée ou améliorée.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>--outcome is required</source>
        <translation>--outcome est obligatoire</translation>
    </message>
    <message>
        <source>%1 concluded: %2.
</source>
        <translation>%1 conclue&#xa0;: %2.
</translation>
    </message>
    <message>
        <source>The backlog is empty: track groups with &quot;musterctl attack track&quot;, or everything they use is covered.
</source>
        <translation>Le backlog est vide&#xa0;: suivez des groupes avec «&#xa0;musterctl attack track&#xa0;», ou tout ce qu&apos;ils utilisent est couvert.
</translation>
    </message>
    <message>
        <source>Write the coverage as an ATT&amp;CK Navigator layer (JSON) to FILE.</source>
        <translation>Écrire la couverture comme couche ATT&amp;CK Navigator (JSON) dans FICHIER.</translation>
    </message>
    <message>
        <source>The layer&apos;s name.</source>
        <translation>Le nom de la couche.</translation>
    </message>
    <message numerus="yes">
        <source>%n technique(s) covered:</source>
        <translation>
            <numerusform>%n technique couverte&#xa0;:</numerusform>
            <numerusform>%n techniques couvertes&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the Navigator layer to %1.
</source>
        <translation>Couche Navigator écrite dans %1.
</translation>
    </message>
    <message>
        <source>List threat hunts.</source>
        <translation>Lister les chasses aux menaces.</translation>
    </message>
    <message>
        <source>Show a hunt with its queries and findings.</source>
        <translation>Afficher une chasse avec ses requêtes et ses constats.</translation>
    </message>
    <message>
        <source>Propose a hypothesis-driven hunt.</source>
        <translation>Proposer une chasse fondée sur une hypothèse.</translation>
    </message>
    <message>
        <source>Start a proposed hunt.</source>
        <translation>Démarrer une chasse proposée.</translation>
    </message>
    <message>
        <source>Conclude an active hunt with its outcome.</source>
        <translation>Conclure une chasse active avec son résultat.</translation>
    </message>
    <message>
        <source>Techniques tracked groups use that nothing covers, most used first.</source>
        <translation>Techniques utilisées par les groupes suivis que rien ne couvre, les plus utilisées d&apos;abord.</translation>
    </message>
    <message>
        <source>ATT&amp;CK coverage by detections, hunts, exercises and incidents; export a Navigator layer.</source>
        <translation>Couverture ATT&amp;CK par les détections, chasses, exercices et incidents&#xa0;; exporter une couche Navigator.</translation>
    </message>
    <message>
        <source>Act as PERSON (name or e-mail in the directory).</source>
        <translation>Agir en tant que PERSONNE (nom ou e-mail dans l&apos;annuaire).</translation>
    </message>
    <message>
        <source>When it happened (ISO 8601; default now).</source>
        <translation>Quand cela s&apos;est produit (ISO 8601&#xa0;; par défaut&#xa0;: maintenant).</translation>
    </message>
    <message>
        <source>%1: no person &quot;%2&quot; in the directory.</source>
        <translation>%1&#xa0;: aucune personne «&#xa0;%2&#xa0;» dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a time; use ISO 8601, e.g. 2026-03-01T09:15:00Z.</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une heure&#xa0;; utilisez ISO 8601, p. ex. 2026-03-01T09:15:00Z.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not one of: %3.</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» ne fait pas partie de&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Only these statuses (comma-separated).</source>
        <translation>Uniquement ces statuts (séparés par des virgules).</translation>
    </message>
    <message>
        <source>Only these severities, e.g. sev1,sev2.</source>
        <translation>Uniquement ces gravités, p. ex. sev1,sev2.</translation>
    </message>
    <message>
        <source>Only these tiers, e.g. tier2,tier3.</source>
        <translation>Uniquement ces tiers, p. ex. tier2,tier3.</translation>
    </message>
    <message>
        <source>Only these categories.</source>
        <translation>Uniquement ces catégories.</translation>
    </message>
    <message>
        <source>Full-text search in title, summary and notes.</source>
        <translation>Recherche plein texte dans le titre, le résumé et les notes.</translation>
    </message>
    <message>
        <source>Only incidents PERSON commands or is assigned to.</source>
        <translation>Uniquement les incidents que PERSONNE commande ou auxquels elle est assignée.</translation>
    </message>
    <message>
        <source>Include exercise incidents: no, yes or only (default yes).</source>
        <translation>Inclure les incidents d&apos;exercice&#xa0;: no, yes ou only (yes par défaut).</translation>
    </message>
    <message>
        <source>WHICH</source>
        <translation>LESQUELS</translation>
    </message>
    <message>
        <source>Only incidents still being worked on.</source>
        <translation>Uniquement les incidents encore en cours de traitement.</translation>
    </message>
    <message>
        <source>At most N incidents (default 100, 0 for all).</source>
        <translation>Au plus N incidents (100 par défaut, 0 pour tous).</translation>
    </message>
    <message>
        <source>--exercises takes no, yes or only</source>
        <translation>--exercises attend no, yes ou only</translation>
    </message>
    <message>
        <source>--limit takes a non-negative number</source>
        <translation>--limit attend un nombre positif ou nul</translation>
    </message>
    <message>
        <source>%1 of %2 incidents
</source>
        <translation>%1 incidents sur %2
</translation>
    </message>
    <message>
        <source>%1 is confidential: act as someone on its access list, in Legal or in HR (--as PERSON).</source>
        <translation>%1 est confidentiel&#xa0;: agissez en tant que personne de sa liste d&apos;accès, du service juridique ou des RH (--as PERSONNE).</translation>
    </message>
    <message>
        <source>Status: %1   Severity: %2   Priority: P%3   %4
</source>
        <translation>Statut&#xa0;: %1   Gravité&#xa0;: %2   Priorité&#xa0;: P%3   %4
</translation>
    </message>
    <message>
        <source>Category: %1   Detected: %2 by %3
</source>
        <translation>Catégorie&#xa0;: %1   Détecté&#xa0;: %2 par %3
</translation>
    </message>
    <message>
        <source>Commander: %1
</source>
        <translation>Commandant&#xa0;: %1
</translation>
    </message>
    <message>
        <source>
Timeline (%1):
</source>
        <translation>
Chronologie (%1)&#xa0;:
</translation>
    </message>
    <message>
        <source>hash chain verified</source>
        <translation>chaîne de hachage vérifiée</translation>
    </message>
    <message>
        <source>HASH CHAIN BROKEN</source>
        <translation>CHAÎNE DE HACHAGE ROMPUE</translation>
    </message>
    <message>
        <source>Title (required).</source>
        <translation>Titre (obligatoire).</translation>
    </message>
    <message>
        <source>Summary.</source>
        <translation>Résumé.</translation>
    </message>
    <message>
        <source>sev1 … sev4 (default sev3).</source>
        <translation>sev1 … sev4 (sev3 par défaut).</translation>
    </message>
    <message>
        <source>SEV</source>
        <translation>SEV</translation>
    </message>
    <message>
        <source>Category key (default other).</source>
        <translation>Clé de catégorie (other par défaut).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>tier1 … tier3 (default tier1).</source>
        <translation>tier1 … tier3 (tier1 par défaut).</translation>
    </message>
    <message>
        <source>TIER</source>
        <translation>TIER</translation>
    </message>
    <message>
        <source>Detection source key (default tool).</source>
        <translation>Clé de la source de détection (tool par défaut).</translation>
    </message>
    <message>
        <source>Tool or alert name.</source>
        <translation>Nom de l&apos;outil ou de l&apos;alerte.</translation>
    </message>
    <message>
        <source>ATT&amp;CK technique ids, comma-separated.</source>
        <translation>Identifiants de techniques ATT&amp;CK, séparés par des virgules.</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>Commander (name or e-mail).</source>
        <translation>Commandant (nom ou e-mail).</translation>
    </message>
    <message>
        <source>An assignee (repeatable).</source>
        <translation>Une personne assignée (répétable).</translation>
    </message>
    <message>
        <source>A linked asset by identifier or name (repeatable).</source>
        <translation>Un actif lié, par identifiant ou par nom (répétable).</translation>
    </message>
    <message>
        <source>ASSET</source>
        <translation>ACTIF</translation>
    </message>
    <message>
        <source>When it was detected (default now).</source>
        <translation>Quand il a été détecté (par défaut&#xa0;: maintenant).</translation>
    </message>
    <message>
        <source>Why the detection time is earlier than now.</source>
        <translation>Pourquoi l&apos;heure de détection est antérieure à maintenant.</translation>
    </message>
    <message>
        <source>Mark as an exercise incident.</source>
        <translation>Marquer comme incident d&apos;exercice.</translation>
    </message>
    <message>
        <source>Mark as confidential.</source>
        <translation>Marquer comme confidentiel.</translation>
    </message>
    <message>
        <source>--title is required</source>
        <translation>--title est obligatoire</translation>
    </message>
    <message>
        <source>--asset: no asset &quot;%1&quot; in the inventory.</source>
        <translation>--asset&#xa0;: aucun actif «&#xa0;%1&#xa0;» dans l&apos;inventaire.</translation>
    </message>
    <message>
        <source>Created %1 (%2, %3, P%4).
</source>
        <translation>%1 créé (%2, %3, P%4).
</translation>
    </message>
    <message>
        <source>A note recorded with the change.</source>
        <translation>Une note consignée avec la modification.</translation>
    </message>
    <message>
        <source>The new status.</source>
        <translation>Le nouveau statut.</translation>
    </message>
    <message>
        <source>--to STATUS is required</source>
        <translation>--to STATUT est obligatoire</translation>
    </message>
    <message>
        <source>--to: &quot;%1&quot; is not one of: %2.</source>
        <translation>--to&#xa0;: «&#xa0;%1&#xa0;» ne fait pas partie de&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is now %2.
</source>
        <translation>%1 est maintenant au statut %2.
</translation>
    </message>
    <message>
        <source>The new tier (1, 2, 3 or tier1 …).</source>
        <translation>Le nouveau tier (1, 2, 3 ou tier1 …).</translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation>Pourquoi (obligatoire).</translation>
    </message>
    <message>
        <source>--tier is required</source>
        <translation>--tier est obligatoire</translation>
    </message>
    <message>
        <source>--tier: &quot;%1&quot; is not 1, 2 or 3.</source>
        <translation>--tier&#xa0;: «&#xa0;%1&#xa0;» n&apos;est ni 1, ni 2, ni 3.</translation>
    </message>
    <message>
        <source>%1 is now at %2.
</source>
        <translation>%1 est maintenant au niveau %2.
</translation>
    </message>
    <message>
        <source>The note.</source>
        <translation>La note.</translation>
    </message>
    <message>
        <source>Note added to %1.
</source>
        <translation>Note ajoutée à %1.
</translation>
    </message>
    <message>
        <source>Verify every incident.</source>
        <translation>Vérifier tous les incidents.</translation>
    </message>
    <message>
        <source>give one incident reference or --all</source>
        <translation>indiquez une référence d&apos;incident ou --all</translation>
    </message>
    <message>
        <source>%1: BROKEN at entry %2 (%3): %4
</source>
        <translation>%1&#xa0;: ROMPUE à l&apos;entrée %2 (%3)&#xa0;: %4
</translation>
    </message>
    <message>
        <source>%1: timeline verified, %2 entries, head %3
</source>
        <translation>%1&#xa0;: chronologie vérifiée, %2 entrées, tête %3
</translation>
    </message>
    <message>
        <source>%1 incidents checked, %2 broken.
</source>
        <translation>%1 incidents vérifiés, %2 rompus.
</translation>
    </message>
    <message>
        <source>Import the good rows and report the bad ones.</source>
        <translation>Importer les lignes correctes et signaler les lignes erronées.</translation>
    </message>
    <message>
        <source>skipped: %1
</source>
        <translation>ignorée&#xa0;: %1
</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 skipped.
</source>
        <translation>%1&#xa0;: %2 ajoutés, %3 mis à jour, %4 ignorés.
</translation>
    </message>
    <message>
        <source>List incidents, newest first.</source>
        <translation>Lister les incidents, les plus récents d&apos;abord.</translation>
    </message>
    <message>
        <source>Show an incident with its timeline and whether its hash chain verifies.</source>
        <translation>Afficher un incident avec sa chronologie et indiquer si sa chaîne de hachage se vérifie.</translation>
    </message>
    <message>
        <source>Open a new incident.</source>
        <translation>Ouvrir un nouvel incident.</translation>
    </message>
    <message>
        <source>Acknowledge an incident.</source>
        <translation>Prendre en compte un incident.</translation>
    </message>
    <message>
        <source>Move an incident to another status (the lifecycle decides what is allowed).</source>
        <translation>Faire passer un incident à un autre statut (le cycle de vie décide de ce qui est permis).</translation>
    </message>
    <message>
        <source>Escalate or de-escalate to another SOC tier.</source>
        <translation>Escalader ou désescalader vers un autre tier du SOC.</translation>
    </message>
    <message>
        <source>Add a note to the timeline.</source>
        <translation>Ajouter une note à la chronologie.</translation>
    </message>
    <message>
        <source>Verify the timeline hash chain; exit 1 and name the broken entry when it is broken.</source>
        <translation>Vérifier la chaîne de hachage de la chronologie&#xa0;; en cas de rupture, quitter avec le code 1 et nommer l&apos;entrée rompue.</translation>
    </message>
    <message>
        <source>Import assets (name, identifier, kind, business_critical, sensitivity, risk_score, owner, description).</source>
        <translation>Importer des actifs (name, identifier, kind, business_critical, sensitivity, risk_score, owner, description).</translation>
    </message>
    <message>
        <source>Import people (name, function, title, team, email, phone, deputy).</source>
        <translation>Importer des personnes (name, function, title, team, email, phone, deputy).</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1&#xa0;: impossible de lire %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: expected a JSON object (%2 at byte %3).</source>
        <translation>%1&#xa0;: objet JSON attendu (%2 à l&apos;octet %3).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <source>ADDRESS:PORT to listen on (default 127.0.0.1:8787).</source>
        <translation>ADRESSE:PORT d&apos;écoute (127.0.0.1:8787 par défaut).</translation>
    </message>
    <message>
        <source>ADDR:PORT</source>
        <translation>ADR:PORT</translation>
    </message>
    <message>
        <source>TLS certificate (PEM).</source>
        <translation>Certificat TLS (PEM).</translation>
    </message>
    <message>
        <source>TLS private key (PEM, unencrypted).</source>
        <translation>Clé privée TLS (PEM, non chiffrée).</translation>
    </message>
    <message>
        <source>Largest body accepted, in bytes.</source>
        <translation>Taille maximale du corps acceptée, en octets.</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>OCTETS</translation>
    </message>
    <message>
        <source>--max-body takes a number of bytes from 1024 to 67108864</source>
        <translation>--max-body attend un nombre d&apos;octets de 1024 à 67108864</translation>
    </message>
    <message>
        <source>Muster alert intake listening on %1://%2 (database %3, %4 sources). Stop with Ctrl+C.
</source>
        <translation>Réception des alertes Muster à l&apos;écoute sur %1://%2 (base de données %3, %4 sources). Arrêtez avec Ctrl+C.
</translation>
    </message>
    <message>
        <source>No source has a token yet: musterctl intake token add NAME --database %1
</source>
        <translation>Aucune source n&apos;a encore de jeton&#xa0;: musterctl intake token add NOM --database %1
</translation>
    </message>
    <message>
        <source>Stopped after %1 requests: %2 accepted, %3 refused, %4 alert events.
</source>
        <translation>Arrêt après %1 requêtes&#xa0;: %2 acceptées, %3 refusées, %4 événements d&apos;alerte.
</translation>
    </message>
    <message>
        <source>Token for source %1 (id %2):

    %3

Muster keeps only its hash: copy it now. Send it as &quot;Authorization: Bearer TOKEN&quot;, or as routing_key to /v2/enqueue.
</source>
        <translation>Jeton de la source %1 (identifiant %2)&#xa0;:

    %3

Muster n&apos;en conserve que le hachage&#xa0;: copiez-le maintenant. Envoyez-le sous la forme «&#xa0;Authorization: Bearer TOKEN&#xa0;» ou comme routing_key vers /v2/enqueue.
</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>révoqué le %1</translation>
    </message>
    <message>
        <source>No tokens. Add one with: musterctl intake token add NAME --database FILE
</source>
        <translation>Aucun jeton. Ajoutez-en un avec&#xa0;: musterctl intake token add NOM --database FICHIER
</translation>
    </message>
    <message>
        <source>Revoked token %1… (id %2). Requests with it now get 401.
</source>
        <translation>Jeton %1… (identifiant %2) révoqué. Les requêtes qui l&apos;utilisent reçoivent désormais 401.
</translation>
    </message>
    <message>
        <source>Severity map as JSON or @FILE, e.g. {&quot;&gt;=12&quot;:&quot;SEV1&quot;,&quot;*&quot;:&quot;SEV3&quot;}.</source>
        <translation>Correspondance des gravités en JSON ou @FICHIER, p. ex. {&quot;&gt;=12&quot;:&quot;SEV1&quot;,&quot;*&quot;:&quot;SEV3&quot;}.</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Generic-endpoint mapping (JSON pointers) as JSON or @FILE.</source>
        <translation>Correspondance du point de terminaison générique (pointeurs JSON) en JSON ou @FICHIER.</translation>
    </message>
    <message>
        <source>Sustained requests per second.</source>
        <translation>Requêtes soutenues par seconde.</translation>
    </message>
    <message>
        <source>Requests allowed at once.</source>
        <translation>Requêtes autorisées en rafale.</translation>
    </message>
    <message>
        <source>--rate takes a number</source>
        <translation>--rate attend un nombre</translation>
    </message>
    <message>
        <source>--burst takes a whole number</source>
        <translation>--burst attend un nombre entier</translation>
    </message>
    <message>
        <source>Updated source %1.
</source>
        <translation>Source %1 mise à jour.
</translation>
    </message>
    <message>
        <source>Added source %1 (it has no token yet).
</source>
        <translation>Source %1 ajoutée (elle n&apos;a pas encore de jeton).
</translation>
    </message>
    <message>
        <source>%1  rate %2/s, burst %3, severity map %4, mapping %5
</source>
        <translation>%1  débit %2/s, rafale %3, correspondance des gravités %4, mappage %5
</translation>
    </message>
    <message>
        <source>Only alerts waiting for triage.</source>
        <translation>Uniquement les alertes en attente de triage.</translation>
    </message>
    <message>
        <source>Run the alert intake server (Alertmanager, PagerDuty Events v2, generic JSON) until stopped.</source>
        <translation>Exécuter le serveur de réception des alertes (Alertmanager, PagerDuty Events v2, JSON générique) jusqu&apos;à son arrêt.</translation>
    </message>
    <message>
        <source>Issue a token for the alert source NAME (added if new); it is shown once.</source>
        <translation>Émettre un jeton pour la source d&apos;alertes NOM (ajoutée si elle est nouvelle)&#xa0;; il n&apos;est affiché qu&apos;une fois.</translation>
    </message>
    <message>
        <source>List the intake tokens of every source.</source>
        <translation>Lister les jetons de réception de toutes les sources.</translation>
    </message>
    <message>
        <source>Revoke an intake token; requests with it get 401.</source>
        <translation>Révoquer un jeton de réception&#xa0;; les requêtes qui l&apos;utilisent reçoivent 401.</translation>
    </message>
    <message>
        <source>Add or configure an alert source: severity map, generic mapping, rate limit.</source>
        <translation>Ajouter ou configurer une source d&apos;alertes&#xa0;: correspondance des gravités, mappage générique, limitation de débit.</translation>
    </message>
    <message>
        <source>List the alert sources.</source>
        <translation>Lister les sources d&apos;alertes.</translation>
    </message>
    <message>
        <source>List received alerts, newest first.</source>
        <translation>Lister les alertes reçues, les plus récentes d&apos;abord.</translation>
    </message>
    <message>
        <source>Sighting on %1: %2 matches &quot;%3&quot; (%4)
</source>
        <translation>Observation dans %1&#xa0;: %2 correspond à «&#xa0;%3&#xa0;» (%4)
</translation>
    </message>
    <message>
        <source>Marking for objects that carry none (default amber).</source>
        <translation>Marquage des objets qui n&apos;en portent pas (amber par défaut).</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Producer name when the bundle names none.</source>
        <translation>Nom du producteur si le bundle n&apos;en indique aucun.</translation>
    </message>
    <message>
        <source>Import from the TAXII 2.1 server at URL.</source>
        <translation>Importer depuis le serveur TAXII 2.1 à l&apos;URL indiquée.</translation>
    </message>
    <message>
        <source>The TAXII API root (default: discovered).</source>
        <translation>La racine d&apos;API TAXII (par défaut&#xa0;: découverte).</translation>
    </message>
    <message>
        <source>The TAXII collection id.</source>
        <translation>L&apos;identifiant de la collection TAXII.</translation>
    </message>
    <message>
        <source>TAXII user name.</source>
        <translation>Nom d&apos;utilisateur TAXII.</translation>
    </message>
    <message>
        <source>Environment variable that holds the TAXII password.</source>
        <translation>Variable d&apos;environnement contenant le mot de passe TAXII.</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>Only objects added after TIMESTAMP.</source>
        <translation>Uniquement les objets ajoutés après HORODATAGE.</translation>
    </message>
    <message>
        <source>TIMESTAMP</source>
        <translation>HORODATAGE</translation>
    </message>
    <message>
        <source>give a STIX bundle FILE, or --taxii URL --collection ID</source>
        <translation>indiquez un FICHIER de bundle STIX, ou --taxii URL --collection ID</translation>
    </message>
    <message>
        <source>--taxii URL needs --collection ID and no FILE</source>
        <translation>--taxii URL nécessite --collection ID et aucun FICHIER</translation>
    </message>
    <message>
        <source>%1 objects (%2 pages)
</source>
        <translation>%1 objets (%2 pages)
</translation>
    </message>
    <message>
        <source>TAXII %1 collection %2</source>
        <translation>TAXII %1, collection %2</translation>
    </message>
    <message>
        <source>Only this kind.</source>
        <translation>Uniquement ce type.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>Only this marking.</source>
        <translation>Uniquement ce marquage.</translation>
    </message>
    <message>
        <source>Only items containing TEXT.</source>
        <translation>Uniquement les éléments contenant TEXTE.</translation>
    </message>
    <message>
        <source>Where it was seen.</source>
        <translation>Où il a été vu.</translation>
    </message>
    <message numerus="yes">
        <source>Added %1 to %2; %n sighting(s).
</source>
        <translation>
            <numerusform>%1 ajouté à %2&#xa0;; %n observation.
</numerusform>
            <numerusform>%1 ajouté à %2&#xa0;; %n observations.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Sighting: matches &quot;%1&quot; (%2, from %3)
</source>
        <translation>Observation&#xa0;: correspond à «&#xa0;%1&#xa0;» (%2, provenance&#xa0;: %3)
</translation>
    </message>
    <message>
        <source>soc, security_teams, leadership or business.</source>
        <translation>soc, security_teams, leadership ou business.</translation>
    </message>
    <message>
        <source>The brief&apos;s title.</source>
        <translation>Le titre du bulletin.</translation>
    </message>
    <message>
        <source>An intel item id (repeat).</source>
        <translation>Un identifiant d&apos;élément de renseignement (répétable).</translation>
    </message>
    <message>
        <source>A stricter marking than the items need.</source>
        <translation>Un marquage plus strict que celui requis par les éléments.</translation>
    </message>
    <message>
        <source>A named recipient (repeat; TLP:RED).</source>
        <translation>Un destinataire nommé (répétable&#xa0;; TLP:RED).</translation>
    </message>
    <message>
        <source>name at least one --item ID</source>
        <translation>indiquez au moins un --item ID</translation>
    </message>
    <message>
        <source>Drafted %1 &quot;%2&quot; (%3) for %4.
</source>
        <translation>%1 «&#xa0;%2&#xa0;» (%3) rédigé pour %4.
</translation>
    </message>
    <message>
        <source>Who it is for: %1.</source>
        <translation>À qui il est destiné&#xa0;: %1.</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>PORTÉE</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>A named recipient (repeat).</source>
        <translation>Un destinataire nommé (répétable).</translation>
    </message>
    <message>
        <source>Wrote %1 (logged).
</source>
        <translation>%1 écrit (journalisé).
</translation>
    </message>
    <message>
        <source>A recipient (repeat).</source>
        <translation>Un destinataire (répétable).</translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 to %n recipient(s) (logged).
</source>
        <translation>
            <numerusform>%1 envoyé à %n destinataire (journalisé).
</numerusform>
            <numerusform>%1 envoyé à %n destinataires (journalisé).
</numerusform>
        </translation>
    </message>
    <message>
        <source>Who it is for (default community).</source>
        <translation>À qui il est destiné (community par défaut).</translation>
    </message>
    <message>
        <source>The STIX bundle to write.</source>
        <translation>Le bundle STIX à écrire.</translation>
    </message>
    <message>
        <source>A brief, shared as a report with its items.</source>
        <translation>Un bulletin, partagé comme rapport avec ses éléments.</translation>
    </message>
    <message>
        <source>BRIEF</source>
        <translation>BULLETIN</translation>
    </message>
    <message>
        <source>--out FILE and at least one --item ID or a --brief are required</source>
        <translation>--out FICHIER et au moins un --item ID ou un --brief sont obligatoires</translation>
    </message>
    <message>
        <source>Wrote %1: %2 shared, %3 withheld by their marking (logged).
</source>
        <translation>%1 écrit&#xa0;: %2 partagés, %3 retenus en raison de leur marquage (journalisé).
</translation>
    </message>
    <message>
        <source>Import a STIX 2.0/2.1 bundle or a TAXII 2.1 collection in one transaction.</source>
        <translation>Importer un bundle STIX 2.0/2.1 ou une collection TAXII 2.1 en une seule transaction.</translation>
    </message>
    <message>
        <source>List intel items.</source>
        <translation>Lister les éléments de renseignement.</translation>
    </message>
    <message>
        <source>Add an observable to an incident; report the sightings it makes.</source>
        <translation>Ajouter un observable à un incident&#xa0;; signaler les observations qu&apos;il produit.</translation>
    </message>
    <message>
        <source>Write a STIX bundle of what the markings allow for the scope (logged).</source>
        <translation>Écrire un bundle STIX de ce que les marquages autorisent pour la portée (journalisé).</translation>
    </message>
    <message>
        <source>Draft a brief for an audience from intel items.</source>
        <translation>Rédiger un bulletin pour un public à partir d&apos;éléments de renseignement.</translation>
    </message>
    <message>
        <source>List briefs.</source>
        <translation>Lister les bulletins.</translation>
    </message>
    <message>
        <source>Export a brief with its TLP marking, if the marking allows the scope (logged).</source>
        <translation>Exporter un bulletin avec son marquage TLP, si le marquage autorise la portée (journalisé).</translation>
    </message>
    <message>
        <source>Record sending a brief to named people (TLP:RED only to those the brief names).</source>
        <translation>Consigner l&apos;envoi d&apos;un bulletin à des personnes nommées (TLP:RED uniquement à celles que le bulletin nomme).</translation>
    </message>
    <message>
        <source>Who received what, when.</source>
        <translation>Qui a reçu quoi, et quand.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not one of %3</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» ne fait pas partie de %3</translation>
    </message>
    <message>
        <source>--%1 takes a date like 2026-03-31, not &quot;%2&quot;</source>
        <translation>--%1 attend une date comme 2026-03-31, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n incident(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n incident</numerusform>
            <numerusform>%1&#xa0;: %n incidents</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 false positives counted apart, %2 confidential included)</source>
        <translation> (%1 faux positifs comptés à part, %2 confidentiels inclus)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA non respecté</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>First day of detection (default: 364 days ago).</source>
        <translation>Premier jour de détection (par défaut&#xa0;: il y a 364 jours).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Last day of detection, included (default: today).</source>
        <translation>Dernier jour de détection, inclus (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Break the figures down.</source>
        <translation>Ventiler les chiffres.</translation>
    </message>
    <message>
        <source>GROUPING</source>
        <translation>REGROUPEMENT</translation>
    </message>
    <message>
        <source>real (default), exercise or all.</source>
        <translation>real (par défaut), exercise ou all.</translation>
    </message>
    <message>
        <source>Only these severities.</source>
        <translation>Uniquement ces gravités.</translation>
    </message>
    <message>
        <source>Only these tiers.</source>
        <translation>Uniquement ces tiers.</translation>
    </message>
    <message>
        <source>Only these detection sources.</source>
        <translation>Uniquement ces sources de détection.</translation>
    </message>
    <message>
        <source>Time zone of dates and weeks (default: the system&apos;s).</source>
        <translation>Fuseau horaire des dates et des semaines (par défaut&#xa0;: celui du système).</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>FUSEAU</translation>
    </message>
    <message>
        <source>--time-zone: &quot;%1&quot; is not a time zone such as Europe/Berlin or UTC</source>
        <translation>--time-zone&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire comme Europe/Berlin ou UTC</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2)</source>
        <translation>--to (%1) est antérieur à --from (%2)</translation>
    </message>
    <message>
        <source>--by takes one of %1</source>
        <translation>--by attend l&apos;une des valeurs %1</translation>
    </message>
    <message>
        <source>--scope takes real, exercise or all</source>
        <translation>--scope attend real, exercise ou all</translation>
    </message>
    <message>
        <source>Incidents detected %1 to %2 (%3), %4</source>
        <translation>Incidents détectés du %1 au %2 (%3), %4</translation>
    </message>
    <message>
        <source>As of %1. Means leave out incidents that have not reached the measure (&quot;not yet&quot;); median and p90 interpolate between ranks; false positives are counted apart.</source>
        <translation>Au %1. Les moyennes excluent les incidents qui n&apos;ont pas encore atteint la mesure («&#xa0;à venir&#xa0;»)&#xa0;; la médiane et le p90 interpolent entre les rangs&#xa0;; les faux positifs sont comptés à part.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>MTTA, MTTR, time to contain and to close: count, mean, median, p90 and SLA breaches, as the dashboard shows them.</source>
        <translation>MTTA, MTTR, délais de confinement et de clôture&#xa0;: nombre, moyenne, médiane, p90 et non-respects de SLA, tels que les affiche le tableau de bord.</translation>
    </message>
    <message>
        <source>Scenario files to check.</source>
        <translation>Fichiers de scénario à vérifier.</translation>
    </message>
    <message>
        <source>%1: valid (%2, %3 injects, %4 branches)
</source>
        <translation>%1&#xa0;: valide (%2, %3 stimuli, %4 branches)
</translation>
    </message>
    <message>
        <source>%1 of %2 files are invalid.
</source>
        <translation>%1 fichiers sur %2 ne sont pas valides.
</translation>
    </message>
    <message>
        <source>Replace a stored scenario with the same id.</source>
        <translation>Remplacer un scénario enregistré ayant le même identifiant.</translation>
    </message>
    <message>
        <source>An OpenAEV scenario export (.json or .zip).</source>
        <translation>Un export de scénario OpenAEV (.json ou .zip).</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; as scenario %2: %3 injects, %4 roles, %5 expected actions.
</source>
        <translation>«&#xa0;%1&#xa0;» importé comme scénario %2&#xa0;: %3 stimuli, %4 rôles, %5 actions attendues.
</translation>
    </message>
    <message>
        <source>%1 injects of types without a tabletop meaning were kept with facilitator remarks.
</source>
        <translation>%1 stimuli de types sans signification dans un exercice sur table ont été conservés avec des remarques pour l&apos;animateur.
</translation>
    </message>
    <message>
        <source>Unresolved variables for the facilitator to fill in: %1
</source>
        <translation>Variables non résolues que l&apos;animateur doit renseigner&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Check scenario files; lists every problem with file, line and JSON path (exit 1 if any is invalid).</source>
        <translation>Vérifier des fichiers de scénario&#xa0;; liste chaque problème avec fichier, ligne et chemin JSON (code de sortie 1 si l&apos;un n&apos;est pas valide).</translation>
    </message>
    <message>
        <source>List the scenario library: the shipped scenarios, and with --database those stored in it.</source>
        <translation>Lister la bibliothèque de scénarios&#xa0;: les scénarios fournis et, avec --database, ceux qui y sont enregistrés.</translation>
    </message>
    <message>
        <source>Import an OpenAEV scenario export (JSON or ZIP) into the library; nothing is stored when it is malformed.</source>
        <translation>Importer un export de scénario OpenAEV (JSON ou ZIP) dans la bibliothèque&#xa0;; rien n&apos;est enregistré s&apos;il est mal formé.</translation>
    </message>
    <message>
        <source>--dsn DSN is required</source>
        <translation>--dsn DSN est obligatoire</translation>
    </message>
    <message>
        <source>The team server in database %1 is ready (Muster server schema %2, sync protocol %3).
</source>
        <translation>Le serveur d&apos;équipe dans la base de données %1 est prêt (schéma serveur Muster %2, protocole de synchronisation %3).
</translation>
    </message>
    <message>
        <source>The PostgreSQL login role to create or update.</source>
        <translation>Le rôle de connexion PostgreSQL à créer ou à mettre à jour.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>The id of the person in the directory.</source>
        <translation>L&apos;identifiant de la personne dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>Read-only access (leadership).</source>
        <translation>Accès en lecture seule (direction).</translation>
    </message>
    <message>
        <source>Set the role&apos;s password from the first line of FILE.</source>
        <translation>Définir le mot de passe du rôle à partir de la première ligne de FICHIER.</translation>
    </message>
    <message>
        <source>--login ROLE and --person ID are required</source>
        <translation>--login RÔLE et --person ID sont obligatoires</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the first line (the password) is empty.</source>
        <translation>%1&#xa0;: la première ligne (le mot de passe) est vide.</translation>
    </message>
    <message>
        <source>%1 signs in as person %2 with read-only (leadership) access.
</source>
        <translation>%1 se connecte en tant que personne %2 avec un accès en lecture seule (direction).
</translation>
    </message>
    <message>
        <source>%1 signs in as person %2 and may read and write.
</source>
        <translation>%1 se connecte en tant que personne %2 et peut lire et écrire.
</translation>
    </message>
    <message>
        <source>Create or upgrade the team server&apos;s schema, roles and row-level security (as a superuser).</source>
        <translation>Créer ou mettre à niveau le schéma, les rôles et la sécurité au niveau des lignes du serveur d&apos;équipe (en tant que superutilisateur).</translation>
    </message>
    <message>
        <source>Print the SQL that server init runs (docs/server.sql).</source>
        <translation>Afficher le SQL qu&apos;exécute server init (docs/server.sql).</translation>
    </message>
    <message>
        <source>Let a person sign in to the team server as their own PostgreSQL role.</source>
        <translation>Permettre à une personne de se connecter au serveur d&apos;équipe avec son propre rôle PostgreSQL.</translation>
    </message>
    <message>
        <source>Rows per pull page and push batch (default 5000).</source>
        <translation>Lignes par page de récupération et par lot d&apos;envoi (5000 par défaut).</translation>
    </message>
    <message>
        <source>Synchronised with the team server: %1 change(s) pulled, %2 pushed.
</source>
        <translation>Synchronisé avec le serveur d&apos;équipe&#xa0;: %1 modification(s) récupérée(s), %2 envoyée(s).
</translation>
    </message>
    <message>
        <source>%1 change(s) were refused by the server; see: musterctl sync status
</source>
        <translation>%1 modification(s) refusée(s) par le serveur&#xa0;; voir&#xa0;: musterctl sync status
</translation>
    </message>
    <message>
        <source>%1 field(s) met a concurrent change; the later one won.
</source>
        <translation>%1 champ(s) ont rencontré une modification concurrente&#xa0;; la plus tardive l&apos;a emporté.
</translation>
    </message>
    <message>
        <source>%1 incident(s) were removed from this computer: you no longer have access.
</source>
        <translation>%1 incident(s) supprimé(s) de cet ordinateur&#xa0;: vous n&apos;y avez plus accès.
</translation>
    </message>
    <message>
        <source>Local only: this database has never synchronised with a team server.
</source>
        <translation>Local uniquement&#xa0;: cette base de données n&apos;a jamais été synchronisée avec un serveur d&apos;équipe.
</translation>
    </message>
    <message>
        <source>Last synchronised: %1
</source>
        <translation>Dernière synchronisation&#xa0;: %1
</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Changes waiting to be pushed: %1
</source>
        <translation>Modifications en attente d&apos;envoi&#xa0;: %1
</translation>
    </message>
    <message>
        <source>A pull was interrupted; the next sync resumes it.
</source>
        <translation>Une récupération a été interrompue&#xa0;; la prochaine synchronisation la reprendra.
</translation>
    </message>
    <message>
        <source>Last error: %1
</source>
        <translation>Dernière erreur&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Open conflicts: %1
</source>
        <translation>Conflits ouverts&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Refused changes: %1
</source>
        <translation>Modifications refusées&#xa0;: %1
</translation>
    </message>
    <message>
        <source>  %1 %2: %3
</source>
        <translation>  %1 %2&#xa0;: %3
</translation>
    </message>
    <message>
        <source>Synchronise the database with the team server once (pull, then push).</source>
        <translation>Synchroniser une fois la base de données avec le serveur d&apos;équipe (récupération, puis envoi).</translation>
    </message>
    <message>
        <source>Show the sync state: last sync, changes waiting, refused changes, conflicts.</source>
        <translation>Afficher l&apos;état de synchronisation&#xa0;: dernière synchronisation, modifications en attente, modifications refusées, conflits.</translation>
    </message>
    <message>
        <source>no due time</source>
        <translation>sans échéance</translation>
    </message>
    <message>
        <source>unowned</source>
        <translation>sans responsable</translation>
    </message>
    <message>
        <source>The tasks of this incident.</source>
        <translation>Les tâches de cet incident.</translation>
    </message>
    <message>
        <source>Include finished tasks.</source>
        <translation>Inclure les tâches terminées.</translation>
    </message>
    <message>
        <source>name an incident with --incident, or a person with --as for their tasks</source>
        <translation>indiquez un incident avec --incident, ou une personne avec --as pour ses tâches</translation>
    </message>
    <message>
        <source>No tasks.
</source>
        <translation>Aucune tâche.
</translation>
    </message>
    <message>
        <source>Why (required for blocked and not-applicable).</source>
        <translation>Pourquoi (obligatoire pour blocked et not-applicable).</translation>
    </message>
    <message>
        <source>STATUS is one of %1</source>
        <translation>STATUT prend l&apos;une des valeurs %1</translation>
    </message>
    <message>
        <source>Approved for %1; &quot;%2&quot; may start.
</source>
        <translation>Approuvée pour %1&#xa0;; «&#xa0;%2&#xa0;» peut commencer.
</translation>
    </message>
    <message>
        <source>Approved for %1; &quot;%2&quot; still waits for %3.
</source>
        <translation>Approuvée pour %1&#xa0;; «&#xa0;%2&#xa0;» attend encore %3.
</translation>
    </message>
    <message>
        <source>Comment added.
</source>
        <translation>Commentaire ajouté.
</translation>
    </message>
    <message>
        <source>List an incident&apos;s open tasks, or the tasks of the person given with --as across incidents.</source>
        <translation>Lister les tâches ouvertes d&apos;un incident, ou les tâches de la personne indiquée avec --as, tous incidents confondus.</translation>
    </message>
    <message>
        <source>Mark a task done (TASK: its id, or INC-2026-0042/key).</source>
        <translation>Marquer une tâche comme terminée (TÂCHE&#xa0;: son identifiant, ou INC-2026-0042/clé).</translation>
    </message>
    <message>
        <source>Set a task&apos;s status: open, in-progress, blocked, done or not-applicable.</source>
        <translation>Définir le statut d&apos;une tâche&#xa0;: open, in-progress, blocked, done ou not-applicable.</translation>
    </message>
    <message>
        <source>Approve a task for a role (HR actions need HR and Legal).</source>
        <translation>Approuver une tâche pour un rôle (les actions RH nécessitent les RH et le service juridique).</translation>
    </message>
    <message>
        <source>Comment on a task.</source>
        <translation>Commenter une tâche.</translation>
    </message>
    <message>
        <source>Added %1 live incidents with roles, tasks, communications and regulatory clocks.
</source>
        <translation>%1 incidents en cours ajoutés avec rôles, tâches, communications et délais réglementaires.
</translation>
    </message>
    <message>
        <source>Added %1 alerts (%2 waiting in the tier 1 queue, %3 promoted, %4 merged, %5 dismissed).
</source>
        <translation>%1 alertes ajoutées (%2 en attente dans la file Tier 1, %3 promues, %4 fusionnées, %5 écartées).
</translation>
    </message>
    <message>
        <source>Added %1 exercises (%2 run and evaluated, %3 planned).
</source>
        <translation>%1 exercices ajoutés (%2 menés et évalués, %3 planifiés).
</translation>
    </message>
    <message>
        <source>Act as %1 to see open tasks under My Tasks.
</source>
        <translation>Agissez en tant que %1 pour voir les tâches ouvertes dans «&#xa0;Mes tâches&#xa0;».
</translation>
    </message>
    <message>
        <source>Write CSV (for spreadsheets) instead of text.</source>
        <translation>Écrire du CSV (pour les tableurs) au lieu de texte.</translation>
    </message>
    <message>
        <source>html, markdown or pdf.</source>
        <translation>html, markdown ou pdf.</translation>
    </message>
    <message>
        <source>--format takes html, markdown or pdf</source>
        <translation>--format attend html, markdown ou pdf</translation>
    </message>
    <message>
        <source>The file to write (- for standard output).</source>
        <translation>Le fichier à écrire (- pour la sortie standard).</translation>
    </message>
    <message>
        <source>pdf, html or md (default: from the --out suffix, else pdf).</source>
        <translation>pdf, html ou md (par défaut&#xa0;: d&apos;après l&apos;extension de --out, sinon pdf).</translation>
    </message>
    <message>
        <source>Time zone of dates and times (default: the system&apos;s).</source>
        <translation>Fuseau horaire des dates et heures (par défaut&#xa0;: celui du système).</translation>
    </message>
    <message>
        <source>--format takes pdf, html or md</source>
        <translation>--format attend pdf, html ou md</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Impossible d&apos;écrire sur la sortie standard.</translation>
    </message>
    <message>
        <source>Wrote the %1 to %2 (pages: %3).</source>
        <translation>%1 écrit dans %2 (pages&#xa0;: %3).</translation>
    </message>
    <message>
        <source>Wrote the %1 to %2.</source>
        <translation>%1 écrit dans %2.</translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation>Premier jour de la période.</translation>
    </message>
    <message>
        <source>Last day of the period, included.</source>
        <translation>Dernier jour de la période, inclus.</translation>
    </message>
    <message>
        <source>--from DATE and --to DATE are required</source>
        <translation>--from DATE et --to DATE sont obligatoires</translation>
    </message>
    <message>
        <source>leadership report</source>
        <translation>Rapport de direction</translation>
    </message>
    <message>
        <source>Reference (INC-2026-0042) or id.</source>
        <translation>Référence (INC-2026-0042) ou identifiant.</translation>
    </message>
    <message>
        <source>incident report of %1</source>
        <translation>Rapport d&apos;incident de %1</translation>
    </message>
    <message>
        <source>Reference (EX-2026-0003) or id.</source>
        <translation>Référence (EX-2026-0003) ou identifiant.</translation>
    </message>
    <message>
        <source>after-action report of %1</source>
        <translation>Rapport de retour d&apos;expérience de %1</translation>
    </message>
    <message>
        <source>The leadership report of a period: summary, incidents by severity, MTTA/MTTR with median and p90, SLA, open high-severity incidents, deadlines, exercises, open improvement items.</source>
        <translation>Le rapport de direction d&apos;une période&#xa0;: synthèse, incidents par gravité, MTTA/MTTR avec médiane et p90, SLA, incidents de gravité élevée ouverts, échéances, exercices, points d&apos;amélioration ouverts.</translation>
    </message>
    <message>
        <source>The record of an incident for legal and auditors, with its verified hash chain.</source>
        <translation>Le registre d&apos;un incident pour le service juridique et les auditeurs, avec sa chaîne de hachage vérifiée.</translation>
    </message>
    <message>
        <source>The after-action report with improvement plan of an exercise.</source>
        <translation>Le rapport de retour d&apos;expérience avec le plan d&apos;amélioration d&apos;un exercice.</translation>
    </message>
</context>
<context>
    <name>muster::ctl::IntelCommands</name>
    <message>
        <source>Recipients: no person &quot;%1&quot; in the directory.</source>
        <translation>Destinataires&#xa0;: aucune personne «&#xa0;%1&#xa0;» dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>%1 takes one of: %2</source>
        <translation>%1 attend l&apos;une des valeurs&#xa0;: %2</translation>
    </message>
    <message>
        <source>--tlp takes one of: %1</source>
        <translation>--tlp attend l&apos;une des valeurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2).</source>
        <translation>%1&#xa0;: impossible d&apos;écrire le fichier (%2).</translation>
    </message>
</context>
<context>
    <name>muster::ctl::workflow</name>
    <message>
        <source>Act as PERSON (e-mail or name in the directory).</source>
        <translation>Agir en tant que PERSONNE (e-mail ou nom dans l&apos;annuaire).</translation>
    </message>
    <message>
        <source>PERSON</source>
        <translation>PERSONNE</translation>
    </message>
    <message>
        <source>Approve for ROLE: legal, hr, communications, executive.</source>
        <translation>Approuver pour RÔLE&#xa0;: legal, hr, communications, executive.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time; write for example 2026-03-01T09:30Z, 2026-03-01T10:30+01:00 or now.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une heure&#xa0;; écrivez par exemple 2026-03-01T09:30Z, 2026-03-01T10:30+01:00 ou now.</translation>
    </message>
</context>
<context>
    <name>muster::gui</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import People</source>
        <translation>Importer des personnes</translation>
    </message>
    <message>
        <source>Import Assets</source>
        <translation>Importer des actifs</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated.</source>
        <translation>%1&#xa0;: %2 ajoutés, %3 mis à jour.</translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation>Rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>Expected columns: %1.</source>
        <translation>Colonnes attendues&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Import the Good Rows</source>
        <translation>Importer les lignes correctes</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 rows skipped.</source>
        <translation>%1&#xa0;: %2 ajoutés, %3 mis à jour, %4 lignes ignorées.</translation>
    </message>
</context>
<context>
    <name>muster::gui::AlertsPage</name>
    <message>
        <source>Dismiss &quot;%1&quot;</source>
        <translation>Écarter «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>muster::gui::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>muster::gui::DashboardPage</name>
    <message numerus="yes">
        <source>Previous period: %n incident(s), too few to compare</source>
        <translation>
            <numerusform>Période précédente&#xa0;: %n incident, trop peu pour comparer</numerusform>
            <numerusform>Période précédente&#xa0;: %n incidents, trop peu pour comparer</numerusform>
        </translation>
    </message>
    <message>
        <source>Unchanged against the previous period (%1)</source>
        <translation>Inchangé par rapport à la période précédente (%1)</translation>
    </message>
    <message>
        <source>%1 %2% against the previous period (%3)</source>
        <translation>%1 %2 % par rapport à la période précédente (%3)</translation>
    </message>
</context>
<context>
    <name>muster::gui::DemoDataLoader</name>
    <message>
        <source>Loading demo data…</source>
        <translation>Chargement des données de démo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Demo data not loaded</source>
        <translation>Données de démo non chargées</translation>
    </message>
</context>
<context>
    <name>muster::gui::IncidentTasksTab</name>
    <message>
        <source>set &quot;%1&quot; to %2</source>
        <translation>passer «&#xa0;%1&#xa0;» à %2</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>muster::gui::IncidentUndoCommands</name>
    <message>
        <source>Cannot Undo</source>
        <translation>Impossible d&apos;annuler</translation>
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
        <translation>j</translation>
    </message>
</context>
<context>
    <name>muster::storage</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Muster database: it is not an SQLite database file. Muster left it untouched.</source>
        <translation>%1 n&apos;est pas une base de données Muster&#xa0;: ce n&apos;est pas un fichier de base de données SQLite. Muster ne l&apos;a pas modifié.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). Restore it from a backup; Muster left it untouched.</source>
        <translation>%1 est endommagé et illisible (%2). Restaurez-le depuis une sauvegarde&#xa0;; Muster ne l&apos;a pas modifié.</translation>
    </message>
    <message>
        <source>%1 is not a Muster database: it is an SQLite database of another program. Muster left it untouched.</source>
        <translation>%1 n&apos;est pas une base de données Muster&#xa0;: c&apos;est une base SQLite d&apos;un autre programme. Muster ne l&apos;a pas modifié.</translation>
    </message>
    <message>
        <source>%1 is damaged (the integrity check found: %2). Restore it from a backup; Muster left it untouched.</source>
        <translation>%1 est endommagé (la vérification d&apos;intégrité a trouvé&#xa0;: %2). Restaurez-le depuis une sauvegarde&#xa0;; Muster ne l&apos;a pas modifié.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Muster (database schema %2; this version knows up to %3). Update Muster to open it; the file was left untouched.</source>
        <translation>%1 a été écrit par une version plus récente de Muster (schéma de base de données %2&#xa0;; cette version connaît jusqu&apos;au schéma %3). Mettez Muster à jour pour l&apos;ouvrir&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The table %1 cannot be synchronised: %2</source>
        <translation>La table %1 ne peut pas être synchronisée&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>muster::storage::AlertTriageService</name>
    <message>
        <source>detected when the source raised the alert</source>
        <translation>détecté lorsque la source a émis l&apos;alerte</translation>
    </message>
</context>
<context>
    <name>muster::storage::DetectionRepository</name>
    <message>
        <source>ATT&amp;CK techniques: %1</source>
        <translation>Techniques ATT&amp;CK&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>muster::storage::ExerciseDemoWriter</name>
    <message>
        <source>The scenario library has no scenario %1.</source>
        <translation>La bibliothèque de scénarios ne contient pas de scénario %1.</translation>
    </message>
</context>
<context>
    <name>muster::storage::IncidentCsv</name>
    <message>
        <source>Could not write the CSV file: %1</source>
        <translation>Impossible d’écrire le fichier CSV : %1</translation>
    </message>
</context>
<context>
    <name>muster::storage::MetricsService</name>
    <message>
        <source>No commander</source>
        <translation>Aucun commandant</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Aucune équipe</translation>
    </message>
</context>
<context>
    <name>muster::storage::Query</name>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation>Erreur de base de données&#xa0;: %1 (dans&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Database error: %1 is not an open SQLite connection.</source>
        <translation>Erreur de base de données : %1 n’est pas une connexion SQLite ouverte.</translation>
    </message>
</context>
</TS>
