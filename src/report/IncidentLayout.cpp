#include "report/IncidentLayout.h"

#include "core/Measure.h"
#include "core/TimeText.h"
#include "report/DocumentBuilder.h"
#include "report/ReportText.h"

namespace muster::report {

using core::IncidentReport;

namespace {

// "2026-03-14 09:32 (after 2 h 05 min)", or "not yet" for a step not reached.
QString reachedAt(const ReportText& text, const std::optional<qint64>& at, qint64 detectedAt)
{
    return at ? IncidentLayout::tr("%1 (after %2)").arg(text.dateTime(*at), core::formatDuration(*at - detectedAt))
              : IncidentLayout::tr("not yet");
}

QString yesNo(bool value)
{
    return value ? IncidentLayout::tr("yes") : IncidentLayout::tr("no");
}

QString taskOwner(const core::Task& t)
{
    if (!t.ownerName.isEmpty()) {
        return t.ownerName;
    }
    return t.ownerRole ? IncidentLayout::tr("%1 (role not held)").arg(core::incidentRoles().label(*t.ownerRole))
                       : IncidentLayout::tr("unassigned");
}

} // namespace

ReportDocument IncidentLayout::document(const IncidentReport& r, const storage::OrganisationProfile& organisation,
                                        const QTimeZone& zone)
{
    const ReportText text(zone);
    const core::Incident& i = r.incident;
    DocumentBuilder b;
    b.title(tr("Incident report"), tr("%1 — %2").arg(i.reference, i.title));
    if (i.confidential) {
        b.banner(r.confidentialityMarking(), DocumentBuilder::Banner::Marking);
    }
    if (i.exercise) {
        b.banner(tr("EXERCISE — this incident was opened for a tabletop exercise; it is not a real incident."),
                 DocumentBuilder::Banner::Marking);
    }
    if (r.hasPrivilegedMaterial()) {
        b.banner(tr("Sections marked PRIVILEGED contain material prepared at the direction of counsel. Do not "
                    "forward them outside the privileged group."),
                 DocumentBuilder::Banner::Marking);
    }
    b.facts({
        {tr("Reference"), i.reference},
        {tr("Status"), core::statuses().label(i.status)},
        {tr("Severity"), tr("%1 — %2").arg(core::severities().label(i.severity), core::severityDefinition(i.severity))},
        {tr("Priority / tier"), tr("P%1 / %2").arg(i.priority).arg(core::tiers().label(i.tier))},
        {tr("Incident commander"), r.commanderName.isEmpty() ? tr("not named") : r.commanderName},
        {tr("Detected"), text.dateTime(i.detectedAt)},
        {tr("Acknowledged"), reachedAt(text, i.acknowledgedAt, i.detectedAt)},
        {tr("Contained"), reachedAt(text, i.containedAt, i.detectedAt)},
        {tr("Remediated"), reachedAt(text, i.remediatedAt, i.detectedAt)},
        {tr("Closed"), i.closedAt ? text.dateTime(i.closedAt) : tr("not yet")},
        {tr("Times"), text.zoneName(i.detectedAt)},
    });

    b.heading(tr("1. Summary"));
    b.paragraph(i.summary.trimmed().isEmpty() ? tr("No summary was written.") : i.summary.trimmed());

    b.heading(tr("2. Classification"));
    b.facts({
        {tr("Category"), core::categories().label(i.category)},
        {tr("Detection"), i.detectionDetail.isEmpty()
                              ? core::detectionSources().label(i.detectionSource)
                              : tr("%1: %2").arg(core::detectionSources().label(i.detectionSource), i.detectionDetail)},
        {tr("ATT&CK techniques"), i.attackIds.isEmpty() ? tr("none recorded") : i.attackIds.join(QStringLiteral(", "))},
        {tr("Circumstances"), core::IncidentAttributeRules::describe(r.attributes).isEmpty()
                                  ? tr("none recorded")
                                  : core::IncidentAttributeRules::describe(r.attributes)},
        {tr("Affected individuals"),
         r.attributes.affectedIndividuals ? ReportText::number(*r.attributes.affectedIndividuals) : tr("not known")},
        {tr("Confidential"), yesNo(i.confidential)},
    });

    b.heading(tr("3. Affected assets"));
    DocumentBuilder::Table assets;
    assets.header = {tr("Asset"),    tr("Identifier"), tr("Kind"), tr("Sensitivity"),
                     tr("Critical"), tr("Risk"),       tr("Owner")};
    assets.widths = {20, 18, 12, 15, 11, 7, 17};
    assets.numericColumns = {5};
    assets.emptyText = tr("No asset is linked to the incident.");
    for (const core::Asset& a : r.assets) {
        assets.rows.append({a.name, a.identifier, core::assetKinds().label(a.kind),
                            core::sensitivities().label(a.sensitivity), yesNo(a.businessCritical),
                            QString::number(a.riskScore), a.owner});
    }
    b.table(assets);

    b.heading(tr("4. Roles and stakeholders"));
    DocumentBuilder::Table roles;
    roles.header = {tr("Role"), tr("Person"), tr("From"), tr("Until")};
    roles.widths = {25, 35, 20, 20};
    roles.emptyText = tr("No incident role was assigned.");
    for (const auto& role : r.roles) {
        roles.rows.append({core::incidentRoles().label(role.role), role.person, text.dateTime(role.from),
                           role.until ? text.dateTime(*role.until) : tr("current")});
    }
    b.table(roles);
    DocumentBuilder::Table people;
    people.header = {tr("Stakeholder"), tr("Function"), tr("Involvement")};
    people.widths = {30, 25, 45};
    for (const auto& s : r.stakeholders) {
        people.rows.append({s.name, s.function, s.why});
    }
    b.table(people);

    // The timeline and its hash chain.
    b.heading(tr("5. Timeline"), 2, true);
    b.banner(r.chainStatement(),
             r.verification.ok ? DocumentBuilder::Banner::Confirmed : DocumentBuilder::Banner::Attention);
    // The final hash is only a reference for later checks when the chain holds.
    if (r.verification.ok && !r.verification.headHash.isEmpty()) {
        b.code(tr("Final hash of the chain (SHA-256):"), r.verification.headHash);
        b.paragraph(tr("Anyone holding a copy of the database can check this record later: “musterctl incidents "
                       "verify %1” recomputes the chain and prints its final hash, which must equal the one "
                       "above. Each entry's hash covers its time, author, kind, text and data, and the hash of the "
                       "entry before it.")
                        .arg(i.reference),
                    DocumentBuilder::Style::Small);
    }
    DocumentBuilder::Table timeline;
    timeline.header = {tr("#"), tr("Time"), tr("Who"), tr("What"), tr("Hash")};
    timeline.widths = {5, 17, 15, 48, 15};
    timeline.numericColumns = {0};
    timeline.smallText = true;
    for (const core::TimelineEntry& e : r.timeline) {
        QString what = tr("%1: %2").arg(core::timelineKindLabel(e.kind), e.text);
        if (e.recordedAt - e.occurredAt > 60'000) {
            what = tr("%1\n(recorded %2)").arg(what, text.dateTime(e.recordedAt));
        }
        timeline.rows.append({QString::number(e.seq), text.dateTime(e.occurredAt), e.actorName, what, e.hash.left(12)});
    }
    timeline.emptyText = tr("The timeline has no entries.");
    b.table(timeline);

    // Stakeholder work.
    b.heading(tr("6. Tasks by workstream"), 2, true);
    if (r.workstreams.isEmpty()) {
        b.paragraph(tr("No task was recorded."), DocumentBuilder::Style::Muted);
    }
    for (const auto& w : r.workstreams) {
        const QString name = core::workstreams().label(w.workstream);
        b.heading(w.privileged ? tr("%1 — PRIVILEGED").arg(name) : name, 3);
        if (w.privileged) {
            b.banner(IncidentReport::privilegeMarking(), DocumentBuilder::Banner::Marking);
        }
        DocumentBuilder::Table tasks;
        tasks.header = {tr("Task"), tr("Owner"), tr("Due"), tr("Status"), tr("Done / note")};
        tasks.widths = {38, 18, 14, 12, 18};
        for (const core::Task& t : w.tasks) {
            QString note = t.completedAt ? text.dateTime(t.completedAt) : QString();
            if (!t.statusReason.isEmpty()) {
                note = note.isEmpty() ? t.statusReason : tr("%1\n%2").arg(note, t.statusReason);
            }
            tasks.rows.append(
                {t.title, taskOwner(t), text.dateTime(t.dueAt), core::taskStatuses().label(t.status), note});
        }
        b.table(tasks);
    }

    b.heading(tr("7. Communications sent"), 2, true);
    if (r.sent.isEmpty()) {
        b.paragraph(tr("No communication was sent."), DocumentBuilder::Style::Muted);
    }
    int number = 0;
    for (const auto& s : r.sent) {
        const core::Communication& c = s.communication;
        b.heading(tr("7.%1 %2").arg(++number).arg(s.approvedSubject), 3);
        QStringList approvals;
        for (const core::Approval& a : s.approvals) {
            approvals << tr("%1 by %2 on %3")
                             .arg(core::approvalRoles().label(a.role), a.personName, text.dateTime(a.approvedAt));
        }
        b.facts({
            {tr("To"), tr("%1 (%2)").arg(core::audiences().label(c.audience),
                                         c.recipients.isEmpty() ? tr("no addresses recorded") : c.recipients)},
            {tr("Channel"), core::channels().label(c.channel)},
            {tr("Sent"), tr("%1 by %2 via %3").arg(text.dateTime(c.sentAt), c.sentBy, c.sentVia)},
            {tr("Version"), tr("%1 of %2").arg(c.version).arg(s.versionCount)},
            {tr("Approved"), approvals.isEmpty() ? tr("no approval was required") : approvals.join(QLatin1Char('\n'))},
        });
        b.paragraph(tr("The text as approved and sent:"), DocumentBuilder::Style::Muted);
        b.quote(s.approvedBody);
    }
    if (r.unsentCommunications > 0) {
        b.paragraph(tr("Further communications drafted but not sent, and so not part of this record: %1.")
                        .arg(ReportText::number(r.unsentCommunications)),
                    DocumentBuilder::Style::Muted);
    }

    b.heading(tr("8. Regulatory deadlines"));
    DocumentBuilder::Table events;
    events.header = {tr("Event that started the clocks"), tr("When"), tr("Recorded by"), tr("Note")};
    events.widths = {30, 18, 20, 32};
    events.emptyText = tr("No clock start event was recorded.");
    for (const auto& e : r.clockEvents) {
        events.rows.append({core::clockEvents().label(e.event), text.dateTime(e.occurredAt), e.personName, e.note});
    }
    b.table(events);
    DocumentBuilder::Table deadlines;
    deadlines.header = {tr("Obligation"), tr("Notify"), tr("Due"), tr("Status"), tr("Done"), tr("Reason")};
    deadlines.widths = {30, 14, 14, 10, 14, 18};
    deadlines.emptyText = tr("No regulatory deadline applies.");
    for (const auto& d : r.deadlines) {
        const QString status = ReportText::deadlineStatus(d.deadline, r.generatedAt);
        deadlines.rows.append({d.source.isEmpty() ? d.rule : tr("%1\n%2").arg(d.rule, d.source), d.audience,
                               text.dateTime(d.deadline.dueAt), status, text.dateTime(d.deadline.completedAt),
                               d.deadline.reason});
    }
    b.table(deadlines);

    b.heading(tr("9. Lessons learned"));
    if (!r.reviewStatus) {
        b.paragraph(tr("No post-incident review task exists for this incident."), DocumentBuilder::Style::Muted);
    } else {
        b.paragraph(tr("Post-incident review: %1.").arg(core::taskStatuses().label(*r.reviewStatus).toLower()));
        DocumentBuilder::Table lessons;
        lessons.header = {tr("Recorded"), tr("By"), tr("Lesson or action")};
        lessons.widths = {16, 18, 66};
        lessons.emptyText = tr("No lessons were recorded yet.");
        for (const auto& l : r.lessons) {
            lessons.rows.append({text.dateTime(l.at), l.author, l.text});
        }
        b.table(lessons);
    }

    ReportDocument doc;
    doc.letterhead.organisation = organisation.name;
    doc.letterhead.logo = organisation.logo;
    doc.letterhead.title = tr("Incident report %1").arg(i.reference);
    doc.letterhead.subtitle = i.title;
    doc.letterhead.marking = r.confidentialityMarking();
    doc.letterhead.footer = text.generated(r.generatedAt, r.generatedBy);
    doc.documentTitle = tr("Incident report %1 — %2").arg(i.reference, i.title);
    doc.bodyHtml = b.html();
    doc.markdown = b.markdown();
    return doc;
}

} // namespace muster::report
