#pragma once

#include "core/BusinessCalendar.h"
#include "core/CommunicationRules.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace muster::storage {

class Database;

// The organisation-wide settings of the workflows, kept in the settings table so that
// every desktop counts the same deadlines: the business calendar, the status-update
// cadence, the notification thresholds and the chat webhook.
class WorkflowSettings
{
    Q_DECLARE_TR_FUNCTIONS(muster::storage::WorkflowSettings)

public:
    explicit WorkflowSettings(const Database& db);

    struct Webhook
    {
        QString name; // shown on the timeline ("SOC channel")
        QString url;
        int timeoutSeconds = 10;
        int retries = 2;
    };

    // Throws Error(BadInput) when the stored calendar is broken (it is validated on save).
    core::BusinessCalendar calendar() const;
    // Raw fields of the calendar for the settings form.
    QString calendarZone() const;
    QString calendarBase() const;
    QString calendarHolidays() const;
    QString calendarWorkingDays() const;
    // Validates (throws Error(BadInput) naming the field) and saves.
    void setCalendar(const QString& zone, const QString& base, const QString& holidays, const QString& workingDays,
                     qint64 now);

    core::StatusCadence cadence() const;
    void setCadence(const core::StatusCadence& cadence, qint64 now);

    // How long before a deadline (or a status update) to notify, largest first.
    QList<qint64> notificationThresholds() const;
    void setNotificationThresholds(const QString& text, qint64 now);

    Webhook webhook() const;
    void setWebhook(const Webhook& webhook, qint64 now);

private:
    QString value(const QString& key, const QString& fallback) const;
    void setValue(const QString& key, const QString& value, qint64 now);

    const Database& m_db;
};

} // namespace muster::storage
