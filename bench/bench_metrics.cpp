// Benchmarks of the metrics dashboard on a large database (bench/README.md).
//
//   bench_metrics [--database FILE] [--sqlite3 PATH] [--musterctl PATH] [--runs N] [--scripts DIR]
//
// FILE defaults to $MUSTER_BENCH_INCIDENTS_1M and musterctl to $MUSTER_BIN_DIR/musterctl
// (bench/run.sh sets both).
//
// For the 12 months that end with the latest detection in FILE, it times:
// - the dashboard refresh: MetricsService::dashboard() in this process, and the whole
//   Dashboard page (queries plus charts), beside the sqlite3 shell running the same
//   statements (recorded with MetricsService::setStatementObserver) on the same file;
// - each `musterctl metrics --by X --json` as a process, beside a sqlite3 process running
//   that command's statements;
// - a QCustomPlot redraw of the per-incident scatter with 1,000,000 points.
// Each figure is the median of --runs runs (default 3), Muster and sqlite3 alternating,
// after one warm-up run of each, so that both read the file from the same page cache.
#include "core/MetricsCalendar.h"
#include "gui/DashboardPage.h"
#include "gui/ScatterPlot.h"
#include "gui/Session.h"
#include "storage/Database.h"
#include "storage/MetricsService.h"
#include "storage/Sql.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>
#include <qcustomplot.h>

#include <algorithm>
#include <functional>
#include <sys/resource.h>
#include <time.h>

using namespace muster;

namespace {

QTextStream out(stdout);

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double timeMs(const std::function<void()>& f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

// Wall time and CPU time (user + system) of one run.
struct Sample
{
    double wall = 0;
    double cpu = 0;
};

double childrenCpuMs()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

// CPU time of this thread: on a shared machine, wall time also counts waiting for a core.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

Sample inProcess(const std::function<void()>& f)
{
    const double cpu = threadCpuMs();
    const double wall = timeMs(f);
    return {wall, threadCpuMs() - cpu};
}

// Runs a process to its end and returns its wall and CPU time; its output is discarded.
Sample runProcess(const QString& program, const QStringList& args, const QString& stdinFile = QString())
{
    const double cpu = childrenCpuMs();
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    if (!stdinFile.isEmpty()) {
        p.setStandardInputFile(stdinFile);
    }
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForFinished(-1) || p.exitCode() != 0) {
        qFatal("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
    }
    return {double(t.nsecsElapsed()) / 1e6, childrenCpuMs() - cpu};
}

// The statements a metrics call runs, as one sqlite3 script that prints to nowhere.
QString scriptOf(const QStringList& statements, const QString& dir, const QString& name)
{
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".sql");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    f.write(".output /dev/null\n");
    for (const QString& s : statements) {
        f.write(s.toUtf8() + ";\n");
    }
    return path;
}

// Medians of the runs of Muster and of sqlite3, wall and CPU.
struct Runs
{
    QList<double> musterWall, musterCpu, sqliteWall, sqliteCpu;

