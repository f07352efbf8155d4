#include "gui/DashboardPage.h"

#include "core/DurationFormat.h"
#include "core/Error.h"
#include "gui/ChartCard.h"
#include "gui/ChartTheme.h"
#include "gui/DurationBarChart.h"
#include "gui/HistogramPlot.h"
#include "gui/KpiTile.h"
#include "gui/OpenIncidentsChart.h"
#include "gui/PageHeader.h"
#include "gui/ScatterPlot.h"
#include "gui/Session.h"
#include "gui/SlaDonut.h"
#include "gui/TrendPlot.h"
#include "storage/Database.h"
#include "storage/MetricsService.h"

#include "ui_DashboardPage.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QScrollArea>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace muster::gui {

using core::Measure;

namespace {

const QString kPresetKey = QStringLiteral("dashboard/period");
const QString kMeasureKey = QStringLiteral("dashboard/measure");

QString minutes(const std::optional<double>& ms)
{
    return ms ? QString::number(*ms / 60'000.0, 'f', 2) : QString();
}

QString isoLocal(qint64 ms, const QTimeZone& zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(Qt::ISODate);
}

constexpr qint64 kComparableCount = storage::MetricsDashboard::comparableCount;

// "▼ 12% against the previous period", better when a duration falls.
void setDurationChange(KpiTile* tile, const std::optional<double>& now, const core::DurationStats& previous)
{
    const std::optional<double>& before = previous.meanMs;
    if (!now || !before || *before <= 0 || previous.count < kComparableCount) {
        tile->setChange(QCoreApplication::translate("muster::gui::DashboardPage",
                                                    "Previous period: %n incident(s), too few to compare", nullptr,
                                                    int(previous.count)),
                        KpiTile::Trend::Neutral);
        return;
    }
    const double change = (*now - *before) / *before * 100.0;
    if (std::abs(change) < 0.5) {
        tile->setChange(QCoreApplication::translate("muster::gui::DashboardPage", "Unchanged against the previous "
                                                                                  "period (%1)")
                            .arg(core::formatDuration(before)),
                        KpiTile::Trend::Neutral);
        return;
    }
    tile->setChange(QCoreApplication::translate("muster::gui::DashboardPage", "%1 %2% against the previous period (%3)")
                        .arg(change < 0 ? QStringLiteral("▼") : QStringLiteral("▲"))
                        .arg(std::abs(change), 0, 'f', 0)
                        .arg(core::formatDuration(before)),
                    change < 0 ? KpiTile::Trend::Better : KpiTile::Trend::Worse);
}

QList<QStringList> groupsCsv(const storage::MetricsReport& report, Measure measure)
{
    QList<QStringList> rows{{QStringLiteral("group"), QStringLiteral("incidents"), QStringLiteral("count"),
                             QStringLiteral("not_reached"), QStringLiteral("mean_minutes"),
                             QStringLiteral("median_minutes"), QStringLiteral("p90_minutes"),
                             QStringLiteral("measure")}};
    for (const auto& g : report.groups) {
        const auto& s = g.stats(measure);
        rows.append({g.label, QString::number(g.incidents), QString::number(s.count), QString::number(s.pending),
                     minutes(s.meanMs), minutes(s.medianMs), minutes(s.p90Ms), core::measures().key(measure)});
    }
    return rows;
}

} // namespace

DashboardPage::DashboardPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::DashboardPage>())
    , m_filterMenu(new QMenu(this))
    , m_measureCombo(new QComboBox(this))
    , m_trendCombo(new QComboBox(this))
    , m_refreshTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    PageHeader::styleTitle(m_ui->titleLabel);

    m_ui->periodCombo->addItem(tr("Last 30 days"), int(Preset::Last30Days));
    m_ui->periodCombo->addItem(tr("Last 90 days"), int(Preset::Last90Days));
    m_ui->periodCombo->addItem(tr("Last 12 months"), int(Preset::Last365Days));
    m_ui->periodCombo->addItem(tr("This quarter"), int(Preset::ThisQuarter));
    m_ui->periodCombo->addItem(tr("Last quarter"), int(Preset::LastQuarter));
    m_ui->periodCombo->addItem(tr("Custom dates"), int(Preset::Custom));
    const QDate today = QDate::currentDate();
    m_ui->fromDateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_ui->toDateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_ui->fromDateEdit->setDate(today.addDays(-89));
    m_ui->toDateEdit->setDate(today);
    for (core::ExerciseScope s : core::exerciseScopes().values()) {
        m_ui->scopeCombo->addItem(core::exerciseScopes().label(s), int(s));
    }
    m_ui->busyBar->hide();
    m_ui->cancelButton->hide();
    buildFilters();
    buildOverview();
    buildTrends();
    buildDistribution();

    auto* refreshAction = new QAction(tr("Refresh Dashboard"), this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refreshAction);
    connect(refreshAction, &QAction::triggered, this, &DashboardPage::refresh);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &DashboardPage::refresh);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        if (m_cancel) {
            *m_cancel = true;
        }
        m_again = false;
    });
    connect(m_ui->periodCombo, &QComboBox::currentIndexChanged, this, [this] {
        const auto preset = static_cast<Preset>(m_ui->periodCombo->currentData().toInt());
        QSettings().setValue(kPresetKey, int(preset));
        const bool custom = preset == Preset::Custom;
        m_ui->fromDateEdit->setVisible(custom);
        m_ui->toDateEdit->setVisible(custom);
        periodChanged();
    });
    connect(m_ui->fromDateEdit, &QDateEdit::dateChanged, this, [this] {
        m_ui->toDateEdit->setMinimumDate(m_ui->fromDateEdit->date());
        periodChanged();
    });
    connect(m_ui->toDateEdit, &QDateEdit::dateChanged, this, &DashboardPage::periodChanged);
    connect(m_ui->scopeCombo, &QComboBox::currentIndexChanged, this, &DashboardPage::periodChanged);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(250);
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardPage::refresh);
    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, [this] {
        m_ui->busyBar->hide();
        m_ui->cancelButton->hide();
        const Loaded loaded = m_watcher.result();
        if (!loaded.error.isEmpty()) {
            m_ui->statusLabel->setText(tr("Not updated: %1").arg(loaded.error));
        } else if (!loaded.data.cancelled) {
            m_data = loaded.data;
            applyData();
            emit refreshed();
        } else if (!m_again) {
            m_ui->statusLabel->setText(tr("Update cancelled"));
        }
        if (m_again) {
            m_again = false;
            refresh();
        }
    });
    connect(&session, &Session::databaseAboutToBeReplaced, this, [this] {
        if (m_cancel) {
            *m_cancel = true;
        }
        m_again = false;
        m_watcher.waitForFinished();
    });
    connect(&session, &Session::databaseReplaced, this, [this] {
        watchDatabase();
        scheduleRefresh();
    });
    watchDatabase();

    const int preset = QSettings().value(kPresetKey, int(Preset::Last90Days)).toInt();
    m_ui->periodCombo->setCurrentIndex(std::max(0, m_ui->periodCombo->findData(preset)));
    const bool custom = m_ui->periodCombo->currentData().toInt() == int(Preset::Custom);
    m_ui->fromDateEdit->setVisible(custom);
    m_ui->toDateEdit->setVisible(custom);
}

