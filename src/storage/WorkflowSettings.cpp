#include "storage/WorkflowSettings.h"

#include "core/Duration.h"
#include "core/Error.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"

#include <QUrl>

namespace muster::storage {

namespace {
const QString kZone = QStringLiteral("workflow.calendar.zone");
const QString kBase = QStringLiteral("workflow.calendar.base");
const QString kHolidays = QStringLiteral("workflow.calendar.holidays");
const QString kWorkingDays = QStringLiteral("workflow.calendar.working_days");
const QString kThresholds = QStringLiteral("workflow.notify.thresholds");
const QString kWebhookName = QStringLiteral("workflow.webhook.name");
const QString kWebhookUrl = QStringLiteral("workflow.webhook.url");
const QString kWebhookTimeout = QStringLiteral("workflow.webhook.timeout_seconds");
const QString kWebhookRetries = QStringLiteral("workflow.webhook.retries");

QString cadenceKey(core::Severity s)
{
    return QStringLiteral("workflow.cadence.%1").arg(core::severities().key(s));
}
} // namespace

WorkflowSettings::WorkflowSettings(const Database& db)
    : m_db(db)
{}

QString WorkflowSettings::value(const QString& key, const QString& fallback) const
{
    return SettingsRepository(m_db).value(key, fallback);
}

void WorkflowSettings::setValue(const QString& key, const QString& value, qint64 now)
{
    SettingsRepository(m_db).setValue(key, value, now);
}

QString WorkflowSettings::calendarZone() const
{
    return value(kZone, QStringLiteral("America/New_York"));
}

QString WorkflowSettings::calendarBase() const
{
    return value(kBase, QStringLiteral("us_federal"));
}

QString WorkflowSettings::calendarHolidays() const
{
    return value(kHolidays, QString());
}

QString WorkflowSettings::calendarWorkingDays() const
{
    return value(kWorkingDays, QString());
}

core::BusinessCalendar WorkflowSettings::calendar() const
{
    return core::BusinessCalendar::fromSettings(calendarZone(), calendarBase(), calendarHolidays(),
                                                calendarWorkingDays());
}

void WorkflowSettings::setCalendar(const QString& zone, const QString& base, const QString& holidays,
                                   const QString& workingDays, qint64 now)
{
    const auto calendar = core::BusinessCalendar::fromSettings(zone, base, holidays, workingDays);
    setValue(kZone, QString::fromUtf8(calendar.timeZone().id()), now);
    setValue(kBase, core::BusinessCalendar::baseKey(calendar.base()), now);
    setValue(kHolidays, core::BusinessCalendar::formatDates(calendar.addedHolidays()), now);
    setValue(kWorkingDays, core::BusinessCalendar::formatDates(calendar.removedHolidays()), now);
}

core::StatusCadence WorkflowSettings::cadence() const
{
    core::StatusCadence c;
    for (const auto s : core::severities().values()) {
        bool ok = false;
        const int minutes = value(cadenceKey(s), QString()).toInt(&ok);
        if (ok && minutes >= 0) {
            c.minutes.insert(s, minutes);
        }
    }
    return c;
}

void WorkflowSettings::setCadence(const core::StatusCadence& cadence, qint64 now)
{
    for (const auto s : core::severities().values()) {
        setValue(cadenceKey(s), QString::number(std::max(0, cadence.intervalMinutes(s))), now);
    }
}

QList<qint64> WorkflowSettings::notificationThresholds() const
{
    try {
        return core::Duration::parseList(value(kThresholds, QStringLiteral("24h, 4h, 1h")), tr("Notify before"));
    } catch (const core::Error&) {
        return {24 * 3'600'000LL, 4 * 3'600'000LL, 3'600'000LL};
    }
}

void WorkflowSettings::setNotificationThresholds(const QString& text, qint64 now)
{
    setValue(kThresholds, core::Duration::formatList(core::Duration::parseList(text, tr("Notify before"))), now);
}

WorkflowSettings::Webhook WorkflowSettings::webhook() const
{
    Webhook w;
    w.name = value(kWebhookName, tr("Incident channel"));
    w.url = value(kWebhookUrl, QString());
    w.timeoutSeconds = std::clamp(value(kWebhookTimeout, QStringLiteral("10")).toInt(), 1, 300);
    w.retries = std::clamp(value(kWebhookRetries, QStringLiteral("2")).toInt(), 0, 10);
    return w;
}

void WorkflowSettings::setWebhook(const Webhook& w, qint64 now)
{
    if (!w.url.trimmed().isEmpty()) {
        const QUrl url(w.url.trimmed(), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
            url.host().isEmpty()) {
            throw core::Error(core::Error::Kind::BadInput,
                              tr("Webhook URL: \"%1\" is not an http or https address.").arg(w.url.trimmed()));
        }
    }
    if (w.timeoutSeconds < 1 || w.timeoutSeconds > 300) {
        throw core::Error(core::Error::Kind::BadInput, tr("Timeout: use 1 to 300 seconds."));
    }
    if (w.retries < 0 || w.retries > 10) {
        throw core::Error(core::Error::Kind::BadInput, tr("Retries: use 0 to 10."));
    }
    setValue(kWebhookName, w.name.trimmed(), now);
    setValue(kWebhookUrl, w.url.trimmed(), now);
    setValue(kWebhookTimeout, QString::number(w.timeoutSeconds), now);
    setValue(kWebhookRetries, QString::number(w.retries), now);
}

} // namespace muster::storage
