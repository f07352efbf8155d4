#pragma once

#include "core/Coverage.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace muster::core {

class AttackCatalog;

// The hunt backlog: techniques that the groups the organisation tracks are known to
// use and that no detection, past hunt or exercise (nor a handled incident) covers,
// ranked by how many tracked groups use them, then by how often intel mentions them.
class HuntBacklog
{
public:
    struct Entry
    {
        QString techniqueId;
        QString name;
        QStringList tactics;
        QStringList groupIds; // tracked groups that use it
        int intelMentions = 0;
    };

    // `intelMentions`: technique id -> number of intel items naming it.
    static QList<Entry> rank(const AttackCatalog& catalog, const QStringList& trackedGroupIds, const Coverage& coverage,
                             const QHash<QString, int>& intelMentions);
    // The sources that take a technique off the backlog.
    static QSet<CoverageSource> coveringSources();
};

} // namespace muster::core
