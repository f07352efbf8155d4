#include "gui/IntelItemsTab.h"

#include "core/Clock.h"
#include "core/Error.h"
#include "gui/BackgroundTask.h"
#include "gui/BriefDialog.h"
#include "gui/BriefsModel.h"
#include "gui/IntelItemDialog.h"
#include "gui/IntelItemsModel.h"
#include "gui/Session.h"
#include "gui/TaxiiImportDialog.h"
#include "storage/Database.h"
#include "storage/DisseminationService.h"
#include "storage/IntelImportService.h"
#include "storage/ObservableService.h"

#include "ui_IntelItemsTab.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>

namespace muster::gui {

namespace {

QString when(const std::optional<qint64>& ms)
{
    return ms ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*ms), QLocale::ShortFormat) : QString();
}

} // namespace

IntelItemsTab::IntelItemsTab(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::IntelItemsTab>())
    , m_items(new IntelItemsModel(session.database(), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_briefs(new BriefsModel(session.database(), this))
{
    m_ui->setupUi(this);
    m_ui->kindCombo->addItem(tr("All kinds"), QString());
    for (auto k : core::intelKinds().values()) {
        m_ui->kindCombo->addItem(core::intelKinds().label(k), core::intelKinds().key(k));
    }
    m_ui->tlpCombo->addItem(tr("Any marking"), QString());
    for (auto t : core::tlpLevels().values()) {
        m_ui->tlpCombo->addItem(core::tlpMarking(t), core::tlpLevels().key(t));
    }
    m_proxy->setSourceModel(m_items);
    m_proxy->setSortRole(IntelItemsModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    auto* table = m_ui->itemsTable;
    table->setModel(m_proxy);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setColumnWidth(IntelItemsModel::MarkingColumn, 125);
    table->setColumnWidth(IntelItemsModel::KindColumn, 95);
    table->setColumnWidth(IntelItemsModel::NameColumn, 230);
    table->setColumnWidth(IntelItemsModel::ValueColumn, 180);
    table->setColumnWidth(IntelItemsModel::SourceColumn, 140);
    table->setColumnWidth(IntelItemsModel::ConfidenceColumn, 80);
    table->setColumnWidth(IntelItemsModel::ValidityColumn, 120);
    table->setColumnWidth(IntelItemsModel::TechniquesColumn, 130);
    table->sortByColumn(IntelItemsModel::UpdatedColumn, Qt::DescendingOrder);
    m_ui->briefsTable->setModel(m_briefs);
    m_ui->briefsTable->verticalHeader()->hide();
    m_ui->briefsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->briefsTable->setColumnWidth(BriefsModel::ReferenceColumn, 130);
    m_ui->briefsTable->setColumnWidth(BriefsModel::MarkingColumn, 130);
    m_ui->briefsTable->setColumnWidth(BriefsModel::TitleColumn, 320);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->bottomSplitter->setStretchFactor(0, 1);
    m_ui->bottomSplitter->setStretchFactor(1, 1);

    m_ui->importButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_ui->newButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &IntelItemsTab::updateFilter);
    connect(m_ui->tlpCombo, &QComboBox::currentIndexChanged, this, &IntelItemsTab::updateFilter);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &IntelItemsTab::updateFilter);
    connect(m_ui->importButton, &QPushButton::clicked, this, &IntelItemsTab::importFile);
    connect(m_ui->taxiiButton, &QPushButton::clicked, this, &IntelItemsTab::importTaxii);
    connect(m_ui->newButton, &QPushButton::clicked, this, &IntelItemsTab::newItem);
    connect(m_ui->briefButton, &QPushButton::clicked, this, &IntelItemsTab::draftBrief);
    connect(m_ui->shareButton, &QPushButton::clicked, this, &IntelItemsTab::shareStix);
    connect(m_ui->openBriefButton, &QPushButton::clicked, this, &IntelItemsTab::openBrief);
    connect(m_ui->itemsTable, &QAbstractItemView::doubleClicked, this, &IntelItemsTab::editItem);
    connect(m_ui->briefsTable, &QAbstractItemView::doubleClicked, this, &IntelItemsTab::openBrief);
    connect(m_ui->itemsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetails();
        updateActions();
    });
    connect(m_ui->briefsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &IntelItemsTab::updateActions);
    connect(&session, &Session::databaseReplaced, this, [this] {
        m_items->setDatabase(m_session.database());
        m_briefs->setDatabase(m_session.database());
        watchDatabase();
        updateFilter();
    });
    watchDatabase();
    updateFilter();
}

IntelItemsTab::~IntelItemsTab() = default;

void IntelItemsTab::setNow(qint64 now)
{
    m_now = now;
    m_items->setNow(now);
    m_items->reload();
}

