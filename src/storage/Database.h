#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace muster::storage {

// One Muster database file. Opens one named QSqlDatabase connection per thread (each
// with WAL, foreign keys and a busy timeout), checks that the file is a healthy Muster
// database that this version can read, and applies numbered migrations.
//
// Refusals (all leave the file untouched, and throw core::Error(Conflict)):
// - the file is not an SQLite database, or is an SQLite database of another program;
// - the file is damaged (PRAGMA integrity_check does not answer "ok");
// - the file was written by a newer Muster (schema version above latestSchemaVersion()).
class Database final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Database)

public:
    struct Options
    {
        bool create = true;     // create the file when it does not exist
        bool migrate = true;    // apply pending migrations
        int targetVersion = -1; // migrate up to this version (tests); -1 for the latest
        int busyTimeoutMs = 5000;
        // PRAGMA integrity_check before opening an existing file. It reads the whole file
        // (about 100 s for a million incidents), so read-only reporting may skip it: a
        // damaged page then fails the query that reads it, with SQLite's message.
        bool checkIntegrity = true;
    };

    // Throws core::Error with a message for the user.
    static std::unique_ptr<Database> open(const QString& path, const Options& options);
    static std::unique_ptr<Database> open(const QString& path) { return open(path, Options{}); }
    ~Database() override;

    const QString& path() const { return m_path; }
    int schemaVersion() const;
    static int latestSchemaVersion();
    // The value of PRAGMA application_id that marks a Muster file ("MSTR").
    static constexpr int applicationId = 0x4D535452;

    // The connection of the calling thread, opened on first use.
    QSqlDatabase connection() const;

    // Runs PRAGMA integrity_check; returns the problems (empty when healthy).
    QStringList integrityProblems() const;

    // Applies pending migrations up to `targetVersion` (-1: latest). Returns how many ran.
    int migrate(int targetVersion = -1);

    // Tells listeners (item models, sync) that rows of these tables changed.
    void notifyChanged(const QStringList& tables);

    // The platform's default location of the user's database file.
    static QString defaultPath();

signals:
    void changed(const QStringList& tables);

private:
    Database(QString path, const Options& options);
    QSqlDatabase openConnection(const QString& name) const;

    QString m_path;
    Options m_options;
    QString m_connectionPrefix;
};

} // namespace muster::storage
