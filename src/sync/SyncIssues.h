#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace muster::storage {
class Database;
}

namespace muster::sync {

// A change the server refused, or a field where this desktop's change met another
// desktop's: what the conflicts view lists.
struct SyncIssue
{
    enum class Kind
    {
        Refused,
        Conflict,
    };
    Kind kind = Kind::Refused;
    QString id; // mutation id of a refusal, row id of a conflict
    qint64 at = 0;
    QString table;
    QString rowId;
    QString record; // what it is about, for people: "INC-2026-0042 Phishing wave", "Dana Lee"
    QString field;
    QString detail; // what happened, for people
    bool dismissed = false;
};

// Reads and dismisses the refused changes and conflicts kept in the local database.
class SyncIssues
{
    Q_DECLARE_TR_FUNCTIONS(muster::sync::SyncIssues)

public:
    explicit SyncIssues(storage::Database& db);

    QList<SyncIssue> list(bool includeDismissed) const;
    void dismiss(const SyncIssue& issue);
    void dismissAll();
    int openCount() const;

    // What a table is called for people ("Incident", "Timeline entry", ...).
    static QString tableLabel(const QString& table);

private:
    QString describeRecord(const QString& table, const QString& rowId) const;

    storage::Database& m_db;
};

} // namespace muster::sync