void IntelItemsTab::selectRow(int row)
{
    m_ui->itemsTable->selectRow(row);
}

void IntelItemsTab::watchDatabase()
{
    connect(&m_session.database(), &storage::Database::changed, this, [this](const QStringList& tables) {
        if (tables.contains(QLatin1String("intel_items")) || tables.contains(QLatin1String("intel_sightings"))) {
            m_items->reload();
            updateFilter();
        }
        if (tables.contains(QLatin1String("intel_briefs")) || tables.contains(QLatin1String("intel_distributions"))) {
            m_briefs->reload();
        }
    });
}

void IntelItemsTab::updateFilter()
{
    storage::IntelRepository::Filter f;
    f.kind = core::intelKinds().fromKey(m_ui->kindCombo->currentData().toString());
    f.tlp = core::tlpLevels().fromKey(m_ui->tlpCombo->currentData().toString());
    f.text = m_ui->searchEdit->text();
    m_items->setFilter(f);
    const int total = storage::IntelRepository(m_session.database()).count();
    m_ui->countLabel->setText(tr("%1 of %n intel items", nullptr, total).arg(m_items->rowCount()));
    updateDetails();
    updateActions();
}

QStringList IntelItemsTab::selectedItemIds() const
{
    QStringList ids;
    for (const QModelIndex& i : m_ui->itemsTable->selectionModel()->selectedRows()) {
        ids.append(i.data(IntelItemsModel::IdRole).toString());
    }
    return ids;
}

void IntelItemsTab::updateActions()
{
    const bool any = m_ui->itemsTable->selectionModel()->hasSelection();
    m_ui->briefButton->setEnabled(any);
    m_ui->shareButton->setEnabled(any);
    m_ui->openBriefButton->setEnabled(m_ui->briefsTable->currentIndex().isValid());
}

void IntelItemsTab::updateDetails()
{
    const QModelIndex current = m_proxy->mapToSource(m_ui->itemsTable->currentIndex());
    if (!current.isValid()) {
        m_ui->detailsBrowser->setHtml(
            tr("<p>Select an item to see its details and sightings.</p><p>Import a STIX bundle "
               "(<b>Ctrl+Shift+I</b>) or a TAXII collection, or enter an indicator (<b>Ctrl+Shift+N</b>).</p>"));
        return;
    }
    const core::IntelItem& i = m_items->itemAt(current.row());
    const auto colors = core::tlpColors(i.tlp);
    QString html = QStringLiteral("<p><span style=\"color:%1; background:%2; font-family:monospace; font-weight:bold\">"
                                  "&nbsp;%3&nbsp;</span> &nbsp;%4</p><h3>%5</h3>")
                       .arg(QLatin1String(colors.foreground), QLatin1String(colors.background), core::tlpMarking(i.tlp),
                            core::intelKinds().label(i.kind).toHtmlEscaped(), i.name.toHtmlEscaped());
    QStringList rows;
    const auto row = [&](const QString& label, const QString& value) {
        if (!value.isEmpty()) {
            rows.append(QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                            .arg(label.toHtmlEscaped(), value.toHtmlEscaped()));
        }
    };
    row(tr("Source"), i.source);
    row(tr("Confidence"), i.confidence >= 0 ? QString::number(i.confidence) : tr("unknown"));
    row(tr("First seen"), when(i.firstSeen));
    row(tr("Last seen"), when(i.lastSeen));
    row(tr("Valid from"), when(i.validFrom));
    row(tr("Valid until"), when(i.validUntil));
    row(tr("ATT&CK"), i.attackIds.join(QStringLiteral(", ")));
    row(tr("Labels"), i.labels.join(QStringLiteral(", ")));
    row(tr("Aliases"), i.aliases.join(QStringLiteral(", ")));
    row(tr("STIX id"), i.stixId);
    if (i.kind == core::IntelKind::Indicator) {
        row(tr("Pattern"), i.pattern);
    }
    html += QStringLiteral("<table cellspacing=\"4\">%1</table>").arg(rows.join(QString()));
    if (!i.description.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(i.description.toHtmlEscaped());
    }
    if (i.kind == core::IntelKind::Indicator) {
        const auto sightings = storage::ObservableService(m_session.database()).sightingsOfItem(i.id);
        html += QStringLiteral("<h4>%1</h4>").arg(tr("Sightings (%1)").arg(sightings.size()));
        if (sightings.isEmpty()) {
            html += tr("<p>No incident has observed these values yet.</p>");
        }
        for (const auto& s : sightings) {
            html += QStringLiteral("<p>%1 — %2 (%3)</p>")
                        .arg(s.incidentReference.toHtmlEscaped(), s.observed.value.toHtmlEscaped(), when(s.seenAt));
        }
    }
    m_ui->detailsBrowser->setHtml(html);
}

