#pragma once

#include "core/Deadline.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace muster::core {

// Regulatory deadlines as an iCalendar file (RFC 5545) for any calendar program: one
// event per deadline at its due time (UTC), with alarms at the notification thresholds.
class ICalendar
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::ICalendar)

public:
    static QByteArray deadlines(const QList<Deadline>& deadlines, const QList<qint64>& alarmsBefore, qint64 now);

    // RFC 5545 text escaping and line folding (75 octets), for tests.
    static QString escape(const QString& text);
    static QByteArray fold(const QByteArray& line);
};

} // namespace muster::core
