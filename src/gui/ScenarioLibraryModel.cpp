#include "gui/ScenarioLibraryModel.h"

#include <QColor>

namespace muster::gui {

QStringList ScenarioLibraryModel::headers() const
{
    return {tr("Scenario"), tr("Category"), tr("Difficulty"), tr("Duration"), tr("Injects"), tr("Source")};
}

QVariant ScenarioLibraryModel::data(const QModelIndex& index, int role) const
{
    if (!valid(index)) {
        return {};
    }
    const auto& e = m_rows.at(index.row());
    if (role == KeyRole) {
        return e.key;
    }
    if (role == Qt::ToolTipRole && !e.scenario) {
        return e.problems;
    }
    if (role == Qt::ForegroundRole && !e.scenario) {
        return QColor(Qt::red);
    }
    if (role == Qt::TextAlignmentRole && (index.column() == DurationColumn || index.column() == InjectsColumn)) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case TitleColumn:
        return e.scenario ? e.title : tr("%1 (invalid)").arg(e.title);
    case CategoryColumn:
        return e.scenario ? core::categories().label(e.scenario->category) : QString();
    case DifficultyColumn:
        return e.scenario ? core::scenarioDifficulties().label(e.scenario->difficulty) : QString();
    case DurationColumn:
        return e.scenario ? tr("%1 min").arg(e.scenario->durationMinutes) : QString();
    case InjectsColumn:
        return e.scenario ? QVariant(int(e.scenario->injects.size())) : QVariant();
    case SourceColumn:
        return storage::ScenarioLibrary::sourceLabel(e.source);
    default:
        return {};
    }
}

int ScenarioLibraryModel::rowOf(const QString& key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == key) {
            return i;
        }
    }
    return -1;
}

} // namespace muster::gui
