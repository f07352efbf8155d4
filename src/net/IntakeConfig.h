#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

namespace muster::net {

// Where the intake server listens and how. Loopback by default: exposing it is a
// decision (and then TLS is the sensible one).
struct IntakeConfig
{
    Q_DECLARE_TR_FUNCTIONS(muster::net::IntakeConfig)

public:
    static constexpr quint16 defaultPort = 8787;
    static constexpr qint64 defaultMaxBody = 1024 * 1024; // 1 MiB

    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = defaultPort; // 0: any free port
    QString certificateFile;    // PEM; TLS when both files are set
    QString keyFile;            // PEM, unencrypted
    qint64 maxBodyBytes = defaultMaxBody;

    bool tls() const { return !certificateFile.isEmpty() || !keyFile.isEmpty(); }
    // "127.0.0.1:8787", "[::1]:8787", "0.0.0.0:9000", ":8787", "8787"; throws Error(BadInput).
    void setListen(const QString& text);
    QString listenText() const;
};

} // namespace muster::net
