#include "gui/WorkflowSettingsWidget.h"

#include "core/Clock.h"
#include "core/Duration.h"
#include "core/Error.h"
#include "gui/Session.h"
#include "gui/Theme.h"
#include "gui/WorkflowFormat.h"
#include "storage/Database.h"
#include "storage/WorkflowSettings.h"

#include "ui_WorkflowSettingsWidget.h"

#include <QSettings>
#include <QTimeZone>

namespace muster::gui {

namespace {
const QString kDesktopKey = QStringLiteral("workflows/desktopNotifications");
}

WorkflowSettingsWidget::WorkflowSettingsWidget(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::WorkflowSettingsWidget>())
{
    m_ui->setupUi(this);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
        if (id.contains('/')) {
            m_ui->zoneCombo->addItem(QString::fromUtf8(id));
        }
    }
    m_ui->baseCombo->addItem(tr("US federal holidays"), QStringLiteral("us_federal"));
    m_ui->baseCombo->addItem(tr("No base holidays"), QStringLiteral("none"));
    m_ui->thresholdsEdit->setToolTip(tr("How long before a deadline or a due status update to notify, e.g. 24h, 4h, "
                                        "1h"));
    connect(m_ui->saveButton, &QPushButton::clicked, this, &WorkflowSettingsWidget::save);
    connect(m_ui->desktopCheck, &QCheckBox::toggled, this, [](bool on) { QSettings().setValue(kDesktopKey, on); });
    connect(&session, &Session::databaseReplaced, this, &WorkflowSettingsWidget::reload);
    reload();
}

WorkflowSettingsWidget::~WorkflowSettingsWidget() = default;

bool WorkflowSettingsWidget::desktopNotificationsEnabled()
{
    return QSettings().value(kDesktopKey, true).toBool();
}

void WorkflowSettingsWidget::reload()
{
    const storage::WorkflowSettings settings(m_session.database());
    const auto cadence = settings.cadence();
    m_ui->sev1Spin->setValue(cadence.intervalMinutes(core::Severity::Sev1));
    m_ui->sev2Spin->setValue(cadence.intervalMinutes(core::Severity::Sev2));
    m_ui->sev3Spin->setValue(cadence.intervalMinutes(core::Severity::Sev3));
    m_ui->sev4Spin->setValue(cadence.intervalMinutes(core::Severity::Sev4));
    m_ui->thresholdsEdit->setText(core::Duration::formatList(settings.notificationThresholds()));
    m_ui->desktopCheck->setChecked(desktopNotificationsEnabled());
    m_ui->zoneCombo->setCurrentText(settings.calendarZone());
    m_ui->baseCombo->setCurrentIndex(std::max(0, m_ui->baseCombo->findData(settings.calendarBase())));
    m_ui->holidaysEdit->setText(settings.calendarHolidays());
    m_ui->workingDaysEdit->setText(settings.calendarWorkingDays());
    const auto webhook = settings.webhook();
    m_ui->webhookNameEdit->setText(webhook.name);
    m_ui->webhookUrlEdit->setText(webhook.url);
    m_ui->timeoutSpin->setValue(webhook.timeoutSeconds);
    m_ui->retriesSpin->setValue(webhook.retries);
    m_ui->messageLabel->clear();
}

bool WorkflowSettingsWidget::save()
{
    storage::WorkflowSettings settings(m_session.database());
    const qint64 now = core::SystemClock::instance().nowMs();
    QWidget* field = nullptr;
    try {
        field = m_ui->thresholdsEdit;
        core::Duration::parseList(m_ui->thresholdsEdit->text(), tr("Notify before"));
        field = m_ui->zoneCombo;
        core::BusinessCalendar::fromSettings(m_ui->zoneCombo->currentText(), m_ui->baseCombo->currentData().toString(),
                                             m_ui->holidaysEdit->text(), m_ui->workingDaysEdit->text());
        field = m_ui->webhookUrlEdit;
        settings.setWebhook({m_ui->webhookNameEdit->text(), m_ui->webhookUrlEdit->text(), m_ui->timeoutSpin->value(),
                             m_ui->retriesSpin->value()},
                            now);
        field = m_ui->thresholdsEdit;
        settings.setNotificationThresholds(m_ui->thresholdsEdit->text(), now);
        field = m_ui->holidaysEdit;
        settings.setCalendar(m_ui->zoneCombo->currentText(), m_ui->baseCombo->currentData().toString(),
                             m_ui->holidaysEdit->text(), m_ui->workingDaysEdit->text(), now);
        core::StatusCadence cadence;
        cadence.minutes = {{core::Severity::Sev1, m_ui->sev1Spin->value()},
                           {core::Severity::Sev2, m_ui->sev2Spin->value()},
                           {core::Severity::Sev3, m_ui->sev3Spin->value()},
                           {core::Severity::Sev4, m_ui->sev4Spin->value()}};
        settings.setCadence(cadence, now);
    } catch (const core::Error& e) {
        m_ui->messageLabel->setStyleSheet(
            QStringLiteral("color: %1").arg(Theme::severityColor(core::Severity::Sev1).name()));
        m_ui->messageLabel->setText(e.message());
        if (field) {
            field->setFocus();
        }
        return false;
    }
    m_ui->messageLabel->setStyleSheet(QString());
    m_ui->messageLabel->setText(tr("Saved."));
    m_session.database().notifyChanged({QStringLiteral("settings")});
    return true;
}

} // namespace muster::gui
