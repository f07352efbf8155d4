#include "gui/DeadlineStripWidget.h"

#include "core/Clock.h"
#include "core/DeadlineRules.h"
#include "core/RegulatoryClock.h"
#include "gui/DatabaseWatcher.h"
#include "gui/Session.h"
#include "gui/WorkflowFormat.h"
#include "storage/Database.h"
#include "storage/DeadlineService.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace muster::gui {

DeadlineStripWidget::DeadlineStripWidget(Session& session, QWidget* parent, int maximum)
    : QWidget(parent)
    , m_session(session)
    , m_maximum(maximum)
    , m_titleLabel(new QLabel(tr("Next regulatory deadlines"), this))
    , m_emptyLabel(new QLabel(tr("No regulatory clock is running."), this))
    , m_chipLayout(new QHBoxLayout)
    , m_timer(new QTimer(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    layout->addWidget(m_titleLabel);
    layout->addLayout(m_chipLayout);
    layout->addStretch(1);
    m_chipLayout->addWidget(m_emptyLabel);
    m_chipLayout->addStretch(1);
    setAccessibleName(tr("Next regulatory deadlines"));
    connect(m_timer, &QTimer::timeout, this, &DeadlineStripWidget::tick);
    m_timer->start(1'000);
    connect(&session, &Session::actorChanged, this, &DeadlineStripWidget::reload);
    new DatabaseWatcher(
        session, {QStringLiteral("deadlines"), QStringLiteral("incidents"), QStringLiteral("incident_access")},
        [this] { reload(); }, this);
    reload();
}

void DeadlineStripWidget::reload()
{
    m_deadlines = storage::DeadlineService(m_session.database()).upcoming(m_session.actor(), std::nullopt, m_maximum);
    qDeleteAll(m_chips);
    m_chips.clear();
    for (const auto& d : m_deadlines) {
        auto* chip = new QToolButton(this);
        chip->setToolButtonStyle(Qt::ToolButtonTextOnly);
        chip->setMinimumWidth(200);
        chip->setMaximumWidth(280);
        chip->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        chip->setCursor(Qt::PointingHandCursor);
        const QString incidentId = d.incidentId;
        connect(chip, &QToolButton::clicked, this, [this, incidentId] { emit openIncidentRequested(incidentId); });
        m_chipLayout->insertWidget(m_chipLayout->count() - 1, chip);
        m_chips.append(chip);
    }
    m_emptyLabel->setVisible(m_deadlines.isEmpty());
    tick();
}

void DeadlineStripWidget::tick()
{
    const qint64 now = core::SystemClock::instance().nowMs();
    for (int i = 0; i < m_chips.size() && i < m_deadlines.size(); ++i) {
        const auto& d = m_deadlines.at(i);
        const auto* rule = core::RegulatoryClock::rule(d.ruleId);
        QToolButton* chip = m_chips.at(i);
        const QString duty = chip->fontMetrics().elidedText(rule ? rule->title : d.ruleId, Qt::ElideRight, 250);
        chip->setText(tr("%1 · %2\n%3\n%4")
                          .arg(d.incidentReference, rule ? rule->regime : QString(), duty,
                               core::DeadlineRules::countdown(d.dueAt, now)));
        chip->setToolTip(tr("%1\n%2\nDue %3\n%4")
                             .arg(d.incidentTitle, rule ? rule->displayName() : d.ruleId,
                                  WorkflowFormat::fullTime(d.dueAt), rule ? rule->source : QString()));
        const QColor c = WorkflowFormat::urgencyColor(d.dueAt, now);
        chip->setStyleSheet(c.isValid() ? QStringLiteral("QToolButton { border: 2px solid %1; border-radius: 4px; "
                                                         "padding: 4px; color: %1; }")
                                              .arg(c.name())
                                        : QStringLiteral("QToolButton { border: 1px solid palette(mid); "
                                                         "border-radius: 4px; padding: 4px; }"));
    }
}

} // namespace muster::gui
