#include "gui/HuntsTab.h"

#include "core/Clock.h"
#include "core/Error.h"
#include "core/HuntRules.h"
#include "gui/AttackCatalogSource.h"
#include "gui/BacklogModel.h"
#include "gui/ConcludeHuntDialog.h"
#include "gui/EditHuntCommand.h"
#include "gui/FindingDialog.h"
#include "gui/HuntDialog.h"
#include "gui/HuntsModel.h"
#include "gui/Session.h"
#include "storage/CoverageService.h"
#include "storage/Database.h"
#include "storage/HuntService.h"
#include "storage/IncidentRepository.h"
#include "storage/IntelRepository.h"

#include "ui_HuntsTab.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QUndoStack>

namespace muster::gui {

namespace {

class HuntFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void set(const QString& status, const QString& text)
    {
        m_status = status;
        m_text = text.trimmed();
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        const QAbstractItemModel* m = sourceModel();
        if (!m_status.isEmpty() && m->index(row, 0, parent).data(HuntsModel::StatusKeyRole).toString() != m_status) {
            return false;
        }
        if (m_text.isEmpty()) {
            return true;
        }
        for (int c = 0; c < m->columnCount(parent); ++c) {
            if (m->index(row, c, parent).data().toString().contains(m_text, Qt::CaseInsensitive)) {
                return true;
            }
        }
        return m->index(row, HuntsModel::TitleColumn, parent)
            .data(Qt::ToolTipRole)
            .toString()
            .contains(m_text, Qt::CaseInsensitive);
    }

private:
    QString m_status;
    QString m_text;
};

QString day(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).date(), QLocale::ShortFormat);
}

} // namespace

HuntsTab::HuntsTab(Session& session, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_undo(undoStack)
    , m_ui(std::make_unique<Ui::HuntsTab>())
    , m_hunts(new HuntsModel(session.database(), this))
    , m_proxy(new HuntFilter(this))
    , m_backlog(new BacklogModel(this))
{
    m_ui->setupUi(this);
    m_ui->statusCombo->addItem(tr("All hunts"), QString());
    for (auto s : core::huntStatuses().values()) {
        m_ui->statusCombo->addItem(core::huntStatuses().label(s), core::huntStatuses().key(s));
    }
    m_proxy->setSourceModel(m_hunts);
    m_proxy->setSortRole(HuntsModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->huntsTable->setModel(m_proxy);
    m_ui->huntsTable->verticalHeader()->hide();
    m_ui->huntsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->huntsTable->setColumnWidth(HuntsModel::ReferenceColumn, 120);
    m_ui->huntsTable->setColumnWidth(HuntsModel::TitleColumn, 230);
    m_ui->huntsTable->setColumnWidth(HuntsModel::StatusColumn, 170);
    m_ui->huntsTable->setColumnWidth(HuntsModel::TechniquesColumn, 100);
    m_ui->huntsTable->setColumnWidth(HuntsModel::OwnerColumn, 120);
    m_ui->huntsTable->sortByColumn(HuntsModel::ReferenceColumn, Qt::DescendingOrder);
    m_ui->backlogTable->setModel(m_backlog);
    m_ui->backlogTable->verticalHeader()->hide();
    m_ui->backlogTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->backlogTable->setColumnWidth(BacklogModel::TechniqueColumn, 90);
    m_ui->backlogTable->setColumnWidth(BacklogModel::NameColumn, 200);
    m_ui->backlogTable->setColumnWidth(BacklogModel::GroupsColumn, 200);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);

    m_ui->newButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this, &HuntsTab::updateFilter);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &HuntsTab::updateFilter);
    connect(m_ui->newButton, &QPushButton::clicked, this, [this] { propose(); });
    connect(m_ui->editButton, &QPushButton::clicked, this, &HuntsTab::edit);
    connect(m_ui->startButton, &QPushButton::clicked, this, &HuntsTab::start);
    connect(m_ui->findingButton, &QPushButton::clicked, this, &HuntsTab::addFinding);
    connect(m_ui->concludeButton, &QPushButton::clicked, this, &HuntsTab::conclude);
    connect(m_ui->reopenButton, &QPushButton::clicked, this, &HuntsTab::reopen);
    connect(m_ui->huntsTable, &QAbstractItemView::doubleClicked, this, &HuntsTab::edit);
    connect(m_ui->huntThisButton, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_ui->backlogTable->currentIndex();
        if (i.isValid()) {
            propose(m_backlog->entryAt(i.row()).techniqueId);
        }
    });
    connect(m_ui->backlogTable, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex& i) { propose(m_backlog->entryAt(i.row()).techniqueId); });
    connect(m_ui->huntsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetails();
        updateActions();
    });
    connect(m_ui->backlogTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HuntsTab::updateActions);
    connect(&AttackCatalogSource::of(session), &AttackCatalogSource::changed, this, &HuntsTab::reload);
    connect(&session, &Session::databaseReplaced, this, [this] {
        m_hunts->setDatabase(m_session.database());
        watchDatabase();
        reload();
    });
    watchDatabase();
    reload();
}

