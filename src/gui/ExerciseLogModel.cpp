#include "gui/ExerciseLogModel.h"

#include "core/AfterActionReport.h"

namespace muster::gui {

QStringList ExerciseLogModel::headers() const
{
    return {tr("Time"),      tr("Since inject"), tr("Kind"),     tr("Inject"), tr("Role"), tr("Decision or response"),
            tr("Rationale"), tr("Approver"),     tr("Logged by")};
}

void ExerciseLogModel::setRecord(const core::ExerciseRecord& record)
{
    m_record = record;
    setRows(record.log);
}

QVariant ExerciseLogModel::data(const QModelIndex& index, int role) const
{
    if (!valid(index)) {
        return {};
    }
    const auto& e = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == TextColumn) {
        return e.text;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    const core::Scenario& s = m_record.scenario;
    switch (index.column()) {
    case TimeColumn:
        return core::formatScenarioTime(e.scenarioMs);
    case SinceReleaseColumn: {
        const auto since = m_record.sinceRelease(e);
        return since ? tr("%1 min").arg(*since / 60'000) : QString();
    }
    case KindColumn:
        return core::logKinds().label(e.kind);
    case InjectColumn: {
        const core::Inject* inj = s.inject(e.injectId);
        return inj ? inj->title : QString();
    }
    case RoleColumn: {
        const core::ScenarioRole* r = s.role(e.roleId);
        return r ? r->name : QString();
    }
    case TextColumn:
        return e.text;
    case RationaleColumn:
        return e.rationale;
    case ApproverColumn:
        return e.approver;
    case AuthorColumn:
        return e.author;
    default:
        return {};
    }
}

} // namespace muster::gui
