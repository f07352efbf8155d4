#include "core/AttackCatalog.h"

#include "core/AttackId.h"
#include "core/Error.h"
#include "core/StixBundle.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <mutex>

// Resources of a static library must be registered explicitly, outside any namespace.
static void initAttackResources()
{
    Q_INIT_RESOURCE(attack);
}

namespace muster::core {

namespace {

const QLatin1String kFormat("muster-attack-catalog/1");

QString attackId(const QJsonObject& o)
{
    return StixBundle::externalId(o, QStringLiteral("mitre-attack"));
}

// The first sentence of an ATT&CK description, without links markup and citations.
QString summarise(QString text)
{
    static const QRegularExpression citation(QStringLiteral("\\(Citation:[^)]*\\)"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression tags(QStringLiteral("</?code>"));
    static const QRegularExpression sentence(QStringLiteral("^(.+?[.!?])(\\s|$)"),
                                             QRegularExpression::DotMatchesEverythingOption);
    text.remove(citation);
    text.replace(link, QStringLiteral("\\1"));
    text.remove(tags);
    text = text.simplified();
    const auto m = sentence.match(text);
    QString out = m.hasMatch() ? m.captured(1) : text;
    if (out.size() > 240) {
        out = out.left(239) + QChar(0x2026);
    }
    return out;
}

QStringList strings(const QJsonValue& v)
{
    return StixBundle::strings(v);
}

QJsonArray array(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

QString AttackCatalog::copyrightNotice()
{
    // Reproduced verbatim, as MITRE's ATT&CK licence requires (resources/attack/LICENSE.txt).
    return QStringLiteral("\u00A9 2025 The MITRE Corporation. This work is reproduced and distributed with the "
                          "permission of The MITRE Corporation.");
}

AttackCatalog AttackCatalog::fromStix(const StixBundle& bundle)
{
    AttackCatalog c;
    c.m_source = bundle.origin();
    QHash<QString, QString> techniqueByStix; // stix id -> ATT&CK id
    QHash<QString, qsizetype> groupByStix;
    QHash<QString, AttackTactic> tacticByStix;
    QStringList tacticOrder;
    QString modified;
    QList<const QJsonObject*> relationships;

    for (const QJsonObject& o : bundle.objects()) {
        const QString type = o.value(QLatin1String("type")).toString();
        modified = std::max(modified, o.value(QLatin1String("modified")).toString().left(10));
        const bool revoked = o.value(QLatin1String("revoked")).toBool();
        const bool deprecated = o.value(QLatin1String("x_mitre_deprecated")).toBool();
        if (type == QLatin1String("x-mitre-collection") && c.m_version.isEmpty()) {
            c.m_version = o.value(QLatin1String("x_mitre_version")).toString();
        } else if (type == QLatin1String("x-mitre-matrix") && tacticOrder.isEmpty()) {
            tacticOrder = strings(o.value(QLatin1String("tactic_refs")));
        } else if (type == QLatin1String("x-mitre-tactic")) {
            if (revoked || deprecated) {
                continue;
            }
            tacticByStix.insert(o.value(QLatin1String("id")).toString(),
                                {attackId(o), o.value(QLatin1String("x_mitre_shortname")).toString(),
                                 o.value(QLatin1String("name")).toString()});
        } else if (type == QLatin1String("attack-pattern")) {
            const QString id = attackId(o);
            if (!isValidAttackId(id)) {
                continue;
            }
            AttackTechnique t;
            t.id = id;
            t.name = o.value(QLatin1String("name")).toString();
            for (const auto& phase : o.value(QLatin1String("kill_chain_phases")).toArray()) {
                const QJsonObject p = phase.toObject();
                if (p.value(QLatin1String("kill_chain_name")).toString() == QLatin1String("mitre-attack")) {
                    t.tactics.append(p.value(QLatin1String("phase_name")).toString());
                }
            }
            t.platforms = strings(o.value(QLatin1String("x_mitre_platforms")));
            t.summary = summarise(o.value(QLatin1String("description")).toString());
            t.revoked = revoked;
            t.deprecated = deprecated;
            techniqueByStix.insert(o.value(QLatin1String("id")).toString(), id);
            c.m_techniques.append(t);
        } else if (type == QLatin1String("intrusion-set")) {
            const QString id = attackId(o);
            if (id.isEmpty()) {
                continue;
            }
            AttackGroup g;
            g.id = id;
            g.name = o.value(QLatin1String("name")).toString();
            for (const QString& alias : strings(o.value(QLatin1String("aliases")))) {
                if (alias != g.name) {
                    g.aliases.append(alias);
                }
            }
            g.summary = summarise(o.value(QLatin1String("description")).toString());
            g.revoked = revoked;
            g.deprecated = deprecated;
            groupByStix.insert(o.value(QLatin1String("id")).toString(), c.m_groups.size());
            c.m_groups.append(g);
        } else if (type == QLatin1String("relationship") && !revoked && !deprecated) {
            relationships.append(&o);
        }
    }
    if (c.m_techniques.isEmpty() || tacticByStix.isEmpty()) {
        throw Error(Error::Kind::BadInput, tr("%1: this STIX bundle holds no ATT&CK tactics or techniques; it is not "
                                              "an ATT&CK catalog.")
                                               .arg(bundle.origin()));
    }
    c.m_modified = modified;
    c.index();

    for (const QJsonObject* r : relationships) {
        const QString kind = r->value(QLatin1String("relationship_type")).toString();
        const QString source = r->value(QLatin1String("source_ref")).toString();
        const QString target = r->value(QLatin1String("target_ref")).toString();
        if (kind == QLatin1String("uses") && groupByStix.contains(source) && techniqueByStix.contains(target)) {
            QStringList& used = c.m_groups[groupByStix.value(source)].techniqueIds;
            const QString tid = techniqueByStix.value(target);
            if (!used.contains(tid)) {
                used.append(tid);
            }
        } else if (kind == QLatin1String("revoked-by") && techniqueByStix.contains(source) &&
                   techniqueByStix.contains(target)) {
            c.m_techniques[c.m_techniqueIndex.value(techniqueByStix.value(source))].revokedBy =
                techniqueByStix.value(target);
        }
    }

    // Tactics in matrix order; without a matrix, by id.
    for (const QString& ref : tacticOrder) {
        if (tacticByStix.contains(ref)) {
            c.m_tactics.append(tacticByStix.take(ref));
        }
    }
    QList<AttackTactic> rest = tacticByStix.values();
    std::sort(rest.begin(), rest.end(), [](const AttackTactic& a, const AttackTactic& b) { return a.id < b.id; });
    c.m_tactics += rest;
    for (AttackTechnique& t : c.m_techniques) {
        std::sort(t.tactics.begin(), t.tactics.end(), [&](const QString& a, const QString& b) {
            const auto pos = [&](const QString& s) {
                for (qsizetype i = 0; i < c.m_tactics.size(); ++i) {
                    if (c.m_tactics.at(i).shortName == s) {
                        return i;
                    }
                }
                return c.m_tactics.size();
            };
            return pos(a) < pos(b);
        });
    }
    std::sort(c.m_techniques.begin(), c.m_techniques.end(),
              [](const AttackTechnique& a, const AttackTechnique& b) { return a.id < b.id; });
    std::sort(c.m_groups.begin(), c.m_groups.end(),
              [](const AttackGroup& a, const AttackGroup& b) { return a.id < b.id; });
    for (AttackGroup& g : c.m_groups) {
        g.techniqueIds.sort();
    }
    c.index();
    return c;
}

AttackCatalog AttackCatalog::fromCompactJson(const QByteArray& json, const QString& origin)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    const QJsonObject root = doc.object();
    if (error.error != QJsonParseError::NoError || root.value(QLatin1String("format")).toString() != kFormat) {
        throw Error(Error::Kind::BadInput, tr("%1 is not a Muster ATT&CK catalog.").arg(origin));
    }
    AttackCatalog c;
    c.m_version = root.value(QLatin1String("version")).toString();
    c.m_modified = root.value(QLatin1String("modified")).toString();
    c.m_source = root.value(QLatin1String("source")).toString();
    for (const auto& v : root.value(QLatin1String("tactics")).toArray()) {
        const QJsonArray a = v.toArray();
        c.m_tactics.append({a.at(0).toString(), a.at(1).toString(), a.at(2).toString()});
    }
    for (const auto& v : root.value(QLatin1String("techniques")).toArray()) {
        const QJsonObject o = v.toObject();
        AttackTechnique t;
        t.id = o.value(QLatin1String("id")).toString();
        t.name = o.value(QLatin1String("name")).toString();
        t.tactics = strings(o.value(QLatin1String("tactics")));
        t.platforms = strings(o.value(QLatin1String("platforms")));
        t.summary = o.value(QLatin1String("summary")).toString();
        t.revoked = o.value(QLatin1String("revoked")).toBool();
        t.deprecated = o.value(QLatin1String("deprecated")).toBool();
        t.revokedBy = o.value(QLatin1String("revokedBy")).toString();
        c.m_techniques.append(t);
    }
    for (const auto& v : root.value(QLatin1String("groups")).toArray()) {
        const QJsonObject o = v.toObject();
        AttackGroup g;
        g.id = o.value(QLatin1String("id")).toString();
        g.name = o.value(QLatin1String("name")).toString();
        g.aliases = strings(o.value(QLatin1String("aliases")));
        g.techniqueIds = strings(o.value(QLatin1String("techniques")));
        g.summary = o.value(QLatin1String("summary")).toString();
        g.revoked = o.value(QLatin1String("revoked")).toBool();
        g.deprecated = o.value(QLatin1String("deprecated")).toBool();
        c.m_groups.append(g);
    }
    if (c.m_techniques.isEmpty() || c.m_tactics.isEmpty()) {
        throw Error(Error::Kind::BadInput, tr("%1 holds no ATT&CK techniques.").arg(origin));
    }
    c.index();
    return c;
}

QByteArray AttackCatalog::toCompactJson() const
{
    QJsonArray tactics;
    for (const auto& t : m_tactics) {
        tactics.append(QJsonArray{t.id, t.shortName, t.name});
    }
    QJsonArray techniques;
    for (const auto& t : m_techniques) {
        QJsonObject o{{QStringLiteral("id"), t.id},
                      {QStringLiteral("name"), t.name},
                      {QStringLiteral("tactics"), array(t.tactics)}};
        if (!t.platforms.isEmpty()) {
            o.insert(QStringLiteral("platforms"), array(t.platforms));
        }
        if (!t.summary.isEmpty()) {
            o.insert(QStringLiteral("summary"), t.summary);
        }
        if (t.revoked) {
            o.insert(QStringLiteral("revoked"), true);
        }
        if (t.deprecated) {
            o.insert(QStringLiteral("deprecated"), true);
        }
        if (!t.revokedBy.isEmpty()) {
            o.insert(QStringLiteral("revokedBy"), t.revokedBy);
        }
        techniques.append(o);
    }
    QJsonArray groups;
    for (const auto& g : m_groups) {
        QJsonObject o{{QStringLiteral("id"), g.id},
                      {QStringLiteral("name"), g.name},
                      {QStringLiteral("aliases"), array(g.aliases)},
                      {QStringLiteral("techniques"), array(g.techniqueIds)}};
        if (!g.summary.isEmpty()) {
            o.insert(QStringLiteral("summary"), g.summary);
        }
        if (g.revoked) {
            o.insert(QStringLiteral("revoked"), true);
        }
        if (g.deprecated) {
            o.insert(QStringLiteral("deprecated"), true);
        }
        groups.append(o);
    }
    const QJsonObject root{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("domain"), QStringLiteral("enterprise-attack")},
        {QStringLiteral("version"), m_version},
        {QStringLiteral("modified"), m_modified},
        {QStringLiteral("source"), m_source},
        {QStringLiteral("copyright"), copyrightNotice()},
        {QStringLiteral("license"), QStringLiteral("MITRE ATT&CK Terms of Use; see LICENSE.txt beside this file.")},
        {QStringLiteral("tactics"), tactics},
        {QStringLiteral("techniques"), techniques},
        {QStringLiteral("groups"), groups},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

const AttackCatalog& AttackCatalog::shipped()
{
    static std::once_flag once;
    static AttackCatalog catalog;
    std::call_once(once, [] {
        initAttackResources();
        QFile file(QStringLiteral(":/attack/enterprise-attack.json"));
        if (file.open(QIODevice::ReadOnly)) {
            catalog = fromCompactJson(file.readAll(), file.fileName());
        }
    });
    return catalog;
}

void AttackCatalog::index()
{
    m_techniqueIndex.clear();
    m_groupIndex.clear();
    for (qsizetype i = 0; i < m_techniques.size(); ++i) {
        m_techniqueIndex.insert(m_techniques.at(i).id, i);
    }
    for (qsizetype i = 0; i < m_groups.size(); ++i) {
        m_groupIndex.insert(m_groups.at(i).id, i);
    }
}

const AttackTactic* AttackCatalog::tactic(const QString& idOrShortName) const
{
    for (const auto& t : m_tactics) {
        if (t.id == idOrShortName || t.shortName == idOrShortName) {
            return &t;
        }
    }
    return nullptr;
}

const AttackTechnique* AttackCatalog::technique(const QString& id) const
{
    auto it = m_techniqueIndex.constFind(id);
    return it == m_techniqueIndex.constEnd() ? nullptr : &m_techniques.at(*it);
}

const AttackGroup* AttackCatalog::group(const QString& id) const
{
    auto it = m_groupIndex.constFind(id);
    return it == m_groupIndex.constEnd() ? nullptr : &m_groups.at(*it);
}

QList<const AttackTechnique*> AttackCatalog::techniquesOf(const QString& tacticShortName) const
{
    QList<const AttackTechnique*> out;
    for (const auto& t : m_techniques) {
        if (t.isActive() && !t.isSubtechnique() && t.tactics.contains(tacticShortName)) {
            out.append(&t);
        }
    }
    std::sort(out.begin(), out.end(),
              [](const AttackTechnique* a, const AttackTechnique* b) { return a->name < b->name; });
    return out;
}

QList<const AttackTechnique*> AttackCatalog::subtechniquesOf(const QString& parentId) const
{
    QList<const AttackTechnique*> out;
    for (const auto& t : m_techniques) {
        if (t.isActive() && t.isSubtechnique() && t.parentId() == parentId) {
            out.append(&t);
        }
    }
    return out;
}

QList<const AttackGroup*> AttackCatalog::groupsUsing(const QString& techniqueId) const
{
    QList<const AttackGroup*> out;
    const QString prefix = techniqueId + QLatin1Char('.');
    for (const auto& g : m_groups) {
        if (!g.isActive()) {
            continue;
        }
        for (const QString& t : g.techniqueIds) {
            if (t == techniqueId || t.startsWith(prefix)) {
                out.append(&g);
                break;
            }
        }
    }
    return out;
}

QList<const AttackTechnique*> AttackCatalog::search(const QString& text, int limit, bool includeInactive) const
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    struct Hit
    {
        int rank;
        const AttackTechnique* technique;
    };
    QList<Hit> hits;
    const QString upper = text.trimmed().toUpper();
    for (const auto& t : m_techniques) {
        if (!includeInactive && !t.isActive()) {
            continue;
        }
        const QString haystack = t.id + QLatin1Char(' ') + t.name + QLatin1Char(' ') + t.tactics.join(QLatin1Char(' '));
        bool all = true;
        for (const QString& w : words) {
            if (!haystack.contains(w, Qt::CaseInsensitive)) {
                all = false;
                break;
            }
        }
        if (!all) {
            continue;
        }
        int rank = 4;
        if (t.id == upper) {
            rank = 0;
        } else if (t.id.startsWith(upper)) {
            rank = 1;
        } else if (t.name.startsWith(text.trimmed(), Qt::CaseInsensitive)) {
            rank = 2;
        }
        if (!t.isActive()) {
            rank += 10;
        }
        hits.append({rank, &t});
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.rank < b.rank; });
    QList<const AttackTechnique*> out;
    for (const auto& h : hits) {
        if (limit >= 0 && out.size() >= limit) {
            break;
        }
        out.append(h.technique);
    }
    return out;
}

AttackCatalog::Counts AttackCatalog::counts() const
{
    Counts c;
    c.tactics = int(m_tactics.size());
    c.techniques = int(m_techniques.size());
    for (const auto& t : m_techniques) {
        c.subtechniques += t.isSubtechnique() ? 1 : 0;
        c.revoked += t.revoked ? 1 : 0;
        c.deprecated += t.deprecated ? 1 : 0;
    }
    c.groups = int(m_groups.size());
    for (const auto& g : m_groups) {
        c.uses += int(g.techniqueIds.size());
    }
    return c;
}

AttackCatalog::IdStatus AttackCatalog::status(const QString& id) const
{
    const auto normalised = normalizeAttackId(id);
    if (!normalised) {
        return IdStatus::Malformed;
    }
    const AttackTechnique* t = technique(*normalised);
    if (!t) {
        return IdStatus::Unknown;
    }
    if (t->revoked) {
        return IdStatus::Revoked;
    }
    return t->deprecated ? IdStatus::Deprecated : IdStatus::Valid;
}

QString AttackCatalog::problem(const QString& id) const
{
    const QString n = normalizeAttackId(id).value_or(id.trimmed());
    switch (status(id)) {
    case IdStatus::Valid:
        return {};
    case IdStatus::Malformed:
        return tr("\"%1\" is not an ATT&CK technique id; use the form T1234 or T1234.001.").arg(id.trimmed());
    case IdStatus::Unknown:
        return tr("%1 is not in the ATT&CK catalog (version %2).").arg(n, m_version.isEmpty() ? m_modified : m_version);
    case IdStatus::Revoked: {
        const AttackTechnique* t = technique(n);
        return t->revokedBy.isEmpty()
                   ? tr("%1 (%2) was revoked by MITRE; choose its replacement.").arg(n, t->name)
                   : tr("%1 (%2) was revoked by MITRE; use %3 instead.").arg(n, t->name, t->revokedBy);
    }
    case IdStatus::Deprecated:
        return tr("%1 (%2) is deprecated by MITRE and no longer maintained.").arg(n, technique(n)->name);
    }
    return {};
}

} // namespace muster::core
