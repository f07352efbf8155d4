#include "core/StixIntelMapper.h"

#include "core/AttackId.h"
#include "core/StixPattern.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace muster::core {

namespace {

std::optional<IntelKind> kindOf(const QString& type)
{
    if (type == QLatin1String("indicator")) {
        return IntelKind::Indicator;
    }
    if (type == QLatin1String("report")) {
        return IntelKind::Report;
    }
    if (type == QLatin1String("threat-actor") || type == QLatin1String("intrusion-set")) {
        return IntelKind::ThreatActor;
    }
    if (type == QLatin1String("malware")) {
        return IntelKind::Malware;
    }
    if (type == QLatin1String("attack-pattern")) {
        return IntelKind::AttackPattern;
    }
    return std::nullopt;
}

QString stixTypeOf(const IntelItem& item)
{
    if (!item.stixType.isEmpty()) {
        return item.stixType;
    }
    switch (item.kind) {
    case IntelKind::Report:
        return QStringLiteral("report");
    case IntelKind::Indicator:
        return QStringLiteral("indicator");
    case IntelKind::ThreatActor:
        return QStringLiteral("threat-actor");
    case IntelKind::Malware:
        return QStringLiteral("malware");
    case IntelKind::AttackPattern:
        return QStringLiteral("attack-pattern");
    }
    return {};
}

QString attackIdOf(const QJsonObject& o)
{
    const QString id = StixBundle::externalId(o, QStringLiteral("mitre-attack"));
    return isValidAttackId(id) ? id : QString();
}

std::optional<qint64> time(const QJsonObject& o, const char* field)
{
    const QJsonValue v = o.value(QLatin1String(field));
    return v.isUndefined() ? std::nullopt : StixBundle::parseTimestamp(v.toString());
}

QStringList strings(const QJsonValue& v)
{
    return StixBundle::strings(v);
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

bool StixIntelMapper::isAttackCatalog(const StixBundle& bundle)
{
    return bundle.count(QStringLiteral("x-mitre-tactic")) > 0;
}

std::optional<Tlp> StixIntelMapper::markingOf(const QJsonObject& object, const StixBundle* bundle)
{
    std::optional<Tlp> out;
    for (const auto& ref : object.value(QLatin1String("object_marking_refs")).toArray()) {
        std::optional<Tlp> tlp = tlpFromStixMarkingId(ref.toString());
        if (!tlp && bundle) {
            if (const QJsonObject* def = bundle->find(ref.toString())) {
                tlp = tlpFromStixMarkingDefinition(*def);
            }
        }
        if (tlp) {
            out = out ? stricterTlp(*out, *tlp) : *tlp;
        }
    }
    return out;
}

IntelImportPlan StixIntelMapper::plan(const StixBundle& bundle, const Options& options)
{
    IntelImportPlan plan;
    QHash<QString, qsizetype> itemByStix;
    QHash<QString, QString> attackIdByStix;

    for (qsizetype i = 0; i < bundle.objects().size(); ++i) {
        const QJsonObject& o = bundle.objects().at(i);
        const QString type = o.value(QLatin1String("type")).toString();
        if (type == QLatin1String("marking-definition") && tlpFromStixMarkingDefinition(o)) {
            continue; // TLP markings are Muster's own vocabulary
        }
        if (type == QLatin1String("relationship")) {
            plan.relationships.append({QString(), o.value(QLatin1String("id")).toString(),
                                       o.value(QLatin1String("relationship_type")).toString(),
                                       o.value(QLatin1String("source_ref")).toString(),
                                       o.value(QLatin1String("target_ref")).toString(), compact(o)});
            continue;
        }
        const auto kind = kindOf(type);
        if (!kind) {
            plan.kept.append(o);
            plan.keptTypes[type] += 1;
            continue;
        }
        IntelItem item;
        item.kind = *kind;
        item.stixId = o.value(QLatin1String("id")).toString();
        item.stixType = type;
        item.name = o.value(QLatin1String("name")).toString();
        item.description = o.value(QLatin1String("description")).toString();
        item.source = options.source;
        if (const QJsonObject* creator = bundle.find(o.value(QLatin1String("created_by_ref")).toString())) {
            const QString name = creator->value(QLatin1String("name")).toString();
            if (!name.isEmpty()) {
                item.source = name;
            }
        }
        item.confidence = o.contains(QLatin1String("confidence")) ? o.value(QLatin1String("confidence")).toInt() : -1;
        item.tlp = markingOf(o, &bundle).value_or(options.defaultTlp);
        item.revoked = o.value(QLatin1String("revoked")).toBool();
        item.stixModified = o.value(QLatin1String("modified")).toString();
        item.stix = compact(o);
        item.aliases = strings(o.value(QLatin1String("aliases")));
        switch (*kind) {
        case IntelKind::Indicator: {
            item.pattern = o.value(QLatin1String("pattern")).toString();
            item.patternType = o.value(QLatin1String("pattern_type")).toString(QStringLiteral("stix"));
            item.validFrom = time(o, "valid_from");
            item.validUntil = time(o, "valid_until");
            item.firstSeen = item.validFrom;
            item.labels = strings(o.value(QLatin1String("indicator_types")));
            if (item.labels.isEmpty()) {
                item.labels = strings(o.value(QLatin1String("labels")));
            }
            if (item.patternType == QLatin1String("stix")) {
                QStringList skipped;
                item.observables = StixPattern::observables(item.pattern, &skipped);
                for (const QString& s : skipped) {
                    plan.warnings.append(tr("%1 (%2): Muster cannot match \"%3\"; the pattern is kept as text.")
                                             .arg(bundle.pathOf(i), item.name.isEmpty() ? item.stixId : item.name, s));
                }
            }
            if (item.name.isEmpty()) {
                item.name = item.observables.isEmpty() ? item.pattern.left(80) : item.observables.first().value;
            }
            break;
        }
        case IntelKind::Report:
            item.firstSeen = time(o, "published");
            item.labels = strings(o.value(QLatin1String("report_types")));
            break;
        case IntelKind::ThreatActor:
            item.labels = strings(o.value(QLatin1String("threat_actor_types")));
            item.firstSeen = time(o, "first_seen");
            item.lastSeen = time(o, "last_seen");
            break;
        case IntelKind::Malware:
            item.labels = strings(o.value(QLatin1String("malware_types")));
            item.firstSeen = time(o, "first_seen");
            item.lastSeen = time(o, "last_seen");
            break;
        case IntelKind::AttackPattern: {
            const QString id = attackIdOf(o);
            if (!id.isEmpty()) {
                item.attackIds.append(id);
                attackIdByStix.insert(item.stixId, id);
            }
            break;
        }
        }
        if (item.labels.isEmpty() && *kind != IntelKind::Indicator) {
            item.labels = strings(o.value(QLatin1String("labels")));
        }
        if (item.name.isEmpty()) {
            item.name = item.stixId;
        }
        itemByStix.insert(item.stixId, plan.items.size());
        plan.items.append(item);
    }

    // Techniques reached through relationships and report references.
    const auto addTechnique = [&](const QString& itemStix, const QString& techniqueStix) {
        auto it = itemByStix.constFind(itemStix);
        const QString tid = attackIdByStix.value(techniqueStix);
        if (it != itemByStix.constEnd() && !tid.isEmpty() && !plan.items[*it].attackIds.contains(tid)) {
            plan.items[*it].attackIds.append(tid);
        }
    };
    for (const auto& r : plan.relationships) {
        if (r.type == QLatin1String("uses") || r.type == QLatin1String("indicates")) {
            addTechnique(r.sourceRef, r.targetRef);
        }
    }
    for (IntelItem& item : plan.items) {
        if (item.kind == IntelKind::Report) {
            const QJsonObject* o = bundle.find(item.stixId);
            for (const QString& ref : strings(o->value(QLatin1String("object_refs")))) {
                addTechnique(item.stixId, ref);
            }
        }
        item.attackIds.sort();
    }
    return plan;
}

QJsonObject StixIntelMapper::toStix(const IntelItem& item, qint64 now)
{
    QJsonObject o;
    if (!item.stix.isEmpty()) {
        o = QJsonDocument::fromJson(item.stix.toUtf8()).object();
    }
    const QString type = stixTypeOf(item);
    const QString stamp = StixBundle::formatTimestamp(item.updatedAt > 0 ? item.updatedAt : now);
    if (o.isEmpty()) {
        o.insert(QStringLiteral("type"), type);
        o.insert(QStringLiteral("id"), item.stixId.isEmpty() ? StixBundle::newId(type) : item.stixId);
        o.insert(QStringLiteral("created"), StixBundle::formatTimestamp(item.createdAt > 0 ? item.createdAt : now));
        o.insert(QStringLiteral("modified"), stamp);
        o.insert(QStringLiteral("name"), item.name);
        if (!item.description.isEmpty()) {
            o.insert(QStringLiteral("description"), item.description);
        }
        if (item.confidence >= 0) {
            o.insert(QStringLiteral("confidence"), item.confidence);
        }
        if (!item.aliases.isEmpty()) {
            o.insert(QStringLiteral("aliases"), QJsonArray::fromStringList(item.aliases));
        }
        switch (item.kind) {
        case IntelKind::Indicator:
            o.insert(QStringLiteral("pattern"),
                     item.pattern.isEmpty() ? StixPattern::forObservables(item.observables) : item.pattern);
            o.insert(QStringLiteral("pattern_type"),
                     item.patternType.isEmpty() ? QStringLiteral("stix") : item.patternType);
            o.insert(QStringLiteral("valid_from"),
                     StixBundle::formatTimestamp(item.validFrom.value_or(item.createdAt > 0 ? item.createdAt : now)));
            if (item.validUntil) {
                o.insert(QStringLiteral("valid_until"), StixBundle::formatTimestamp(*item.validUntil));
            }
            if (!item.labels.isEmpty()) {
                o.insert(QStringLiteral("indicator_types"), QJsonArray::fromStringList(item.labels));
            }
            break;
        case IntelKind::Malware:
            o.insert(QStringLiteral("is_family"), true);
            break;
        case IntelKind::AttackPattern:
            if (!item.attackIds.isEmpty()) {
                const QString id = item.attackIds.first();
                o.insert(QStringLiteral("external_references"),
                         QJsonArray{QJsonObject{{QStringLiteral("source_name"), QStringLiteral("mitre-attack")},
                                                {QStringLiteral("external_id"), id},
                                                {QStringLiteral("url"),
                                                 QStringLiteral("https://attack.mitre.org/techniques/%1")
                                                     .arg(QString(id).replace(QLatin1Char('.'), QLatin1Char('/')))}}});
            }
            break;
        case IntelKind::Report:
            o.insert(QStringLiteral("published"), StixBundle::formatTimestamp(item.firstSeen.value_or(now)));
            o.insert(QStringLiteral("object_refs"), QJsonArray());
            break;
        case IntelKind::ThreatActor:
            break;
        }
        if (item.firstSeen && (item.kind == IntelKind::ThreatActor || item.kind == IntelKind::Malware)) {
            o.insert(QStringLiteral("first_seen"), StixBundle::formatTimestamp(*item.firstSeen));
        }
        if (item.lastSeen && (item.kind == IntelKind::ThreatActor || item.kind == IntelKind::Malware)) {
            o.insert(QStringLiteral("last_seen"), StixBundle::formatTimestamp(*item.lastSeen));
        }
    }
    o.insert(QStringLiteral("spec_version"), QStringLiteral("2.1"));
    // The marking is Muster's: drop TLP markings the object arrived with, keep others.
    QJsonArray markings;
    for (const auto& ref : o.value(QLatin1String("object_marking_refs")).toArray()) {
        if (!tlpFromStixMarkingId(ref.toString())) {
            markings.append(ref);
        }
    }
    markings.append(tlpStixMarkingId(item.tlp));
    o.insert(QStringLiteral("object_marking_refs"), markings);
    return o;
}

} // namespace muster::core
