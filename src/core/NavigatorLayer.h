#pragma once

#include <QCoreApplication>
#include <QJsonObject>

namespace muster::core {

class AttackCatalog;
class Coverage;

// Writes coverage as an ATT&CK Navigator layer (layer format 4.5), so that teams can
// open it in the Navigator they already use. Each covered technique gets the colour
// of its strongest source, a score (the number of sources, 1-4) and a comment naming
// the evidence; the legend explains the colours.
class NavigatorLayer
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::NavigatorLayer)

public:
    static constexpr const char* layerFormatVersion = "4.5";
    static constexpr const char* navigatorVersion = "5.1.0";

    static QJsonObject build(const AttackCatalog& catalog, const Coverage& coverage, const QString& name, qint64 now);
};

} // namespace muster::core
