#include "core/Observable.h"

#include "core/Error.h"

#include <QRegularExpression>
#include <QUrl>

#include <array>

namespace muster::core {

namespace {

constexpr std::array kindEntries{
    EnumEntry<ObservableKind>{ObservableKind::Ipv4, "ipv4",
                              QT_TRANSLATE_NOOP("muster::core::ObservableKind", "IPv4 address")},
    EnumEntry<ObservableKind>{ObservableKind::Ipv6, "ipv6",
                              QT_TRANSLATE_NOOP("muster::core::ObservableKind", "IPv6 address")},
    EnumEntry<ObservableKind>{ObservableKind::Domain, "domain",
                              QT_TRANSLATE_NOOP("muster::core::ObservableKind", "Domain")},
    EnumEntry<ObservableKind>{ObservableKind::Url, "url", QT_TRANSLATE_NOOP("muster::core::ObservableKind", "URL")},
    EnumEntry<ObservableKind>{ObservableKind::FileHash, "hash",
                              QT_TRANSLATE_NOOP("muster::core::ObservableKind", "File hash")},
    EnumEntry<ObservableKind>{ObservableKind::Email, "email",
                              QT_TRANSLATE_NOOP("muster::core::ObservableKind", "E-mail address")},
};

QString refang(QString s)
{
    s = s.trimmed();
    s.replace(QLatin1String("[.]"), QLatin1String("."));
    s.replace(QLatin1String("(.)"), QLatin1String("."));
    s.replace(QLatin1String("[dot]"), QLatin1String("."), Qt::CaseInsensitive);
    s.replace(QLatin1String("[:]"), QLatin1String(":"));
    s.replace(QLatin1String("[@]"), QLatin1String("@"));
    s.replace(QLatin1String("[at]"), QLatin1String("@"), Qt::CaseInsensitive);
    static const QRegularExpression hxxp(QStringLiteral("^hxxp(s?)://"), QRegularExpression::CaseInsensitiveOption);
    s.replace(hxxp, QStringLiteral("http\\1://"));
    return s;
}

// Splits "address/prefix"; prefix -1 when absent, -2 when malformed.
QString splitPrefix(const QString& text, int maxPrefix, int* prefix)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash < 0) {
        *prefix = -1;
        return text;
    }
    bool ok = false;
    const int p = text.mid(slash + 1).toInt(&ok);
    *prefix = ok && p >= 0 && p <= maxPrefix ? p : -2;
    return text.left(slash);
}

std::optional<quint32> parseIpv4(QStringView text)
{
    const auto parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4) {
        return std::nullopt;
    }
    quint32 out = 0;
    for (const auto& part : parts) {
        if (part.isEmpty() || part.size() > 3 || (part.size() > 1 && part.front() == QLatin1Char('0'))) {
            return std::nullopt;
        }
        bool ok = false;
        const uint v = part.toUInt(&ok);
        if (!ok || v > 255) {
            return std::nullopt;
        }
        out = (out << 8) | v;
    }
    return out;
}

QString formatIpv4(quint32 a)
{
    return QStringLiteral("%1.%2.%3.%4").arg(a >> 24).arg((a >> 16) & 0xff).arg((a >> 8) & 0xff).arg(a & 0xff);
}

using Ipv6 = std::array<quint16, 8>;

std::optional<Ipv6> parseIpv6(QStringView text)
{
    if (text.isEmpty() || text.count(QLatin1String("::")) > 1) {
        return std::nullopt;
    }
    QList<quint16> head;
    QList<quint16> tail;
    const qsizetype gap = text.indexOf(QLatin1String("::"));
    const auto parseGroups = [](QStringView part, QList<quint16>& out, bool allowV4) {
        if (part.isEmpty()) {
            return true;
        }
        const auto groups = part.split(QLatin1Char(':'));
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const auto g = groups.at(i);
            if (allowV4 && i == groups.size() - 1 && g.contains(QLatin1Char('.'))) {
                auto v4 = parseIpv4(g);
                if (!v4) {
                    return false;
                }
                out.append(quint16(*v4 >> 16));
                out.append(quint16(*v4 & 0xffff));
                continue;
            }
            bool ok = false;
            const uint v = g.toUInt(&ok, 16);
            if (g.isEmpty() || g.size() > 4 || !ok) {
                return false;
            }
            out.append(quint16(v));
        }
        return true;
    };
    if (gap < 0) {
        if (!parseGroups(text, head, true) || head.size() != 8) {
            return std::nullopt;
        }
    } else {
        if (!parseGroups(text.left(gap), head, false) || !parseGroups(text.mid(gap + 2), tail, true) ||
            head.size() + tail.size() > 7) {
            return std::nullopt;
        }
    }
    Ipv6 out{};
    for (qsizetype i = 0; i < head.size(); ++i) {
        out[i] = head.at(i);
    }
    for (qsizetype i = 0; i < tail.size(); ++i) {
        out[8 - tail.size() + i] = tail.at(i);
    }
    return out;
}

