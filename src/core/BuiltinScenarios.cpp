#include "core/BuiltinScenarios.h"

#include "core/ScenarioFormat.h"

#include <QDir>

namespace muster::core {

QStringList BuiltinScenarios::paths()
{
    const QDir dir(QStringLiteral(":/scenarios"));
    QStringList out;
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        out << dir.filePath(name);
    }
    return out;
}

QList<Scenario> BuiltinScenarios::all()
{
    QList<Scenario> out;
    for (const QString& path : paths()) {
        auto result = ScenarioFormat::parseFile(path);
        if (result.scenario) {
            out.append(*result.scenario);
        }
    }
    return out;
}

} // namespace muster::core
