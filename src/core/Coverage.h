#pragma once

#include "core/EnumTable.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace muster::core {

class AttackCatalog;
struct AttackTechnique;

// What says we have looked at a technique.
enum class CoverageSource
{
    Detection, // a detection rule exists
    Hunt,      // a hunt looked for it
    Exercise,  // an exercise rehearsed it
    Incident,  // we handled it for real
};

const EnumTable<CoverageSource>& coverageSources();

inline size_t qHash(CoverageSource source, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<int>(source), seed);
}

// Which techniques the organisation's detections, hunts, exercises and incidents
// cover, with the evidence for each. A sub-technique's evidence also counts for its
// parent in the matrix; a parent's evidence covers its sub-techniques in the backlog.
class Coverage
{
public:
    struct Evidence
    {
        CoverageSource source;
        QString techniqueId;
        QString label; // "HUNT-2026-0003 Kerberoasting", "INC-2026-0042"
        qint64 at = 0;
    };

    void add(CoverageSource source, const QString& techniqueId, const QString& label, qint64 at);

    // Sources with evidence for the technique itself, or (withSubtechniques) for any of
    // its sub-techniques.
    QSet<CoverageSource> sourcesOf(const QString& techniqueId, bool withSubtechniques = true) const;
    QList<Evidence> evidenceFor(const QString& techniqueId, bool withSubtechniques = true) const;
    // Covered for the backlog: the technique or its parent has evidence (of `sources`).
    bool covers(const QString& techniqueId, const QSet<CoverageSource>& sources) const;
    QStringList techniqueIds() const;
    int evidenceCount() const { return int(m_evidence.size()); }

    // The colour of a source in the matrix, the legend and the Navigator layer.
    static QString color(CoverageSource source);
    // The one colour for a technique with several sources: the strongest one
    // (detection, then hunt, then exercise, then incident).
    static CoverageSource strongest(const QSet<CoverageSource>& sources);

    // The matrix: one column per tactic, the active techniques of each (by name).
    struct Cell
    {
        const AttackTechnique* technique = nullptr;
        QSet<CoverageSource> sources;
        int evidence = 0;
    };
    QList<QList<Cell>> matrix(const AttackCatalog& catalog) const;

private:
    QList<Evidence> m_evidence;
    QHash<QString, QList<qsizetype>> m_byTechnique;
};

} // namespace muster::core
