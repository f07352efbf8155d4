#include "sync/PasswordStore.h"

#include <qt6keychain/keychain.h>

namespace muster::sync {

namespace {

const QString kService = QStringLiteral("Muster team server");

QString describe(const QKeychain::Job* job)
{
    return PasswordStore::tr("The system keychain is not available (%1). Muster keeps passwords nowhere else: save "
                             "it in a ~/.pgpass file instead, or use client certificates (see the sync guide).")
        .arg(job->errorString());
}

} // namespace

PasswordStore::PasswordStore(QObject* parent)
    : QObject(parent)
{}

PasswordStore::~PasswordStore() = default;

QString PasswordStore::keyFor(const ServerConfig& config)
{
    return QStringLiteral("%1@%2:%3/%4").arg(config.user, config.host).arg(config.port).arg(config.database);
}

void PasswordStore::read(const ServerConfig& config)
{
    auto* job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(config));
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError) {
            emit passwordRead(job->textData(), QString());
        } else if (job->error() == QKeychain::EntryNotFound) {
            emit passwordRead(QString(), QString());
        } else {
            emit passwordRead(QString(), describe(job));
        }
    });
    job->start();
}

void PasswordStore::write(const ServerConfig& config, const QString& password)
{
    auto* job = new QKeychain::WritePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyFor(config));
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this,
            [this, job] { emit written(job->error() == QKeychain::NoError ? QString() : describe(job)); });
    job->start();
}

void PasswordStore::remove(const ServerConfig& config)
{
    auto* job = new QKeychain::DeletePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(keyFor(config));
    job->start();
}

} // namespace muster::sync