DashboardPage::~DashboardPage()
{
    if (m_cancel) {
        *m_cancel = true;
    }
    m_watcher.waitForFinished();
}

void DashboardPage::buildFilters()
{
    const auto addSection = [this](const QString& title) {
        m_filterMenu->addSection(title);
    };
    const auto addItem = [this](const QString& label, const QString& group, int value) {
        QAction* a = m_filterMenu->addAction(label);
        a->setCheckable(true);
        a->setData(QStringList{group, QString::number(value)});
        connect(a, &QAction::toggled, this, &DashboardPage::periodChanged);
    };
    addSection(tr("Severity"));
    for (core::Severity s : core::severities().values()) {
        addItem(core::severities().label(s), QStringLiteral("severity"), core::toInt(s));
    }
    addSection(tr("Tier"));
    for (core::Tier t : core::tiers().values()) {
        addItem(core::tiers().label(t), QStringLiteral("tier"), core::toInt(t));
    }
    QMenu* categories = m_filterMenu->addMenu(tr("Category"));
    for (core::Category c : core::categories().values()) {
        QAction* a = categories->addAction(core::categories().label(c));
        a->setCheckable(true);
        a->setData(QStringList{QStringLiteral("category"), QString::number(int(c))});
        connect(a, &QAction::toggled, this, &DashboardPage::periodChanged);
    }
    m_filterMenu->addSeparator();
    m_filterMenu->addAction(tr("Clear Filters"), this, [this] {
        const auto actions = m_filterMenu->findChildren<QAction*>();
        for (QAction* a : actions) {
            const QSignalBlocker blocker(a);
            a->setChecked(false);
        }
        periodChanged();
    });
    m_ui->filterButton->setMenu(m_filterMenu);
}

