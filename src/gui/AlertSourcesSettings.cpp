#include "gui/AlertSourcesSettings.h"

#include "core/Clock.h"
#include "core/Error.h"
#include "gui/IntakeRunner.h"
#include "gui/Session.h"
#include "storage/AlertSourceRepository.h"
#include "storage/Database.h"

#include "ui_AlertSourcesSettings.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QMessageBox>
#include <QPushButton>

namespace muster::gui {

namespace {

qint64 now()
{
    return core::SystemClock::instance().nowMs();
}

QString pretty(const QJsonObject& o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

AlertSourcesSettings::AlertSourcesSettings(Session& session, IntakeRunner& runner, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_runner(runner)
    , m_ui(std::make_unique<Ui::AlertSourcesSettings>())
{
    m_ui->setupUi(this);
    m_ui->tokenTable->setColumnCount(3);
    m_ui->tokenTable->setHorizontalHeaderLabels({tr("Token"), tr("Created"), tr("State")});
    m_ui->tokenTable->verticalHeader()->hide();
    m_ui->tokenTable->horizontalHeader()->setStretchLastSection(true);

    const auto config = runner.config();
    m_ui->enabledCheck->setChecked(runner.enabled());
    m_ui->listenEdit->setText(config.listenText());
    m_ui->certificateEdit->setText(config.certificateFile);
    m_ui->keyEdit->setText(config.keyFile);
    m_ui->serverStatusLabel->setText(runner.status());

    connect(m_ui->applyButton, &QPushButton::clicked, this, &AlertSourcesSettings::applyServer);
    connect(&runner, &IntakeRunner::statusChanged, this,
            [this] { m_ui->serverStatusLabel->setText(m_runner.status()); });
    connect(m_ui->sourceList, &QListWidget::currentRowChanged, this, &AlertSourcesSettings::showSource);
    connect(m_ui->addSourceButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Add Alert Source"),
                                                   tr("Name of the tool or integration (e.g. wazuh, elastic):"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok) {
            addSource(name);
        }
    });
    connect(m_ui->saveSourceButton, &QPushButton::clicked, this, &AlertSourcesSettings::saveSource);
    connect(m_ui->newTokenButton, &QPushButton::clicked, this, &AlertSourcesSettings::issueToken);
    connect(m_ui->revokeTokenButton, &QPushButton::clicked, this, &AlertSourcesSettings::revokeToken);
    connect(&session, &Session::databaseReplaced, this, &AlertSourcesSettings::reload);
    reload();
}

AlertSourcesSettings::~AlertSourcesSettings() = default;

void AlertSourcesSettings::reload()
{
    const QString current = currentSourceId();
    const QSignalBlocker block(m_ui->sourceList);
    m_ui->sourceList->clear();
    for (const auto& s : storage::AlertSourceRepository(m_session.database()).all()) {
        auto* item = new QListWidgetItem(s.name, m_ui->sourceList);
        item->setData(Qt::UserRole, s.id);
        if (s.id == current) {
            m_ui->sourceList->setCurrentItem(item);
        }
    }
    if (!m_ui->sourceList->currentItem() && m_ui->sourceList->count() > 0) {
        m_ui->sourceList->setCurrentRow(0);
    }
    showSource();
}

QString AlertSourcesSettings::currentSourceId() const
{
    const auto* item = m_ui->sourceList->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void AlertSourcesSettings::showSource()
{
    const QString id = currentSourceId();
    const bool has = !id.isEmpty();
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->severityMapEdit, m_ui->mappingEdit, m_ui->rateSpin,
                                                      m_ui->burstSpin, m_ui->saveSourceButton, m_ui->newTokenButton,
                                                      m_ui->revokeTokenButton, m_ui->tokenTable}) {
        w->setEnabled(has);
    }
    m_ui->sourceMessageLabel->clear();
    m_ui->tokenTable->setRowCount(0);
    if (!has) {
        m_ui->severityMapEdit->clear();
        m_ui->mappingEdit->clear();
        return;
    }
    storage::AlertSourceRepository repo(m_session.database());
    const auto source = repo.find(id);
    if (!source) {
        return;
    }
    m_ui->severityMapEdit->setPlainText(pretty(source->severityMap));
    m_ui->mappingEdit->setPlainText(pretty(source->mapping));
    m_ui->rateSpin->setValue(source->ratePerSecond);
    m_ui->burstSpin->setValue(source->burst);
    const auto tokens = repo.tokens(id);
    m_ui->tokenTable->setRowCount(int(tokens.size()));
    for (int r = 0; r < tokens.size(); ++r) {
        const auto& t = tokens.at(r);
        auto* hint = new QTableWidgetItem(tr("%1…").arg(t.hint));
        hint->setData(Qt::UserRole, t.id);
        m_ui->tokenTable->setItem(r, 0, hint);
        m_ui->tokenTable->setItem(r, 1,
                                  new QTableWidgetItem(QLocale().toString(QDateTime::fromMSecsSinceEpoch(t.createdAt),
                                                                          QLocale::ShortFormat)));
        m_ui->tokenTable->setItem(
            r, 2,
            new QTableWidgetItem(t.revokedAt ? tr("Revoked %1")
                                                   .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(*t.revokedAt),
                                                                           QLocale::ShortFormat))
                                             : tr("Active")));
    }
}

