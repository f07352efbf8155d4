#include "storage/ApprovalRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"

namespace muster::storage {

ApprovalRepository::ApprovalRepository(const Database& db)
    : m_db(db)
{}

QList<core::Approval> ApprovalRepository::of(const QString& subjectKind, const QString& subjectId) const
{
    Query q(m_db.connection(),
            QStringLiteral("SELECT id, incident_id, subject_kind, subject_id, role, version, text_hash, person_id, "
                           "person_name, approved_at FROM approvals WHERE subject_kind = :kind AND subject_id = :id "
                           "ORDER BY approved_at, rowid"));
    q.bind(QStringLiteral(":kind"), subjectKind).bind(QStringLiteral(":id"), subjectId).exec();
    QList<core::Approval> out;
    while (q.next()) {
        core::Approval a;
        a.id = q.value(0).toString();
        a.incidentId = q.value(1).toString();
        a.subjectKind = q.value(2).toString();
        a.subjectId = q.value(3).toString();
        a.role = core::approvalRoles().fromKey(q.value(4).toString()).value_or(core::ApprovalRole::Legal);
        a.version = q.value(5).toInt();
        a.textHash = q.value(6).toString();
        a.personId = q.value(7).toString();
        a.personName = q.value(8).toString();
        a.approvedAt = q.value(9).toLongLong();
        out.append(a);
    }
    return out;
}

void ApprovalRepository::insert(const core::Approval& a)
{
    Query q(
        m_db.connection(),
        QStringLiteral("INSERT INTO approvals (id, incident_id, subject_kind, subject_id, role, version, text_hash, "
                       "person_id, person_name, approved_at, updated_at) VALUES (:id, :incident, :kind, :subject, "
                       ":role, :version, :hash, :person_id, :person, :at, :at)"));
    q.bind(QStringLiteral(":id"), a.id)
        .bind(QStringLiteral(":incident"), a.incidentId)
        .bind(QStringLiteral(":kind"), a.subjectKind)
        .bind(QStringLiteral(":subject"), a.subjectId)
        .bind(QStringLiteral(":role"), core::approvalRoles().key(a.role))
        .bind(QStringLiteral(":version"), a.version)
        .bind(QStringLiteral(":hash"), a.textHash)
        .bind(QStringLiteral(":person_id"), a.personId)
        .bind(QStringLiteral(":person"), a.personName)
        .bind(QStringLiteral(":at"), a.approvedAt)
        .exec();
}

} // namespace muster::storage