void DashboardPage::buildOverview()
{
    auto* scroll = new QScrollArea(m_ui->overviewTab);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 10, 0, 0);

    auto* tiles = new QHBoxLayout;
    m_mttaTile = new KpiTile(tr("MTTA · mean time to acknowledge"), content);
    m_mttrTile = new KpiTile(tr("MTTR · mean time to remediate"), content);
    m_openTile = new KpiTile(tr("Open incidents"), content);
    m_slaTile = new KpiTile(tr("SLA breach rate · remediation"), content);
    m_mttaTile->setToolTip(core::measureFormula(Measure::Acknowledge));
    m_mttrTile->setToolTip(core::measureFormula(Measure::Remediate));
    m_openTile->setToolTip(tr("Incidents still being worked on (not remediated, closed or a false positive), "
                              "whenever they were detected."));
    m_slaTile->setToolTip(tr("Share of decided incidents that missed their severity's remediation target: remediated "
                             "late, or still open past the target. Targets are set in Settings."));
    for (KpiTile* t : {m_mttaTile, m_mttrTile, m_openTile, m_slaTile}) {
        tiles->addWidget(t);
    }
    layout->addLayout(tiles);
    m_scopeNote = new QLabel(content);
    m_scopeNote->setWordWrap(true);
    m_scopeNote->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_scopeNote);

    m_measureCombo->addItem(core::measures().label(Measure::Acknowledge), int(Measure::Acknowledge));
    m_measureCombo->addItem(core::measures().label(Measure::Remediate), int(Measure::Remediate));
    m_measureCombo->setAccessibleName(tr("Measure shown in the charts"));
    m_measureCombo->setCurrentIndex(std::max(0, m_measureCombo->findData(QSettings().value(kMeasureKey, 0).toInt())));
    auto* measureRow = new QHBoxLayout;
    auto* measureCaption = new QLabel(tr("Charts &show:"), content);
    measureCaption->setBuddy(m_measureCombo);
    measureRow->addWidget(measureCaption);
    measureRow->addWidget(m_measureCombo);
    measureRow->addStretch();
    layout->addLayout(measureRow);

    m_severityChart = new DurationBarChart(content);
    m_tierChart = new DurationBarChart(content);
    m_openChart = new OpenIncidentsChart(content);
    m_slaDonut = new SlaDonut(content);
    m_severityCard = new ChartCard(tr("By severity"), m_severityChart, content);
    m_tierCard = new ChartCard(tr("By tier"), m_tierChart, content);
    m_openCard = new ChartCard(tr("Open incidents by severity and status"), m_openChart, content);
    m_slaCard = new ChartCard(tr("SLA outcomes"), m_slaDonut, content);
    m_severityCard->setObjectName(QStringLiteral("severityCard"));
    m_tierCard->setObjectName(QStringLiteral("tierCard"));
    m_openCard->setObjectName(QStringLiteral("openCard"));
    m_slaCard->setObjectName(QStringLiteral("slaCard"));
    m_openCard->setFormula(m_openTile->toolTip());
    m_openCard->setFootnote(tr("Now, whenever detected. Click a segment to list those incidents."));
    auto* grid = new QGridLayout;
    grid->setSpacing(10);
    grid->addWidget(m_severityCard, 0, 0);
    grid->addWidget(m_tierCard, 0, 1);
    grid->addWidget(m_openCard, 1, 0);
    grid->addWidget(m_slaCard, 1, 1);
    layout->addLayout(grid, 1);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(m_ui->overviewTab);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    m_severityCard->setCsvProvider([this] { return groupsCsv(m_data.bySeverity, overviewMeasure()); });
    m_tierCard->setCsvProvider([this] { return groupsCsv(m_data.byTier, overviewMeasure()); });
    m_openCard->setCsvProvider([this] {
        QList<QStringList> rows{{QStringLiteral("severity"), QStringLiteral("status"), QStringLiteral("incidents")}};
        for (const auto& oc : m_data.open) {
            rows.append(
                {core::severities().key(oc.severity), core::statuses().key(oc.status), QString::number(oc.count)});
        }
        return rows;
    });
    m_slaCard->setCsvProvider([this] {
        const auto& c = m_data.current.total.slaCounts(overviewMeasure());
        return QList<QStringList>{{QStringLiteral("measure"), QStringLiteral("met"), QStringLiteral("breached"),
                                   QStringLiteral("overdue"), QStringLiteral("pending"),
                                   QStringLiteral("breach_share")},
                                  {core::measures().key(overviewMeasure()), QString::number(c.met),
                                   QString::number(c.breached), QString::number(c.overdue), QString::number(c.pending),
                                   c.breachShare() ? QString::number(*c.breachShare(), 'f', 4) : QString()}};
    });

    connect(m_measureCombo, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(kMeasureKey, m_measureCombo->currentData().toInt());
        updateOverviewCharts();
    });
    connect(m_mttaTile, &KpiTile::activated, this, [this] { emit drillDown(baseFilter()); });
    connect(m_mttrTile, &KpiTile::activated, this, [this] { emit drillDown(baseFilter()); });
    connect(m_openTile, &KpiTile::activated, this, [this] {
        storage::IncidentFilter f = baseFilter();
        f.detectedFrom.reset();
        f.detectedTo.reset();
        f.falsePositive.reset();
        f.openOnly = true;
        emit drillDown(f);
    });
    connect(m_slaTile, &KpiTile::activated, this, [this] {
        storage::MetricsSelection s;
        s.measure = Measure::Remediate;
        s.slaOutcome = core::SlaTargets::Outcome::Breached;
        drillSelection(s, tr("late remediations"));
    });
    connect(m_severityChart, &DurationBarChart::groupClicked, this, [this](int index) {
        const auto& groups = m_data.bySeverity.groups;
        if (index < 0 || index >= groups.size()) {
            return;
        }
        storage::IncidentFilter f = baseFilter();
        if (const auto s = core::severities().fromKey(groups.at(index).key)) {
            f.severities = {*s};
        }
        emit drillDown(f);
    });
    connect(m_tierChart, &DurationBarChart::groupClicked, this, [this](int index) {
        const auto& groups = m_data.byTier.groups;
        if (index < 0 || index >= groups.size()) {
            return;
        }
        storage::IncidentFilter f = baseFilter();
        if (const auto t = core::tiers().fromKey(groups.at(index).key)) {
            f.tiers = {*t};
        }
        emit drillDown(f);
    });
    connect(m_openChart, &OpenIncidentsChart::segmentClicked, this, [this](core::Severity s, core::Status status) {
        storage::IncidentFilter f = baseFilter();
        f.detectedFrom.reset();
        f.detectedTo.reset();
        f.falsePositive.reset();
        f.openOnly = true;
        f.severities = {s};
        f.statuses = {status};
        emit drillDown(f);
    });
    connect(m_slaDonut, &SlaDonut::sliceClicked, this, [this](core::SlaTargets::Outcome outcome) {
        storage::MetricsSelection s;
        s.measure = overviewMeasure();
        s.slaOutcome = outcome;
        drillSelection(s, tr("SLA outcome"));
    });
}

