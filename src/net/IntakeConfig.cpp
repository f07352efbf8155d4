#include "net/IntakeConfig.h"

#include "core/Error.h"

#include <QRegularExpression>

namespace muster::net {

void IntakeConfig::setListen(const QString& input)
{
    const QString text = input.trimmed();
    static const QRegularExpression pattern(
        QStringLiteral("^(?:(?:\\[([0-9a-fA-F:.]+)\\]|([^:\\[\\]]*)):)?(\\d{1,5})$"));
    const auto m = pattern.match(text);
    const auto bad = [&] {
        return core::Error(
            core::Error::Kind::BadInput,
            tr("Listen: \"%1\" is not ADDRESS:PORT (for example 127.0.0.1:8787 or [::1]:8787).").arg(text));
    };
    if (!m.hasMatch()) {
        throw bad();
    }
    const int port = m.captured(3).toInt();
    if (port > 65535) {
        throw bad();
    }
    const QString host = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
    QHostAddress addr(QHostAddress::LocalHost);
    if (host == QLatin1String("localhost")) {
        addr = QHostAddress(QHostAddress::LocalHost);
    } else if (!host.isEmpty() && !addr.setAddress(host)) {
        throw core::Error(core::Error::Kind::BadInput,
                          tr("Listen: \"%1\" is not an IP address; use 127.0.0.1, 0.0.0.0 or ::.").arg(host));
    }
    address = addr;
    this->port = quint16(port);
}

QString IntakeConfig::listenText() const
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(address.toString())
                             : address.toString();
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

} // namespace muster::net
