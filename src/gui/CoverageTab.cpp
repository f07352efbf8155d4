#include "gui/CoverageTab.h"

#include "core/Clock.h"
#include "core/Error.h"
#include "gui/AttackCatalogSource.h"
#include "gui/CoverageDelegate.h"
#include "gui/CoverageMatrixModel.h"
#include "gui/DetectionDialog.h"
#include "gui/Session.h"
#include "gui/SetTrackedGroupsCommand.h"
#include "gui/TrackedGroupsDialog.h"
#include "storage/AttackCatalogRepository.h"
#include "storage/CoverageService.h"
#include "storage/Database.h"

#include "ui_CoverageTab.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QSaveFile>
#include <QUndoStack>

namespace muster::gui {

CoverageTab::CoverageTab(Session& session, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_undo(undoStack)
    , m_ui(std::make_unique<Ui::CoverageTab>())
    , m_matrix(new CoverageMatrixModel(this))
{
    m_ui->setupUi(this);
    m_ui->matrixView->setModel(m_matrix);
    m_ui->matrixView->setItemDelegate(new CoverageDelegate(m_ui->matrixView));
    m_ui->matrixView->verticalHeader()->hide();
    m_ui->matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->matrixView->horizontalHeader()->setDefaultSectionSize(150);
    m_ui->matrixView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 2 + 10);
    m_ui->matrixView->setShowGrid(false);
    for (auto s : core::coverageSources().values()) {
        auto* swatch = new QLabel(core::coverageSources().label(s), this);
        swatch->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; padding: 2px 8px; "
                                             "border-radius: 3px; }")
                                  .arg(core::Coverage::color(s)));
        m_ui->legendLayout->addWidget(swatch);
    }
    m_ui->legendLayout->addStretch(1);
    connect(m_ui->coveredOnlyCheck, &QCheckBox::toggled, this, &CoverageTab::reload);
    connect(m_ui->trackedButton, &QPushButton::clicked, this, &CoverageTab::editTrackedGroups);
    connect(m_ui->detectionButton, &QPushButton::clicked, this, &CoverageTab::addDetection);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &CoverageTab::exportLayerInteractively);
    m_ui->exportButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(&AttackCatalogSource::of(session), &AttackCatalogSource::changed, this, &CoverageTab::reload);
    connect(&session, &Session::databaseReplaced, this, [this] {
        watchDatabase();
        reload();
    });
    watchDatabase();
    reload();
}

CoverageTab::~CoverageTab() = default;

void CoverageTab::watchDatabase()
{
    connect(&m_session.database(), &storage::Database::changed, this, [this](const QStringList& tables) {
        static const QStringList relevant{QStringLiteral("hunts"), QStringLiteral("detections"),
                                          QStringLiteral("incidents"), QStringLiteral("tracked_groups")};
        for (const QString& t : tables) {
            if (relevant.contains(t)) {
                reload();
                return;
            }
        }
    });
}

void CoverageTab::reload()
{
    const auto& catalog = AttackCatalogSource::of(m_session).catalog();
    m_matrix->setCoverage(catalog, storage::CoverageService(m_session.database()).coverage(),
                          m_ui->coveredOnlyCheck->isChecked());
    const QStringList tracked = storage::AttackCatalogRepository(m_session.database()).trackedGroups();
    QStringList names;
    for (const QString& id : tracked) {
        const auto* g = catalog.group(id);
        names.append(g ? g->name : id);
    }
    m_ui->summaryLabel->setText(
        tr("<b>%1 of %2</b> techniques covered. Tracked groups: %3.")
            .arg(m_matrix->coveredCount())
            .arg(m_matrix->techniqueCount())
            .arg(names.isEmpty() ? tr("none") : names.join(QStringLiteral(", ")).toHtmlEscaped()));
    m_ui->noticeLabel->setText(tr("MITRE ATT&CK %1 (%2). %3")
                                   .arg(catalog.version().isEmpty() ? catalog.modified() : catalog.version(),
                                        catalog.source(), core::AttackCatalog::copyrightNotice()));
}

void CoverageTab::editTrackedGroups()
{
    storage::AttackCatalogRepository repo(m_session.database());
    const QStringList before = repo.trackedGroups();
    TrackedGroupsDialog dialog(AttackCatalogSource::of(m_session).catalog(), before, this);
    if (dialog.exec() != QDialog::Accepted || dialog.tracked() == before) {
        return;
    }
    const QStringList after = dialog.tracked();
    repo.setTrackedGroups(after, core::SystemClock::instance().nowMs());
    m_undo->push(new SetTrackedGroupsCommand(m_session, before, after));
}

void CoverageTab::addDetection()
{
    DetectionDialog dialog(m_session, this);
    dialog.exec();
}

QString CoverageTab::exportLayer(const QString& path)
{
    const QJsonObject layer = storage::CoverageService(m_session.database())
                                  .navigatorLayer(AttackCatalogSource::of(m_session).catalog(), tr("Muster coverage"),
                                                  core::SystemClock::instance().nowMs());
    QSaveFile file(path);
    const QByteArray json = QJsonDocument(layer).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        return tr("%1: cannot write the file (%2).").arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return {};
}

void CoverageTab::exportLayerInteractively()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export ATT&CK Navigator Layer"),
                                                      QDir::home().filePath(QStringLiteral("muster-coverage.json")),
                                                      tr("Navigator layers (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    const QString error = exportLayer(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export Navigator Layer"), error);
    }
}

} // namespace muster::gui
