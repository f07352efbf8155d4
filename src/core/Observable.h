#pragma once

#include "core/EnumTable.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace muster::core {

// What an indicator names and an incident observes.
enum class ObservableKind
{
    Ipv4,
    Ipv6,
    Domain,
    Url,
    FileHash,
    Email,
};

const EnumTable<ObservableKind>& observableKinds();

inline size_t qHash(ObservableKind kind, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<int>(kind), seed);
}

// A normalised observable value: IPv6 in RFC 5952 form, domains and hashes in lower
// case, defanged input ("hxxp", "example[.]com") refanged, so that equal things
// compare equal. Indicators may name IP ranges in CIDR notation.
struct Observable
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::Observable)

public:
    ObservableKind kind = ObservableKind::Ipv4;
    QString value;

    // Throws Error(BadInput) "<kind>: <why>" when `text` is not a value of `kind`.
    static Observable parse(ObservableKind kind, const QString& text, bool allowRange = false);
    static std::optional<Observable> tryParse(ObservableKind kind, const QString& text, bool allowRange,
                                              QString* error = nullptr);
    // The kind a pasted value most likely is, if any.
    static std::optional<ObservableKind> guessKind(const QString& text);

    // Whether this (an indicator's value, maybe a range) matches an observed value.
    bool matches(const Observable& observed) const;
    bool isRange() const;
    // "MD5", "SHA-1", "SHA-256" or "SHA-512" for a file hash.
    QString hashAlgorithm() const;
    // The STIX pattern comparison for this value ("ipv4-addr:value = '10.0.0.1'").
    QString stixComparison() const;

    friend bool operator==(const Observable& a, const Observable& b) { return a.kind == b.kind && a.value == b.value; }
};

} // namespace muster::core