    void add(const Sample& muster, const Sample& sqlite)
    {
        musterWall.append(muster.wall);
        musterCpu.append(muster.cpu);
        sqliteWall.append(sqlite.wall);
        sqliteCpu.append(sqlite.cpu);
    }
};

QString cell(double v, int width)
{
    return QString::number(v, 'f', 0).rightJustified(width);
}

QString ratio(double a, double b)
{
    return QStringLiteral("%1x").arg(a / std::max(1.0, b), 0, 'f', 2).rightJustified(7);
}

void printHeader()
{
    out << QStringLiteral("%1 %2 %3 %4   %5 %6 %7\n")
               .arg(QStringLiteral("benchmark").leftJustified(44), QStringLiteral("muster").rightJustified(9),
                    QStringLiteral("sqlite3").rightJustified(9), QStringLiteral("ratio").rightJustified(7),
                    QStringLiteral("cpu:muster").rightJustified(10), QStringLiteral("sqlite3").rightJustified(9),
                    QStringLiteral("ratio").rightJustified(7));
}

void printRow(const QString& name, const Runs& r)
{
    const double mw = median(r.musterWall), sw = median(r.sqliteWall), mc = median(r.musterCpu),
                 sc = median(r.sqliteCpu);
    out << QStringLiteral("%1 %2 %3 %4   %5 %6 %7\n")
               .arg(name.leftJustified(44), cell(mw, 9), cell(sw, 9), ratio(mw, sw), cell(mc, 10), cell(sc, 9),
                    ratio(mc, sc));
    out.flush();
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption databaseOption(QStringLiteral("database"), QStringLiteral("Database FILE."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption sqliteOption(QStringLiteral("sqlite3"), QStringLiteral("sqlite3 shell."),
                                          QStringLiteral("PATH"), QStringLiteral("sqlite3"));
    const QCommandLineOption ctlOption(QStringLiteral("musterctl"), QStringLiteral("musterctl executable."),
                                       QStringLiteral("PATH"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per figure."), QStringLiteral("N"),
                                        QStringLiteral("3"));
    const QCommandLineOption keepOption(
        QStringLiteral("scripts"), QStringLiteral("Keep the sqlite3 scripts in DIR (default: a temporary folder)."),
        QStringLiteral("DIR"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("Run only these parts: dashboard, page, metrics, scatter."),
                                        QStringLiteral("LIST"));
    parser.addOptions({databaseOption, sqliteOption, ctlOption, runsOption, keepOption, onlyOption});
    parser.addHelpOption();
    parser.process(app);
    const QString path =
        parser.isSet(databaseOption) ? parser.value(databaseOption) : qEnvironmentVariable("MUSTER_BENCH_INCIDENTS_1M");
    const QString sqlite = parser.value(sqliteOption);
    const QString bin = qEnvironmentVariableIsSet("MUSTER_BIN_DIR")
                            ? qEnvironmentVariable("MUSTER_BIN_DIR")
                            : QCoreApplication::applicationDirPath() + QStringLiteral("/../bin");
    const QString ctl = parser.isSet(ctlOption) ? parser.value(ctlOption) : bin + QStringLiteral("/musterctl");
    const int runs = std::max(1, parser.value(runsOption).toInt());
    if (path.isEmpty()) {
        qFatal("--database FILE is required (or run through bench/run.sh)");
    }
    const QStringList only = parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const auto wanted = [&only](const char* part) {
        return only.isEmpty() || only.contains(QLatin1String(part));
    };
    QTemporaryDir temporary;
    const QString scriptDir = parser.isSet(keepOption) ? parser.value(keepOption) : temporary.path();
    QDir().mkpath(scriptDir);

    // Opening migrates the file if needed (the covering index of migration 6).
    std::unique_ptr<storage::Database> db;
    storage::Database::Options options;
    options.create = false;
    options.integrityCheckMaxBytes = 0; // minutes on this file; `musterctl db check` does it
    const double openMs = timeMs([&] { db = storage::Database::open(path, options); });
    const qint64 incidents =
        storage::Query(db->connection(), QStringLiteral("SELECT count(*) FROM incidents")).scalar().toLongLong();
    const qint64 latest = storage::Query(db->connection(), QStringLiteral("SELECT MAX(detected_at) FROM incidents"))
                              .scalar()
                              .toLongLong();
    storage::MetricsQuery query;
    const core::MetricsCalendar calendar(query.timeZone);
    const QDate last = calendar.localDate(latest);
    const QDate first = last.addDays(-364);
    query.period = calendar.dates(first, last);
    query.asOfMs = latest;
    out << QStringLiteral("Database %1: %2 incidents; opened (and migrated) in %3 ms.\n")
               .arg(path)
               .arg(incidents)
               .arg(openMs, 0, 'f', 0);
    out << QStringLiteral("Period %1 to %2 (%3); median of %4 runs after a warm-up; times in ms.\n\n")
               .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate), QString::fromUtf8(query.timeZone.id()))
               .arg(runs);
    printHeader();

    // Dashboard refresh, in process.
    QStringList statements;
    storage::MetricsService service(*db);
    service.setStatementObserver([&](const QString& sql) { statements.append(sql); });
    storage::MetricsDashboard dashboard = service.dashboard(query, core::MetricsGrouping::Month);
    service.setStatementObserver({});
    const QString dashboardScript = scriptOf(statements, scriptDir, QStringLiteral("dashboard"));
    Runs dashboardRuns;
    if (wanted("dashboard") || wanted("page")) {
        runProcess(sqlite, {path}, dashboardScript);
    }
    for (int i = 0; wanted("dashboard") && i < runs; ++i) {
        const Sample m = inProcess([&] { dashboard = service.dashboard(query, core::MetricsGrouping::Month); });
        dashboardRuns.add(m, runProcess(sqlite, {path}, dashboardScript));
    }
    if (wanted("dashboard")) {
        printRow(QStringLiteral("dashboard refresh, 12 months (%1 statements)").arg(statements.size()), dashboardRuns);
    }

    // The whole page: queries on the worker thread, then every chart (scatter included).
    if (wanted("page")) {
        gui::Session session(storage::Database::open(path, options));
        gui::DashboardPage page(session);
        page.resize(1440, 960);
        page.setCustomPeriod(first, last);
        QSignalSpy refreshed(&page, &gui::DashboardPage::refreshed);
        page.show();
        refreshed.wait(600'000);
        // Wall time only (the queries run on a worker thread), beside sqlite3's.
        Runs pageRuns;
        for (int i = 0; i < runs; ++i) {
            const Sample m{timeMs([&] {
                               page.refresh();
                               refreshed.wait(600'000);
                           }),
                           0};
            pageRuns.add(m, runProcess(sqlite, {path}, dashboardScript));
        }
        printRow(QStringLiteral("dashboard page refresh incl. charts (wall)"), pageRuns);
    }

    // musterctl metrics, each grouping, as processes.
    const QStringList common{QStringLiteral("metrics"),  QStringLiteral("--database"), path,
                             QStringLiteral("--from"),   first.toString(Qt::ISODate),  QStringLiteral("--to"),
                             last.toString(Qt::ISODate), QStringLiteral("--json")};
    for (core::MetricsGrouping grouping : core::metricsGroupings().values()) {
        if (!wanted("metrics")) {
            break;
        }
        storage::MetricsQuery q = query;
        q.grouping = grouping;
        q.asOfMs = 0;
        statements.clear();
        service.setStatementObserver([&](const QString& sql) { statements.append(sql); });
        service.report(q);
        service.setStatementObserver({});
        const QString key = core::metricsGroupings().key(grouping);
        const QString script = scriptOf(statements, scriptDir, key);
        QStringList args = common;
        if (grouping != core::MetricsGrouping::None) {
            args << QStringLiteral("--by") << key;
        }
        runProcess(ctl, args);
        runProcess(sqlite, {path}, script);
        Runs r;
        for (int i = 0; i < runs; ++i) {
            const Sample m = runProcess(ctl, args);
            r.add(m, runProcess(sqlite, {path}, script));
        }
        printRow(grouping == core::MetricsGrouping::None ? QStringLiteral("musterctl metrics (no grouping)")
                                                         : QStringLiteral("musterctl metrics --by %1").arg(key),
                 r);
    }

    if (!wanted("scatter")) {
        return 0;
    }
    // Scatter redraw with exactly 1,000,000 points: the real ones, topped up with
    // synthetic ones over the same year when the file has fewer.
    storage::DurationPoints points = dashboard.remediation;
    const qsizetype real = points.detectedMs.size();
    QRandomGenerator rng(7);
    while (points.detectedMs.size() < 1'000'000) {
        points.detectedMs.append(double(query.period.fromMs) +
                                 rng.generateDouble() * double(query.period.toMs - query.period.fromMs));
        points.durationMs.append(3.6e6 * std::exp(rng.generateDouble() * 8.0 - 2.0));
    }
    points.detectedMs.resize(1'000'000);
    points.durationMs.resize(1'000'000);
    std::sort(points.detectedMs.begin(), points.detectedMs.end());
    gui::ScatterPlot scatter;
    scatter.resize(1300, 520);
    scatter.show();
    const double setMs = timeMs([&] { scatter.setData(points, query.timeZone); });
    QCustomPlot* plot = scatter.plot();
    QList<double> redraws;
    QList<double> cpu;
    for (int i = 0; i < 20; ++i) {
        // Pan a little each time, as a user dragging would.
        plot->xAxis->moveRange(plot->xAxis->range().size() * (i % 2 == 0 ? 0.01 : -0.01));
        const double before = threadCpuMs();
        redraws.append(timeMs([&] { plot->replot(QCustomPlot::rpImmediateRefresh); }));
        cpu.append(threadCpuMs() - before);
    }
    std::sort(redraws.begin(), redraws.end());
    std::sort(cpu.begin(), cpu.end());
    out << QStringLiteral("\nScatter, 1,000,000 points (%1 real): set data %2 ms; redraw over 20 redraws: wall median "
                          "%3 ms, max %4 ms; CPU median %5 ms, max %6 ms (target under 100 ms).\n")
               .arg(real)
               .arg(setMs, 0, 'f', 0)
               .arg(redraws.at(redraws.size() / 2), 0, 'f', 1)
               .arg(redraws.last(), 0, 'f', 1)
               .arg(cpu.at(cpu.size() / 2), 0, 'f', 1)
               .arg(cpu.last(), 0, 'f', 1);
    return 0;
}
