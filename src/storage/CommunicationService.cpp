#include "storage/CommunicationService.h"

#include "core/ApprovalRules.h"
#include "core/CommunicationRules.h"
#include "core/Error.h"
#include "core/Ids.h"
#include "core/Lifecycle.h"
#include "storage/ApprovalRepository.h"
#include "storage/CommunicationRepository.h"
#include "storage/Database.h"
#include "storage/DeadlineRepository.h"
#include "storage/IncidentWriter.h"
#include "storage/PeopleRepository.h"
#include "storage/RoleRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/Sql.h"
#include "storage/WorkflowSettings.h"

#include <QDateTime>

namespace muster::storage {

using core::Communication;
using core::CommunicationRules;
using core::Error;

namespace {
const QStringList kTables{QStringLiteral("communications"), QStringLiteral("communication_versions"),
                          QStringLiteral("approvals"), QStringLiteral("incidents"), QStringLiteral("timeline_entries")};

QString fillIn(const QString& what)
{
    return QStringLiteral("[[%1]]").arg(what);
}
} // namespace

CommunicationService::CommunicationService(Database& db, const core::Clock& clock,
                                           const core::TemplateLibrary& templates)
    : m_db(db)
    , m_clock(clock)
    , m_templates(templates)
{}

QHash<QString, QString> CommunicationService::placeholderValues(const QString& incident, const QLocale& locale) const
{
    const core::Incident i = IncidentWriter(m_db, m_clock).load(incident);
    const auto when = [&](qint64 ms) {
        // In this desktop's time zone, named, since the text is read elsewhere.
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms);
        return tr("%1 %2").arg(locale.toString(local, QStringLiteral("d MMMM yyyy, HH:mm")),
                               local.timeZoneAbbreviation());
    };
    QHash<QString, QString> v;
    const QString organisation = SettingsRepository(m_db).value(QStringLiteral("organisation.name"));
    v.insert(QStringLiteral("organisation"), organisation.isEmpty() ? fillIn(tr("organisation")) : organisation);
    v.insert(QStringLiteral("incident.reference"), i.reference);
    v.insert(QStringLiteral("incident.title"), i.title);
    v.insert(QStringLiteral("incident.summary"), i.summary.isEmpty() ? fillIn(tr("summary")) : i.summary);
    v.insert(QStringLiteral("incident.severity"), core::severities().label(i.severity));
    v.insert(QStringLiteral("incident.status"), core::statuses().label(i.status));
    v.insert(QStringLiteral("incident.detected"), when(i.detectedAt));
    v.insert(QStringLiteral("now"), when(m_clock.nowMs()));
    const auto holder = [&](core::IncidentRole role, const QString& missing) {
        if (const auto r = RoleRepository(m_db).current(i.id, role)) {
            return r->personName;
        }
        if (role == core::IncidentRole::Commander && !i.commanderId.isEmpty()) {
            if (const auto p = PeopleRepository(m_db).find(i.commanderId)) {
                return p->name;
            }
        }
        return fillIn(missing);
    };
    v.insert(QStringLiteral("commander"), holder(core::IncidentRole::Commander, tr("incident commander")));
    v.insert(QStringLiteral("communications_lead"),
             holder(core::IncidentRole::CommunicationsLead, tr("communications lead")));
    v.insert(QStringLiteral("legal_lead"), holder(core::IncidentRole::LegalLead, tr("legal contact")));
    const auto aware = DeadlineRepository(m_db).event(i.id, core::ClockEvent::BecameAware);
    v.insert(QStringLiteral("became_aware"),
             aware ? when(aware->occurredAt) : fillIn(tr("when the organisation became aware")));
    const auto next = cadence(i.id).nextDue;
    v.insert(QStringLiteral("next_update"), next ? when(*next) : fillIn(tr("time of the next update")));
    return v;
}

Communication CommunicationService::draftFromTemplate(const QString& incident, const QString& templateId,
                                                      const core::Actor& actor, const QLocale& locale)
{
    const auto* t = m_templates.find(templateId, locale);
    if (!t) {
        QStringList ids;
        for (const auto& m : m_templates.templates(locale)) {
            ids.append(m.id);
        }
        throw Error(Error::Kind::BadInput,
                    tr("Template: \"%1\" is not one of %2.").arg(templateId, ids.join(QStringLiteral(", "))));
    }
    const auto values = placeholderValues(incident, locale);
    Communication c;
    c.templateId = t->id;
    c.audience = t->audience;
    c.channel = t->channel;
    c.subject = core::TemplateLibrary::render(t->subject, values);
    c.body = core::TemplateLibrary::render(t->body, values);
    return draft(incident, c, actor);
}

Communication CommunicationService::draft(const QString& incident, Communication c, const core::Actor& actor)
{
    WriteTransaction tx(m_db.connection());
    IncidentWriter writer(m_db, m_clock);
    core::Incident i = writer.load(incident);
    c.id = core::newId();
    c.incidentId = i.id;
    const auto timeline = CommunicationRules::draft(c, m_clock.nowMs());
    CommunicationRepository(m_db).insert(c, actor);
    writer.save(i, actor, {timeline});
    tx.commit();
    m_db.notifyChanged(kTables);
    return get(c.id);
}

