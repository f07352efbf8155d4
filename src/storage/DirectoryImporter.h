#pragma once

#include "core/DirectoryCsv.h"

#include <QCoreApplication>

namespace muster::storage {

class Database;

// Imports people and assets from CSV files in one transaction. A row whose e-mail
// (people) or identifier (assets) matches an existing record updates it; others are
// added. With any problem the whole file is refused and nothing changes, unless
// `skipBad` is set: then good rows are imported and the problems reported.
class DirectoryImporter
{
    Q_DECLARE_TR_FUNCTIONS(muster::storage::DirectoryImporter)

public:
    struct Result
    {
        int added = 0;
        int updated = 0;
        QList<core::DirectoryCsv::Problem> skipped;
    };

    explicit DirectoryImporter(Database& db);

    Result importPeople(const QString& path, bool skipBad, qint64 now);
    Result importAssets(const QString& path, bool skipBad, qint64 now);

private:
    Database& m_db;
};

} // namespace muster::storage
