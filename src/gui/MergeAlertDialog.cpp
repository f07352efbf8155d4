#include "gui/MergeAlertDialog.h"

#include "gui/Theme.h"

#include "ui_MergeAlertDialog.h"

#include <QDateTime>
#include <QKeyEvent>
#include <QPushButton>

namespace muster::gui {

MergeAlertDialog::MergeAlertDialog(const core::Alert& alert, const QList<core::Incident>& candidates, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MergeAlertDialog>())
{
    m_ui->setupUi(this);
    m_ui->alertLabel->setText(tr("Add <b>%1</b> (%2) to the timeline of:")
                                  .arg(alert.title.toHtmlEscaped(), alert.sourceName.toHtmlEscaped()));
    for (const auto& incident : candidates) {
        auto* item = new QListWidgetItem(
            tr("%1  %2  —  %3 · %4 · %5")
                .arg(incident.reference, core::severities().label(incident.severity), incident.title,
                     core::statuses().label(incident.status),
                     QLocale().toString(QDateTime::fromMSecsSinceEpoch(incident.detectedAt), QLocale::ShortFormat)),
            m_ui->incidentList);
        item->setData(Qt::UserRole, incident.id);
        item->setForeground(Theme::severityColor(incident.severity));
    }
    if (candidates.isEmpty()) {
        auto* item = new QListWidgetItem(tr("No open incidents. Promote the alert instead."), m_ui->incidentList);
        item->setFlags(Qt::NoItemFlags);
    }
    m_ui->incidentList->setCurrentRow(candidates.isEmpty() ? -1 : 0);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &MergeAlertDialog::applyFilter);
    connect(m_ui->incidentList, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_ui->incidentList, &QListWidget::currentRowChanged, this,
            [this] { m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!incidentId().isEmpty()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!incidentId().isEmpty());
    m_ui->searchEdit->installEventFilter(this);
    m_ui->searchEdit->setFocus();
}

MergeAlertDialog::~MergeAlertDialog() = default;

QString MergeAlertDialog::incidentId() const
{
    const QListWidgetItem* item = m_ui->incidentList->currentItem();
    return item && !item->isHidden() ? item->data(Qt::UserRole).toString() : QString();
}

void MergeAlertDialog::applyFilter()
{
    const QString text = m_ui->searchEdit->text().trimmed();
    QListWidgetItem* first = nullptr;
    for (int i = 0; i < m_ui->incidentList->count(); ++i) {
        QListWidgetItem* item = m_ui->incidentList->item(i);
        const bool match = text.isEmpty() || item->text().contains(text, Qt::CaseInsensitive);
        item->setHidden(!match);
        if (match && !first && (item->flags() & Qt::ItemIsSelectable)) {
            first = item;
        }
    }
    if (first && (!m_ui->incidentList->currentItem() || m_ui->incidentList->currentItem()->isHidden())) {
        m_ui->incidentList->setCurrentItem(first);
    }
}

bool MergeAlertDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Up and Down in the filter field move through the list.
    if (watched == m_ui->searchEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down) {
            QCoreApplication::sendEvent(m_ui->incidentList, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace muster::gui
