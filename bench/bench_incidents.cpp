// Incident list on a large database: opening the list (first page shown), changing a
// filter, full-text search, scrolling, and the process's resident memory.
//   musterctl generate --incidents 1000000 --database big.sqlite
//   bench_incidents big.sqlite
#include "BenchSupport.h"
#include "core/Error.h"
#include "gui/IncidentListModel.h"
#include "gui/IncidentsPage.h"
#include "gui/Resources.h"
#include "gui/Session.h"
#include "storage/Database.h"
#include "storage/IncidentQuery.h"

#include <QApplication>
#include <QLineEdit>
#include <QTableView>

using namespace muster;

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: bench_incidents DATABASE\n";
        return 2;
    }
    gui::initResources();
    const QString path = QString::fromLocal8Bit(argv[1]);
    try {
        QElapsedTimer t;
        t.start();
        auto database = storage::Database::open(path);
        const double openMs = double(t.nsecsElapsed()) / 1e6;
        const int total = storage::IncidentQuery(*database, {}).count();
        out << "Database: " << path << " with " << total << " incidents\n";
        bench::report(out, QStringLiteral("open database (checks + integrity)"), openMs);

        gui::Session session(std::move(database));
        // Cold-ish: the first time the page is built and shown.
        t.restart();
        auto* page = new gui::IncidentsPage(session);
        page->resize(1400, 900);
        page->show();
        QApplication::processEvents();
        bench::report(out, QStringLiteral("incidents page: first page shown (first time)"),
                      double(t.nsecsElapsed()) / 1e6, 100);
        delete page;
        // The page is built and shown five times; closing it (which waits for the total
        // count still running on its worker thread) is timed apart.
        std::vector<double> shownTimes;
        std::vector<double> closeTimes;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer each;
            each.start();
            auto* p = new gui::IncidentsPage(session);
            p->resize(1400, 900);
            p->show();
            QApplication::processEvents();
            shownTimes.push_back(double(each.nsecsElapsed()) / 1e6);
            each.restart();
            delete p;
            closeTimes.push_back(double(each.nsecsElapsed()) / 1e6);
        }
        std::sort(shownTimes.begin(), shownTimes.end());
        std::sort(closeTimes.begin(), closeTimes.end());
        bench::report(out, QStringLiteral("incidents page: first page shown (median of 5)"), shownTimes[2], 100);
        bench::report(out, QStringLiteral("page closed, waits for count (median)"), closeTimes[2]);

        gui::IncidentListModel model(session.database());
        // The time from choosing a filter to its first page in the model; the total
        // count follows on a worker thread and is reported separately.
        const auto filterMs = [&](const storage::IncidentFilter& f) {
            std::vector<double> times;
            for (int i = 0; i < 5; ++i) {
                storage::IncidentFilter other;
                other.statuses = {core::Status::Reopened};
                model.setFilter(other);
                QElapsedTimer t;
                t.start();
                model.setFilter(f);
                times.push_back(double(t.nsecsElapsed()) / 1e6);
            }
            std::sort(times.begin(), times.end());
            return times[times.size() / 2];
        };
        storage::IncidentFilter sev1;
        sev1.severities = {core::Severity::Sev1};
        sev1.exercise = false;
        bench::report(out, QStringLiteral("filter: SEV1, real incidents"), filterMs(sev1), 200);
        storage::IncidentFilter open;
        open.openOnly = true;
        open.exercise = false;
        bench::report(out, QStringLiteral("filter: open incidents"), filterMs(open), 200);
        storage::IncidentFilter combo;
        combo.categories = {core::Category::Ransomware};
        combo.tiers = {core::Tier::Tier2, core::Tier::Tier3};
        combo.statuses = {core::Status::Closed};
        bench::report(out, QStringLiteral("filter: ransomware, tier 2-3, closed"), filterMs(combo), 200);
        storage::IncidentFilter newOnes;
        newOnes.statuses = {core::Status::New};
        bench::report(out, QStringLiteral("filter: unacknowledged"), filterMs(newOnes), 200);

        for (const QString& text : {QStringLiteral("ransomware"), QStringLiteral("forensic image"),
                                    QStringLiteral("payroll provider breach"), QStringLiteral("INC-2026-0042")}) {
            storage::IncidentFilter f;
            f.text = text;
            bench::report(out, QStringLiteral("full-text search: \"%1\"").arg(text), filterMs(f), 200);
        }
        {
            storage::IncidentFilter everything;
            QElapsedTimer t;
            t.start();
            const int n = storage::IncidentQuery(session.database(), everything).count();
            bench::report(out, QStringLiteral("count of all %1 incidents (worker thread)").arg(n),
                          double(t.nsecsElapsed()) / 1e6);
        }
        model.setFilter({});
        const double sortMs = bench::medianMs(3, [&] {
            model.sort(gui::IncidentListModel::TitleColumn, Qt::AscendingOrder);
            model.sort(gui::IncidentListModel::DetectedColumn, Qt::DescendingOrder);
        });
        bench::report(out, QStringLiteral("sort by title and back (two queries)"), sortMs);
        QElapsedTimer scroll;
        scroll.start();
        for (int i = 0; i < 50 && model.canFetchMore({}); ++i) {
            model.fetchMore({});
        }
        bench::report(out, QStringLiteral("scroll: fetch 50 more pages (10,000 rows)"),
                      double(scroll.nsecsElapsed()) / 1e6);
        const auto [rss, hwm] = bench::residentMiB();
        out << QStringLiteral("resident memory: %1 MiB now, %2 MiB peak (target < 300 MiB)\n")
                   .arg(rss, 0, 'f', 1)
                   .arg(hwm, 0, 'f', 1);
        return 0;
    } catch (const core::Error& e) {
        out << "error: " << e.message() << '\n';
        return 1;
    }
}
