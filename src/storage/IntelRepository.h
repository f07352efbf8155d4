#pragma once

#include "core/IntelItem.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>

#include <memory>
#include <optional>

namespace muster::storage {

class Database;
class Query;

// Intel items with their indicator values, the STIX relationships between them, STIX
// objects kept without a model, and the log of imports. Writes join the caller's
// transaction; services open it.
class IntelRepository
{
public:
    explicit IntelRepository(const Database& db);
    ~IntelRepository();

    struct Filter
    {
        std::optional<core::IntelKind> kind;
        std::optional<core::Tlp> tlp;
        QString text; // in name, description, source, indicator values
        bool includeRevoked = true;
        int limit = -1;
    };

    std::optional<core::IntelItem> find(const QString& id) const;
    std::optional<core::IntelItem> findByStixId(const QString& stixId) const;
    QList<core::IntelItem> list(const Filter& filter) const;
    QList<core::IntelItem> byIds(const QStringList& ids) const;
    int count() const;

    // What is stored of each STIX object, by STIX id: for imports to decide quickly.
    struct StoredVersion
    {
        QString id;
        QString stixModified;
        core::Tlp tlp = core::Tlp::Amber;
        qint64 createdAt = 0;
    };
    QHash<QString, StoredVersion> storedVersions() const;

    // Statements are prepared once per repository, so that one repository writes many
    // items quickly inside a transaction.
    void insert(const core::IntelItem& item);
    void update(const core::IntelItem& item);
    void remove(const QString& id);

    // Indicators (any validity) with a value of the observable's kind that matches it.
    struct IndicatorMatch
    {
        QString itemId;
        core::Observable value; // the indicator's value (maybe a range)
    };
    QList<IndicatorMatch> indicatorsMatching(const core::Observable& observed) const;

    // STIX relationships, by their STIX id (a newer import replaces the row).
    void upsertRelationship(const core::IntelRelationship& relationship, qint64 now);
    QList<core::IntelRelationship> relationshipsOf(const QString& stixId) const;
    int relationshipCount() const;

    // Objects of types Muster does not model.
    void upsertKept(const QJsonObject& object, const QString& source, qint64 now);
    QMap<QString, int> keptTypes() const;

    void logImport(const QString& origin, const QString& actorName, const QJsonObject& summary, qint64 now);

    // ATT&CK technique id -> how many intel items name it.
    QHash<QString, int> attackMentions() const;

private:
    void writeValues(const core::IntelItem& item, bool replace);
    Query& statement(std::unique_ptr<Query>& slot, const QString& sql);

    const Database& m_db;
    std::unique_ptr<Query> m_insert;
    std::unique_ptr<Query> m_update;
    std::unique_ptr<Query> m_clearValues;
    std::unique_ptr<Query> m_insertValue;
};

} // namespace muster::storage
