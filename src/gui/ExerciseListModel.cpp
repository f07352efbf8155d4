#include "gui/ExerciseListModel.h"

#include "core/AarRenderer.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace muster::gui {

QStringList ExerciseListModel::headers() const
{
    return {tr("Reference"), tr("Date"), tr("Title"), tr("Scenario"), tr("Status"), tr("Facilitator"), tr("Incident")};
}

QVariant ExerciseListModel::data(const QModelIndex& index, int role) const
{
    if (!valid(index)) {
        return {};
    }
    const auto& e = m_rows.at(index.row());
    if (role == IdRole) {
        return e.id;
    }
    if (role == Qt::FontRole &&
        (e.status == core::ExerciseStatus::Running || e.status == core::ExerciseStatus::Paused)) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case ReferenceColumn:
        return e.reference;
    case DateColumn:
        return core::AarRenderer::formatDateTime(e.startedAt.value_or(e.plannedAt));
    case TitleColumn:
        return e.title;
    case ScenarioColumn:
        return e.scenarioTitle;
    case StatusColumn:
        return core::exerciseStatuses().label(e.status);
    case FacilitatorColumn:
        return e.facilitatorName;
    case IncidentColumn:
        return e.incidentReference;
    default:
        return {};
    }
}

int ExerciseListModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

} // namespace muster::gui
