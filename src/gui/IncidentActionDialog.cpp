#include "gui/IncidentActionDialog.h"

#include "core/Error.h"

#include "ui_IncidentActionDialog.h"

namespace muster::gui {

IncidentActionDialog::IncidentActionDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::IncidentActionDialog>())
{
    m_ui->setupUi(this);
    m_ui->choiceCaption->hide();
    m_ui->choiceCombo->hide();
    m_ui->whenCaption->hide();
    m_ui->whenEdit->hide();
    m_ui->textCaption->hide();
    m_ui->textEdit->hide();
    m_ui->errorLabel->hide();
    QPalette p = m_ui->errorLabel->palette();
    p.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_ui->errorLabel->setPalette(p);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &IncidentActionDialog::accept);
}

IncidentActionDialog::~IncidentActionDialog() = default;

void IncidentActionDialog::setIntro(const QString& text)
{
    m_ui->introLabel->setText(text);
}

void IncidentActionDialog::setChoices(const QString& caption, const QList<std::pair<QString, QVariant>>& choices)
{
    m_ui->choiceCaption->setText(caption);
    m_ui->choiceCaption->show();
    m_ui->choiceCombo->show();
    for (const auto& [label, value] : choices) {
        m_ui->choiceCombo->addItem(label, value);
    }
    m_ui->choiceCombo->setFocus();
}

void IncidentActionDialog::setWhen(const QString& caption, const QDateTime& value)
{
    m_ui->whenCaption->setText(caption);
    m_ui->whenCaption->show();
    m_ui->whenEdit->show();
    m_ui->whenEdit->setDateTime(value);
    m_ui->whenEdit->setMaximumDateTime(QDateTime::currentDateTime().addSecs(60));
}

void IncidentActionDialog::setText(const QString& caption, const QString& placeholder, bool required)
{
    m_ui->textCaption->setText(caption);
    m_ui->textCaption->show();
    m_ui->textEdit->show();
    m_ui->textEdit->setPlaceholderText(placeholder);
    m_textRequired = required;
    if (m_ui->choiceCombo->isHidden()) {
        m_ui->textEdit->setFocus();
    }
}

QVariant IncidentActionDialog::choice() const
{
    return m_ui->choiceCombo->currentData();
}

QDateTime IncidentActionDialog::when() const
{
    return m_ui->whenEdit->dateTime();
}

QString IncidentActionDialog::text() const
{
    return m_ui->textEdit->toPlainText().trimmed();
}

void IncidentActionDialog::accept()
{
    if (m_textRequired && text().isEmpty()) {
        m_ui->errorLabel->setText(
            tr("%1 is required.").arg(m_ui->textCaption->text().remove(QLatin1Char('&')).remove(QLatin1Char(':'))));
        m_ui->errorLabel->show();
        m_ui->textEdit->setFocus();
        return;
    }
    try {
        if (m_action) {
            m_action(*this);
        }
        QDialog::accept();
    } catch (const core::Error& e) {
        m_ui->errorLabel->setText(e.message());
        m_ui->errorLabel->show();
    }
}

} // namespace muster::gui