void DashboardPage::buildTrends()
{
    m_trendPlot = new TrendPlot(m_ui->trendsTab);
    m_trendCard = new ChartCard(tr("MTTA and MTTR over time"), m_trendPlot, m_ui->trendsTab);
    m_trendCard->setObjectName(QStringLiteral("trendCard"));
    m_trendCard->setFormula(core::measureFormula(Measure::Acknowledge) + QStringLiteral("\n\n") +
                            core::measureFormula(Measure::Remediate));
    m_trendCard->setFootnote(tr("Line: median. Band: median to 90th percentile. Dashed: mean. Grouped by detection "
                                "date in your time zone. Drag or use the arrow keys to pan, wheel or +/− to zoom, 0 to "
                                "reset; click a week or month to list its incidents."));
    m_trendCombo->addItem(tr("Automatic"), int(core::MetricsGrouping::None));
    m_trendCombo->addItem(tr("Per week"), int(core::MetricsGrouping::Week));
    m_trendCombo->addItem(tr("Per month"), int(core::MetricsGrouping::Month));
    m_trendCombo->setAccessibleName(tr("Trend grouping"));
    m_trendCard->addHeaderWidget(m_trendCombo);
    auto* layout = new QVBoxLayout(m_ui->trendsTab);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->addWidget(m_trendCard);
    connect(m_trendCombo, &QComboBox::currentIndexChanged, this, &DashboardPage::scheduleRefresh);
    connect(m_trendPlot, &TrendPlot::bucketClicked, this, [this](int index) {
        const auto& groups = m_data.trend.groups;
        if (index < 0 || index >= groups.size()) {
            return;
        }
        storage::IncidentFilter f = baseFilter();
        f.detectedFrom = groups.at(index).period.fromMs;
        f.detectedTo = groups.at(index).period.toMs;
        emit drillDown(f);
    });
    m_trendCard->setCsvProvider([this] {
        QList<QStringList> rows{{QStringLiteral("period"), QStringLiteral("from"), QStringLiteral("to"),
                                 QStringLiteral("incidents"), QStringLiteral("acknowledge_median_minutes"),
                                 QStringLiteral("acknowledge_p90_minutes"), QStringLiteral("acknowledge_mean_minutes"),
                                 QStringLiteral("remediate_median_minutes"), QStringLiteral("remediate_p90_minutes"),
                                 QStringLiteral("remediate_mean_minutes")}};
        const QTimeZone& zone = m_data.trend.query.timeZone;
        for (const auto& g : m_data.trend.groups) {
            const auto& a = g.stats(Measure::Acknowledge);
            const auto& r = g.stats(Measure::Remediate);
            rows.append({g.key, isoLocal(g.period.fromMs, zone), isoLocal(g.period.toMs, zone),
                         QString::number(g.incidents), minutes(a.medianMs), minutes(a.p90Ms), minutes(a.meanMs),
                         minutes(r.medianMs), minutes(r.p90Ms), minutes(r.meanMs)});
        }
        return rows;
    });
}

