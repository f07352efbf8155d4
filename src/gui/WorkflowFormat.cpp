#include "gui/WorkflowFormat.h"

#include "core/DeadlineRules.h"
#include "gui/Theme.h"

#include <QDateTime>
#include <QLocale>
#include <QMessageBox>

namespace muster::gui::WorkflowFormat {

QString localTime(qint64 ms)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms);
    const bool thisYear = t.date().year() == QDate::currentDate().year();
    return QLocale().toString(t,
                              thisYear ? QStringLiteral("ddd d MMM, HH:mm") : QStringLiteral("ddd d MMM yyyy, HH:mm"));
}

QString shortTime(qint64 ms)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms);
    const qint64 days = QDate::currentDate().daysTo(t.date());
    if (days == 0) {
        return QLocale().toString(t, QStringLiteral("HH:mm"));
    }
    if (std::abs(days) < 7) {
        return QLocale().toString(t, QStringLiteral("ddd HH:mm"));
    }
    return QLocale().toString(t, QStringLiteral("d MMM HH:mm"));
}

QString fullTime(qint64 ms)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms);
    return QCoreApplication::translate("muster::gui::WorkflowFormat", "%1 %2 (%3)")
        .arg(QLocale().toString(t, QStringLiteral("dddd d MMMM yyyy, HH:mm:ss")), t.timeZoneAbbreviation(),
             core::DeadlineRules::formatUtc(ms));
}

QColor urgencyColor(qint64 dueAt, qint64 now)
{
    if (now > dueAt) {
        return Theme::severityColor(core::Severity::Sev1);
    }
    if (dueAt - now < 24 * 3'600'000LL) {
        return Theme::severityColor(core::Severity::Sev2);
    }
    return {};
}

QColor okColor()
{
    return Theme::isDark() ? QColor(0x6f, 0xcf, 0x8a) : QColor(0x1e, 0x7a, 0x3c);
}

void showError(QWidget* parent, const QString& title, const core::Error& error)
{
    QMessageBox::warning(parent, title, error.message());
}

} // namespace muster::gui::WorkflowFormat
