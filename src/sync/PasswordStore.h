#pragma once

#include "sync/ServerConfig.h"

#include <QObject>

namespace muster::sync {

// The team-server password in the system keychain (QtKeychain: Secret Service, KWallet,
// macOS Keychain, Windows Credential Store). Never in plain settings: when no keychain
// is available, reading and writing fail with a message that says so, and Muster
// connects without a password, which libpq completes from ~/.pgpass (docs/sync.md).
class PasswordStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordStore)

public:
    explicit PasswordStore(QObject* parent = nullptr);
    ~PasswordStore() override;

    // "alice@db.example.org:5432/muster": one entry per login and server.
    static QString keyFor(const ServerConfig& config);

    void read(const ServerConfig& config);
    void write(const ServerConfig& config, const QString& password);
    void remove(const ServerConfig& config);

signals:
    // `error` is empty when the keychain answered (an unknown entry is an empty password).
    void passwordRead(const QString& password, const QString& error);
    void written(const QString& error);
};

} // namespace muster::sync
