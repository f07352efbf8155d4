#include "core/Incident.h"

namespace muster::core {

QString formatIncidentReference(int year, int number)
{
    return QStringLiteral("INC-%1-%2").arg(year).arg(number, 4, 10, QLatin1Char('0'));
}

} // namespace muster::core
