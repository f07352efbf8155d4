#include "core/Duration.h"

#include "core/Error.h"

#include <QRegularExpression>

#include <algorithm>

namespace muster::core {

qint64 Duration::parse(const QString& text, const QString& field)
{
    static const QRegularExpression whole(QStringLiteral("^(\\d+[wdhm])+$"));
    static const QRegularExpression part(QStringLiteral("(\\d+)([wdhm])"));
    const QString t = text.trimmed().toLower().remove(QLatin1Char(' '));
    if (!whole.match(t).hasMatch()) {
        throw Error(Error::Kind::BadInput,
                    tr("%1: \"%2\" is not a length of time; write for example 90m, 24h, 3d or 1h30m.")
                        .arg(field, text.trimmed()));
    }
    qint64 ms = 0;
    auto it = part.globalMatch(t);
    while (it.hasNext()) {
        const auto m = it.next();
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        const qint64 factor = unit == QLatin1Char('w')   ? 7LL * 24 * 3'600'000
                              : unit == QLatin1Char('d') ? 24LL * 3'600'000
                              : unit == QLatin1Char('h') ? 3'600'000LL
                                                         : 60'000LL;
        if (n > 100'000) {
            throw Error(Error::Kind::BadInput, tr("%1: \"%2\" is too long.").arg(field, text.trimmed()));
        }
        ms += n * factor;
    }
    return ms;
}

QList<qint64> Duration::parseList(const QString& text, const QString& field)
{
    QList<qint64> out;
    for (const QString& p : text.split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts)) {
        if (p.trimmed().isEmpty()) {
            continue;
        }
        const qint64 ms = parse(p, field);
        if (!out.contains(ms)) {
            out.append(ms);
        }
    }
    std::sort(out.begin(), out.end(), std::greater<>());
    return out;
}

QString Duration::format(qint64 ms)
{
    qint64 minutes = ms / 60'000;
    if (minutes == 0) {
        return QStringLiteral("0m");
    }
    QString out;
    const qint64 days = minutes / (24 * 60);
    minutes %= 24 * 60;
    if (days > 0) {
        out += QString::number(days) + QLatin1Char('d');
    }
    if (minutes / 60 > 0) {
        out += QString::number(minutes / 60) + QLatin1Char('h');
    }
    if (minutes % 60 > 0) {
        out += QString::number(minutes % 60) + QLatin1Char('m');
    }
    return out;
}

QString Duration::formatList(const QList<qint64>& list)
{
    QStringList out;
    for (const qint64 ms : list) {
        out.append(format(ms));
    }
    return out.join(QStringLiteral(", "));
}

} // namespace muster::core