void DashboardPage::buildDistribution()
{
    m_scatterPlot = new ScatterPlot(m_ui->distributionTab);
    m_histogramPlot = new HistogramPlot(m_ui->distributionTab);
    m_scatterCard = new ChartCard(tr("Time to remediate, per incident"), m_scatterPlot, m_ui->distributionTab);
    m_histogramCard = new ChartCard(tr("How long acknowledging took"), m_histogramPlot, m_ui->distributionTab);
    m_scatterCard->setObjectName(QStringLiteral("scatterCard"));
    m_histogramCard->setObjectName(QStringLiteral("histogramCard"));
    m_scatterCard->setFormula(core::measureFormula(Measure::Remediate));
    m_histogramCard->setFormula(core::measureFormula(Measure::Acknowledge));
    auto* layout = new QVBoxLayout(m_ui->distributionTab);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->addWidget(m_scatterCard, 3);
    layout->addWidget(m_histogramCard, 2);
    connect(m_scatterPlot, &ScatterPlot::regionClicked, this, [this](const ScatterPlot::Region& region) {
        storage::MetricsSelection s;
        s.measure = Measure::Remediate;
        s.detected = region.detected;
        s.minDurationMs = region.minDurationMs;
        s.maxDurationMs = region.maxDurationMs + 1;
        drillSelection(s, tr("scatter"));
    });
    connect(m_histogramPlot, &HistogramPlot::binClicked, this, [this](int bin) {
        const auto& edges = m_data.histogramEdgesMs;
        if (bin < 0 || bin >= edges.size()) {
            return;
        }
        storage::MetricsSelection s;
        s.measure = Measure::Acknowledge;
        s.minDurationMs = edges.at(bin);
        if (bin + 1 < edges.size()) {
            s.maxDurationMs = edges.at(bin + 1);
        }
        drillSelection(s, tr("histogram"));
    });
    m_scatterCard->setCsvProvider([this] {
        QList<QStringList> rows{{QStringLiteral("detected"), QStringLiteral("time_to_remediate_minutes")}};
        const auto& p = m_data.remediation;
        const QTimeZone& zone = m_data.current.query.timeZone;
        rows.reserve(p.detectedMs.size() + 1);
        for (qsizetype i = 0; i < p.detectedMs.size(); ++i) {
            rows.append({isoLocal(qint64(p.detectedMs.at(i)), zone), minutes(p.durationMs.at(i))});
        }
        return rows;
    });
    m_histogramCard->setCsvProvider([this] {
        QList<QStringList> rows{{QStringLiteral("bin"), QStringLiteral("from_minutes"), QStringLiteral("to_minutes"),
                                 QStringLiteral("incidents")}};
        const auto& edges = m_data.histogramEdgesMs;
        for (int i = 0; i < m_data.acknowledgeHistogram.size(); ++i) {
            rows.append({HistogramPlot::binLabel(edges, i), minutes(double(edges.value(i))),
                         i + 1 < edges.size() ? minutes(double(edges.at(i + 1))) : QString(),
                         QString::number(m_data.acknowledgeHistogram.at(i))});
        }
        return rows;
    });
}

int DashboardPage::addTab(const QString& title, QWidget* widget)
{
    return m_ui->tabWidget->addTab(widget, title);
}

void DashboardPage::addStrip(QWidget* widget)
{
    m_ui->stripLayout->addWidget(widget);
}

core::Measure DashboardPage::overviewMeasure() const
{
    return static_cast<Measure>(m_measureCombo->currentData().toInt());
}

