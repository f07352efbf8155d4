// Push and pull of about 100,000 changed rows through Muster's sync, beside psql's \copy
// of the same rows into and out of the same server in the same run.
//
//   sync_bench --host 127.0.0.1 --port PORT [--user postgres] [--rows 100000] [--psql psql]
//
// The user must be a superuser (the bench creates a database, the Muster schema and a
// login role). bench/run.sh starts a throwaway cluster for it.

#include "storage/Database.h"
#include "storage/DemoDataWriter.h"
#include "storage/Sql.h"
#include "storage/SyncCapture.h"
#include "storage/SyncRegistry.h"
#include "sync/PgConnection.h"
#include "sync/ServerSchema.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace muster;

namespace {

QTextStream out(stdout);

QString dsn(const QString& host, const QString& port, const QString& db, const QString& user)
{
    return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4").arg(host, port, db, user);
}

int rowsIn(storage::Database& db)
{
    int total = 0;
    for (const auto& spec : storage::SyncRegistry::specs()) {
        total +=
            storage::Query(db.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(spec.name)).scalar().toInt();
    }
    return total;
}

double runPsql(const QString& psql, const QString& connection, const QString& script)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("copy.sql"));
    QFile f(file);
    f.open(QIODevice::WriteOnly);
    f.write(script.toUtf8());
    f.close();
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(psql, {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                   QStringLiteral("-d"), connection, QStringLiteral("-f"), file});
    p.waitForFinished(-1);
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    if (p.exitCode() != 0) {
        std::fprintf(stderr, "psql failed: %s\n", p.readAllStandardError().constData());
        std::exit(1);
    }
    return seconds;
}

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

