#pragma once

#include "core/Observable.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace muster::core {

// Reads the comparisons of a STIX pattern ("[ipv4-addr:value = '10.0.0.1' OR
// domain-name:value = 'evil.example']") far enough to find the observables an
// indicator names. Muster matches observables by value; the pattern's logic (AND,
// FOLLOWEDBY, qualifiers) is kept as text but not evaluated.
class StixPattern
{
public:
    struct Comparison
    {
        QString objectType; // "ipv4-addr"
        QString property;   // "value", "hashes.'SHA-256'"
        QString op;         // "=", "ISSUBSET", "MATCHES", ...
        QString value;      // unescaped
    };

    static QList<Comparison> comparisons(const QString& pattern);
    // The observables Muster can match; `skipped` receives the comparisons it cannot
    // ("file:name = 'CBricksDoc'", or a value that is not what its type says).
    static QList<Observable> observables(const QString& pattern, QStringList* skipped = nullptr);
    // A pattern naming these observables, joined with OR.
    static QString forObservables(const QList<Observable>& observables);
};

} // namespace muster::core
