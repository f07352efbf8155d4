#include "gui/NoiseMetricsWidget.h"

#include "gui/Durations.h"
#include "gui/Session.h"
#include "storage/AlertRepository.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace muster::gui {

namespace {

QLabel* figure(QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    label->setFont(f);
    return label;
}

QString percent(double share)
{
    return QStringLiteral("%1%").arg(share * 100.0, 0, 'f', 0);
}

} // namespace

NoiseMetricsWidget::NoiseMetricsWidget(Session& session, QWidget* parent, const core::Clock& clock)
    : QWidget(parent)
    , m_session(session)
    , m_clock(clock)
    , m_period(new QComboBox(this))
    , m_alerts(figure(this))
    , m_falsePositive(figure(this))
    , m_perIncident(figure(this))
    , m_median(figure(this))
    , m_untriaged(figure(this))
    , m_bySource(new QTableWidget(this))
    , m_byRule(new QTableWidget(this))
{
    setObjectName(QStringLiteral("noiseMetrics"));
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
    m_period->addItem(tr("All time"), 0);
    m_period->setCurrentIndex(1);
    m_period->setAccessibleName(tr("Period"));

    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Alert noise: which detections to tune."), this));
    top->addStretch();
    top->addWidget(m_period);
    layout->addLayout(top);

    auto* figures = new QGridLayout;
    const QList<std::pair<QLabel*, QString>> captions{
        {m_alerts, tr("Alerts (occurrences)")},     {m_falsePositive, tr("Dismissed as false positive")},
        {m_perIncident, tr("Alerts per incident")}, {m_median, tr("Median time to triage")},
        {m_untriaged, tr("Waiting for triage")},
    };
    for (int i = 0; i < captions.size(); ++i) {
        figures->addWidget(captions.at(i).first, 0, i);
        auto* caption = new QLabel(captions.at(i).second, this);
        caption->setWordWrap(true);
        figures->addWidget(caption, 1, i);
    }
    layout->addLayout(figures);

    auto* tables = new QHBoxLayout;
    for (auto [table, title] : {std::pair{m_bySource, tr("By source")}, std::pair{m_byRule, tr("By rule")}}) {
        auto* group = new QGroupBox(title, this);
        auto* groupLayout = new QVBoxLayout(group);
        table->setColumnCount(4);
        table->setHorizontalHeaderLabels({title == tr("By source") ? tr("Source") : tr("Source / rule"), tr("Alerts"),
                                          tr("Occurrences"), tr("False positive")});
        table->verticalHeader()->hide();
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setAlternatingRowColors(true);
        groupLayout->addWidget(table);
        tables->addWidget(group);
    }
    layout->addLayout(tables, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(1000);
    connect(&m_debounce, &QTimer::timeout, this, &NoiseMetricsWidget::reload);
    connect(m_period, &QComboBox::currentIndexChanged, this, &NoiseMetricsWidget::reload);
    connect(&session, &Session::databaseReplaced, this, [this] {
        watchDatabase();
        reload();
    });
    watchDatabase();
    reload();
}

void NoiseMetricsWidget::watchDatabase()
{
    connect(&m_session.database(), &storage::Database::changed, this, [this](const QStringList& tables) {
        if (tables.contains(QLatin1String("alerts")) && !m_debounce.isActive()) {
            m_debounce.start();
        }
    });
}

void NoiseMetricsWidget::reload()
{
    const int days = m_period->currentData().toInt();
    const std::optional<qint64> from =
        days > 0 ? std::optional<qint64>(m_clock.nowMs() - qint64(days) * 24 * 3600 * 1000) : std::nullopt;
    m_metrics = core::NoiseMetrics::compute(storage::AlertRepository(m_session.database()).noiseFacts(from));
    m_alerts->setText(tr("%1 (%2)").arg(m_metrics.alerts).arg(m_metrics.occurrences));
    m_falsePositive->setText(m_metrics.triaged > 0 ? percent(m_metrics.falsePositiveShare()) : tr("–"));
    m_falsePositive->setToolTip(tr("%1 of %2 triaged alerts").arg(m_metrics.falsePositives).arg(m_metrics.triaged));
    m_perIncident->setText(m_metrics.incidents > 0 ? QString::number(m_metrics.alertsPerIncident(), 'f', 1) : tr("–"));
    m_perIncident->setToolTip(
        tr("%1 alerts in %2 incidents").arg(m_metrics.alertsInIncidents).arg(m_metrics.incidents));
    m_median->setText(m_metrics.medianTriageMs ? formatDuration(*m_metrics.medianTriageMs) : tr("–"));
    m_untriaged->setText(QString::number(m_metrics.untriaged));
    fill(m_bySource, m_metrics.bySource);
    fill(m_byRule, m_metrics.byRule);
}

void NoiseMetricsWidget::fill(QTableWidget* table, const QList<core::NoiseMetrics::Row>& rows)
{
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const auto& row = rows.at(r);
        const QStringList cells{
            row.name, QString::number(row.alerts), QString::number(row.occurrences),
            row.triaged > 0
                ? tr("%1 of %2 (%3)").arg(row.falsePositives).arg(row.triaged).arg(percent(row.falsePositiveShare()))
                : tr("not triaged")};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c > 0) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            table->setItem(r, c, item);
        }
    }
}

} // namespace muster::gui
