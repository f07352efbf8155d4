#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace muster::core {

// Lengths of time as people type them: "90m", "24h", "3d", "1h30m", "2w".
class Duration
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::Duration)

public:
    // Milliseconds; throws Error(BadInput) naming `field` when the text is not a duration.
    static qint64 parse(const QString& text, const QString& field);
    // "24h, 4h, 1h" -> the durations, largest first.
    static QList<qint64> parseList(const QString& text, const QString& field);
    // The shortest exact form: 5400000 -> "1h30m".
    static QString format(qint64 ms);
    static QString formatList(const QList<qint64>& list);
};

} // namespace muster::core
