#include "gui/InjectStatusModel.h"

#include "core/AfterActionReport.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace muster::gui {

using State = core::ExerciseRules::InjectState;

QStringList InjectStatusModel::headers() const
{
    return {tr("Time"), tr("Inject"), tr("State"), tr("Channel"), tr("Phase")};
}

QString InjectStatusModel::stateLabel(State state)
{
    switch (state) {
    case State::Released:
        return tr("Released");
    case State::Scheduled:
        return tr("Scheduled");
    case State::Selected:
        return tr("Selected by a branch");
    case State::Waiting:
        return tr("Waits for a branch");
    case State::NotSelected:
        return tr("Not selected");
    case State::Contingency:
        return tr("Contingency");
    }
    return {};
}

void InjectStatusModel::setRecord(const core::ExerciseRecord& record)
{
    m_scenario = record.scenario;
    setRows(core::ExerciseRules::injectStatuses(record));
}

QVariant InjectStatusModel::data(const QModelIndex& index, int role) const
{
    if (!valid(index)) {
        return {};
    }
    const auto& st = m_rows.at(index.row());
    const core::Inject* inj = m_scenario.inject(st.injectId);
    if (!inj) {
        return {};
    }
    switch (role) {
    case InjectIdRole:
        return st.injectId;
    case ReleasedRole:
        return st.state == State::Released;
    case Qt::ForegroundRole:
        if (st.state == State::NotSelected) {
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        }
        return {};
    case Qt::FontRole:
        if (st.state == State::Released) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        return inj->content.left(400);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TimeColumn:
        return st.dueMs ? core::formatScenarioTime(*st.dueMs) : QStringLiteral("–");
    case TitleColumn:
        return inj->title;
    case PhaseColumn: {
        const core::ScenarioPhase* p = m_scenario.phase(inj->phase);
        return p ? p->title : inj->phase;
    }
    case ChannelColumn:
        return core::injectChannels().label(inj->channel);
    case StateColumn:
        return stateLabel(st.state);
    default:
        return {};
    }
}

} // namespace muster::gui
