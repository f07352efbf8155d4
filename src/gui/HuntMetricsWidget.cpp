#include "gui/HuntMetricsWidget.h"

#include "core/Clock.h"
#include "core/Coverage.h"
#include "gui/Session.h"
#include "storage/CoverageService.h"
#include "storage/Database.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QValueAxis>

namespace muster::gui {

namespace {

QChartView* makeView(QWidget* parent, const QString& accessibleName)
{
    auto* view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 220);
    view->setAccessibleName(accessibleName);
    return view;
}

QChart* makeChart(const QString& title)
{
    auto* chart = new QChart();
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    return chart;
}

void attachAxes(QChart* chart, QAbstractSeries* series, const QStringList& categories, int maxValue)
{
    auto* x = new QBarCategoryAxis(chart);
    x->append(categories);
    auto* y = new QValueAxis(chart);
    y->setRange(0, std::max(1, maxValue));
    y->setLabelFormat(QStringLiteral("%d"));
    if (maxValue <= 5) {
        y->setTickCount(std::max(2, maxValue + 1));
    } else {
        y->applyNiceNumbers();
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

} // namespace

HuntMetricsWidget::HuntMetricsWidget(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_perMonth(makeView(this, tr("Hunts per month")))
    , m_outcomes(makeView(this, tr("Hunt outcomes")))
    , m_origins(makeView(this, tr("Incidents found by hunting and by alerts")))
    , m_techniques(makeView(this, tr("Techniques covered by hunts")))
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_perMonth, 0, 0);
    grid->addWidget(m_outcomes, 0, 1);
    grid->addWidget(m_origins, 1, 0);
    grid->addWidget(m_techniques, 1, 1);
    connect(&session, &Session::databaseReplaced, this, [this] {
        watchDatabase();
        reload();
    });
    watchDatabase();
    reload();
}

void HuntMetricsWidget::setMonths(int months)
{
    m_months = std::clamp(months, 1, 36);
    reload();
}

void HuntMetricsWidget::setNow(qint64 now)
{
    m_now = now;
    reload();
}

void HuntMetricsWidget::watchDatabase()
{
    connect(&m_session.database(), &storage::Database::changed, this, [this](const QStringList& tables) {
        if (tables.contains(QLatin1String("hunts")) || tables.contains(QLatin1String("incidents"))) {
            reload();
        }
    });
}

void HuntMetricsWidget::reload()
{
    const qint64 now = m_now > 0 ? m_now : core::SystemClock::instance().nowMs();
    const core::HuntMetrics m = storage::CoverageService(m_session.database()).metrics(m_months, now);
    QStringList months;
    for (const auto& month : m.months) {
        months.append(QLocale().toString(month.month, QStringLiteral("MMM yy")));
    }

    {
        QChart* chart = makeChart(tr("Hunts per month"));
        auto* started = new QBarSet(tr("Started"));
        auto* concluded = new QBarSet(tr("Concluded"));
        int top = 0;
        for (const auto& month : m.months) {
            *started << month.started;
            *concluded << month.concluded;
            top = std::max({top, month.started, month.concluded});
        }
        started->setColor(QColor(core::Coverage::color(core::CoverageSource::Hunt)).lighter(150));
        concluded->setColor(QColor(core::Coverage::color(core::CoverageSource::Hunt)));
        auto* series = new QBarSeries(chart);
        series->append({started, concluded});
        chart->addSeries(series);
        attachAxes(chart, series, months, top);
        QChart* old = m_perMonth->chart();
        m_perMonth->setChart(chart);
        delete old;
    }
    {
        QChart* chart = makeChart(tr("Outcomes of concluded hunts"));
        auto* series = new QPieSeries(chart);
        const QList<std::pair<core::HuntOutcome, const char*>> colours{
            {core::HuntOutcome::NoEvidence, "#90a4ae"},
            {core::HuntOutcome::IncidentOpened, "#ef6c00"},
            {core::HuntOutcome::DetectionCreated, "#2e7d32"},
            {core::HuntOutcome::VisibilityGap, "#c62828"},
        };
        int total = 0;
        for (const auto& [outcome, colour] : colours) {
            const int n = m.outcomes.value(outcome);
            total += n;
            if (n > 0) {
                auto* slice =
                    series->append(QStringLiteral("%1 (%2)").arg(core::huntOutcomes().label(outcome)).arg(n), n);
                slice->setColor(QColor(QLatin1String(colour)));
            }
        }
        if (total == 0) {
            chart->setTitle(tr("Outcomes of concluded hunts: none yet"));
        }
        series->setPieSize(0.7);
        chart->addSeries(series);
        chart->legend()->setAlignment(Qt::AlignRight);
        QChart* old = m_outcomes->chart();
        m_outcomes->setChart(chart);
        delete old;
    }
    {
        QChart* chart = makeChart(tr("Incidents found by hunting and by alerts"));
        auto* hunting = new QBarSet(tr("Hunting"));
        auto* alerts = new QBarSet(tr("Alerts"));
        int top = 0;
        for (const auto& month : m.months) {
            *hunting << month.incidentsByHunting;
            *alerts << month.incidentsByAlerts;
            top = std::max({top, month.incidentsByHunting, month.incidentsByAlerts});
        }
        hunting->setColor(QColor(core::Coverage::color(core::CoverageSource::Hunt)));
        alerts->setColor(QColor(QStringLiteral("#90a4ae")));
        auto* series = new QBarSeries(chart);
        series->append({hunting, alerts});
        chart->addSeries(series);
        attachAxes(chart, series, months, top);
        QChart* old = m_origins->chart();
        m_origins->setChart(chart);
        delete old;
    }
    {
        QChart* chart = makeChart(tr("ATT&CK techniques covered by hunts (cumulative)"));
        auto* series = new QLineSeries(chart);
        series->setName(tr("Techniques"));
        int top = 0;
        for (qsizetype i = 0; i < m.months.size(); ++i) {
            series->append(double(i), m.months.at(i).techniquesCovered);
            top = std::max(top, m.months.at(i).techniquesCovered);
        }
        series->setPointsVisible(true);
        series->setColor(QColor(core::Coverage::color(core::CoverageSource::Detection)));
        chart->addSeries(series);
        auto* x = new QBarCategoryAxis(chart);
        x->append(months);
        auto* y = new QValueAxis(chart);
        y->setRange(0, std::max(1, top + 1));
        y->setLabelFormat(QStringLiteral("%d"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        chart->legend()->hide();
        QChart* old = m_techniques->chart();
        m_techniques->setChart(chart);
        delete old;
    }
}

} // namespace muster::gui
