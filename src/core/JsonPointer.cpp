#include "core/JsonPointer.h"

#include "core/Error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace muster::core {

JsonPointer JsonPointer::parse(const QString& text, const QString& field)
{
    JsonPointer p;
    if (text.isEmpty()) {
        return p;
    }
    if (!text.startsWith(QLatin1Char('/'))) {
        throw Error(Error::Kind::BadInput,
                    QCoreApplication::translate("muster::core::JsonPointer",
                                                "%1: \"%2\" is not a JSON pointer; it starts with / as in /rule/level.")
                        .arg(field, text));
    }
    p.m_text = text;
    const QStringList raw = text.mid(1).split(QLatin1Char('/'));
    for (QString step : raw) {
        step.replace(QLatin1String("~1"), QLatin1String("/"));
        step.replace(QLatin1String("~0"), QLatin1String("~"));
        p.m_steps.append(step);
    }
    return p;
}

std::optional<QJsonValue> JsonPointer::resolve(const QJsonValue& document) const
{
    QJsonValue current = document;
    for (const QString& step : m_steps) {
        if (current.isObject()) {
            const QJsonObject o = current.toObject();
            const auto it = o.constFind(step);
            if (it == o.constEnd()) {
                return std::nullopt;
            }
            current = it.value();
        } else if (current.isArray()) {
            bool ok = false;
            const qsizetype index = step.toLongLong(&ok);
            const QJsonArray a = current.toArray();
            if (!ok || index < 0 || index >= a.size() || (step.size() > 1 && step.startsWith(QLatin1Char('0')))) {
                return std::nullopt;
            }
            current = a.at(index);
        } else {
            return std::nullopt;
        }
    }
    return current;
}

} // namespace muster::core
