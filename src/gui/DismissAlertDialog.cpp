#include "gui/DismissAlertDialog.h"

#include "ui_DismissAlertDialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace muster::gui {

namespace {
const QString kRecentKey = QStringLiteral("alerts/recentDismissReasons");
}

DismissAlertDialog::DismissAlertDialog(const core::Alert& alert, core::AlertTriage as, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DismissAlertDialog>())
{
    m_ui->setupUi(this);
    m_ui->alertLabel->setText(tr("<b>%1</b><br>%2 · seen %n time(s)", nullptr, alert.occurrences)
                                  .arg(alert.title.toHtmlEscaped(), alert.sourceName.toHtmlEscaped()));
    m_ui->kindCombo->addItem(core::alertTriages().label(core::AlertTriage::FalsePositive),
                             int(core::AlertTriage::FalsePositive));
    m_ui->kindCombo->addItem(core::alertTriages().label(core::AlertTriage::Benign), int(core::AlertTriage::Benign));
    m_ui->kindCombo->setCurrentIndex(as == core::AlertTriage::Benign ? 1 : 0);
    m_ui->reasonCombo->addItems(QSettings().value(kRecentKey).toStringList());
    m_ui->reasonCombo->setCurrentText(QString());
    m_ui->reasonCombo->lineEdit()->setPlaceholderText(tr("e.g. authorised vulnerability scan"));
    m_ui->reasonCombo->setFocus();
    connect(m_ui->reasonCombo, &QComboBox::currentTextChanged, this, &DismissAlertDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Dismiss"));
    validate();
}

DismissAlertDialog::~DismissAlertDialog() = default;

core::AlertTriage DismissAlertDialog::dismissAs() const
{
    return static_cast<core::AlertTriage>(m_ui->kindCombo->currentData().toInt());
}

QString DismissAlertDialog::reason() const
{
    return m_ui->reasonCombo->currentText().trimmed();
}

void DismissAlertDialog::setReason(const QString& reason)
{
    m_ui->reasonCombo->setCurrentText(reason);
}

void DismissAlertDialog::validate()
{
    const bool ok = !reason().isEmpty();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_ui->reasonMessageLabel->setText(ok ? QString() : tr("Say why, so that the detection can be tuned."));
}

void DismissAlertDialog::accept()
{
    if (reason().isEmpty()) {
        return;
    }
    QStringList recent = QSettings().value(kRecentKey).toStringList();
    recent.removeAll(reason());
    recent.prepend(reason());
    QSettings().setValue(kRecentKey, recent.mid(0, 15));
    QDialog::accept();
}

} // namespace muster::gui
