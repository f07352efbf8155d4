#include "core/ICalendar.h"

#include "core/DeadlineRules.h"
#include "core/RegulatoryClock.h"

#include <QDateTime>

namespace muster::core {

namespace {

QByteArray stamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
        .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))
        .toLatin1();
}

QByteArray durationBefore(qint64 ms)
{
    const qint64 minutes = ms / 60'000;
    if (minutes % (24 * 60) == 0) {
        return "-P" + QByteArray::number(minutes / (24 * 60)) + "D";
    }
    if (minutes % 60 == 0) {
        return "-PT" + QByteArray::number(minutes / 60) + "H";
    }
    return "-PT" + QByteArray::number(minutes) + "M";
}

} // namespace

QString ICalendar::escape(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(',')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('\n')) {
            out += QStringLiteral("\\n");
        } else if (c != QLatin1Char('\r')) {
            out += c;
        }
    }
    return out;
}

QByteArray ICalendar::fold(const QByteArray& line)
{
    // Fold at 75 octets without splitting a UTF-8 sequence.
    QByteArray out;
    int count = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const auto byte = static_cast<unsigned char>(line.at(i));
        const bool continuation = (byte & 0xC0) == 0x80;
        if (count >= 74 && !continuation) {
            out += "\r\n ";
            count = 1;
        }
        out += line.at(i);
        ++count;
    }
    return out + "\r\n";
}

QByteArray ICalendar::deadlines(const QList<Deadline>& deadlines, const QList<qint64>& alarmsBefore, qint64 now)
{
    QByteArray out;
    const auto line = [&](const QByteArray& name, const QString& value) {
        out += fold(name + ':' + value.toUtf8());
    };
    out += "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Muster//Regulatory deadlines//EN\r\n"
           "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n";
    for (const auto& d : deadlines) {
        const RegulatoryRule* rule = RegulatoryClock::rule(d.ruleId);
        const QString name = rule ? rule->displayName() : d.ruleId;
        out += "BEGIN:VEVENT\r\n";
        line("UID", d.id + QStringLiteral("@muster"));
        out += "DTSTAMP:" + stamp(now) + "\r\n";
        out += "DTSTART:" + stamp(d.dueAt) + "\r\n";
        out += "DTEND:" + stamp(d.dueAt + 15 * 60'000) + "\r\n";
        line("SUMMARY", escape(tr("%1 deadline: %2").arg(d.incidentReference, name)));
        QString description = tr("Incident %1: %2\nDue %3\nSource: %4")
                                  .arg(d.incidentReference, d.incidentTitle, DeadlineRules::formatUtc(d.dueAt),
                                       rule ? rule->source : QString());
        if (!d.isOpen()) {
            description += QLatin1Char('\n') + tr("Status: %1").arg(deadlineStatuses().label(d.status));
        }
        line("DESCRIPTION", escape(description));
        line("CATEGORIES", escape(rule ? rule->regime : QStringLiteral("Muster")));
        out += d.isOpen() ? "STATUS:CONFIRMED\r\n" : "STATUS:CANCELLED\r\n";
        if (d.isOpen()) {
            for (const qint64 before : alarmsBefore) {
                out += "BEGIN:VALARM\r\nACTION:DISPLAY\r\n";
                out += "TRIGGER:" + durationBefore(before) + "\r\n";
                line("DESCRIPTION",
                     escape(tr("%1 due %2").arg(name, DeadlineRules::countdown(d.dueAt, d.dueAt - before))));
                out += "END:VALARM\r\n";
            }
        }
        out += "END:VEVENT\r\n";
    }
    out += "END:VCALENDAR\r\n";
    return out;
}

} // namespace muster::core