QString number(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("Server host."), QStringLiteral("HOST"),
                                  QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Server port."), QStringLiteral("PORT"),
                                  QStringLiteral("5432"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("A superuser."), QStringLiteral("USER"),
                                  QStringLiteral("postgres"));
    const QCommandLineOption rows(QStringLiteral("rows"), QStringLiteral("About how many rows."), QStringLiteral("N"),
                                  QStringLiteral("100000"));
    const QCommandLineOption psql(QStringLiteral("psql"), QStringLiteral("The psql program."), QStringLiteral("PATH"),
                                  QStringLiteral("psql"));
    const QCommandLineOption keep(QStringLiteral("keep"),
                                  QStringLiteral("Copy the pulled desktop's database file to FILE, for a look."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption repeat(QStringLiteral("repeat"),
                                    QStringLiteral("Push into a new server database and \\copy into one, pull into "
                                                   "a new desktop and \\copy out, this many times each, "
                                                   "alternating; the medians are compared."),
                                    QStringLiteral("N"), QStringLiteral("3"));
    parser.addOptions({host, port, user, rows, psql, keep, repeat});
    parser.addHelpOption();
    parser.process(app);

    try {
        const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
        const QString database = QStringLiteral("sync_bench_") + suffix;
        const QString login = QStringLiteral("sync_bench_") + suffix;
        const QString h = parser.value(host);
        const QString p = parser.value(port);
        {
            sync::PgConnection postgres(
                sync::ServerConfig::fromDsn(dsn(h, p, QStringLiteral("postgres"), parser.value(user))));
            postgres.exec(QStringLiteral("CREATE DATABASE %1").arg(database));
        }
        const QString adminDsn = dsn(h, p, database, parser.value(user));
        sync::PgConnection admin(sync::ServerConfig::fromDsn(adminDsn));
        sync::ServerSchema::install(admin);
        const QString version = admin.exec(QStringLiteral("SHOW server_version")).text(0, 0);

        QTemporaryDir dir;
        const int runs = std::max(1, parser.value(repeat).toInt());
        // Desktop A: the demo organisation with its whole outbox (the baseline that the
        // capture triggers queue when sync is set up), made once; each push run pushes a
        // copy of that file into a new server database.
        const QString aTemplate = dir.filePath(QStringLiteral("a-template.sqlite"));
        int total = 0;
        QString legal;
        QStringList counts;
        int queued = 0;
        double capture = 0;
        {
            auto a = storage::Database::open(aTemplate);
            // The demo organisation makes about 12.4 rows per incident (incident, links,
            // assignees, timeline) plus its directory and inventory.
            const int wanted = parser.value(rows).toInt();
            storage::DemoDataWriter::write(*a, std::max(1, int((wanted - 76) / 12.4)), 7,
                                           QDateTime::currentMSecsSinceEpoch());
            total = rowsIn(*a);
            legal = storage::Query(a->connection(),
                                   QStringLiteral("SELECT id FROM people WHERE function = 'legal' LIMIT 1"))
                        .scalar()
                        .toString();
            for (const auto& spec : storage::SyncRegistry::specs()) {
                counts << QStringLiteral("%1 %2").arg(spec.name).arg(
                    number(storage::Query(a->connection(), QStringLiteral("SELECT count(*) FROM %1").arg(spec.name))
                               .scalar()
                               .toLongLong()));
            }
            QElapsedTimer timer;
            timer.start();
            queued = storage::SyncCapture::ensure(*a);
            capture = double(timer.nsecsElapsed()) / 1e9;
        }
        sync::ServerSchema::addLogin(admin, login, legal, false);
        const sync::ServerConfig member = sync::ServerConfig::fromDsn(dsn(h, p, database, login));
        out << QStringLiteral("Sync benchmark: %1 changed rows (%2), PostgreSQL %3\n\n")
                   .arg(number(total), counts.join(QStringLiteral(", ")), version);
        out.flush();

        // A new server database with the Muster schema (and the login, for a push), and
        // its end (dropped at once, so that no autovacuum of it runs beside what follows).
        const auto onPostgres = [&](const QString& sql) {
            sync::PgConnection postgres(
                sync::ServerConfig::fromDsn(dsn(h, p, QStringLiteral("postgres"), parser.value(user))));
            postgres.exec(sql);
        };
        const auto dropServerDatabase = [&](const QString& name) {
            onPostgres(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(name));
        };
        const auto newServerDatabase = [&](const QString& name, bool withLogin) {
            onPostgres(QStringLiteral("CREATE DATABASE %1").arg(name));
            sync::PgConnection c(sync::ServerConfig::fromDsn(dsn(h, p, name, parser.value(user))));
            sync::ServerSchema::install(c);
            if (withLogin) {
                sync::ServerSchema::addLogin(c, login, legal, false);
            }
        };
        // One push of a copy of A into `serverDatabase` (empty); returns the open copy.
        QList<double> pushes;
        QList<double> pushCpus;
        const auto push = [&](int run, const QString& serverDatabase) {
            const QString path = dir.filePath(QStringLiteral("a%1.sqlite").arg(run));
            QFile::copy(aTemplate, path);
            auto copy = storage::Database::open(path);
            QElapsedTimer timer;
            timer.start();
            const double cpu = cpuSeconds();
            const auto pushed =
                sync::SyncEngine(*copy, sync::ServerConfig::fromDsn(dsn(h, p, serverDatabase, login))).run();
            pushes.append(double(timer.nsecsElapsed()) / 1e9);
            pushCpus.append(cpuSeconds() - cpu);
            if (pushed.pushed != total || pushed.rejected != 0) {
                std::fprintf(stderr, "push: %d applied, %d rejected of %d\n", pushed.pushed, pushed.rejected, total);
                std::exit(1);
            }
            return copy;
        };

        // The first push goes into the database the pulls read from.
        auto a = push(0, database);
        // The server adds rows of its own (the pusher joins the access list of each
        // confidential incident it pushed); they reach A on its next sync. B must end
        // up with what A then holds.
        sync::SyncEngine(*a, member).run();
        const int expected = rowsIn(*a);

        // psql's \copy of the same rows, in the same run:
        // - out of the synced tables as the same login (row-level security applies);
        // - into the same tables of a new server database (keys, indexes, foreign keys
        //   and triggers; as the superuser, since COPY FROM refuses tables with row-level
        //   security for everyone else), alternately with further pushes of A;
        // - into bare tables of the same shape (columns, defaults, keys and indexes only).
        QString copyOut;
        QString copySame;
        QString copyBare;
        QString prepare = QStringLiteral("CREATE SCHEMA copy_bench;\n");
        const auto tables = storage::SyncRegistry::describe(a->connection());
        for (const auto& t : tables) {
            const QString file = dir.filePath(t.name + QStringLiteral(".csv"));
            QStringList cols;
            for (const auto& c : t.columns) {
                cols << QLatin1Char('"') + c.name + QLatin1Char('"');
            }
            copyOut += QStringLiteral("\\copy (SELECT %1 FROM muster.%2) TO '%3'\n")
                           .arg(cols.join(QStringLiteral(", ")), t.name, file);
            prepare += QStringLiteral("CREATE TABLE copy_bench.%1 (LIKE muster.%1 INCLUDING DEFAULTS INCLUDING "
                                      "CONSTRAINTS INCLUDING INDEXES INCLUDING IDENTITY);\n")
                           .arg(t.name);
            copySame +=
                QStringLiteral("\\copy muster.%1 (%2) FROM '%3'\n").arg(t.name, cols.join(QStringLiteral(", ")), file);
            copyBare += QStringLiteral("\\copy copy_bench.%1 (%2) FROM '%3'\n")
                            .arg(t.name, cols.join(QStringLiteral(", ")), file);
        }
        runPsql(parser.value(psql), dsn(h, p, database, login), copyOut); // the files the \copy FROM reads
        QList<double> copiesSame;
        for (int run = 0; run < runs; ++run) {
            if (run > 0) {
                const QString pushed = database + QStringLiteral("_push%1").arg(run);
                newServerDatabase(pushed, true);
                push(run, pushed).reset();
                dropServerDatabase(pushed);
            }
            const QString same = database + QStringLiteral("_copy%1").arg(run);
            newServerDatabase(same, false);
            copiesSame.append(runPsql(parser.value(psql), dsn(h, p, same, parser.value(user)), copySame));
            dropServerDatabase(same);
        }
        const double pushSeconds = median(pushes);
        const double pushCpu = median(pushCpus);
        const double copySameSeconds = median(copiesSame);

        // The server as a team's server is between syncs: vacuumed and analysed. (Just
        // after the push, the first reader of the new rows sets their hint bits, and
        // autovacuum starts on them at a moment of its choosing; either would fall on
        // whichever of the runs below comes first or meets it.)
        admin.exec(QStringLiteral("VACUUM (ANALYZE)"));

        // The pull into a new desktop and the \copy out, alternately, so that both meet
        // the machine as it is at the time (a shared machine's speed drifts by 20% and
        // more within minutes); their medians are compared.
        QList<double> pulls;
        QList<double> pullCpus;
        QList<double> copiesOut;
        int pulledRows = 0;
        for (int run = 0; run < runs; ++run) {
            auto b = storage::Database::open(dir.filePath(QStringLiteral("b%1.sqlite").arg(run)));
            QElapsedTimer timer;
            timer.start();
            const double cpu = cpuSeconds();
            const auto pulled = sync::SyncEngine(*b, member).run();
            pulls.append(double(timer.nsecsElapsed()) / 1e9);
            pullCpus.append(cpuSeconds() - cpu);
            pulledRows = pulled.pulled;
            if (rowsIn(*b) != expected) {
                std::fprintf(stderr, "pull: %d rows of %d arrived\n", rowsIn(*b), expected);
                return 1;
            }
            if (run == 0 && parser.isSet(keep)) {
                storage::execute(b->connection(), QStringLiteral("VACUUM INTO '%1'").arg(parser.value(keep)));
            }
            b.reset();
            QFile::remove(dir.filePath(QStringLiteral("b%1.sqlite").arg(run)));
            copiesOut.append(runPsql(parser.value(psql), dsn(h, p, database, login), copyOut));
        }
        const double pull = median(pulls);
        const double pullCpu = median(pullCpus);
        const double copyOutSeconds = median(copiesOut);

        // For scale: the same rows, as the desktop stores them, loaded into the same local
        // tables (indexes, triggers) of a new Muster database with the sqlite3 shell.
        QString wireOut;
        QString sqliteImport = QStringLiteral("PRAGMA foreign_keys = OFF;\n.mode csv\nBEGIN;\n");
        for (const auto& t : tables) {
            const QString file = dir.filePath(t.name + QStringLiteral(".wire.csv"));
            QStringList wire;
            QStringList cols;
            QStringList values;
            for (const auto& c : t.columns) {
                wire << sync::ServerSchema::toWire(c, QString());
                cols << c.name;
                values << (c.notNull ? c.name : QStringLiteral("NULLIF(%1, '')").arg(c.name));
            }
            wireOut += QStringLiteral("\\copy (SELECT %1 FROM muster.%2) TO '%3' WITH (FORMAT csv)\n")
                           .arg(wire.join(QStringLiteral(", ")), t.name, file);
            const bool numbered = t.localOnly.contains(QStringLiteral("seq"));
            sqliteImport += QStringLiteral("CREATE TEMP TABLE s_%1 AS SELECT %2 FROM %1 WHERE 0;\n.import %3 s_%1\n"
                                           "INSERT INTO %1 (%2%4) SELECT %5%6 FROM s_%1;\n")
                                .arg(t.name, cols.join(QStringLiteral(", ")), file,
                                     numbered ? QStringLiteral(", seq") : QString(), values.join(QStringLiteral(", ")),
                                     numbered ? QStringLiteral(", row_number() OVER (PARTITION BY %1 ORDER BY rowid)")
                                                    .arg(t.incidentColumn)
                                              : QString());
        }
        sqliteImport += QStringLiteral("COMMIT;\n");
        runPsql(parser.value(psql), dsn(h, p, database, login), wireOut);
        const QString importPath = dir.filePath(QStringLiteral("import.sqlite"));
        storage::Database::open(importPath).reset();
        double sqliteSeconds = 0;
        {
            QProcess sqlite;
            QElapsedTimer t;
            t.start();
            sqlite.start(QStringLiteral("sqlite3"), {importPath});
            sqlite.write(sqliteImport.toUtf8());
            sqlite.closeWriteChannel();
            sqlite.waitForFinished(-1);
            sqliteSeconds = double(t.nsecsElapsed()) / 1e9;
            if (sqlite.exitCode() != 0 || !sqlite.readAllStandardError().isEmpty()) {
                std::fprintf(stderr, "sqlite3 import failed\n");
            }
        }
        runPsql(parser.value(psql), adminDsn, prepare);
        const double copyBareSeconds = runPsql(parser.value(psql), adminDsn, copyBare);

        const auto line = [](const QString& what, double muster, const QString& baseline, double copy) {
            out << QStringLiteral("%1 %2 s   %3 %4 s   ratio %5x\n")
                       .arg(what, -32)
                       .arg(muster, 7, 'f', 2)
                       .arg(baseline, -42)
                       .arg(copy, 6, 'f', 2)
                       .arg(muster / copy, 0, 'f', 2);
        };
        // Run by run, when there were several: "1.23 s / 0.45 s = 2.73x, …".
        const auto runByRun = [runs](const QString& what, const QList<double>& muster, const QList<double>& copy) {
            if (runs < 2) {
                return;
            }
            QStringList each;
            for (int run = 0; run < runs; ++run) {
                each << QStringLiteral("%1 s / %2 s = %3x")
                            .arg(muster.at(run), 0, 'f', 2)
                            .arg(copy.at(run), 0, 'f', 2)
                            .arg(muster.at(run) / copy.at(run), 0, 'f', 2);
            }
            out << QStringLiteral("  (medians of %1 alternating runs of each; %2, run by run: %3)\n")
                       .arg(runs)
                       .arg(what, each.join(QStringLiteral(", ")));
        };
        line(QStringLiteral("push (outbox to server)"), pushSeconds,
             QStringLiteral("\\copy into the same tables (superuser)"), copySameSeconds);
        runByRun(QStringLiteral("push / \\copy into the same tables"), pushes, copiesSame);
        line(QStringLiteral("push (outbox to server)"), pushSeconds,
             QStringLiteral("\\copy into bare tables of that shape"), copyBareSeconds);
        line(QStringLiteral("pull (server to a new desktop)"), pull,
             QStringLiteral("\\copy out of the same tables, same login"), copyOutSeconds);
        runByRun(QStringLiteral("pull / \\copy out"), pulls, copiesOut);
        out << QStringLiteral("for scale: the sqlite3 shell loads the same rows into the same local tables in %1 s; "
                              "\\copy out plus that: %2 s (pull ratio %3x)\n")
                   .arg(sqliteSeconds, 0, 'f', 2)
                   .arg(copyOutSeconds + sqliteSeconds, 0, 'f', 2)
                   .arg(pull / (copyOutSeconds + sqliteSeconds), 0, 'f', 2);
        out << QStringLiteral("desktop CPU time: push %1 s, pull %2 s\n")
                   .arg(pushCpu, 0, 'f', 2)
                   .arg(pullCpu, 0, 'f', 2);
        out << QStringLiteral("capture of the baseline outbox: %1 rows in %2 s (not part of push)\n")
                   .arg(number(queued))
                   .arg(capture, 0, 'f', 2);
        out << QStringLiteral("pushed %1 each time, pulled %2\n").arg(number(total), number(pulledRows));
        out.flush();
        admin.exec(QStringLiteral("SELECT 1"));
    } catch (const core::Error& e) {
        std::fprintf(stderr, "sync_bench: %s\n", e.what());
        return 1;
    }
    return 0;
}
