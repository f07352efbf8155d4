#pragma once

#include "core/Alert.h"

#include <QCoreApplication>
#include <QList>

#include <memory>
#include <optional>

namespace muster::storage {

class Database;
class Query;

// Alert sources and their tokens. A token is shown once, when it is issued; the table
// keeps its SHA-256 hash. Revoked tokens stay listed (with the time) for the record.
class AlertSourceRepository
{
    Q_DECLARE_TR_FUNCTIONS(muster::storage::AlertSourceRepository)

public:
    struct Token
    {
        QString id;
        QString sourceId;
        QString hint;
        qint64 createdAt = 0;
        std::optional<qint64> revokedAt;
    };

    struct Issued
    {
        core::AlertSource source;
        Token token;
        QString secret; // the token itself: show it once, it is not stored
    };

    explicit AlertSourceRepository(Database& db);
    ~AlertSourceRepository();

    QList<core::AlertSource> all() const;
    std::optional<core::AlertSource> find(const QString& id) const;
    std::optional<core::AlertSource> findByName(const QString& name) const;
    // The source a token belongs to, if the token exists and is not revoked. The
    // statement is prepared once per repository (the intake server keeps one).
    std::optional<core::AlertSource> findByToken(const QString& token) const;

    // Validates the name, severity map and mapping; throws Error(BadInput) naming the field.
    core::AlertSource add(core::AlertSource source, qint64 now);
    void update(const core::AlertSource& source, qint64 now);
    // Refuses to remove a source that still has alerts.
    void remove(const QString& sourceId);

    QList<Token> tokens(const QString& sourceId) const;
    // Issues a new token for the source named `name`, adding the source when it is new.
    Issued issueToken(const QString& name, qint64 now);
    // Revokes by token id or hint; throws NotFound.
    Token revokeToken(const QString& idOrHint, qint64 now);

private:
    static void validate(const core::AlertSource& source);
    Database& m_db;
    mutable std::unique_ptr<Query> m_findByToken;
};

} // namespace muster::storage
