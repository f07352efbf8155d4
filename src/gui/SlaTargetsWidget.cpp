#include "gui/SlaTargetsWidget.h"

#include "core/DurationFormat.h"
#include "core/Error.h"
#include "gui/ChartTheme.h"
#include "gui/Session.h"
#include "storage/Database.h"
#include "storage/MetricsService.h"

#include "ui_SlaTargetsWidget.h"

#include <QLineEdit>

namespace muster::gui {

SlaTargetsWidget::SlaTargetsWidget(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::SlaTargetsWidget>())
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    for (core::Severity s : core::severities().values()) {
        for (core::Measure m : core::SlaTargets::measuresWithTargets()) {
            QLineEdit* edit = field(s, m);
            edit->setPlaceholderText(tr("no target"));
            connect(edit, &QLineEdit::editingFinished, this, [this, s, m] { commit(s, m); });
        }
    }
    connect(m_ui->defaultsButton, &QPushButton::clicked, this, [this] {
        storage::MetricsService(m_session.database()).setSlaTargets(m_session.database(), core::SlaTargets::defaults());
        reload();
    });
    connect(&session, &Session::databaseReplaced, this, &SlaTargetsWidget::reload);
    reload();
}

SlaTargetsWidget::~SlaTargetsWidget() = default;

QLineEdit* SlaTargetsWidget::field(core::Severity severity, core::Measure measure) const
{
    const QString name =
        QStringLiteral("%1%2Edit")
            .arg(core::severities().key(severity), measure == core::Measure::Acknowledge ? QStringLiteral("Acknowledge")
                                                   : measure == core::Measure::Contain   ? QStringLiteral("Contain")
                                                                                         : QStringLiteral("Remediate"));
    return findChild<QLineEdit*>(name);
}

void SlaTargetsWidget::reload()
{
    core::SlaTargets targets;
    try {
        targets = storage::MetricsService(m_session.database()).slaTargets();
        m_ui->errorLabel->hide();
    } catch (const core::Error& e) {
        m_ui->errorLabel->setText(e.message());
        m_ui->errorLabel->show();
    }
    for (core::Severity s : core::severities().values()) {
        for (core::Measure m : core::SlaTargets::measuresWithTargets()) {
            const auto t = targets.target(s, m);
            QLineEdit* edit = field(s, m);
            edit->setText(t ? core::formatDurationInput(*t) : QString());
            showError(edit, QString());
        }
    }
}

void SlaTargetsWidget::showError(QLineEdit* edit, const QString& message)
{
    edit->setToolTip(message);
    QPalette p = edit->palette();
    p.setColor(QPalette::Base,
               message.isEmpty() ? palette().color(QPalette::Base) : ChartTheme::withAlpha(ChartTheme::bad(), 60));
    edit->setPalette(p);
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

void SlaTargetsWidget::commit(core::Severity severity, core::Measure measure)
{
    QLineEdit* edit = field(severity, measure);
    const QString name = tr("%1, %2").arg(core::severities().label(severity), core::measures().label(measure));
    try {
        storage::MetricsService metrics(m_session.database());
        core::SlaTargets targets = metrics.slaTargets();
        const auto value = core::parseDuration(edit->text(), name);
        if (value == targets.target(severity, measure)) {
            showError(edit, QString());
            return;
        }
        targets.setTarget(severity, measure, value);
        metrics.setSlaTargets(m_session.database(), targets);
        edit->setText(value ? core::formatDurationInput(*value) : QString());
        showError(edit, QString());
    } catch (const core::Error& e) {
        showError(edit, e.message());
    }
}

} // namespace muster::gui
