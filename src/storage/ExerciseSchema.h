#pragma once

#include <QStringList>

namespace muster::storage {

// Migration 5: the scenario library in the database, exercises and everything recorded
// while running and evaluating them, and the improvement plan.
QStringList exerciseSchema();

} // namespace muster::storage
