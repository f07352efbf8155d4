#pragma once

#include <QByteArray>

namespace muster::net {

// The User-Agent Muster sends with outbound requests (webhooks, TAXII).
QByteArray userAgent();

} // namespace muster::net
