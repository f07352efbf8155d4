#include "core/CommunicationRules.h"

#include "core/ApprovalRules.h"
#include "core/Error.h"
#include "core/TemplateLibrary.h"

#include <QJsonObject>

namespace muster::core {

QList<ApprovalRole> CommunicationRules::requiredApprovals(Audience audience)
{
    switch (audience) {
    case Audience::IncidentTeam:
    case Audience::Executives:
        return {ApprovalRole::Communications};
    case Audience::Employees:
        return {ApprovalRole::Communications, ApprovalRole::Hr};
    case Audience::Regulator:
        return {ApprovalRole::Legal};
    case Audience::Customers:
    case Audience::Partners:
    case Audience::DataSubjects:
    case Audience::Press:
        return {ApprovalRole::Legal, ApprovalRole::Communications};
    }
    return {ApprovalRole::Legal};
}

QString CommunicationRules::textHash(const Communication& c)
{
    return ApprovalRules::textHash({audiences().key(c.audience), c.subject, c.body});
}

QList<ApprovalRole> CommunicationRules::missing(const Communication& c, const QList<Approval>& approvals)
{
    return ApprovalRules::missing(requiredApprovals(c.audience), approvals, c.version, textHash(c));
}

TimelineDraft CommunicationRules::draft(Communication& c, qint64 now)
{
    c.subject = c.subject.trimmed();
    if (c.subject.isEmpty() && c.body.trimmed().isEmpty()) {
        throw Error(Error::Kind::BadInput, tr("Text: a communication needs a subject or a body."));
    }
    c.version = 1;
    c.status = CommunicationStatus::Draft;
    c.createdAt = now;
    c.updatedAt = now;
    return TimelineDraft{QString(TimelineKind::CommunicationDrafted), now,
                         tr("Communication drafted for %1 (%2): \"%3\"")
                             .arg(audiences().label(c.audience), channels().label(c.channel), c.subject),
                         QJsonObject{{QStringLiteral("communication_id"), c.id},
                                     {QStringLiteral("audience"), audiences().key(c.audience)},
                                     {QStringLiteral("channel"), channels().key(c.channel)},
                                     {QStringLiteral("template"), c.templateId},
                                     {QStringLiteral("version"), 1}}};
}

TimelineDraft CommunicationRules::edit(Communication& c, const QString& subject, const QString& body,
                                       const QString& recipients, const QList<Approval>& approvals, qint64 now)
{
    if (c.status == CommunicationStatus::Sent) {
        throw Error(Error::Kind::Refused,
                    tr("\"%1\" was sent and cannot change; draft a new communication instead.").arg(c.subject));
    }
    if (subject.trimmed().isEmpty() && body.trimmed().isEmpty()) {
        throw Error(Error::Kind::BadInput, tr("Text: a communication needs a subject or a body."));
    }
    const QString oldHash = textHash(c);
    QStringList voided;
    for (const auto& a : approvals) {
        if (a.version == c.version && a.textHash == oldHash) {
            voided.append(tr("%1 (%2)").arg(approvalRoles().label(a.role), a.personName));
        }
    }
    const int previous = c.version;
    c.subject = subject.trimmed();
    c.body = body;
    c.recipients = recipients.trimmed();
    c.version += 1;
    c.updatedAt = now;
    c.status = CommunicationStatus::Draft;
    QString text = tr("\"%1\" edited: version %2").arg(c.subject).arg(c.version);
    if (!voided.isEmpty()) {
        text = tr("%1; the approval of version %2 by %3 no longer applies")
                   .arg(text)
                   .arg(previous)
                   .arg(voided.join(QStringLiteral(", ")));
    }
    return TimelineDraft{QString(TimelineKind::CommunicationEdited), now, text,
                         QJsonObject{{QStringLiteral("communication_id"), c.id},
                                     {QStringLiteral("version"), c.version},
                                     {QStringLiteral("voided_approvals"), int(voided.size())}}};
}

namespace {

void refuseFillIns(const Communication& c)
{
    const QStringList fillIns = TemplateLibrary::fillIns(c.subject + QLatin1Char('\n') + c.body);
    if (!fillIns.isEmpty()) {
        throw Error(Error::Kind::Refused, QCoreApplication::translate("muster::core::CommunicationRules",
                                                                      "\"%1\" still has parts to fill in: %2")
                                              .arg(c.subject, fillIns.join(QStringLiteral(", "))));
    }
}

} // namespace

TimelineDraft CommunicationRules::submitForReview(Communication& c, qint64 now)
{
    if (c.status != CommunicationStatus::Draft) {
        throw Error(Error::Kind::Refused,
                    tr("\"%1\" is %2, not a draft.").arg(c.subject, communicationStatuses().label(c.status).toLower()));
    }
    refuseFillIns(c);
    c.status = CommunicationStatus::InReview;
    c.updatedAt = now;
    return TimelineDraft{QString(TimelineKind::CommunicationStatusChanged), now,
                         tr("\"%1\" (version %2) submitted for review by %3")
                             .arg(c.subject)
                             .arg(c.version)
                             .arg(ApprovalRules::describe(requiredApprovals(c.audience))),
                         QJsonObject{{QStringLiteral("communication_id"), c.id},
                                     {QStringLiteral("version"), c.version},
                                     {QStringLiteral("to"), communicationStatuses().key(c.status)}}};
}

TimelineDraft CommunicationRules::approve(Communication& c, Approval& approval, const QList<Approval>& existing,
                                          qint64 now)
{
    if (c.status == CommunicationStatus::Sent) {
        throw Error(Error::Kind::Refused, tr("\"%1\" was already sent.").arg(c.subject));
    }
    const auto required = requiredApprovals(c.audience);
    if (!required.contains(approval.role)) {
        throw Error(Error::Kind::Refused, tr("A communication to %1 needs the approval of %2, not %3.")
                                              .arg(audiences().label(c.audience), ApprovalRules::describe(required),
                                                   approvalRoles().label(approval.role)));
    }
    refuseFillIns(c);
    approval.subjectKind = ApprovalRules::communicationKind;
    approval.subjectId = c.id;
    approval.incidentId = c.incidentId;
    approval.version = c.version;
    approval.textHash = textHash(c);
    approval.approvedAt = now;
    const bool already = std::any_of(existing.begin(), existing.end(), [&](const Approval& a) {
        return a.role == approval.role && a.version == approval.version && a.textHash == approval.textHash;
    });
    if (already) {
        throw Error(Error::Kind::Refused, tr("Version %1 of \"%2\" is already approved for %3.")
                                              .arg(c.version)
                                              .arg(c.subject, approvalRoles().label(approval.role)));
    }
    QList<Approval> all = existing;
    all.append(approval);
    c.status = missing(c, all).isEmpty() ? CommunicationStatus::Approved : CommunicationStatus::InReview;
    c.updatedAt = now;
    TimelineDraft d = ApprovalRules::approved(approval, c.subject, now);
    d.data.insert(QStringLiteral("status"), communicationStatuses().key(c.status));
    return d;
}

void CommunicationRules::checkSendable(const Communication& c, const QList<Approval>& approvals)
{
    if (c.status == CommunicationStatus::Sent) {
        throw Error(Error::Kind::Refused, tr("\"%1\" was already sent.").arg(c.subject));
    }
    const auto absent = missing(c, approvals);
    if (!absent.isEmpty()) {
        if (isExternal(c.audience) && absent.contains(ApprovalRole::Legal)) {
            throw Error(Error::Kind::Refused,
                        tr("\"%1\" goes to %2, outside the organisation: it cannot be sent until Legal has approved "
                           "this exact text (version %3). Still missing: %4.")
                            .arg(c.subject, audiences().label(c.audience))
                            .arg(c.version)
                            .arg(ApprovalRules::describe(absent)));
        }
        throw Error(Error::Kind::Refused, tr("\"%1\" cannot be sent before %2 approved version %3.")
                                              .arg(c.subject, ApprovalRules::describe(absent))
                                              .arg(c.version));
    }
    refuseFillIns(c);
}

TimelineDraft CommunicationRules::sent(Communication& c, const QString& via, const QString& senderName, qint64 now)
{
    c.status = CommunicationStatus::Sent;
    c.sentAt = now;
    c.sentVia = via;
    c.sentBy = senderName;
    c.updatedAt = now;
    return TimelineDraft{QString(TimelineKind::CommunicationSent), now,
                         tr("Sent to %1 via %2 (version %3):\nSubject: %4\n\n%5")
                             .arg(audiences().label(c.audience), via)
                             .arg(c.version)
                             .arg(c.subject, c.body),
                         QJsonObject{{QStringLiteral("communication_id"), c.id},
                                     {QStringLiteral("version"), c.version},
                                     {QStringLiteral("audience"), audiences().key(c.audience)},
                                     {QStringLiteral("channel"), channels().key(c.channel)},
                                     {QStringLiteral("via"), via},
                                     {QStringLiteral("subject"), c.subject},
                                     {QStringLiteral("body"), c.body},
                                     {QStringLiteral("text_hash"), textHash(c)}}};
}

std::optional<qint64> StatusCadence::nextUpdateDue(Severity severity, std::optional<qint64> lastUpdate,
                                                   qint64 declaredAt) const
{
    const int interval = intervalMinutes(severity);
    if (interval <= 0) {
        return std::nullopt;
    }
    return lastUpdate.value_or(declaredAt) + qint64(interval) * 60'000;
}

bool StatusCadence::isStatusUpdate(Audience audience)
{
    return audience == Audience::IncidentTeam || audience == Audience::Executives;
}

} // namespace muster::core
