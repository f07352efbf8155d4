#include "core/ApprovalRules.h"

#include "core/Error.h"

#include <QCryptographicHash>
#include <QJsonObject>

namespace muster::core {

QString ApprovalRules::textHash(const QStringList& parts)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& p : parts) {
        const QByteArray utf8 = p.toUtf8();
        hash.addData(QByteArray(QByteArray::number(utf8.size()) + ':'));
        hash.addData(utf8);
    }
    return QString::fromLatin1(hash.result().toHex());
}

bool ApprovalRules::mayApprove(ApprovalRole role, std::optional<PersonFunction> function,
                               const QList<IncidentRole>& heldRoles)
{
    switch (role) {
    case ApprovalRole::Legal:
        return function == PersonFunction::Legal || function == PersonFunction::ExternalCounsel ||
               heldRoles.contains(IncidentRole::LegalLead);
    case ApprovalRole::Hr:
        return function == PersonFunction::Hr || heldRoles.contains(IncidentRole::HrLead);
    case ApprovalRole::Communications:
        return function == PersonFunction::Communications || heldRoles.contains(IncidentRole::CommunicationsLead) ||
               heldRoles.contains(IncidentRole::Commander);
    case ApprovalRole::Executive:
        return function == PersonFunction::Executive;
    }
    return false;
}

void ApprovalRules::checkMayApprove(ApprovalRole role, const Actor& actor, std::optional<PersonFunction> function,
                                    const QList<IncidentRole>& heldRoles)
{
    if (actor.personId.isEmpty()) {
        throw Error(Error::Kind::Refused,
                    tr("%1 is not in the stakeholder directory, so Muster cannot tell whether they may approve for "
                       "%2. Choose who you act as (Settings, or --as on the command line).")
                        .arg(actor.name, approvalRoles().label(role)));
    }
    if (mayApprove(role, function, heldRoles)) {
        return;
    }
    QString who;
    switch (role) {
    case ApprovalRole::Legal:
        who = tr("someone in the Legal function, outside counsel, or the incident's Legal lead");
        break;
    case ApprovalRole::Hr:
        who = tr("someone in the HR function or the incident's HR lead");
        break;
    case ApprovalRole::Communications:
        who = tr("someone in the Communications function, the Communications lead or the Commander");
        break;
    case ApprovalRole::Executive:
        who = tr("an executive");
        break;
    }
    throw Error(Error::Kind::Refused,
                tr("%1 cannot approve for %2; that takes %3.").arg(actor.name, approvalRoles().label(role), who));
}

QList<ApprovalRole> ApprovalRules::missing(const QList<ApprovalRole>& required, const QList<Approval>& approvals,
                                           int version, const QString& textHash)
{
    QList<ApprovalRole> out;
    for (const ApprovalRole role : required) {
        const bool ok = std::any_of(approvals.begin(), approvals.end(), [&](const Approval& a) {
            return a.role == role && a.version == version && a.textHash == textHash;
        });
        if (!ok && !out.contains(role)) {
            out.append(role);
        }
    }
    return out;
}

QString ApprovalRules::describe(const QList<ApprovalRole>& roles)
{
    QStringList labels;
    for (const auto r : roles) {
        labels.append(approvalRoles().label(r));
    }
    if (labels.size() <= 1) {
        return labels.join(QString());
    }
    const QString last = labels.takeLast();
    return tr("%1 and %2").arg(labels.join(QStringLiteral(", ")), last);
}

TimelineDraft ApprovalRules::approved(const Approval& a, const QString& subjectTitle, qint64 now)
{
    return TimelineDraft{QString(TimelineKind::Approval), now,
                         tr("%1 approved \"%2\" (version %3) for %4")
                             .arg(a.personName, subjectTitle)
                             .arg(a.version)
                             .arg(approvalRoles().label(a.role)),
                         QJsonObject{{QStringLiteral("subject_kind"), a.subjectKind},
                                     {QStringLiteral("subject_id"), a.subjectId},
                                     {QStringLiteral("role"), approvalRoles().key(a.role)},
                                     {QStringLiteral("version"), a.version},
                                     {QStringLiteral("text_hash"), a.textHash},
                                     {QStringLiteral("approver_id"), a.personId}}};
}

} // namespace muster::core
