#include "storage/PeopleRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"

namespace muster::storage {

using core::Person;

namespace {

const QString kColumns =
    QStringLiteral("id, name, function, title, team, email, phone, deputy_id, created_at, updated_at");

Person read(const Query& q)
{
    Person p;
    p.id = q.value(0).toString();
    p.name = q.value(1).toString();
    p.function =
        core::personFunctions().fromKey(q.value(2).toString()).value_or(core::PersonFunction::SecurityOperations);
    p.title = q.value(3).toString();
    p.team = q.value(4).toString();
    p.email = q.value(5).toString();
    p.phone = q.value(6).toString();
    p.deputyId = q.value(7).toString();
    p.createdAt = q.value(8).toLongLong();
    p.updatedAt = q.value(9).toLongLong();
    return p;
}

void bindAll(Query& q, const Person& p)
{
    q.bind(QStringLiteral(":id"), p.id)
        .bind(QStringLiteral(":name"), p.name.trimmed())
        .bind(QStringLiteral(":function"), core::personFunctions().key(p.function))
        .bind(QStringLiteral(":title"), p.title)
        .bind(QStringLiteral(":team"), p.team)
        .bind(QStringLiteral(":email"), p.email)
        .bind(QStringLiteral(":phone"), p.phone)
        .bind(QStringLiteral(":deputy"), nullIfEmpty(p.deputyId))
        .bind(QStringLiteral(":created"), p.createdAt)
        .bind(QStringLiteral(":updated"), p.updatedAt);
}

} // namespace

PeopleRepository::PeopleRepository(const Database& db)
    : m_db(db)
{}

QList<Person> PeopleRepository::all() const
{
    Query q(m_db.connection(), QStringLiteral("SELECT %1 FROM people ORDER BY name COLLATE NOCASE").arg(kColumns));
    q.exec();
    QList<Person> out;
    while (q.next()) {
        out.append(read(q));
    }
    return out;
}

std::optional<Person> PeopleRepository::find(const QString& id) const
{
    Query q(m_db.connection(), QStringLiteral("SELECT %1 FROM people WHERE id = :id").arg(kColumns));
    q.bind(QStringLiteral(":id"), id).exec();
    if (q.next()) {
        return read(q);
    }
    return std::nullopt;
}

std::optional<Person> PeopleRepository::findByEmailOrName(const QString& text) const
{
    Query q(m_db.connection(),
            QStringLiteral("SELECT %1 FROM people WHERE lower(email) = lower(:t) OR name = :t OR id = :t "
                           "ORDER BY name LIMIT 1")
                .arg(kColumns));
    q.bind(QStringLiteral(":t"), text.trimmed()).exec();
    if (q.next()) {
        return read(q);
    }
    return std::nullopt;
}

int PeopleRepository::count() const
{
    return Query(m_db.connection(), QStringLiteral("SELECT count(*) FROM people")).scalar().toInt();
}

void PeopleRepository::insert(const Person& person)
{
    Query q(m_db.connection(),
            QStringLiteral("INSERT INTO people (%1) VALUES (:id, :name, :function, :title, :team, :email, :phone, "
                           ":deputy, :created, :updated)")
                .arg(kColumns));
    bindAll(q, person);
    q.exec();
}

void PeopleRepository::update(const Person& person)
{
    Query q(m_db.connection(),
            QStringLiteral("UPDATE people SET name = :name, function = :function, title = :title, team = :team, "
                           "email = :email, phone = :phone, deputy_id = :deputy, created_at = :created, "
                           "updated_at = :updated WHERE id = :id"));
    bindAll(q, person);
    q.exec();
}

} // namespace muster::storage