// RFC 5952: lower case, no leading zeros, the longest run of two or more zero groups as "::".
QString formatIpv6(const Ipv6& a)
{
    int bestStart = -1;
    int bestLen = 0;
    for (int i = 0; i < 8;) {
        if (a[i] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && a[j] == 0) {
            ++j;
        }
        if (j - i > bestLen && j - i >= 2) {
            bestStart = i;
            bestLen = j - i;
        }
        i = j;
    }
    QString out;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out += QLatin1String("::");
            i += bestLen - 1;
            continue;
        }
        if (!out.isEmpty() && !out.endsWith(QLatin1Char(':'))) {
            out += QLatin1Char(':');
        }
        out += QString::number(a[i], 16);
    }
    return out;
}

bool ipv6InRange(const Ipv6& range, int prefix, const Ipv6& ip)
{
    for (int bit = 0; bit < prefix; ++bit) {
        const int group = bit / 16;
        const int shift = 15 - bit % 16;
        if (((range[group] >> shift) & 1) != ((ip[group] >> shift) & 1)) {
            return false;
        }
    }
    return true;
}

std::optional<QString> normaliseDomain(QString d)
{
    if (d.endsWith(QLatin1Char('.'))) {
        d.chop(1);
    }
    const QByteArray ace = QUrl::toAce(d);
    if (ace.isEmpty()) {
        return std::nullopt;
    }
    const QString ascii = QString::fromLatin1(ace).toLower();
    static const QRegularExpression label(QStringLiteral("^(?!-)[a-z0-9_-]{1,63}(?<!-)$"));
    const QStringList labels = ascii.split(QLatin1Char('.'));
    if (labels.size() < 2 || ascii.size() > 253) {
        return std::nullopt;
    }
    for (const QString& l : labels) {
        if (!label.match(l).hasMatch()) {
            return std::nullopt;
        }
    }
    return ascii;
}

} // namespace

const EnumTable<ObservableKind>& observableKinds()
{
    static const EnumTable<ObservableKind> table("muster::core::ObservableKind", kindEntries);
    return table;
}

std::optional<Observable> Observable::tryParse(ObservableKind kind, const QString& text, bool allowRange,
                                               QString* error)
{
    const auto refuse = [&](const QString& why) -> std::optional<Observable> {
        if (error) {
            *error = why;
        }
        return std::nullopt;
    };
    const QString t = refang(text);
    if (t.isEmpty()) {
        return refuse(tr("no value given."));
    }
    Observable out;
    out.kind = kind;
    switch (kind) {
    case ObservableKind::Ipv4: {
        int prefix = -1;
        const auto ip = parseIpv4(splitPrefix(t, 32, &prefix));
        if (!ip || prefix == -2) {
            return refuse(tr("\"%1\" is not an IPv4 address.").arg(text));
        }
        if (prefix >= 0 && !allowRange) {
            return refuse(tr("\"%1\" is a range; give a single address.").arg(text));
        }
        if (prefix >= 0 && prefix < 32) {
            const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
            out.value = formatIpv4(*ip & mask) + QStringLiteral("/%1").arg(prefix);
        } else {
            out.value = formatIpv4(*ip);
        }
        return out;
    }
    case ObservableKind::Ipv6: {
        int prefix = -1;
        const auto ip = parseIpv6(splitPrefix(t, 128, &prefix));
        if (!ip || prefix == -2) {
            return refuse(tr("\"%1\" is not an IPv6 address.").arg(text));
        }
        if (prefix >= 0 && !allowRange) {
            return refuse(tr("\"%1\" is a range; give a single address.").arg(text));
        }
        out.value = formatIpv6(*ip) + (prefix >= 0 && prefix < 128 ? QStringLiteral("/%1").arg(prefix) : QString());
        return out;
    }
    case ObservableKind::Domain: {
        auto d = normaliseDomain(t);
        if (!d || parseIpv4(t)) {
            return refuse(tr("\"%1\" is not a domain name.").arg(text));
        }
        out.value = *d;
        return out;
    }
    case ObservableKind::Url: {
        const QUrl url(t, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
            return refuse(tr("\"%1\" is not a URL (scheme://host/path).").arg(text));
        }
        out.value = url.adjusted(QUrl::NormalizePathSegments).toString(QUrl::FullyEncoded);
        return out;
    }
    case ObservableKind::FileHash: {
        static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]+$"));
        const qsizetype n = t.size();
        if (!hex.match(t).hasMatch() || (n != 32 && n != 40 && n != 64 && n != 128)) {
            return refuse(tr("\"%1\" is not an MD5, SHA-1, SHA-256 or SHA-512 hash.").arg(text));
        }
        out.value = t.toLower();
        return out;
    }
    case ObservableKind::Email: {
        const qsizetype at = t.lastIndexOf(QLatin1Char('@'));
        static const QRegularExpression local(QStringLiteral("^[^\\s@]{1,64}$"));
        const auto domain = at > 0 ? normaliseDomain(t.mid(at + 1)) : std::nullopt;
        if (at <= 0 || !domain || !local.match(t.left(at)).hasMatch()) {
            return refuse(tr("\"%1\" is not an e-mail address.").arg(text));
        }
        out.value = t.left(at).toLower() + QLatin1Char('@') + *domain;
        return out;
    }
    }
    return refuse(tr("unknown kind."));
}

