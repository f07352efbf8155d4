#include "gui/DetectionDialog.h"

#include "core/Clock.h"
#include "core/Error.h"
#include "gui/Session.h"
#include "storage/Database.h"
#include "storage/DetectionRepository.h"

#include "ui_DetectionDialog.h"

namespace muster::gui {

DetectionDialog::DetectionDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::DetectionDialog>())
{
    m_ui->setupUi(this);
    m_ui->techniquesEdit->setSession(session);
}

DetectionDialog::~DetectionDialog() = default;

void DetectionDialog::accept()
{
    if (!m_ui->techniquesEdit->isWellFormed()) {
        m_ui->errorLabel->setText(m_ui->techniquesEdit->problems().join(QLatin1Char('\n')));
        return;
    }
    storage::DetectionRepository::Detection d;
    d.name = m_ui->nameEdit->text();
    d.source = m_ui->sourceEdit->text().trimmed();
    d.attackIds = m_ui->techniquesEdit->ids();
    try {
        storage::DetectionRepository(m_session.database()).add(d, core::SystemClock::instance().nowMs());
        m_session.database().notifyChanged({QStringLiteral("detections")});
        QDialog::accept();
    } catch (const core::Error& e) {
        m_ui->errorLabel->setText(e.message());
    }
}

} // namespace muster::gui
