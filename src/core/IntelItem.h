#pragma once

#include "core/EnumTable.h"
#include "core/Observable.h"
#include "core/Tlp.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace muster::core {

enum class IntelKind
{
    Report,
    Indicator,
    ThreatActor, // STIX threat-actor and intrusion-set
    Malware,
    AttackPattern,
};

const EnumTable<IntelKind>& intelKinds();

// One piece of threat intelligence, imported from STIX or entered by an analyst.
struct IntelItem
{
    QString id; // Muster's UUID
    IntelKind kind = IntelKind::Indicator;
    QString stixId;   // indicator--..., empty for items entered by hand until shared
    QString stixType; // the STIX type it came from (threat-actor or intrusion-set, ...)
    QString name;
    QString description;
    QString source;      // who produced it (a STIX identity, a feed, an analyst)
    int confidence = -1; // 0..100, -1 when unknown
    std::optional<qint64> firstSeen;
    std::optional<qint64> lastSeen;
    std::optional<qint64> validFrom;
    std::optional<qint64> validUntil;
    Tlp tlp = Tlp::Amber;
    bool revoked = false;
    QString pattern;               // indicators: the STIX pattern
    QString patternType;           // "stix", "sigma", ...
    QList<Observable> observables; // indicators: the values Muster matches
    QStringList attackIds;         // ATT&CK techniques it concerns
    QStringList labels;            // indicator_types, malware_types, report_types, ...
    QStringList aliases;
    QString stixModified; // the STIX "modified" of the stored version
    QString stix;         // the STIX object as received (compact JSON), for sharing on
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    // An indicator counts for sightings while it is not revoked and `now` lies in its
    // validity window (valid_from inclusive, valid_until exclusive, per STIX).
    bool isValidAt(qint64 now) const;
};

// Checks an item an analyst entered or edited and normalises it (trimmed name, a name
// from the first value of an indicator without one). Throws Error(BadInput) naming the
// field: an indicator needs at least one value; confidence is 0..100 or unknown; the
// validity window must not end before it starts; ATT&CK ids must be well formed.
void validateIntelItem(IntelItem& item);

// A STIX relationship between two objects, kept to show how intel connects.
struct IntelRelationship
{
    QString id;
    QString stixId;
    QString type; // uses, indicates, attributed-to, ...
    QString sourceRef;
    QString targetRef;
    QString stix;
};

} // namespace muster::core
