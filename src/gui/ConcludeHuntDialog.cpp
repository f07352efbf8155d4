#include "gui/ConcludeHuntDialog.h"

#include "core/Error.h"
#include "gui/Session.h"
#include "storage/HuntService.h"

#include "ui_ConcludeHuntDialog.h"

namespace muster::gui {

ConcludeHuntDialog::ConcludeHuntDialog(Session& session, const core::Hunt& hunt, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::ConcludeHuntDialog>())
    , m_hunt(hunt)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Conclude %1").arg(hunt.reference));
    m_ui->huntLabel->setText(QStringLiteral("<b>%1</b> %2").arg(hunt.reference, hunt.title.toHtmlEscaped()));
    for (auto o : core::huntOutcomes().values()) {
        if (o != core::HuntOutcome::None) {
            m_ui->outcomeCombo->addItem(core::huntOutcomes().label(o), core::huntOutcomes().key(o));
        }
    }
    connect(m_ui->outcomeCombo, &QComboBox::currentIndexChanged, this, &ConcludeHuntDialog::updateFields);
    updateFields();
}

ConcludeHuntDialog::~ConcludeHuntDialog() = default;

void ConcludeHuntDialog::updateFields()
{
    const auto o = core::huntOutcomes().fromKey(m_ui->outcomeCombo->currentData().toString());
    const bool incident = o == core::HuntOutcome::IncidentOpened;
    const bool detection = o == core::HuntOutcome::DetectionCreated;
    m_ui->incidentLabel->setVisible(incident);
    m_ui->incidentEdit->setVisible(incident);
    m_ui->detectionLabel->setVisible(detection);
    m_ui->detectionEdit->setVisible(detection);
    m_ui->noteEdit->setPlaceholderText(o == core::HuntOutcome::VisibilityGap
                                           ? tr("Required: which data is missing, from where")
                                           : tr("What the hunt found"));
    m_ui->errorLabel->clear();
}

void ConcludeHuntDialog::accept()
{
    try {
        storage::HuntService(m_session.database())
            .conclude(m_hunt.id, *core::huntOutcomes().fromKey(m_ui->outcomeCombo->currentData().toString()),
                      m_ui->noteEdit->toPlainText(), m_ui->incidentEdit->text(), m_ui->detectionEdit->text(),
                      m_session.actor());
        QDialog::accept();
    } catch (const core::Error& e) {
        m_ui->errorLabel->setText(e.message());
    }
}

} // namespace muster::gui
