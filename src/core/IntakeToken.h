#pragma once

#include <QString>

namespace muster::core {

// The secret a source sends with its alerts: 32 lowercase hex characters (128 random
// bits, the shape of a PagerDuty integration key, so it fits routing_key). Muster
// stores only its SHA-256 hash and a short hint.
class IntakeToken
{
public:
    static QString generate();
    static QString hash(const QString& token);
    static QString hint(const QString& token) { return token.left(6); }
};

} // namespace muster::core