HuntsTab::~HuntsTab() = default;

void HuntsTab::setNow(qint64 now)
{
    m_now = now;
    m_hunts->setNow(now);
    reload();
}

void HuntsTab::selectHunt(const QString& id)
{
    const int row = m_hunts->rowOf(id);
    if (row >= 0) {
        m_ui->huntsTable->setCurrentIndex(m_proxy->mapFromSource(m_hunts->index(row, 0)));
    }
}

void HuntsTab::watchDatabase()
{
    connect(&m_session.database(), &storage::Database::changed, this, [this](const QStringList& tables) {
        static const QStringList relevant{QStringLiteral("hunts"),          QStringLiteral("hunt_findings"),
                                          QStringLiteral("detections"),     QStringLiteral("incidents"),
                                          QStringLiteral("tracked_groups"), QStringLiteral("intel_items")};
        for (const QString& t : tables) {
            if (relevant.contains(t)) {
                reload();
                return;
            }
        }
    });
}

void HuntsTab::reload()
{
    const QString current = currentHuntId();
    m_hunts->reload();
    const auto& catalog = AttackCatalogSource::of(m_session).catalog();
    m_backlog->setEntries(storage::CoverageService(m_session.database()).backlog(catalog), catalog);
    m_ui->backlogLabel->setText(tr("<b>Backlog</b>: %n technique(s) the tracked groups use that nothing covers",
                                   nullptr, m_backlog->rowCount()));
    updateFilter();
    if (!current.isEmpty()) {
        selectHunt(current);
    }
}

void HuntsTab::updateFilter()
{
    static_cast<HuntFilter*>(m_proxy)->set(m_ui->statusCombo->currentData().toString(), m_ui->searchEdit->text());
    m_ui->countLabel->setText(tr("%1 of %n hunts", nullptr, m_hunts->rowCount()).arg(m_proxy->rowCount()));
    updateDetails();
    updateActions();
}

QString HuntsTab::currentHuntId() const
{
    const QModelIndex i = m_ui->huntsTable->currentIndex();
    return i.isValid() ? i.data(HuntsModel::IdRole).toString() : QString();
}

void HuntsTab::updateActions()
{
    const QModelIndex i = m_proxy->mapToSource(m_ui->huntsTable->currentIndex());
    const core::Hunt* h = i.isValid() ? &m_hunts->huntAt(i.row()) : nullptr;
    m_ui->editButton->setEnabled(h);
    m_ui->startButton->setEnabled(h && h->status == core::HuntStatus::Proposed);
    m_ui->findingButton->setEnabled(h && h->status == core::HuntStatus::Active);
    m_ui->concludeButton->setEnabled(h && h->status == core::HuntStatus::Active);
    m_ui->reopenButton->setEnabled(h && h->status == core::HuntStatus::Concluded);
    m_ui->huntThisButton->setEnabled(m_ui->backlogTable->currentIndex().isValid());
}

void HuntsTab::updateDetails()
{
    const QModelIndex i = m_proxy->mapToSource(m_ui->huntsTable->currentIndex());
    if (!i.isValid()) {
        m_ui->detailsBrowser->setHtml(tr("<p>Select a hunt, or propose one from the backlog: the techniques the "
                                         "groups you track use that no detection, hunt, exercise or incident "
                                         "covers.</p>"));
        return;
    }
    const core::Hunt& h = m_hunts->huntAt(i.row());
    const auto& catalog = AttackCatalogSource::of(m_session).catalog();
    QString html = QStringLiteral("<h3>%1 %2</h3>").arg(h.reference, h.title.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Hypothesis:"), h.hypothesis.toHtmlEscaped());
    QStringList techniques;
    for (const QString& id : h.attackIds) {
        const auto* t = catalog.technique(id);
        const QString problem = catalog.problem(id);
        techniques.append(QStringLiteral("%1 %2%3").arg(
            id, t ? t->name.toHtmlEscaped() : QString(),
            problem.isEmpty() ? QString() : QStringLiteral(" <i>(%1)</i>").arg(problem.toHtmlEscaped())));
    }
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("ATT&amp;CK:"), techniques.join(QStringLiteral("; ")));
    QStringList status{core::huntStatuses().label(h.status)};
    if (h.status == core::HuntStatus::Concluded) {
        status.append(core::huntOutcomes().label(h.outcome));
    }
    if (h.timeboxStart && h.timeboxEnd) {
        status.append(tr("time box %1 to %2").arg(day(*h.timeboxStart), day(*h.timeboxEnd)));
    }
    if (core::HuntRules::isOverdue(h, m_now > 0 ? m_now : core::SystemClock::instance().nowMs())) {
        status.append(tr("past its time box"));
    }
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Status:"), status.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!h.outcomeNote.isEmpty() || !h.detectionName.isEmpty() || !h.incidentId.isEmpty()) {
        QString outcome = h.outcomeNote.toHtmlEscaped();
        if (!h.detectionName.isEmpty()) {
            outcome += QStringLiteral(" ") + tr("Detection: %1").arg(h.detectionName).toHtmlEscaped();
        }
        if (!h.incidentId.isEmpty()) {
            if (auto inc = storage::IncidentRepository(m_session.database()).find(h.incidentId)) {
                outcome += QStringLiteral(" ") + tr("Incident: %1 %2").arg(inc->reference, inc->title).toHtmlEscaped();
            }
        }
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Outcome:"), outcome);
    }
    if (!h.dataSources.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Data sources:"), h.dataSources.join(QStringLiteral("; ")).toHtmlEscaped());
    }
    for (const auto& q : h.queries) {
        html += QStringLiteral("<p><b>%1</b><pre>%2</pre></p>")
                    .arg(core::queryLanguages().label(q.language), q.text.toHtmlEscaped());
    }
    if (!h.intelIds.isEmpty()) {
        QStringList names;
        for (const auto& item : storage::IntelRepository(m_session.database()).byIds(h.intelIds)) {
            names.append(QStringLiteral("%1 (%2)").arg(item.name, core::tlpMarking(item.tlp)));
        }
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Motivated by:"), names.join(QStringLiteral("; ")).toHtmlEscaped());
    }
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Findings (%1)").arg(h.findings.size()));
    for (const auto& f : h.findings) {
        html +=
            QStringLiteral("<p>%1 — %2: %3%4</p>")
                .arg(day(f.recordedAt), f.authorName.toHtmlEscaped(), f.text.toHtmlEscaped(),
                     f.evidence.isEmpty() ? QString() : QStringLiteral(" <i>[%1]</i>").arg(f.evidence.toHtmlEscaped()));
    }
    m_ui->detailsBrowser->setHtml(html);
}

