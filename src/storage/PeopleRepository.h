#pragma once

#include "core/Person.h"

#include <QList>

#include <optional>

namespace muster::storage {

class Database;

class PeopleRepository
{
public:
    explicit PeopleRepository(const Database& db);

    QList<core::Person> all() const;
    std::optional<core::Person> find(const QString& id) const;
    // Exact e-mail (case-insensitive) or exact name, for imports and the command line.
    std::optional<core::Person> findByEmailOrName(const QString& text) const;
    int count() const;

    void insert(const core::Person& person);
    void update(const core::Person& person);

private:
    const Database& m_db;
};

} // namespace muster::storage
