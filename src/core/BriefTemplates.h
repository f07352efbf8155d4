#pragma once

#include "core/AttackCatalog.h"
#include "core/IntelBrief.h"
#include "core/IntelItem.h"

#include <QCoreApplication>

namespace muster::core {

// Drafts a brief for an audience from intel items. The draft is a starting point the
// analyst edits; its marking is the strictest marking among the items (TlpPolicy).
class BriefTemplates
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::BriefTemplates)

public:
    static IntelBrief draft(BriefAudience audience, const QString& title, const QList<IntelItem>& items,
                            const AttackCatalog& catalog, qint64 now);
};

} // namespace muster::core
