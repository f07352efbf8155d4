#include "core/HuntRules.h"

#include "core/AttackCatalog.h"
#include "core/AttackId.h"
#include "core/Error.h"
#include "core/Ids.h"

namespace muster::core {

QStringList HuntRules::validate(Hunt& hunt, const AttackCatalog& catalog)
{
    hunt.title = hunt.title.trimmed();
    hunt.hypothesis = hunt.hypothesis.trimmed();
    if (hunt.title.isEmpty()) {
        throw Error(Error::Kind::BadInput, tr("Title: give the hunt a title."));
    }
    if (hunt.hypothesis.isEmpty()) {
        throw Error(Error::Kind::BadInput,
                    tr("Hypothesis: state what you expect to find and why (\"Adversaries may be ... because ...\")."));
    }
    QString error;
    const auto ids = parseAttackIds(hunt.attackIds.join(QLatin1Char(' ')), &error);
    if (!ids) {
        throw Error(Error::Kind::BadInput, tr("ATT&CK techniques: %1").arg(error));
    }
    hunt.attackIds = *ids;
    if (hunt.timeboxStart && hunt.timeboxEnd && *hunt.timeboxEnd <= *hunt.timeboxStart) {
        throw Error(Error::Kind::BadInput, tr("Time box: the end must come after the start."));
    }
    for (auto& q : hunt.queries) {
        q.text = q.text.trimmed();
    }
    hunt.queries.removeIf([](const HuntQuery& q) { return q.text.isEmpty(); });
    hunt.dataSources.removeIf([](const QString& s) { return s.trimmed().isEmpty(); });
    QStringList warnings;
    for (const QString& id : hunt.attackIds) {
        const QString problem = catalog.problem(id);
        if (!problem.isEmpty()) {
            warnings.append(problem);
        }
    }
    return warnings;
}

void HuntRules::start(Hunt& hunt, qint64 now)
{
    if (hunt.status != HuntStatus::Proposed) {
        throw Error(
            Error::Kind::Refused,
            tr("%1 is %2; only a proposed hunt can start.").arg(hunt.reference, huntStatuses().label(hunt.status)));
    }
    if (!hunt.timeboxEnd) {
        throw Error(Error::Kind::BadInput, tr("Time box: set when the hunt ends before starting it."));
    }
    if (*hunt.timeboxEnd <= now) {
        throw Error(Error::Kind::BadInput, tr("Time box: the end has already passed; move it before starting."));
    }
    if (!hunt.timeboxStart) {
        hunt.timeboxStart = now;
    }
    hunt.status = HuntStatus::Active;
    hunt.startedAt = now;
    hunt.updatedAt = now;
}

void HuntRules::conclude(Hunt& hunt, HuntOutcome outcome, const QString& note, const QString& incidentId,
                         const QString& detectionName, qint64 now)
{
    if (hunt.status != HuntStatus::Active) {
        throw Error(Error::Kind::Refused, tr("%1 is %2; only an active hunt can be concluded.")
                                              .arg(hunt.reference, huntStatuses().label(hunt.status)));
    }
    switch (outcome) {
    case HuntOutcome::None:
        throw Error(Error::Kind::BadInput, tr("Outcome: choose what the hunt found."));
    case HuntOutcome::IncidentOpened:
        if (!isValidId(incidentId)) {
            throw Error(Error::Kind::BadInput, tr("Incident: link the incident the hunt opened."));
        }
        break;
    case HuntOutcome::DetectionCreated:
        if (detectionName.trimmed().isEmpty()) {
            throw Error(Error::Kind::BadInput, tr("Detection: name the detection created or improved."));
        }
        break;
    case HuntOutcome::VisibilityGap:
        if (note.trimmed().isEmpty()) {
            throw Error(Error::Kind::BadInput,
                        tr("Outcome note: describe the visibility gap (which data is missing)."));
        }
        break;
    case HuntOutcome::NoEvidence:
        break;
    }
    hunt.status = HuntStatus::Concluded;
    hunt.outcome = outcome;
    hunt.outcomeNote = note.trimmed();
    hunt.incidentId = outcome == HuntOutcome::IncidentOpened ? incidentId : QString();
    hunt.detectionName = outcome == HuntOutcome::DetectionCreated ? detectionName.trimmed() : QString();
    hunt.concludedAt = now;
    hunt.updatedAt = now;
}

void HuntRules::reopen(Hunt& hunt, qint64 now)
{
    if (hunt.status != HuntStatus::Concluded) {
        throw Error(Error::Kind::Refused, tr("%1 is %2; only a concluded hunt can be reopened.")
                                              .arg(hunt.reference, huntStatuses().label(hunt.status)));
    }
    hunt.status = HuntStatus::Active;
    hunt.outcome = HuntOutcome::None;
    hunt.concludedAt.reset();
    hunt.updatedAt = now;
}

HuntFinding HuntRules::finding(const Hunt& hunt, const QString& text, const QString& evidence,
                               const QString& authorName, qint64 now)
{
    if (hunt.status != HuntStatus::Active) {
        throw Error(Error::Kind::Refused, tr("%1 is %2; findings are recorded while a hunt is active.")
                                              .arg(hunt.reference, huntStatuses().label(hunt.status)));
    }
    if (text.trimmed().isEmpty()) {
        throw Error(Error::Kind::BadInput, tr("Finding: describe what you found."));
    }
    return {newId(), now, authorName, text.trimmed(), evidence.trimmed()};
}

bool HuntRules::isOverdue(const Hunt& hunt, qint64 now)
{
    return hunt.status == HuntStatus::Active && hunt.timeboxEnd && now > *hunt.timeboxEnd;
}

} // namespace muster::core
