#include "core/Coverage.h"

#include "core/AttackCatalog.h"

#include <array>

namespace muster::core {

namespace {

constexpr std::array sourceEntries{
    EnumEntry<CoverageSource>{CoverageSource::Detection, "detection",
                              QT_TRANSLATE_NOOP("muster::core::CoverageSource", "Detection")},
    EnumEntry<CoverageSource>{CoverageSource::Hunt, "hunt", QT_TRANSLATE_NOOP("muster::core::CoverageSource", "Hunt")},
    EnumEntry<CoverageSource>{CoverageSource::Exercise, "exercise",
                              QT_TRANSLATE_NOOP("muster::core::CoverageSource", "Exercise")},
    EnumEntry<CoverageSource>{CoverageSource::Incident, "incident",
                              QT_TRANSLATE_NOOP("muster::core::CoverageSource", "Incident")},
};

} // namespace

const EnumTable<CoverageSource>& coverageSources()
{
    static const EnumTable<CoverageSource> table("muster::core::CoverageSource", sourceEntries);
    return table;
}

void Coverage::add(CoverageSource source, const QString& techniqueId, const QString& label, qint64 at)
{
    m_byTechnique[techniqueId].append(m_evidence.size());
    m_evidence.append({source, techniqueId, label, at});
}

QList<Coverage::Evidence> Coverage::evidenceFor(const QString& techniqueId, bool withSubtechniques) const
{
    QList<Evidence> out;
    const QString prefix = techniqueId + QLatin1Char('.');
    for (auto it = m_byTechnique.constBegin(); it != m_byTechnique.constEnd(); ++it) {
        if (it.key() == techniqueId || (withSubtechniques && it.key().startsWith(prefix))) {
            for (qsizetype i : it.value()) {
                out.append(m_evidence.at(i));
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const Evidence& a, const Evidence& b) {
        return a.source != b.source ? a.source < b.source : a.at > b.at;
    });
    return out;
}

QSet<CoverageSource> Coverage::sourcesOf(const QString& techniqueId, bool withSubtechniques) const
{
    QSet<CoverageSource> out;
    for (const auto& e : evidenceFor(techniqueId, withSubtechniques)) {
        out.insert(e.source);
    }
    return out;
}

bool Coverage::covers(const QString& techniqueId, const QSet<CoverageSource>& sources) const
{
    const QString parent = techniqueId.section(QLatin1Char('.'), 0, 0);
    for (const QString& id : {techniqueId, parent}) {
        for (qsizetype i : m_byTechnique.value(id)) {
            if (sources.contains(m_evidence.at(i).source)) {
                return true;
            }
        }
    }
    return false;
}

QStringList Coverage::techniqueIds() const
{
    QStringList out = m_byTechnique.keys();
    out.sort();
    return out;
}

QString Coverage::color(CoverageSource source)
{
    switch (source) {
    case CoverageSource::Detection:
        return QStringLiteral("#2e7d32");
    case CoverageSource::Hunt:
        return QStringLiteral("#1565c0");
    case CoverageSource::Exercise:
        return QStringLiteral("#8e24aa");
    case CoverageSource::Incident:
        return QStringLiteral("#ef6c00");
    }
    return QStringLiteral("#9e9e9e");
}

CoverageSource Coverage::strongest(const QSet<CoverageSource>& sources)
{
    for (auto s : coverageSources().values()) {
        if (sources.contains(s)) {
            return s;
        }
    }
    return CoverageSource::Incident;
}

QList<QList<Coverage::Cell>> Coverage::matrix(const AttackCatalog& catalog) const
{
    QList<QList<Cell>> columns;
    for (const AttackTactic& tactic : catalog.tactics()) {
        QList<Cell> column;
        for (const AttackTechnique* t : catalog.techniquesOf(tactic.shortName)) {
            Cell cell;
            cell.technique = t;
            const auto evidence = evidenceFor(t->id, true);
            cell.evidence = int(evidence.size());
            for (const auto& e : evidence) {
                cell.sources.insert(e.source);
            }
            column.append(cell);
        }
        columns.append(column);
    }
    return columns;
}

} // namespace muster::core