void AlertSourcesSettings::addSource(const QString& name)
{
    try {
        core::AlertSource s;
        s.name = name;
        const auto added = storage::AlertSourceRepository(m_session.database()).add(s, now());
        reload();
        for (int i = 0; i < m_ui->sourceList->count(); ++i) {
            if (m_ui->sourceList->item(i)->data(Qt::UserRole).toString() == added.id) {
                m_ui->sourceList->setCurrentRow(i);
            }
        }
    } catch (const core::Error& e) {
        QMessageBox::warning(this, tr("Add Alert Source"), e.message());
    }
}

void AlertSourcesSettings::saveSource()
{
    storage::AlertSourceRepository repo(m_session.database());
    auto source = repo.find(currentSourceId());
    if (!source) {
        return;
    }
    const auto parse = [this](QPlainTextEdit* edit, const QString& field, QJsonObject& out) {
        const QString text = edit->toPlainText().trimmed();
        if (text.isEmpty()) {
            out = {};
            return true;
        }
        QJsonParseError error{};
        const auto doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            m_ui->sourceMessageLabel->setText(
                tr("%1: not a JSON object (%2 at character %3).")
                    .arg(field, error.error != QJsonParseError::NoError ? error.errorString() : tr("another value"))
                    .arg(error.offset));
            edit->setFocus();
            return false;
        }
        out = doc.object();
        return true;
    };
    if (!parse(m_ui->severityMapEdit, tr("Severity map"), source->severityMap) ||
        !parse(m_ui->mappingEdit, tr("Mapping"), source->mapping)) {
        return;
    }
    source->ratePerSecond = m_ui->rateSpin->value();
    source->burst = m_ui->burstSpin->value();
    try {
        repo.update(*source, now());
        m_ui->sourceMessageLabel->setText(tr("Saved."));
    } catch (const core::Error& e) {
        m_ui->sourceMessageLabel->setText(e.message());
    }
}

void AlertSourcesSettings::issueToken()
{
    const auto source = storage::AlertSourceRepository(m_session.database()).find(currentSourceId());
    if (!source) {
        return;
    }
    const auto issued = storage::AlertSourceRepository(m_session.database()).issueToken(source->name, now());
    m_lastToken = issued.secret;
    showSource();
    if (!isVisible()) {
        return; // tests and scripted use
    }
    QMessageBox box(
        QMessageBox::Information, tr("New Token"),
        tr("Token for %1:\n\n%2\n\nMuster keeps only its hash: copy it now.").arg(source->name, issued.secret),
        QMessageBox::Close, this);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton* copy = box.addButton(tr("&Copy"), QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() == copy) {
        QApplication::clipboard()->setText(issued.secret);
    }
}

void AlertSourcesSettings::revokeToken()
{
    const auto* item = m_ui->tokenTable->item(m_ui->tokenTable->currentRow(), 0);
    if (!item) {
        m_ui->sourceMessageLabel->setText(tr("Select the token to revoke."));
        return;
    }
    if (isVisible() &&
        QMessageBox::question(this, tr("Revoke Token"),
                              tr("Revoke token %1? Requests with it will be refused at once.").arg(item->text())) !=
            QMessageBox::Yes) {
        return;
    }
    try {
        storage::AlertSourceRepository(m_session.database()).revokeToken(item->data(Qt::UserRole).toString(), now());
        showSource();
    } catch (const core::Error& e) {
        m_ui->sourceMessageLabel->setText(e.message());
    }
}

void AlertSourcesSettings::applyServer()
{
    net::IntakeConfig config;
    try {
        config.setListen(m_ui->listenEdit->text().isEmpty() ? config.listenText() : m_ui->listenEdit->text());
        config.certificateFile = m_ui->certificateEdit->text().trimmed();
        config.keyFile = m_ui->keyEdit->text().trimmed();
        if (!config.tls() && !config.address.isLoopback() && m_ui->enabledCheck->isChecked() && isVisible() &&
            QMessageBox::warning(this, tr("Alert Intake"),
                                 tr("Listening on %1 without TLS sends tokens and alerts in clear text over the "
                                    "network. Continue?")
                                     .arg(config.listenText()),
                                 QMessageBox::Yes | QMessageBox::No) != QMessageBox::Yes) {
            return;
        }
        m_runner.apply(m_ui->enabledCheck->isChecked(), config);
    } catch (const core::Error& e) {
        m_ui->serverStatusLabel->setText(e.message());
    }
}

} // namespace muster::gui
