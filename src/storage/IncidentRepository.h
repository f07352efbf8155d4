#pragma once

#include "core/Incident.h"

#include <QList>

#include <memory>
#include <optional>

namespace muster::storage {

class Database;
class Query;

class IncidentRepository
{
public:
    explicit IncidentRepository(const Database& db);
    ~IncidentRepository();

    // The incident columns in the order read() expects, each prefixed with `alias.`
    // when an alias is given; shared with IncidentQuery so both read rows alike.
    static QString columns(const QString& alias = QString());
    // Reads an incident (without assignees) from columns 0..22 of the current row.
    static core::Incident read(const Query& q);

    std::optional<core::Incident> find(const QString& id) const;
    std::optional<core::Incident> findByReference(const QString& reference) const;
    // By id or reference.
    std::optional<core::Incident> findByIdOrReference(const QString& key) const;
    int count() const;
    // True when the file holds no incident (cheap on any size).
    bool isEmpty() const;
    // The next free number in INC-<year>-NNNN.
    int nextNumber(int year) const;

    // Inserts the row and its assignees. Statements are prepared once per repository,
    // so one repository can insert many incidents quickly inside a transaction.
    void insert(const core::Incident& incident);
    // Updates the row (including the derived columns) and replaces the assignees.
    void update(const core::Incident& incident);

private:
    void writeAssignees(const core::Incident& incident);

    const Database& m_db;
    std::unique_ptr<Query> m_insert;
    std::unique_ptr<Query> m_insertAssignee;
};

} // namespace muster::storage
