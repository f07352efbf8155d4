#include "gui/TaxiiImportDialog.h"

#include "core/StixBundle.h"
#include "gui/BackgroundTask.h"
#include "gui/Session.h"
#include "net/TaxiiClient.h"
#include "storage/IntelImportService.h"

#include "ui_TaxiiImportDialog.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace muster::gui {

TaxiiImportDialog::TaxiiImportDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::TaxiiImportDialog>())
{
    m_ui->setupUi(this);
    QSettings settings;
    m_ui->urlEdit->setText(settings.value(QStringLiteral("intel/taxiiUrl")).toString());
    m_ui->userEdit->setText(settings.value(QStringLiteral("intel/taxiiUser")).toString());
    for (auto t : core::tlpLevels().values()) {
        m_ui->tlpCombo->addItem(core::tlpMarking(t), core::tlpLevels().key(t));
    }
    m_ui->tlpCombo->setCurrentIndex(m_ui->tlpCombo->findData(core::tlpLevels().key(core::Tlp::Amber)));
    QPushButton* importButton = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    importButton->setEnabled(false);
    connect(m_ui->connectButton, &QPushButton::clicked, this, &TaxiiImportDialog::connectToServer);
    connect(importButton, &QPushButton::clicked, this, &TaxiiImportDialog::import);
    connect(m_ui->collectionCombo, &QComboBox::currentIndexChanged, this,
            [this, importButton] { importButton->setEnabled(m_ui->collectionCombo->count() > 0); });
}

TaxiiImportDialog::~TaxiiImportDialog() = default;

void TaxiiImportDialog::connectToServer()
{
    const QUrl url = QUrl::fromUserInput(m_ui->urlEdit->text().trimmed());
    net::TaxiiClient::Options options;
    options.username = m_ui->userEdit->text().trimmed();
    options.password = m_ui->passwordEdit->text();
    QList<net::TaxiiClient::Collection> collections;
    QString title;
    const QString error = BackgroundTask::run(
        this, tr("Connecting to %1…").arg(url.host()),
        [&](const BackgroundTask::Progress&) {
            net::TaxiiClient client(options);
            const auto discovery = client.discover(url);
            title = discovery.title;
            m_apiRoot = discovery.defaultApiRoot;
            collections = client.collections(m_apiRoot);
        },
        false);
    m_ui->collectionCombo->clear();
    if (!error.isEmpty()) {
        m_ui->statusLabel->setText(error);
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("intel/taxiiUrl"), m_ui->urlEdit->text().trimmed());
    settings.setValue(QStringLiteral("intel/taxiiUser"), options.username);
    for (const auto& c : collections) {
        if (c.canRead) {
            m_ui->collectionCombo->addItem(c.title.isEmpty() ? c.id : tr("%1 (%2)").arg(c.title, c.id), c.id);
        }
    }
    m_ui->statusLabel->setText(tr("%1: %n readable collection(s).", nullptr, m_ui->collectionCombo->count())
                                   .arg(title.isEmpty() ? url.host() : title));
}

void TaxiiImportDialog::import()
{
    const QString collection = m_ui->collectionCombo->currentData().toString();
    if (collection.isEmpty()) {
        return;
    }
    net::TaxiiClient::Options options;
    options.username = m_ui->userEdit->text().trimmed();
    options.password = m_ui->passwordEdit->text();
    storage::IntelImportService::Options importOptions;
    importOptions.defaultTlp = *core::tlpLevels().fromKey(m_ui->tlpCombo->currentData().toString());
    const QString origin = tr("TAXII %1 collection %2").arg(m_apiRoot.host(), collection);
    importOptions.source = origin;
    storage::Database& db = m_session.database();
    const core::Actor actor = m_session.actor();
    storage::IntelImportService::Report report;
    const QUrl root = m_apiRoot;
    const QString error = BackgroundTask::run(this, tr("Downloading %1…").arg(origin), [&](const auto& progress) {
        net::TaxiiClient client(options);
        const auto download =
            client.objects(root, collection, QString(), [&](int objects, int) { return progress(objects, 0); });
        report = storage::IntelImportService(db).importBundle(core::StixBundle::fromObjects(download.objects, origin),
                                                              importOptions, actor);
    });
    if (!error.isEmpty()) {
        m_ui->statusLabel->setText(error);
        return;
    }
    QMessageBox::information(this, tr("TAXII Import"), report.summary());
    accept();
}

} // namespace muster::gui