Communication CommunicationService::edit(const QString& ref, const QString& subject, const QString& body,
                                         const QString& recipients, const core::Actor& actor)
{
    WriteTransaction tx(m_db.connection());
    Communication c = get(ref);
    if (c.subject == subject.trimmed() && c.body == body && c.recipients == recipients.trimmed()) {
        return c;
    }
    IncidentWriter writer(m_db, m_clock);
    core::Incident i = writer.load(c.incidentId);
    const auto timeline = CommunicationRules::edit(
        c, subject, body, recipients, ApprovalRepository(m_db).of(core::ApprovalRules::communicationKind, c.id),
        m_clock.nowMs());
    CommunicationRepository(m_db).update(c, actor);
    writer.save(i, actor, {timeline});
    tx.commit();
    m_db.notifyChanged(kTables);
    return get(c.id);
}

Communication CommunicationService::submitForReview(const QString& ref, const core::Actor& actor)
{
    WriteTransaction tx(m_db.connection());
    Communication c = get(ref);
    IncidentWriter writer(m_db, m_clock);
    core::Incident i = writer.load(c.incidentId);
    const auto timeline = CommunicationRules::submitForReview(c, m_clock.nowMs());
    CommunicationRepository(m_db).update(c, actor);
    writer.save(i, actor, {timeline});
    tx.commit();
    m_db.notifyChanged(kTables);
    return c;
}

Communication CommunicationService::approve(const QString& ref, core::ApprovalRole role, const core::Actor& actor)
{
    WriteTransaction tx(m_db.connection());
    Communication c = get(ref);
    IncidentWriter writer(m_db, m_clock);
    core::Incident i = writer.load(c.incidentId);
    const auto person = PeopleRepository(m_db).find(actor.personId);
    core::ApprovalRules::checkMayApprove(role, actor,
                                         person ? std::optional<core::PersonFunction>(person->function) : std::nullopt,
                                         RoleRepository(m_db).heldBy(i.id, actor.personId));
    ApprovalRepository approvals(m_db);
    core::Approval a;
    a.id = core::newId();
    a.role = role;
    a.personId = actor.personId;
    a.personName = actor.name;
    const auto timeline =
        CommunicationRules::approve(c, a, approvals.of(core::ApprovalRules::communicationKind, c.id), m_clock.nowMs());
    approvals.insert(a);
    CommunicationRepository(m_db).update(c, actor);
    writer.save(i, actor, {timeline});
    tx.commit();
    m_db.notifyChanged(kTables);
    return c;
}

Communication CommunicationService::checkSendable(const QString& ref) const
{
    const Communication c = get(ref);
    CommunicationRules::checkSendable(c, ApprovalRepository(m_db).of(core::ApprovalRules::communicationKind, c.id));
    return c;
}

Communication CommunicationService::markSent(const QString& ref, int version, const QString& via,
                                             const core::Actor& actor)
{
    WriteTransaction tx(m_db.connection());
    Communication c = get(ref);
    if (c.version != version) {
        throw Error(Error::Kind::Conflict,
                    tr("\"%1\" changed to version %2 while version %3 was being sent; check what went out.")
                        .arg(c.subject)
                        .arg(c.version)
                        .arg(version));
    }
    CommunicationRules::checkSendable(c, ApprovalRepository(m_db).of(core::ApprovalRules::communicationKind, c.id));
    IncidentWriter writer(m_db, m_clock);
    core::Incident i = writer.load(c.incidentId);
    const auto timeline = CommunicationRules::sent(c, via, actor.name, m_clock.nowMs());
    CommunicationRepository(m_db).update(c, actor);
    writer.save(i, actor, {timeline});
    tx.commit();
    m_db.notifyChanged(kTables);
    return c;
}

QList<Communication> CommunicationService::ofIncident(const QString& incident) const
{
    return CommunicationRepository(m_db).ofIncident(IncidentWriter(m_db, m_clock).load(incident).id);
}

Communication CommunicationService::get(const QString& ref) const
{
    CommunicationRepository repo(m_db);
    if (auto c = repo.find(ref.trimmed())) {
        return *c;
    }
    const QString id = uniqueIdWithPrefix(m_db.connection(), QStringLiteral("communications"), ref.trimmed());
    if (!id.isEmpty()) {
        return *repo.find(id);
    }
    throw Error(Error::Kind::NotFound, tr("No communication %1.").arg(ref));
}

QList<core::CommunicationVersion> CommunicationService::versions(const QString& ref) const
{
    return CommunicationRepository(m_db).versions(get(ref).id);
}

QList<core::Approval> CommunicationService::approvals(const QString& ref) const
{
    return ApprovalRepository(m_db).of(core::ApprovalRules::communicationKind, get(ref).id);
}

QList<core::ApprovalRole> CommunicationService::missingApprovals(const Communication& c) const
{
    return CommunicationRules::missing(c, ApprovalRepository(m_db).of(core::ApprovalRules::communicationKind, c.id));
}

CommunicationService::Cadence CommunicationService::cadence(const QString& incident) const
{
    const core::Incident i = IncidentWriter(m_db, m_clock).load(incident);
    Cadence c;
    const auto settings = WorkflowSettings(m_db).cadence();
    c.intervalMinutes = settings.intervalMinutes(i.severity);
    c.lastUpdate = CommunicationRepository(m_db).lastStatusUpdate(i.id);
    if (core::Lifecycle::isOpen(i.status) && !i.exercise) {
        c.nextDue = settings.nextUpdateDue(i.severity, c.lastUpdate, i.createdAt);
    }
    return c;
}

} // namespace muster::storage
