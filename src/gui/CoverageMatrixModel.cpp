#include "gui/CoverageMatrixModel.h"

#include <QSet>

namespace muster::gui {

CoverageMatrixModel::CoverageMatrixModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CoverageMatrixModel::setCoverage(const core::AttackCatalog& catalog, const core::Coverage& coverage,
                                      bool coveredOnly)
{
    beginResetModel();
    m_tactics.clear();
    m_columns.clear();
    m_rows = 0;
    QSet<QString> covered;
    QSet<QString> all;
    const auto matrix = coverage.matrix(catalog);
    for (qsizetype c = 0; c < matrix.size(); ++c) {
        m_tactics.append(catalog.tactics().at(c).name);
        QList<Cell> column;
        for (const auto& cell : matrix.at(c)) {
            all.insert(cell.technique->id);
            if (!cell.sources.isEmpty()) {
                covered.insert(cell.technique->id);
            } else if (coveredOnly) {
                continue;
            }
            Cell out;
            out.id = cell.technique->id;
            out.name = cell.technique->name;
            out.evidence = cell.evidence;
            for (auto s : core::coverageSources().values()) {
                if (cell.sources.contains(s)) {
                    out.sources.append(static_cast<int>(s));
                }
            }
            QStringList lines{QStringLiteral("%1 %2").arg(out.id, out.name)};
            for (const auto& e : coverage.evidenceFor(out.id)) {
                lines.append(
                    QStringLiteral("%1: %2%3")
                        .arg(core::coverageSources().label(e.source), e.label,
                             e.techniqueId == out.id ? QString() : QStringLiteral(" (%1)").arg(e.techniqueId)));
            }
            if (lines.size() == 1) {
                lines.append(tr("Nothing covers this technique yet."));
            }
            out.tooltip = lines.join(QLatin1Char('\n'));
            column.append(out);
        }
        m_rows = std::max(m_rows, int(column.size()));
        m_columns.append(column);
    }
    m_covered = int(covered.size());
    m_techniques = int(all.size());
    endResetModel();
}

int CoverageMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int CoverageMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant CoverageMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& column = m_columns.at(index.column());
    if (index.row() >= column.size()) {
        return {};
    }
    const Cell& cell = column.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return cell.name;
    case Qt::ToolTipRole:
        return cell.tooltip;
    case TechniqueIdRole:
        return cell.id;
    case SourcesRole:
        return cell.sources;
    case EvidenceCountRole:
        return cell.evidence;
    default:
        return {};
    }
}

QVariant CoverageMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_tactics.size()) {
        return m_tactics.at(section);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace muster::gui
