#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <span>

namespace muster::core {

// A closed set of values with a stable storage key and a translatable label.
// Labels are marked with QT_TRANSLATE_NOOP in the tables and translated on use.
template<typename E>
struct EnumEntry
{
    E value;
    const char* key;
    const char* label;
};

template<typename E>
class EnumTable
{
public:
    constexpr EnumTable(const char* context, std::span<const EnumEntry<E>> entries)
        : m_context(context)
        , m_entries(entries)
    {}

    QString key(E value) const
    {
        for (const auto& e : m_entries) {
            if (e.value == value) {
                return QString::fromLatin1(e.key);
            }
        }
        return {};
    }

    QString label(E value) const
    {
        for (const auto& e : m_entries) {
            if (e.value == value) {
                return QCoreApplication::translate(m_context, e.label);
            }
        }
        return {};
    }

    std::optional<E> fromKey(QStringView key) const
    {
        for (const auto& e : m_entries) {
            if (key.compare(QLatin1String(e.key), Qt::CaseInsensitive) == 0) {
                return e.value;
            }
        }
        return std::nullopt;
    }

    // Accepts a key or an (untranslated or translated) label, for imports.
    std::optional<E> fromText(QStringView text) const
    {
        const QString t = text.trimmed().toString();
        if (auto v = fromKey(t)) {
            return v;
        }
        for (const auto& e : m_entries) {
            if (t.compare(QLatin1String(e.label), Qt::CaseInsensitive) == 0 ||
                t.compare(QCoreApplication::translate(m_context, e.label), Qt::CaseInsensitive) == 0) {
                return e.value;
            }
        }
        return std::nullopt;
    }

    QList<E> values() const
    {
        QList<E> out;
        for (const auto& e : m_entries) {
            out.append(e.value);
        }
        return out;
    }

    QStringList keys() const
    {
        QStringList out;
        for (const auto& e : m_entries) {
            out.append(QString::fromLatin1(e.key));
        }
        return out;
    }

private:
    const char* m_context;
    std::span<const EnumEntry<E>> m_entries;
};

} // namespace muster::core
