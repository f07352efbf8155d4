#include "TestSupport.h"
#include "core/DurationFormat.h"
#include "gui/ChartCard.h"
#include "gui/DashboardPage.h"
#include "gui/DurationBarChart.h"
#include "gui/HistogramPlot.h"
#include "gui/KpiTile.h"
#include "gui/MainWindow.h"
#include "gui/Resources.h"
#include "gui/ScatterPlot.h"
#include "gui/Session.h"
#include "gui/SlaDonut.h"
#include "gui/SlaTargetsWidget.h"
#include "gui/Theme.h"
#include "storage/DemoDataWriter.h"
#include "storage/IncidentService.h"
#include "storage/MetricsService.h"

#include <QBarSeries>
#include <QBarSet>
#include <QDateTime>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <qcustomplot.h>

using namespace muster;
using gui::DashboardPage;

Q_DECLARE_METATYPE(muster::storage::IncidentFilter)

namespace {

// Saves a screenshot when MUSTER_SCREENSHOT_DIR is set (for looking at the result).
void screenshot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("MUSTER_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
}

bool waitForRefresh(DashboardPage& page)
{
    QSignalSpy spy(&page, &DashboardPage::refreshed);
    return spy.wait(30'000);
}

storage::IncidentFilter waitForDrill(QSignalSpy& spy)
{
    if (spy.isEmpty() && !spy.wait(10'000)) {
        return {};
    }
    return spy.takeFirst().at(0).value<storage::IncidentFilter>();
}

} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_temp;

    std::unique_ptr<gui::Session> session()
    {
        return std::make_unique<gui::Session>(storage::Database::open(m_temp->path()));
    }

    // A shown page on `preset`, refreshed once.
    struct Opened
    {
        std::unique_ptr<gui::Session> session;
        std::unique_ptr<DashboardPage> page;
    };
    Opened open(DashboardPage::Preset preset, int tab = 0)
    {
        Opened o{session(), nullptr};
        o.page = std::make_unique<DashboardPage>(*o.session);
        o.page->setPreset(preset);
        o.page->resize(1300, 900);
        o.page->findChild<QTabWidget*>()->setCurrentIndex(tab);
        QSignalSpy spy(o.page.get(), &DashboardPage::refreshed);
        o.page->show();
        if (!spy.wait(30'000)) {
            o.page.reset();
        }
        return o;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MusterTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_dashboardpage"));
        qRegisterMetaType<storage::IncidentFilter>();
        gui::initResources();
        gui::Theme::apply(gui::Theme::Choice::Light);
        m_temp = std::make_unique<test::TempDatabase>();
        storage::DemoDataWriter::write(m_temp->db(), 200, 20261129u, QDateTime::currentMSecsSinceEpoch());
    }

    void refresh_tilesShowTheServiceFigures()
    {
        auto o = open(DashboardPage::Preset::Last365Days);
        QVERIFY(o.page);
        DashboardPage& page = *o.page;
        auto& s = o.session;
        const auto report = storage::MetricsService(s->database())
                                .report(page.query(), {core::Measure::Acknowledge, core::Measure::Remediate});
        QVERIFY(report.total.incidents > 100);
        const auto tiles = page.findChildren<gui::KpiTile*>();
        QCOMPARE(tiles.size(), 4);
        QCOMPARE(tiles.at(0)->value(), core::formatDuration(report.total.stats(core::Measure::Acknowledge).meanMs));
        QCOMPARE(tiles.at(1)->value(), core::formatDuration(report.total.stats(core::Measure::Remediate).meanMs));
        QVERIFY2(tiles.at(0)->detail().contains(
                     core::formatDuration(report.total.stats(core::Measure::Acknowledge).medianMs)),
                 qPrintable(tiles.at(0)->detail()));
        QCOMPARE(page.data().current.total, report.total);
        // Monthly for the last 365 days: 13 calendar months, partial at both ends, or 12 when
        // the first day is the 1st of a month (run on the 30th of November, for one).
        const QDate first = QDateTime::fromMSecsSinceEpoch(page.query().period.fromMs).date();
        const QDate last = QDateTime::fromMSecsSinceEpoch(page.query().period.toMs - 1).date();
        QCOMPARE(last.toJulianDay() - first.toJulianDay(), 364);
        const int months = (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
        QCOMPARE(months, first.day() == 1 ? 12 : 13);
        QCOMPARE(page.data().trend.groups.size(), months);
        auto* donut = page.findChild<gui::SlaDonut*>();
        QVERIFY(donut->centreText().contains(QLatin1Char('%')));
    }

    void drillDown_severityBar_emitsSeverityAndPeriod()
    {
        auto o = open(DashboardPage::Preset::Last90Days);
        QVERIFY(o.page);
        DashboardPage& page = *o.page;
        QSignalSpy spy(&page, &DashboardPage::drillDown);
        auto* card = page.findChild<gui::ChartCard*>(QStringLiteral("severityCard"));
        auto* chart = qobject_cast<gui::DurationBarChart*>(card->chart());
        auto* series = qobject_cast<QBarSeries*>(chart->chart()->series().constFirst());
        emit series->barSets().constFirst()->clicked(0);
        const auto f = waitForDrill(spy);
        QCOMPARE(f.severities, QList<core::Severity>{core::Severity::Sev1});
        QCOMPARE(f.detectedFrom, std::optional<qint64>(page.query().period.fromMs));
        QCOMPARE(f.exercise, std::optional<bool>(false));
        QCOMPARE(f.falsePositive, std::optional<bool>(false));
        QVERIFY(f.ids.isEmpty());
    }

    void drillDown_histogramAndSla_resolveToIncidentIds()
    {
        auto o = open(DashboardPage::Preset::Last365Days);
        QVERIFY(o.page);
        DashboardPage& page = *o.page;
        QSignalSpy spy(&page, &DashboardPage::drillDown);
        const auto& counts = page.data().acknowledgeHistogram;
        const int bin = int(std::max_element(counts.begin(), counts.end()) - counts.begin());
        emit page.findChild<gui::HistogramPlot*>()->binClicked(bin);
        auto f = waitForDrill(spy);
        QCOMPARE(f.ids.size(), counts.at(bin));

        emit page.findChild<gui::SlaDonut*>()->sliceClicked(core::SlaTargets::Outcome::Breached);
        f = waitForDrill(spy);
        QVERIFY(!f.ids.isEmpty());
    }

    void drillDown_scatterRegion_listsTheDotsUnderTheCursor()
    {
        auto o = open(DashboardPage::Preset::Last365Days, 2);
        QVERIFY(o.page);
        DashboardPage& page = *o.page;
        auto* scatter = page.findChild<gui::ScatterPlot*>();
        QVERIFY(scatter->pointCount() > 100);
        // Aim at the first dot.
        const auto& points = page.data().remediation;
        const QPoint at = scatter->pixelOf(points.detectedMs.first(), points.durationMs.first()).toPoint();
        const auto region = scatter->regionAt(at);
        QVERIFY(region.detected.contains(qint64(points.detectedMs.first())));
        QSignalSpy spy(&page, &DashboardPage::drillDown);
        emit scatter->regionClicked(region);
        const auto f = waitForDrill(spy);
        QVERIFY(!f.ids.isEmpty());
        QVERIFY(f.ids.size() < 20);
    }

    void addTabAndStrip_extendThePage()
    {
        auto s = session();
        DashboardPage page(*s);
        auto* tabs = page.findChild<QTabWidget*>();
        const int before = tabs->count();
        auto* drills = new QLabel(QStringLiteral("drill metrics"));
        QCOMPARE(page.addTab(QStringLiteral("Drills"), drills), before);
        QCOMPARE(tabs->count(), before + 1);
        QCOMPARE(tabs->widget(before), drills);
        auto* strip = new QLabel(QStringLiteral("deadlines"));
        page.addStrip(strip);
        QVERIFY(page.isAncestorOf(strip));
    }

    void export_writesPngSvgAndCsv()
    {
        auto o = open(DashboardPage::Preset::Last365Days);
        QVERIFY(o.page);
        DashboardPage& page = *o.page;
        QTemporaryDir dir;
        const auto cards = page.findChildren<gui::ChartCard*>();
        QCOMPARE(cards.size(), 7);
        for (gui::ChartCard* card : cards) {
            const QString base = dir.filePath(card->objectName());
            QCOMPARE(card->exportPng(base + QStringLiteral(".png")), QString());
            QVERIFY(!QImage(base + QStringLiteral(".png")).isNull());
            QCOMPARE(card->exportSvg(base + QStringLiteral(".svg")), QString());
            QFile svg(base + QStringLiteral(".svg"));
            QVERIFY(svg.open(QIODevice::ReadOnly));
            QVERIFY2(svg.readAll().contains("<svg"), qPrintable(card->objectName()));
            QCOMPARE(card->exportCsv(base + QStringLiteral(".csv")), QString());
            QFile csv(base + QStringLiteral(".csv"));
            QVERIFY(csv.open(QIODevice::ReadOnly));
            const QList<QByteArray> lines = csv.readAll().split('\n');
            QVERIFY2(lines.size() >= 3, qPrintable(card->objectName())); // header, a row, the final newline
        }
        const auto scatterCsv = page.findChild<gui::ChartCard*>(QStringLiteral("scatterCard"))->csv();
        QCOMPARE(scatterCsv.size(), page.data().remediation.detectedMs.size() + 1);
        QVERIFY(!cards.first()->exportCsv(QStringLiteral("/nonexistent/dir/x.csv")).isEmpty());
    }

    void newIncident_refreshesTheFigures()
    {
        auto o = open(DashboardPage::Preset::Last30Days);
        QVERIFY(o.page);
        DashboardPage& page = *o.page;
        auto& s = o.session;
        const qint64 before = page.data().current.total.incidents;
        core::Incident draft;
        draft.title = QStringLiteral("Fresh phishing report");
        storage::IncidentService(s->database()).create(draft, {}, core::Actor::system());
        QVERIFY(waitForRefresh(page));
        QCOMPARE(page.data().current.total.incidents, before + 1);
    }

    void slaSettings_saveValidTargetsAndRefuseOthersAtTheField()
    {
        auto s = session();
        gui::SlaTargetsWidget widget(*s);
        QLineEdit* field = widget.field(core::Severity::Sev1, core::Measure::Acknowledge);
        QCOMPARE(field->text(), QStringLiteral("15m"));
        field->setText(QStringLiteral("30 min"));
        emit field->editingFinished();
        storage::MetricsService metrics(s->database());
        QCOMPARE(*metrics.slaTargets().target(core::Severity::Sev1, core::Measure::Acknowledge), 30 * 60'000);
        QCOMPARE(field->text(), QStringLiteral("30m"));
        field->setText(QStringLiteral("soon"));
        emit field->editingFinished();
        QVERIFY(field->toolTip().contains(QLatin1String("soon")));
        QCOMPARE(*metrics.slaTargets().target(core::Severity::Sev1, core::Measure::Acknowledge), 30 * 60'000);
        QLineEdit* contain = widget.field(core::Severity::Sev4, core::Measure::Contain);
        contain->clear();
        emit contain->editingFinished();
        QVERIFY(!metrics.slaTargets().target(core::Severity::Sev4, core::Measure::Contain));
        metrics.setSlaTargets(s->database(), core::SlaTargets::defaults());
    }

    void screenshots_lightAndDark()
    {
        auto s = session();
        gui::MainWindow window(*s);
        window.resize(1440, 960);
        window.show();
        window.showPage(gui::MainWindow::Page::Dashboard);
        auto* page = qobject_cast<DashboardPage*>(window.page(gui::MainWindow::Page::Dashboard));
        page->setPreset(DashboardPage::Preset::Last365Days);
        QVERIFY(waitForRefresh(*page));
        auto* tabs = page->findChild<QTabWidget*>();
        for (const auto& [choice, name] : {std::pair(gui::Theme::Choice::Light, QStringLiteral("light")),
                                           std::pair(gui::Theme::Choice::Dark, QStringLiteral("dark"))}) {
            gui::Theme::apply(choice);
            QCoreApplication::processEvents();
            for (int i = 0; i < 3; ++i) {
                tabs->setCurrentIndex(i);
                QTest::qWait(50);
                screenshot(&window, QStringLiteral("dashboard-%1-%2").arg(i).arg(name));
            }
        }
        gui::Theme::apply(gui::Theme::Choice::Light);
        QVERIFY(page->findChild<gui::KpiTile*>()->value() != QStringLiteral("–"));
    }
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
