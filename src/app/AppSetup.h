#pragma once

class QCoreApplication;

namespace muster::app {

// Identity (organisation, application name, version) and translations for both
// executables, so that QSettings and QStandardPaths agree between them.
void setIdentity();
// Loads Muster's and Qt's translations for the system locale (or MUSTER_LANG).
void installTranslations(QCoreApplication& app);

} // namespace muster::app
