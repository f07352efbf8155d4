#pragma once

#include "app/ctl/Command.h"
#include "core/Error.h"
#include "core/Timeline.h"
#include "core/TlpPolicy.h"
#include "storage/PeopleRepository.h"

#include <QCoreApplication>
#include <QSaveFile>

// What the intel, ATT&CK and hunt command groups share.
namespace muster::ctl::intel {

// Who musterctl acts as in logs and timelines.
inline core::Actor actor()
{
    const QString user = qEnvironmentVariable("USER", QStringLiteral("unknown"));
    return core::Actor{QString(), QStringLiteral("musterctl (%1)").arg(user)};
}

// People named by id, e-mail or name; throws core::Error naming the one not found.
inline QStringList people(const storage::Database& db, const QStringList& names)
{
    storage::PeopleRepository repo(db);
    QStringList ids;
    for (const QString& n : names) {
        auto p = repo.find(n);
        if (!p) {
            p = repo.findByEmailOrName(n);
        }
        if (!p) {
            throw core::Error(core::Error::Kind::BadInput,
                              QCoreApplication::translate("muster::ctl::IntelCommands",
                                                          "Recipients: no person \"%1\" in the directory.")
                                  .arg(n));
        }
        ids.append(p->id);
    }
    return ids;
}

template<typename E>
E enumOption(const core::EnumTable<E>& table, const QString& text, const QString& option)
{
    if (auto v = table.fromText(text)) {
        return *v;
    }
    throw UsageError{QCoreApplication::translate("muster::ctl::IntelCommands", "%1 takes one of: %2")
                         .arg(option, table.keys().join(QStringLiteral(", ")))};
}

inline core::Tlp tlpOption(const QString& text)
{
    if (auto t = core::parseTlp(text)) {
        return *t;
    }
    throw UsageError{QCoreApplication::translate("muster::ctl::IntelCommands", "--tlp takes one of: %1")
                         .arg(core::tlpLevels().keys().join(QStringLiteral(", ")))};
}

// Writes a whole file or nothing; throws core::Error(Io) naming it.
inline void writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        throw core::Error(core::Error::Kind::Io,
                          QCoreApplication::translate("muster::ctl::IntelCommands", "%1: cannot write the file (%2).")
                              .arg(path, file.errorString()));
    }
}

} // namespace muster::ctl::intel
