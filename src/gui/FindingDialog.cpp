#include "gui/FindingDialog.h"

#include "ui_FindingDialog.h"

namespace muster::gui {

FindingDialog::FindingDialog(const QString& huntTitle, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FindingDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Finding: %1").arg(huntTitle));
}

FindingDialog::~FindingDialog() = default;

QString FindingDialog::text() const
{
    return m_ui->textEdit->toPlainText();
}

QString FindingDialog::evidence() const
{
    return m_ui->evidenceEdit->text();
}

void FindingDialog::showError(const QString& message)
{
    m_ui->errorLabel->setText(message);
}

} // namespace muster::gui
