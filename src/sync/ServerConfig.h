#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QSettings;

namespace muster::sync {

// Where the team server is and how to reach it: this desktop's own preference (kept in
// QSettings, never in the database, which syncs). The password is not part of what is
// saved: it lives in the system keychain (PasswordStore).
struct ServerConfig
{
    Q_DECLARE_TR_FUNCTIONS(muster::sync::ServerConfig)

public:
    QString host;
    int port = 5432;
    QString database;
    QString user;
    // libpq's sslmode: disable, allow, prefer, require, verify-ca, verify-full.
    QString sslMode = QStringLiteral("prefer");
    QString caFile;   // sslrootcert, for verify-ca and verify-full
    QString password; // in memory only
    // A libpq connection string (musterctl --dsn); when set, the fields above override
    // only what they set.
    QString dsn;
    bool autoSync = true;

    bool isConfigured() const { return !dsn.isEmpty() || !host.isEmpty(); }
    // "alice@db.example.org:5432/muster", for the status bar and messages.
    QString displayName() const;

    struct Problem
    {
        QString field; // "host", "port", "database", "user", "caFile", "dsn"
        QString message;
    };
    // What is wrong with the settings, per field (empty when they can be tried).
    QList<Problem> problems() const;

    static ServerConfig fromDsn(const QString& dsn);
    static QStringList sslModes();

    static ServerConfig load(const QSettings& settings);
    void save(QSettings& settings) const;
};

} // namespace muster::sync
