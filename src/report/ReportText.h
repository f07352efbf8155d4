#pragma once

#include "core/Deadline.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace muster::report {

// How reports write dates, times, shares and changes, in the user's language
// (QLocale) and the report's time zone.
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(muster::report::ReportText)

public:
    explicit ReportText(QTimeZone zone = QTimeZone::systemTimeZone());

    const QTimeZone& zone() const { return m_zone; }
    // "2026-03-14 09:32" in the zone (ISO order: unambiguous in every language).
    QString dateTime(qint64 ms) const;
    QString dateTime(const std::optional<qint64>& ms) const;
    // "14 March 2026" in the user's language.
    QString date(QDate date) const;
    QString date(qint64 ms) const;
    QString period(QDate first, QDate last) const;
    // "Europe/Berlin (UTC+01:00)" for a note on the times.
    QString zoneName(qint64 atMs) const;
    // The time of a report's generation and who made it, for the footer.
    QString generated(qint64 ms, const QString& by) const;

    // The deadline's status, "Overdue" for one due and neither met nor waived at `now`.
    static QString deadlineStatus(const core::Deadline& deadline, qint64 now);
    static QString percent(const std::optional<double>& share);
    static QString number(qint64 n);
    // "+3", "−2", "±0"
    static QString signedChange(qint64 change);

private:
    QTimeZone m_zone;
};

} // namespace muster::report
