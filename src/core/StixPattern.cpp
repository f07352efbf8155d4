#include "core/StixPattern.h"

#include <QRegularExpression>

namespace muster::core {

QList<StixPattern::Comparison> StixPattern::comparisons(const QString& pattern)
{
    static const QRegularExpression re(
        QStringLiteral("([a-z0-9-]+):([A-Za-z0-9_.'\\-\\[\\]\\*]+)\\s+(NOT\\s+)?(=|!=|>=|<=|>|<|IN|LIKE|MATCHES|"
                       "ISSUBSET|ISSUPERSET)\\s*'((?:[^'\\\\]|\\\\.)*)'"));
    QList<Comparison> out;
    auto it = re.globalMatch(pattern);
    while (it.hasNext()) {
        const auto m = it.next();
        QString value = m.captured(5);
        value.replace(QLatin1String("\\'"), QLatin1String("'"));
        value.replace(QLatin1String("\\\\"), QLatin1String("\\"));
        out.append({m.captured(1), m.captured(2), QString(m.captured(3) + m.captured(4)).simplified(), value});
    }
    return out;
}

QList<Observable> StixPattern::observables(const QString& pattern, QStringList* skipped)
{
    QList<Observable> out;
    for (const Comparison& c : comparisons(pattern)) {
        std::optional<ObservableKind> kind;
        const bool equality = c.op == QLatin1String("=");
        const bool subset = c.op == QLatin1String("ISSUBSET");
        if (c.property == QLatin1String("value") && (equality || subset)) {
            if (c.objectType == QLatin1String("ipv4-addr")) {
                kind = ObservableKind::Ipv4;
            } else if (c.objectType == QLatin1String("ipv6-addr")) {
                kind = ObservableKind::Ipv6;
            } else if (equality && c.objectType == QLatin1String("domain-name")) {
                kind = ObservableKind::Domain;
            } else if (equality && c.objectType == QLatin1String("url")) {
                kind = ObservableKind::Url;
            } else if (equality && c.objectType == QLatin1String("email-addr")) {
                kind = ObservableKind::Email;
            }
        } else if (equality && (c.objectType == QLatin1String("file") || c.objectType == QLatin1String("artifact")) &&
                   c.property.startsWith(QLatin1String("hashes."))) {
            kind = ObservableKind::FileHash;
        }
        const QString text = QStringLiteral("%1:%2 %3 '%4'").arg(c.objectType, c.property, c.op, c.value);
        if (!kind) {
            if (skipped) {
                skipped->append(text);
            }
            continue;
        }
        auto o = Observable::tryParse(*kind, c.value, true);
        if (!o) {
            if (skipped) {
                skipped->append(text);
            }
            continue;
        }
        if (!out.contains(*o)) {
            out.append(*o);
        }
    }
    return out;
}

QString StixPattern::forObservables(const QList<Observable>& observables)
{
    QStringList parts;
    for (const auto& o : observables) {
        parts.append(o.stixComparison());
    }
    return QLatin1Char('[') + parts.join(QLatin1String(" OR ")) + QLatin1Char(']');
}

} // namespace muster::core
