#include "net/UserAgent.h"

namespace muster::net {

QByteArray userAgent()
{
    return QByteArrayLiteral("Muster/" MUSTER_VERSION);
}

} // namespace muster::net
