#include "sync/ServerConfig.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <libpq-fe.h>

namespace muster::sync {

namespace {
const QString kGroup = QStringLiteral("sync/");
} // namespace

QStringList ServerConfig::sslModes()
{
    return {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}

QString ServerConfig::displayName() const
{
    if (!host.isEmpty()) {
        return tr("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
    }
    // Show what the connection string names, never its password.
    QString user_;
    QString host_;
    QString db_;
    QString port_;
    char* error = nullptr;
    if (PQconninfoOption* options = PQconninfoParse(dsn.toUtf8().constData(), &error)) {
        for (PQconninfoOption* o = options; o->keyword; ++o) {
            if (!o->val) {
                continue;
            }
            const QString key = QString::fromLatin1(o->keyword);
            const QString value = QString::fromUtf8(o->val);
            if (key == QLatin1String("user")) {
                user_ = value;
            } else if (key == QLatin1String("host")) {
                host_ = value;
            } else if (key == QLatin1String("dbname")) {
                db_ = value;
            } else if (key == QLatin1String("port")) {
                port_ = value;
            }
        }
        PQconninfoFree(options);
    }
    PQfreemem(error);
    return tr("%1@%2:%3/%4").arg(user_, host_, port_, db_);
}

QList<ServerConfig::Problem> ServerConfig::problems() const
{
    QList<Problem> out;
    if (!dsn.isEmpty()) {
        char* error = nullptr;
        PQconninfoOption* options = PQconninfoParse(dsn.toUtf8().constData(), &error);
        if (!options) {
            out.append({QStringLiteral("dsn"), tr("The connection string is not valid: %1")
                                                   .arg(error ? QString::fromUtf8(error).trimmed() : QString())});
        }
        PQconninfoFree(options);
        PQfreemem(error);
        return out;
    }
    if (host.trimmed().isEmpty()) {
        out.append({QStringLiteral("host"), tr("Enter the server's host name or address.")});
    }
    if (port < 1 || port > 65535) {
        out.append({QStringLiteral("port"), tr("The port must be between 1 and 65535.")});
    }
    if (database.trimmed().isEmpty()) {
        out.append({QStringLiteral("database"), tr("Enter the name of the team database.")});
    }
    if (user.trimmed().isEmpty()) {
        out.append({QStringLiteral("user"), tr("Enter your PostgreSQL login name.")});
    }
    if (!sslModes().contains(sslMode)) {
        out.append({QStringLiteral("sslMode"), tr("Choose a TLS mode.")});
    }
    const bool verifies = sslMode == QLatin1String("verify-ca") || sslMode == QLatin1String("verify-full");
    if (verifies && caFile.isEmpty()) {
        out.append(
            {QStringLiteral("caFile"), tr("Verifying the server needs the CA certificate file that signed it.")});
    } else if (verifies && !QFileInfo(caFile).isFile()) {
        out.append(
            {QStringLiteral("caFile"), tr("The CA file %1 does not exist.").arg(QDir::toNativeSeparators(caFile))});
    }
    return out;
}

ServerConfig ServerConfig::fromDsn(const QString& dsn)
{
    ServerConfig c;
    c.dsn = dsn;
    c.port = 0;
    c.sslMode.clear();
    return c;
}

ServerConfig ServerConfig::load(const QSettings& settings)
{
    ServerConfig c;
    c.host = settings.value(kGroup + QStringLiteral("host")).toString();
    c.port = settings.value(kGroup + QStringLiteral("port"), 5432).toInt();
    c.database = settings.value(kGroup + QStringLiteral("database")).toString();
    c.user = settings.value(kGroup + QStringLiteral("user")).toString();
    c.sslMode = settings.value(kGroup + QStringLiteral("sslMode"), QStringLiteral("prefer")).toString();
    c.caFile = settings.value(kGroup + QStringLiteral("caFile")).toString();
    c.autoSync = settings.value(kGroup + QStringLiteral("autoSync"), true).toBool();
    return c;
}

void ServerConfig::save(QSettings& settings) const
{
    settings.setValue(kGroup + QStringLiteral("host"), host.trimmed());
    settings.setValue(kGroup + QStringLiteral("port"), port);
    settings.setValue(kGroup + QStringLiteral("database"), database.trimmed());
    settings.setValue(kGroup + QStringLiteral("user"), user.trimmed());
    settings.setValue(kGroup + QStringLiteral("sslMode"), sslMode);
    settings.setValue(kGroup + QStringLiteral("caFile"), caFile);
    settings.setValue(kGroup + QStringLiteral("autoSync"), autoSync);
}

} // namespace muster::sync
