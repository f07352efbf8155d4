#pragma once

#include "core/Hunt.h"

#include <QList>

#include <optional>

namespace muster::storage {

class Database;

class HuntRepository
{
public:
    explicit HuntRepository(const Database& db);

    std::optional<core::Hunt> find(const QString& idOrReference) const;
    QList<core::Hunt> all() const;
    int nextNumber(int year) const;
    void insert(const core::Hunt& hunt);
    // Updates the row; findings are appended separately.
    void update(const core::Hunt& hunt);
    void insertFinding(const QString& huntId, const core::HuntFinding& finding);
    void remove(const QString& id);

private:
    QList<core::Hunt> select(const QString& where, const QString& key) const;

    const Database& m_db;
};

} // namespace muster::storage
