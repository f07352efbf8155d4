#pragma once

#include "core/Scenario.h"

#include <QList>
#include <QStringList>

namespace muster::core {

// The scenario library that ships with Muster (scenarios/*.json, compiled in as Qt
// resources under :/scenarios so that the installed muster and musterctl both find it).
class BuiltinScenarios
{
public:
    // Resource paths, sorted by file name.
    static QStringList paths();
    // The parsed scenarios; a file that fails to parse is left out (the test suite
    // makes sure none does).
    static QList<Scenario> all();
};

} // namespace muster::core
