#include "gui/SyncIssuesDialog.h"

#include "gui/SyncIssuesModel.h"

#include "ui_SyncIssuesDialog.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>

namespace muster::gui {

SyncIssuesDialog::SyncIssuesDialog(storage::Database& db, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SyncIssuesDialog>())
    , m_model(new SyncIssuesModel(db, this))
{
    m_ui->setupUi(this);
    m_ui->issuesView->setModel(m_model);
    m_ui->issuesView->verticalHeader()->hide();
    m_ui->issuesView->horizontalHeader()->setStretchLastSection(true);
    // One line per issue; the whole text is in the tooltip and in what Copy takes.
    m_ui->issuesView->setColumnWidth(SyncIssuesModel::Record, 240);
    m_ui->issuesView->setColumnWidth(SyncIssuesModel::Field, 80);
    const auto fit = [this] {
        m_ui->issuesView->resizeColumnToContents(SyncIssuesModel::When);
        m_ui->issuesView->resizeColumnToContents(SyncIssuesModel::Kind);
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, fit);
    fit();

    auto* copy = new QAction(tr("Copy"), this);
    copy->setShortcut(QKeySequence::Copy);
    connect(copy, &QAction::triggered, this, &SyncIssuesDialog::copySelection);
    m_ui->issuesView->addAction(copy);
    auto* dismiss = new QAction(tr("Dismiss"), this);
    dismiss->setShortcut(QKeySequence::Delete);
    m_ui->issuesView->addAction(dismiss);

    const auto dismissSelected = [this] {
        QList<int> rows;
        for (const QModelIndex& i : m_ui->issuesView->selectionModel()->selectedRows()) {
            rows.append(i.row());
        }
        m_model->dismiss(rows);
    };
    connect(dismiss, &QAction::triggered, this, dismissSelected);
    connect(m_ui->dismissButton, &QPushButton::clicked, this, dismissSelected);
    connect(m_ui->dismissAllButton, &QPushButton::clicked, m_model, &SyncIssuesModel::dismissAll);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &SyncIssuesDialog::copySelection);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->dismissedCheck, &QCheckBox::toggled, m_model, &SyncIssuesModel::setShowDismissed);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SyncIssuesDialog::updateButtons);
    connect(m_ui->issuesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SyncIssuesDialog::updateButtons);
    updateButtons();
}

SyncIssuesDialog::~SyncIssuesDialog() = default;

void SyncIssuesDialog::updateButtons()
{
    const bool any = m_model->rowCount() > 0;
    m_ui->emptyLabel->setVisible(!any);
    m_ui->dismissAllButton->setEnabled(any);
    const bool selected = m_ui->issuesView->selectionModel()->hasSelection();
    m_ui->dismissButton->setEnabled(selected);
    m_ui->copyButton->setEnabled(selected);
}

void SyncIssuesDialog::copySelection()
{
    QStringList lines;
    for (const QModelIndex& row : m_ui->issuesView->selectionModel()->selectedRows()) {
        QStringList cells;
        for (int c = 0; c < SyncIssuesModel::ColumnCount; ++c) {
            cells << m_model->index(row.row(), c).data().toString();
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

} // namespace muster::gui
