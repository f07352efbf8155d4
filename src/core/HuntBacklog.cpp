#include "core/HuntBacklog.h"

#include "core/AttackCatalog.h"

namespace muster::core {

QSet<CoverageSource> HuntBacklog::coveringSources()
{
    return {CoverageSource::Detection, CoverageSource::Hunt, CoverageSource::Exercise, CoverageSource::Incident};
}

QList<HuntBacklog::Entry> HuntBacklog::rank(const AttackCatalog& catalog, const QStringList& trackedGroupIds,
                                            const Coverage& coverage, const QHash<QString, int>& intelMentions)
{
    QHash<QString, Entry> byTechnique;
    const QSet<CoverageSource> covering = coveringSources();
    for (const QString& groupId : trackedGroupIds) {
        const AttackGroup* group = catalog.group(groupId);
        if (!group) {
            continue;
        }
        for (const QString& tid : group->techniqueIds) {
            const AttackTechnique* t = catalog.technique(tid);
            if (!t || !t->isActive() || coverage.covers(tid, covering)) {
                continue;
            }
            Entry& e = byTechnique[tid];
            if (e.techniqueId.isEmpty()) {
                e.techniqueId = tid;
                e.name = t->isSubtechnique() && catalog.technique(t->parentId())
                             ? QStringLiteral("%1: %2").arg(catalog.technique(t->parentId())->name, t->name)
                             : t->name;
                e.tactics = t->tactics;
                e.intelMentions = intelMentions.value(tid);
            }
            if (!e.groupIds.contains(groupId)) {
                e.groupIds.append(groupId);
            }
        }
    }
    QList<Entry> out = byTechnique.values();
    std::sort(out.begin(), out.end(), [](const Entry& a, const Entry& b) {
        if (a.groupIds.size() != b.groupIds.size()) {
            return a.groupIds.size() > b.groupIds.size();
        }
        if (a.intelMentions != b.intelMentions) {
            return a.intelMentions > b.intelMentions;
        }
        return a.techniqueId < b.techniqueId;
    });
    return out;
}

} // namespace muster::core
