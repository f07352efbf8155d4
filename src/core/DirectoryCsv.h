#pragma once

#include "core/Asset.h"
#include "core/Csv.h"
#include "core/Person.h"

#include <QCoreApplication>

namespace muster::core {

// Reads people and assets from CSV rows, checking every column. Problems name the file,
// the line and the column, in the user's words.
class DirectoryCsv
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::DirectoryCsv)

public:
    struct Problem
    {
        int line = 0;
        QString column;
        QString message; // complete, names file, line and column
    };

    struct PersonRow
    {
        int line = 0;
        Person person;      // id empty: the importer decides insert or update
        QString deputyName; // name or e-mail of the deputy, resolved by the importer
    };

    struct AssetRow
    {
        int line = 0;
        Asset asset;
    };

    template<typename T>
    struct Parsed
    {
        QList<T> rows;
        QList<Problem> problems;
    };

    // Columns: name, function (required); title, team, email, phone, deputy.
    static Parsed<PersonRow> people(const Csv::Table& table, const QString& fileName);
    // Columns: name, kind, sensitivity (required); identifier, business_critical,
    // risk_score, owner, description.
    static Parsed<AssetRow> assets(const Csv::Table& table, const QString& fileName);

    static QStringList peopleColumns();
    static QStringList assetColumns();
};

} // namespace muster::core
