#pragma once

#include "core/Hunt.h"

#include <QCoreApplication>

namespace muster::core {

class AttackCatalog;

// The rules a hunt obeys: what it needs before it starts, the status path
// Proposed -> Active -> Concluded (and back to Active to reopen), and what each
// outcome must name. Each function throws Error(BadInput or Refused) naming the field.
class HuntRules
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::HuntRules)

public:
    // Checks the fields of a new or edited hunt and normalises ATT&CK ids. Returns
    // warnings for ids the catalog does not know or that MITRE revoked (they are kept:
    // a hunter may know better, but is told).
    static QStringList validate(Hunt& hunt, const AttackCatalog& catalog);

    static void start(Hunt& hunt, qint64 now);
    static void conclude(Hunt& hunt, HuntOutcome outcome, const QString& note, const QString& incidentId,
                         const QString& detectionName, qint64 now);
    static void reopen(Hunt& hunt, qint64 now);
    static HuntFinding finding(const Hunt& hunt, const QString& text, const QString& evidence,
                               const QString& authorName, qint64 now);

    // An active hunt past the end of its time box.
    static bool isOverdue(const Hunt& hunt, qint64 now);
};

} // namespace muster::core
