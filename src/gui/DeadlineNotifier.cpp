#include "gui/DeadlineNotifier.h"

#include "core/Clock.h"
#include "core/DeadlineRules.h"
#include "core/Duration.h"
#include "core/RegulatoryClock.h"
#include "gui/Session.h"
#include "gui/WorkflowSettingsWidget.h"
#include "storage/CommunicationService.h"
#include "storage/Database.h"
#include "storage/DeadlineService.h"
#include "storage/IncidentService.h"
#include "storage/RoleRepository.h"
#include "storage/WorkflowSettings.h"

#include <QIcon>
#include <QSystemTrayIcon>
#include <QTimer>

namespace muster::gui {

namespace {
constexpr qint64 kUpdateWarningMs = 10 * 60'000; // remind of a status update 10 minutes ahead
}

DeadlineNotifier::DeadlineNotifier(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_timer(new QTimer(this))
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/muster.svg")), this);
        m_tray->setToolTip(tr("Muster"));
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_lastIncident.isEmpty()) {
                emit openIncidentRequested(m_lastIncident);
            }
        });
    }
    connect(m_timer, &QTimer::timeout, this, [this] { check(core::SystemClock::instance().nowMs()); });
    m_timer->start(60'000);
    connect(&session, &Session::actorChanged, this, [this] { m_shown.clear(); });
    QTimer::singleShot(5'000, this, [this] { check(core::SystemClock::instance().nowMs()); });
}

DeadlineNotifier::~DeadlineNotifier() = default;

QList<DeadlineNotifier::Notification> DeadlineNotifier::check(qint64 now)
{
    QList<Notification> out;
    if (!WorkflowSettingsWidget::desktopNotificationsEnabled()) {
        return out;
    }
    storage::Database& db = m_session.database();
    const core::Actor me = m_session.actor();
    const QList<qint64> thresholds = storage::WorkflowSettings(db).notificationThresholds();
    const qint64 horizon = thresholds.isEmpty() ? 0 : thresholds.first();
    for (const auto& d : storage::DeadlineService(db).upcoming(me, now + horizon)) {
        const auto* rule = core::RegulatoryClock::rule(d.ruleId);
        const QString name = rule ? rule->displayName() : d.ruleId;
        QString key;
        QString text;
        if (d.dueAt < now) {
            key = d.id + QStringLiteral(":overdue");
            text = tr("%1: %2 is overdue (was due %3).")
                       .arg(d.incidentReference, name, core::DeadlineRules::formatUtc(d.dueAt));
        } else {
            // The smallest threshold crossed; the larger ones count as shown.
            qint64 crossed = -1;
            for (const qint64 t : thresholds) {
                if (d.dueAt - now <= t) {
                    crossed = t;
                }
            }
            if (crossed < 0) {
                continue;
            }
            key = QStringLiteral("%1:%2").arg(d.id).arg(crossed);
            for (const qint64 t : thresholds) {
                if (t > crossed && !m_shown.contains(QStringLiteral("%1:%2").arg(d.id).arg(t))) {
                    m_shown.insert(QStringLiteral("%1:%2").arg(d.id).arg(t));
                }
            }
            text = tr("%1: %2 is due %3.").arg(d.incidentReference, name, core::DeadlineRules::countdown(d.dueAt, now));
        }
        if (!m_shown.contains(key)) {
            out.append(Notification{key, tr("Regulatory deadline"), text, d.incidentId});
        }
    }
    if (!me.personId.isEmpty()) {
        storage::CommunicationService comms(db);
        const auto led = storage::RoleRepository(db).openIncidentsWhereHeld(
            me.personId, {core::IncidentRole::Commander, core::IncidentRole::CommunicationsLead});
        for (const QString& incidentId : led) {
            const auto cadence = comms.cadence(incidentId);
            if (!cadence.nextDue || *cadence.nextDue - now > kUpdateWarningMs) {
                continue;
            }
            const QString key = QStringLiteral("%1:update:%2").arg(incidentId).arg(*cadence.nextDue);
            if (m_shown.contains(key)) {
                continue;
            }
            const QString reference = storage::IncidentService(db).get(incidentId).reference;
            out.append(Notification{key, tr("Status update due"),
                                    *cadence.nextDue < now
                                        ? tr("%1: the status update is overdue by %2.")
                                              .arg(reference, core::DeadlineRules::span(now - *cadence.nextDue))
                                        : tr("%1: the next status update is due %2.")
                                              .arg(reference, core::DeadlineRules::countdown(*cadence.nextDue, now)),
                                    incidentId});
        }
    }
    for (const auto& n : out) {
        m_shown.insert(n.key);
        m_lastIncident = n.incidentId;
        if (m_tray) {
            m_tray->showMessage(n.title, n.text, QSystemTrayIcon::Warning, 15'000);
        }
        emit notified(n);
    }
    return out;
}

} // namespace muster::gui
