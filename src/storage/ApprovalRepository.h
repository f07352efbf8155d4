#pragma once

#include "core/Approval.h"

#include <QList>

namespace muster::storage {

class Database;

class ApprovalRepository
{
public:
    explicit ApprovalRepository(const Database& db);

    QList<core::Approval> of(const QString& subjectKind, const QString& subjectId) const;
    void insert(const core::Approval& approval);

private:
    const Database& m_db;
};

} // namespace muster::storage