void IntelItemsTab::importFile()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("intel/importDir"), QDir::homePath()).toString();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import STIX Bundle"), dir, tr("STIX bundles (*.json);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    settings.setValue(QStringLiteral("intel/importDir"), QFileInfo(path).absolutePath());
    const QStringList markings{tr("TLP:AMBER (default)"), core::tlpMarking(core::Tlp::Clear),
                               core::tlpMarking(core::Tlp::Green), core::tlpMarking(core::Tlp::AmberStrict),
                               core::tlpMarking(core::Tlp::Red)};
    bool ok = false;
    const QString choice = QInputDialog::getItem(
        this, tr("Import STIX Bundle"), tr("Marking for objects that carry no TLP marking:"), markings, 0, false, &ok);
    if (!ok) {
        return;
    }
    storage::IntelImportService::Options options;
    options.defaultTlp = core::parseTlp(choice.section(QLatin1Char(' '), 0, 0)).value_or(core::Tlp::Amber);
    storage::Database& db = m_session.database();
    const core::Actor actor = m_session.actor();
    storage::IntelImportService::Report report;
    const QString error = BackgroundTask::run(
        this, tr("Importing %1…").arg(QFileInfo(path).fileName()),
        [&](const BackgroundTask::Progress&) {
            report = storage::IntelImportService(db).importFile(path, options, actor);
        },
        false);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Nothing Imported"), error);
        return;
    }
    QMessageBox box(QMessageBox::Information, tr("STIX Import"), report.summary(), QMessageBox::Ok, this);
    if (!report.warnings.isEmpty()) {
        box.setDetailedText(report.warnings.join(QLatin1Char('\n')));
    }
    box.exec();
}

void IntelItemsTab::importTaxii()
{
    TaxiiImportDialog dialog(m_session, this);
    dialog.exec();
}

void IntelItemsTab::newItem()
{
    IntelItemDialog dialog(m_session, core::IntelItem{}, this);
    dialog.exec();
}

void IntelItemsTab::editItem()
{
    const QModelIndex current = m_proxy->mapToSource(m_ui->itemsTable->currentIndex());
    if (!current.isValid()) {
        return;
    }
    IntelItemDialog dialog(m_session, m_items->itemAt(current.row()), this);
    dialog.exec();
}

void IntelItemsTab::draftBrief()
{
    const QStringList ids = selectedItemIds();
    if (ids.isEmpty()) {
        return;
    }
    QStringList audiences;
    for (auto a : core::briefAudiences().values()) {
        audiences.append(core::briefAudiences().label(a));
    }
    bool ok = false;
    const QString audience =
        QInputDialog::getItem(this, tr("New Brief"), tr("Who is the brief for?"), audiences, 0, false, &ok);
    if (!ok) {
        return;
    }
    try {
        const auto brief = storage::DisseminationService(m_session.database())
                               .draft(*core::briefAudiences().fromText(audience), QString(), ids, m_session.actor());
        BriefDialog dialog(m_session, brief.id, this);
        dialog.exec();
    } catch (const core::Error& e) {
        QMessageBox::warning(this, tr("New Brief"), e.message());
    }
}

void IntelItemsTab::openBrief()
{
    const QModelIndex current = m_ui->briefsTable->currentIndex();
    if (!current.isValid()) {
        return;
    }
    BriefDialog dialog(m_session, current.data(BriefsModel::IdRole).toString(), this);
    dialog.exec();
}

void IntelItemsTab::shareStix()
{
    const QStringList ids = selectedItemIds();
    if (ids.isEmpty()) {
        return;
    }
    QStringList scopes;
    for (auto s : core::shareScopes().values()) {
        if (s != core::ShareScope::NamedRecipients) {
            scopes.append(core::shareScopes().label(s));
        }
    }
    bool ok = false;
    const QString scope = QInputDialog::getItem(
        this, tr("Share as STIX"), tr("Who is it for? Items whose marking does not allow it are withheld."), scopes, 2,
        false, &ok);
    if (!ok) {
        return;
    }
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Share as STIX"), QDir::homePath(), tr("STIX bundles (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    storage::DisseminationService::Release r;
    r.scope = *core::shareScopes().fromText(scope);
    r.destination = path;
    try {
        const auto share =
            storage::DisseminationService(m_session.database()).shareStix(ids, QString(), r, m_session.actor());
        QMessageBox::information(this, tr("Share as STIX"),
                                 tr("Wrote %1: %2 shared, %3 withheld by their marking. The distribution is logged.")
                                     .arg(QDir::toNativeSeparators(path))
                                     .arg(share.shared)
                                     .arg(share.withheld));
    } catch (const core::Error& e) {
        QMessageBox::warning(this, tr("Share as STIX"), e.message());
    }
}

} // namespace muster::gui
