#include "gui/SyncSettingsWidget.h"

#include "core/Error.h"
#include "gui/Theme.h"
#include "sync/SyncEngine.h"

#include "ui_SyncSettingsWidget.h"

#include <QDir>
#include <QFileDialog>
#include <QtConcurrent>

namespace muster::gui {

SyncSettingsWidget::SyncSettingsWidget(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SyncSettingsWidget>())
{
    m_ui->setupUi(this);
    m_ui->tlsCombo->addItem(tr("Prefer: encrypt when the server offers it"), QStringLiteral("prefer"));
    m_ui->tlsCombo->addItem(tr("Require: always encrypt, without checking the certificate"), QStringLiteral("require"));
    m_ui->tlsCombo->addItem(tr("Verify CA: encrypt and check the certificate"), QStringLiteral("verify-ca"));
    m_ui->tlsCombo->addItem(tr("Verify full: encrypt, check the certificate and the host name"),
                            QStringLiteral("verify-full"));
    m_ui->tlsCombo->addItem(tr("Disable: no encryption (trusted networks only)"), QStringLiteral("disable"));
    for (QLabel* label : {m_ui->hostError, m_ui->databaseError, m_ui->userError, m_ui->passwordError, m_ui->caError}) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, Theme::severityColor(core::Severity::Sev1));
        label->setPalette(p);
        label->hide();
    }
    m_ui->resultLabel->hide();

    connect(m_ui->tlsCombo, &QComboBox::currentIndexChanged, this, &SyncSettingsWidget::updateTlsFields);
    connect(m_ui->caBrowseButton, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("CA Certificate"), QFileInfo(m_ui->caEdit->text()).absolutePath(),
                                         tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
        if (!file.isEmpty()) {
            m_ui->caEdit->setText(QDir::toNativeSeparators(file));
        }
    });
    connect(m_ui->testButton, &QPushButton::clicked, this, &SyncSettingsWidget::testConnection);
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] {
        if (m_ui->hostEdit->text().trimmed().isEmpty() || validate()) {
            emit saveRequested(config());
        }
    });
    connect(m_ui->syncButton, &QPushButton::clicked, this, &SyncSettingsWidget::syncRequested);
    connect(m_ui->issuesButton, &QPushButton::clicked, this, &SyncSettingsWidget::issuesRequested);
    connect(&m_test, &QFutureWatcher<QString>::finished, this, [this] {
        m_ui->testButton->setEnabled(true);
        const QString result = m_test.result();
        // Failures come back as "!" + the message (exceptions stay on the worker).
        if (result.startsWith(QLatin1Char('!'))) {
            showResult(result.mid(1), true);
        } else {
            showResult(result, false);
        }
    });
    updateTlsFields();
}

SyncSettingsWidget::~SyncSettingsWidget()
{
    m_test.waitForFinished();
}

void SyncSettingsWidget::load(const sync::ServerConfig& c)
{
    m_ui->hostEdit->setText(c.host);
    m_ui->portSpin->setValue(c.port);
    m_ui->databaseEdit->setText(c.database);
    m_ui->userEdit->setText(c.user);
    m_ui->passwordEdit->clear();
    const int tls = m_ui->tlsCombo->findData(c.sslMode);
    m_ui->tlsCombo->setCurrentIndex(tls < 0 ? 0 : tls);
    m_ui->caEdit->setText(QDir::toNativeSeparators(c.caFile));
    m_ui->autoSyncCheck->setChecked(c.autoSync);
    updateTlsFields();
}

sync::ServerConfig SyncSettingsWidget::config() const
{
    sync::ServerConfig c;
    c.host = m_ui->hostEdit->text().trimmed();
    c.port = m_ui->portSpin->value();
    c.database = m_ui->databaseEdit->text().trimmed();
    c.user = m_ui->userEdit->text().trimmed();
    c.password = m_ui->passwordEdit->text();
    c.sslMode = m_ui->tlsCombo->currentData().toString();
    c.caFile = QDir::fromNativeSeparators(m_ui->caEdit->text().trimmed());
    c.autoSync = m_ui->autoSyncCheck->isChecked();
    return c;
}

QLabel* SyncSettingsWidget::errorLabel(const QString& field) const
{
    if (field == QLatin1String("host") || field == QLatin1String("port")) {
        return m_ui->hostError;
    }
    if (field == QLatin1String("database")) {
        return m_ui->databaseError;
    }
    if (field == QLatin1String("user")) {
        return m_ui->userError;
    }
    if (field == QLatin1String("caFile")) {
        return m_ui->caError;
    }
    return m_ui->passwordError;
}

bool SyncSettingsWidget::validate()
{
    for (QLabel* label : {m_ui->hostError, m_ui->databaseError, m_ui->userError, m_ui->passwordError, m_ui->caError}) {
        label->clear();
        label->hide();
    }
    const auto problems = config().problems();
    for (const auto& p : problems) {
        QLabel* label = errorLabel(p.field);
        label->setText(p.message);
        label->show();
    }
    if (!problems.isEmpty()) {
        if (QWidget* first = errorLabel(problems.first().field)->parentWidget()) {
            first->setFocus();
        }
    }
    return problems.isEmpty();
}

void SyncSettingsWidget::showResult(const QString& text, bool problem)
{
    QPalette p = m_ui->resultLabel->palette();
    p.setColor(QPalette::WindowText,
               problem ? Theme::severityColor(core::Severity::Sev1) : palette().color(QPalette::WindowText));
    m_ui->resultLabel->setPalette(p);
    m_ui->resultLabel->setText(text);
    m_ui->resultLabel->setVisible(!text.isEmpty());
}

void SyncSettingsWidget::testConnection()
{
    if (!validate() || m_test.isRunning()) {
        return;
    }
    m_ui->testButton->setEnabled(false);
    showResult(tr("Connecting to %1…").arg(config().displayName()), false);
    const sync::ServerConfig c = config();
    m_test.setFuture(QtConcurrent::run([c]() -> QString {
        try {
            return sync::SyncEngine::test(c);
        } catch (const core::Error& e) {
            return QLatin1Char('!') + e.message();
        }
    }));
}

void SyncSettingsWidget::updateTlsFields()
{
    const QString mode = m_ui->tlsCombo->currentData().toString();
    const bool verifies = mode == QLatin1String("verify-ca") || mode == QLatin1String("verify-full");
    m_ui->caEdit->setEnabled(verifies);
    m_ui->caBrowseButton->setEnabled(verifies);
    m_ui->caCaption->setEnabled(verifies);
}

} // namespace muster::gui
