#pragma once

#include "core/Scenario.h"

#include <QCoreApplication>
#include <QString>

namespace muster::gui {

// A scenario as rich text for the library's preview: summary, objectives, roles,
// phases, the inject timeline and its branches.
class ScenarioPreview
{
    Q_DECLARE_TR_FUNCTIONS(muster::gui::ScenarioPreview)

public:
    static QString html(const core::Scenario& scenario);
};

} // namespace muster::gui