storage::MetricsQuery DashboardPage::query() const
{
    storage::MetricsQuery q;
    const core::MetricsCalendar calendar(q.timeZone);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    switch (static_cast<Preset>(m_ui->periodCombo->currentData().toInt())) {
    case Preset::Last30Days:
        q.period = calendar.lastDays(30, now);
        break;
    case Preset::Last90Days:
        q.period = calendar.lastDays(90, now);
        break;
    case Preset::Last365Days:
        q.period = calendar.lastDays(365, now);
        break;
    case Preset::ThisQuarter:
        q.period = calendar.quarter(now, 0);
        break;
    case Preset::LastQuarter:
        q.period = calendar.quarter(now, -1);
        break;
    case Preset::Custom:
        q.period =
            calendar.dates(m_ui->fromDateEdit->date(), std::max(m_ui->fromDateEdit->date(), m_ui->toDateEdit->date()));
        break;
    }
    q.scope = static_cast<core::ExerciseScope>(m_ui->scopeCombo->currentData().toInt());
    const auto actions = m_filterMenu->findChildren<QAction*>();
    for (const QAction* a : actions) {
        if (!a->isChecked()) {
            continue;
        }
        const QStringList data = a->data().toStringList();
        const int value = data.value(1).toInt();
        if (data.value(0) == QLatin1String("severity")) {
            q.severities.append(core::severityFromInt(value).value_or(core::Severity::Sev1));
        } else if (data.value(0) == QLatin1String("tier")) {
            q.tiers.append(core::tierFromInt(value).value_or(core::Tier::Tier1));
        } else if (data.value(0) == QLatin1String("category")) {
            q.categories.append(static_cast<core::Category>(value));
        }
    }
    return q;
}

void DashboardPage::setPreset(Preset preset)
{
    m_ui->periodCombo->setCurrentIndex(m_ui->periodCombo->findData(int(preset)));
}

void DashboardPage::setCustomPeriod(QDate first, QDate last)
{
    m_ui->fromDateEdit->setDate(first);
    m_ui->toDateEdit->setDate(last);
    setPreset(Preset::Custom);
}

void DashboardPage::setScope(core::ExerciseScope scope)
{
    m_ui->scopeCombo->setCurrentIndex(m_ui->scopeCombo->findData(int(scope)));
}

storage::IncidentFilter DashboardPage::baseFilter() const
{
    const storage::MetricsQuery q = m_data.current.query.period.toMs > 0 ? m_data.current.query : query();
    storage::IncidentFilter f;
    f.detectedFrom = q.period.fromMs;
    f.detectedTo = q.period.toMs;
    f.severities = q.severities;
    f.tiers = q.tiers;
    f.categories = q.categories;
    f.detectionSources = q.sources;
    f.falsePositive = false;
    if (q.scope == core::ExerciseScope::Real) {
        f.exercise = false;
    } else if (q.scope == core::ExerciseScope::Exercise) {
        f.exercise = true;
    }
    return f;
}

void DashboardPage::periodChanged()
{
    int active = 0;
    const auto actions = m_filterMenu->findChildren<QAction*>();
    for (const QAction* a : actions) {
        active += a->isChecked() ? 1 : 0;
    }
    m_ui->filterButton->setText(active > 0 ? tr("Filters (%1)").arg(active) : tr("Filters"));
    emit queryChanged(query());
    scheduleRefresh();
}

void DashboardPage::scheduleRefresh()
{
    m_stale = true;
    if (isVisible()) {
        m_refreshTimer->start();
    }
}

void DashboardPage::watchDatabase()
{
    connect(&m_session.database(), &storage::Database::changed, this, [this](const QStringList& tables) {
        if (tables.contains(QLatin1String("incidents")) || tables.contains(QLatin1String("settings"))) {
            scheduleRefresh();
        }
    });
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_refreshTimer->start(0);
    }
}

void DashboardPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_mttaTile) {
        restyle();
    }
}