Observable Observable::parse(ObservableKind kind, const QString& text, bool allowRange)
{
    QString error;
    auto o = tryParse(kind, text, allowRange, &error);
    if (!o) {
        throw Error(Error::Kind::BadInput, tr("%1: %2").arg(observableKinds().label(kind), error));
    }
    return *o;
}

std::optional<ObservableKind> Observable::guessKind(const QString& text)
{
    const QString t = refang(text);
    for (auto kind : {ObservableKind::Ipv4, ObservableKind::Ipv6, ObservableKind::FileHash, ObservableKind::Email}) {
        if (tryParse(kind, t, true)) {
            return kind;
        }
    }
    if (t.contains(QLatin1String("://")) && tryParse(ObservableKind::Url, t, false)) {
        return ObservableKind::Url;
    }
    if (tryParse(ObservableKind::Domain, t, false)) {
        return ObservableKind::Domain;
    }
    return std::nullopt;
}

bool Observable::isRange() const
{
    return (kind == ObservableKind::Ipv4 || kind == ObservableKind::Ipv6) && value.contains(QLatin1Char('/'));
}

bool Observable::matches(const Observable& observed) const
{
    if (kind != observed.kind) {
        return false;
    }
    if (!isRange()) {
        return value == observed.value;
    }
    int prefix = -1;
    if (kind == ObservableKind::Ipv4) {
        const auto range = parseIpv4(splitPrefix(value, 32, &prefix));
        const auto ip = parseIpv4(observed.value);
        if (!range || !ip || prefix < 0) {
            return false;
        }
        const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
        return (*range & mask) == (*ip & mask);
    }
    const auto range = parseIpv6(splitPrefix(value, 128, &prefix));
    const auto ip = parseIpv6(observed.value);
    return range && ip && prefix >= 0 && ipv6InRange(*range, prefix, *ip);
}

QString Observable::hashAlgorithm() const
{
    switch (value.size()) {
    case 32:
        return QStringLiteral("MD5");
    case 40:
        return QStringLiteral("SHA-1");
    case 64:
        return QStringLiteral("SHA-256");
    case 128:
        return QStringLiteral("SHA-512");
    default:
        return {};
    }
}

QString Observable::stixComparison() const
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    v.replace(QLatin1Char('\''), QLatin1String("\\'"));
    const QString op = isRange() ? QStringLiteral("ISSUBSET") : QStringLiteral("=");
    switch (kind) {
    case ObservableKind::Ipv4:
        return QStringLiteral("ipv4-addr:value %1 '%2'").arg(op, v);
    case ObservableKind::Ipv6:
        return QStringLiteral("ipv6-addr:value %1 '%2'").arg(op, v);
    case ObservableKind::Domain:
        return QStringLiteral("domain-name:value = '%1'").arg(v);
    case ObservableKind::Url:
        return QStringLiteral("url:value = '%1'").arg(v);
    case ObservableKind::FileHash:
        return QStringLiteral("file:hashes.'%1' = '%2'").arg(hashAlgorithm(), v);
    case ObservableKind::Email:
        return QStringLiteral("email-addr:value = '%1'").arg(v);
    }
    return {};
}

} // namespace muster::core
