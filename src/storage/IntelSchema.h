#pragma once

#include <QStringList>

namespace muster::storage {

// Migration 9: the ATT&CK catalog, threat intelligence (items, indicator values,
// relationships, kept STIX objects, imports), incident observables and sightings,
// briefs and their distribution log, hunts, findings and detections.
QStringList intelSchema();

} // namespace muster::storage