void DashboardPage::refresh()
{
    m_refreshTimer->stop();
    if (m_watcher.isRunning()) {
        *m_cancel = true;
        m_again = true;
        return;
    }
    m_stale = false;
    const storage::MetricsQuery q = query();
    auto trend = static_cast<core::MetricsGrouping>(m_trendCombo->currentData().toInt());
    if (trend == core::MetricsGrouping::None) {
        trend = core::MetricsCalendar::trendGrouping(q.period);
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_ui->busyBar->show();
    m_ui->cancelButton->show();
    m_ui->statusLabel->setText(tr("Updating…"));
    storage::Database* db = &m_session.database();
    m_watcher.setFuture(QtConcurrent::run([db, q, trend, cancel = m_cancel] {
        Loaded loaded;
        try {
            loaded.data = storage::MetricsService(*db).dashboard(q, trend, [cancel] { return cancel->load(); });
        } catch (const core::Error& e) {
            loaded.error = e.message();
        }
        return loaded;
    }));
}

void DashboardPage::drillSelection(const storage::MetricsSelection& selection, const QString& what)
{
    Q_UNUSED(what)
    const storage::MetricsQuery q = m_data.current.query;
    storage::IncidentFilter filter = baseFilter();
    storage::Database* db = &m_session.database();
    auto* watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcher<QStringList>::finished, this, [this, watcher, filter]() mutable {
        filter.ids = watcher->result();
        watcher->deleteLater();
        emit drillDown(filter);
    });
    watcher->setFuture(QtConcurrent::run([db, q, selection] {
        try {
            return storage::MetricsService(*db).incidentIds(q, selection);
        } catch (const core::Error&) {
            return QStringList();
        }
    }));
}

void DashboardPage::applyData()
{
    updateKpis();
    updateOverviewCharts();
    updateTrend();
    updateDistribution();
    m_ui->statusLabel->setText(tr("Updated %1 · %2 s")
                                   .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat))
                                   .arg(double(m_data.elapsedMs) / 1000.0, 0, 'f', 1));
}

void DashboardPage::updateKpis()
{
    const QLocale locale;
    const auto& total = m_data.current.total;
    const auto& before = m_data.previous.total;
    const auto durationTile = [&](KpiTile* tile, Measure m, const QString& notYet) {
        const auto& s = total.stats(m);
        tile->setValue(core::formatDuration(s.meanMs));
        tile->setDetail(tr("median %1 · p90 %2\n%3 incidents · %4")
                            .arg(core::formatDuration(s.medianMs), core::formatDuration(s.p90Ms),
                                 locale.toString(s.count), notYet.arg(locale.toString(s.pending))));
        setDurationChange(tile, s.meanMs, before.stats(m));
    };
    durationTile(m_mttaTile, Measure::Acknowledge, tr("%1 not acknowledged yet"));
    durationTile(m_mttrTile, Measure::Remediate, tr("%1 not remediated yet"));

    qint64 open = 0;
    QMap<core::Severity, qint64> bySeverity;
    for (const auto& oc : m_data.open) {
        open += oc.count;
        bySeverity[oc.severity] += oc.count;
    }
    m_openTile->setValue(locale.toString(open));
    QStringList parts;
    for (core::Severity s : core::severities().values()) {
        parts.append(tr("%1 %2").arg(core::severities().label(s), locale.toString(bySeverity.value(s))));
    }
    m_openTile->setDetail(parts.join(QStringLiteral(" · ")));
    m_openTile->setChange(tr("now, whenever detected"), KpiTile::Trend::Neutral);

    const core::SlaCounts& rem = total.slaCounts(Measure::Remediate);
    const core::SlaCounts& ack = total.slaCounts(Measure::Acknowledge);
    const auto share = rem.breachShare();
    const auto percent = [](const std::optional<double>& v) {
        return v ? QStringLiteral("%1%").arg(*v * 100.0, 0, 'f', 0) : QStringLiteral("–");
    };
    m_slaTile->setValue(percent(share));
    m_slaTile->setDetail(tr("%1 of %2 late or overdue\nacknowledgement: %3 breached")
                             .arg(locale.toString(rem.breached + rem.overdue), locale.toString(rem.decided()),
                                  percent(ack.breachShare())));
    const auto previous = before.slaCounts(Measure::Remediate).breachShare();
    if (share && previous && before.slaCounts(Measure::Remediate).decided() >= kComparableCount) {
        const double points = (*share - *previous) * 100.0;
        m_slaTile->setChange(std::abs(points) < 0.5
                                 ? tr("Unchanged against the previous period (%1)").arg(percent(previous))
                                 : tr("%1 %2 points against the previous period (%3)")
                                       .arg(points < 0 ? QStringLiteral("▼") : QStringLiteral("▲"))
                                       .arg(std::abs(points), 0, 'f', 0)
                                       .arg(percent(previous)),
                             std::abs(points) < 0.5 ? KpiTile::Trend::Neutral
                             : points < 0           ? KpiTile::Trend::Better
                                                    : KpiTile::Trend::Worse);
    } else {
        m_slaTile->setChange(tr("Previous period: %n decided incident(s), too few to compare", nullptr,
                                int(before.slaCounts(Measure::Remediate).decided())),
                             KpiTile::Trend::Neutral);
    }

    const auto& q = m_data.current.query;
    m_scopeNote->setText(
        tr("%1 %2 detected %3 to %4 (%5). %6 false positives are counted apart; %7 confidential incidents are in "
           "the figures but not listed here. Means leave out incidents that have not reached the step.")
            .arg(locale.toString(total.incidents), core::exerciseScopes().label(q.scope).toLower(),
                 QLocale().toString(core::MetricsCalendar(q.timeZone).localDate(q.period.fromMs), QLocale::ShortFormat),
                 QLocale().toString(core::MetricsCalendar(q.timeZone).localDate(q.period.toMs - 1),
                                    QLocale::ShortFormat),
                 QString::fromUtf8(q.timeZone.id()), locale.toString(total.falsePositives),
                 locale.toString(total.confidential)));
}

