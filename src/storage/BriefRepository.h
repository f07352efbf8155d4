#pragma once

#include "core/IntelBrief.h"

#include <QList>

#include <optional>

namespace muster::storage {

class Database;

class BriefRepository
{
public:
    explicit BriefRepository(const Database& db);

    std::optional<core::IntelBrief> find(const QString& idOrReference) const;
    QList<core::IntelBrief> all() const;
    int nextNumber(int year) const;
    void insert(const core::IntelBrief& brief);
    void update(const core::IntelBrief& brief);
    void remove(const QString& id);

    // The distribution log (append-only), newest first.
    struct Distribution
    {
        QString id;
        QString briefId;
        QString what;
        QString channel; // "recipients", "html", "markdown", "stix", "pdf"
        QString scope;   // ShareScope key
        QString tlp;     // Tlp key
        QString recipients;
        QString destination;
        int itemCount = 0;
        int withheldCount = 0;
        QString actorName;
        qint64 at = 0;
    };
    void logDistribution(const Distribution& d, const QStringList& recipientIds, const QString& actorId);
    QList<Distribution> distributions(const QString& briefId = QString()) const;

private:
    const Database& m_db;
};

} // namespace muster::storage
