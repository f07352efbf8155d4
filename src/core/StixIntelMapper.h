#pragma once

#include "core/IntelItem.h"
#include "core/StixBundle.h"
#include "core/Tlp.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>

namespace muster::core {

// What an import of a STIX bundle will write: the intel items, the relationships and
// the objects of types Muster keeps without modelling them (campaign, tool, identity,
// course-of-action, x-... extensions), with the counts that the import reports.
struct IntelImportPlan
{
    QList<IntelItem> items;
    QList<IntelRelationship> relationships;
    QList<QJsonObject> kept;
    QMap<QString, int> keptTypes; // type -> count, for the report
    QStringList warnings;         // "$.objects[4]: pattern comparison ... cannot be matched"
};

// Maps STIX objects to intel items and back. Pure: the storage layer writes the plan
// in one transaction.
class StixIntelMapper
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::StixIntelMapper)

public:
    struct Options
    {
        QString source;              // the feed or file, when no identity names the producer
        Tlp defaultTlp = Tlp::Amber; // for objects that carry no TLP marking
    };

    static IntelImportPlan plan(const StixBundle& bundle, const Options& options);
    // True for MITRE's ATT&CK bundles (they carry x-mitre-tactic objects).
    static bool isAttackCatalog(const StixBundle& bundle);

    // The STIX 2.1 object of an item, marked with the item's TLP (replacing any TLP
    // marking it arrived with). `now` stamps objects Muster creates.
    static QJsonObject toStix(const IntelItem& item, qint64 now);
    // The TLP marking an object carries (strictest of its TLP markings), if any.
    static std::optional<Tlp> markingOf(const QJsonObject& object, const StixBundle* bundle = nullptr);
};

} // namespace muster::core