void DashboardPage::updateOverviewCharts()
{
    const Measure m = overviewMeasure();
    const auto groups = [m](const storage::MetricsReport& r) {
        QList<DurationBarChart::Group> out;
        for (const auto& g : r.groups) {
            const auto& s = g.stats(m);
            out.append({g.label, s.count, s.pending, s.meanMs, s.medianMs, s.p90Ms});
        }
        return out;
    };
    m_severityChart->setData(m, groups(m_data.bySeverity));
    m_tierChart->setData(m, groups(m_data.byTier));
    m_severityCard->setTitle(tr("%1 by severity").arg(core::measures().label(m)));
    m_tierCard->setTitle(tr("%1 by tier").arg(core::measures().label(m)));
    const QString bars = tr("Solid: median. Light: 90th percentile. Hover for mean and counts; click to list.");
    m_severityCard->setFootnote(bars);
    m_tierCard->setFootnote(bars);
    m_severityCard->setFormula(core::measureFormula(m));
    m_tierCard->setFormula(core::measureFormula(m));
    m_openChart->setData(m_data.open);
    const core::SlaCounts& c = m_data.current.total.slaCounts(m);
    m_slaDonut->setData(c);
    m_slaCard->setTitle(tr("SLA outcomes: %1").arg(core::measures().label(m).toLower()));
    m_slaCard->setFormula(tr("Met: reached within the target of the incident's severity. Breached: reached late. "
                             "Overdue: not reached and already past the target. Breach rate = (breached + overdue) / "
                             "(met + breached + overdue)."));
    m_slaCard->setFootnote(
        tr("%n incident(s) not decided yet (open, within target) are left out.", nullptr, int(c.pending)));
}

void DashboardPage::updateTrend()
{
    QList<TrendPlot::Point> points;
    for (const auto& g : m_data.trend.groups) {
        const auto& a = g.stats(Measure::Acknowledge);
        const auto& r = g.stats(Measure::Remediate);
        points.append({g.period, g.key, g.incidents, a.medianMs, a.p90Ms, a.meanMs, r.medianMs, r.p90Ms, r.meanMs});
    }
    m_trendPlot->setData(points, m_data.trend.query.timeZone);
}

void DashboardPage::updateDistribution()
{
    m_scatterPlot->setData(m_data.remediation, m_data.current.query.timeZone);
    m_scatterCard->setFootnote(
        tr("%1 remediated incidents, one dot each; %2 not remediated yet are not shown. Drag or use the arrow keys "
           "to pan, wheel or +/− to zoom, 0 to reset; click dots to list them.")
            .arg(QLocale().toString(m_scatterPlot->pointCount()),
                 QLocale().toString(m_data.current.total.stats(Measure::Remediate).pending)));
    m_histogramPlot->setData(m_data.histogramEdgesMs, m_data.acknowledgeHistogram);
    const auto& s = m_data.current.total.stats(Measure::Acknowledge);
    m_histogramCard->setFootnote(
        tr("Median %1, p90 %2; %3 not acknowledged yet are not shown. Click a bar to list "
           "its incidents.")
            .arg(core::formatDuration(s.medianMs), core::formatDuration(s.p90Ms), QLocale().toString(s.pending)));
}

void DashboardPage::restyle()
{
    m_severityChart->restyle();
    m_tierChart->restyle();
    m_openChart->restyle();
    m_slaDonut->restyle();
    m_trendPlot->restyle();
    m_scatterPlot->restyle();
    m_histogramPlot->restyle();
    for (KpiTile* t : {m_mttaTile, m_mttrTile, m_openTile, m_slaTile}) {
        QEvent e(QEvent::PaletteChange);
        QCoreApplication::sendEvent(t, &e);
    }
}

} // namespace muster::gui