void HuntsTab::propose(const QString& techniqueId)
{
    core::Hunt h;
    if (!techniqueId.isEmpty()) {
        const auto& catalog = AttackCatalogSource::of(m_session).catalog();
        const auto* t = catalog.technique(techniqueId);
        QStringList groups;
        for (int r = 0; r < m_backlog->rowCount(); ++r) {
            if (m_backlog->entryAt(r).techniqueId == techniqueId) {
                for (const QString& g : m_backlog->entryAt(r).groupIds) {
                    const auto* group = catalog.group(g);
                    groups.append(group ? group->name : g);
                }
            }
        }
        h.title = t ? t->name : techniqueId;
        h.attackIds = {techniqueId};
        const QString name = t ? t->name : QString();
        h.hypothesis = groups.isEmpty()
                           ? tr("An adversary may be using %1 %2 in our environment without any detection seeing it.")
                                 .arg(techniqueId, name)
                           : tr("Groups we track (%1) may be using %2 %3 in our environment without any detection "
                                "seeing it.")
                                 .arg(groups.join(QStringLiteral(", ")), techniqueId, name);
    }
    HuntDialog dialog(m_session, h, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    try {
        const auto saved = storage::HuntService(m_session.database()).create(dialog.hunt(), m_session.actor());
        selectHunt(saved.hunt.id);
    } catch (const core::Error& e) {
        QMessageBox::warning(this, tr("Propose a Hunt"), e.message());
    }
}

void HuntsTab::edit()
{
    const QModelIndex i = m_proxy->mapToSource(m_ui->huntsTable->currentIndex());
    if (!i.isValid()) {
        return;
    }
    const core::Hunt before = m_hunts->huntAt(i.row());
    HuntDialog dialog(m_session, before, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    try {
        const auto saved = storage::HuntService(m_session.database()).update(dialog.hunt(), m_session.actor());
        m_undo->push(new EditHuntCommand(m_session, before, saved.hunt));
    } catch (const core::Error& e) {
        QMessageBox::warning(this, tr("Edit Hunt"), e.message());
    }
}

void HuntsTab::start()
{
    try {
        storage::HuntService(m_session.database()).start(currentHuntId(), m_session.actor());
    } catch (const core::Error& e) {
        QMessageBox::warning(this, tr("Start Hunt"), e.message());
    }
}

void HuntsTab::addFinding()
{
    const QModelIndex i = m_proxy->mapToSource(m_ui->huntsTable->currentIndex());
    if (!i.isValid()) {
        return;
    }
    FindingDialog dialog(m_hunts->huntAt(i.row()).title, this);
    while (dialog.exec() == QDialog::Accepted) {
        try {
            storage::HuntService(m_session.database())
                .addFinding(currentHuntId(), dialog.text(), dialog.evidence(), m_session.actor());
            return;
        } catch (const core::Error& e) {
            dialog.showError(e.message());
        }
    }
}

void HuntsTab::conclude()
{
    const QModelIndex i = m_proxy->mapToSource(m_ui->huntsTable->currentIndex());
    if (!i.isValid()) {
        return;
    }
    ConcludeHuntDialog dialog(m_session, m_hunts->huntAt(i.row()), this);
    dialog.exec();
}

void HuntsTab::reopen()
{
    try {
        storage::HuntService(m_session.database()).reopen(currentHuntId(), m_session.actor());
    } catch (const core::Error& e) {
        QMessageBox::warning(this, tr("Reopen Hunt"), e.message());
    }
}

} // namespace muster::gui
