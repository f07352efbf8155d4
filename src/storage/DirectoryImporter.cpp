#include "storage/DirectoryImporter.h"

#include "core/Error.h"
#include "core/Ids.h"
#include "storage/AssetRepository.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/Sql.h"

#include <QFileInfo>

namespace muster::storage {

using core::DirectoryCsv;
using core::Error;

namespace {

// Refuses the file with its problems (at most 20 listed) unless skipping is allowed.
void refuseIfNeeded(const QList<DirectoryCsv::Problem>& problems, bool skipBad, const QString& fileName)
{
    if (problems.isEmpty() || skipBad) {
        return;
    }
    QStringList lines;
    for (const auto& p : problems.mid(0, 20)) {
        lines.append(p.message);
    }
    if (problems.size() > 20) {
        lines.append(DirectoryImporter::tr("… and %n more problem(s).", nullptr, int(problems.size() - 20)));
    }
    throw Error(Error::Kind::BadInput, DirectoryImporter::tr("%1 was not imported; nothing changed.\n%2")
                                           .arg(fileName, lines.join(QLatin1Char('\n'))));
}

} // namespace

DirectoryImporter::DirectoryImporter(Database& db)
    : m_db(db)
{}

DirectoryImporter::Result DirectoryImporter::importPeople(const QString& path, bool skipBad, qint64 now)
{
    const QString fileName = QFileInfo(path).fileName();
    const auto table = core::Csv::parseFile(path);
    auto parsed = DirectoryCsv::people(table, fileName);
    refuseIfNeeded(parsed.problems, skipBad, fileName);
    if (parsed.rows.isEmpty() && !parsed.problems.isEmpty()) {
        return Result{0, 0, parsed.problems};
    }

    WriteTransaction tx(m_db.connection());
    PeopleRepository people(m_db);
    Result result;
    result.skipped = parsed.problems;
    QList<std::pair<QString, DirectoryCsv::PersonRow>> written; // id, row
    for (auto& row : parsed.rows) {
        core::Person p = row.person;
        std::optional<core::Person> existing;
        if (!p.email.isEmpty()) {
            existing = people.findByEmailOrName(p.email);
        }
        if (!existing) {
            existing = people.findByEmailOrName(p.name);
            if (existing && !existing->email.isEmpty() && !p.email.isEmpty() &&
                existing->email.compare(p.email, Qt::CaseInsensitive) != 0) {
                existing.reset(); // same name, different person
            }
        }
        p.updatedAt = now;
        if (existing) {
            p.id = existing->id;
            p.createdAt = existing->createdAt;
            p.deputyId = existing->deputyId;
            people.update(p);
            ++result.updated;
        } else {
            p.id = core::newId();
            p.createdAt = now;
            people.insert(p);
            ++result.added;
        }
        written.append({p.id, row});
    }
    // Deputies may refer to people later in the file: resolve them once all are in.
    QList<DirectoryCsv::Problem> deputyProblems;
    for (const auto& [id, row] : written) {
        if (row.deputyName.isEmpty()) {
            continue;
        }
        const auto deputy = people.findByEmailOrName(row.deputyName);
        if (!deputy || deputy->id == id) {
            deputyProblems.append({row.line, QStringLiteral("deputy"),
                                   tr("%1, line %2, column deputy: no person \"%3\" in the directory or the file.")
                                       .arg(fileName)
                                       .arg(row.line)
                                       .arg(row.deputyName)});
            continue;
        }
        auto person = *people.find(id);
        person.deputyId = deputy->id;
        people.update(person);
    }
    refuseIfNeeded(deputyProblems, skipBad, fileName); // rolls back the transaction
    result.skipped += deputyProblems;
    tx.commit();
    m_db.notifyChanged({QStringLiteral("people")});
    return result;
}

DirectoryImporter::Result DirectoryImporter::importAssets(const QString& path, bool skipBad, qint64 now)
{
    const QString fileName = QFileInfo(path).fileName();
    const auto table = core::Csv::parseFile(path);
    auto parsed = DirectoryCsv::assets(table, fileName);
    refuseIfNeeded(parsed.problems, skipBad, fileName);

    WriteTransaction tx(m_db.connection());
    AssetRepository assets(m_db);
    Result result;
    result.skipped = parsed.problems;
    for (const auto& row : parsed.rows) {
        core::Asset a = row.asset;
        std::optional<core::Asset> existing;
        if (!a.identifier.isEmpty()) {
            existing = assets.findByIdentifier(a.identifier);
        }
        a.updatedAt = now;
        if (existing) {
            a.id = existing->id;
            a.createdAt = existing->createdAt;
            assets.update(a);
            ++result.updated;
        } else {
            a.id = core::newId();
            a.createdAt = now;
            assets.insert(a);
            ++result.added;
        }
    }
    tx.commit();
    m_db.notifyChanged({QStringLiteral("assets")});
    return result;
}

} // namespace muster::storage
