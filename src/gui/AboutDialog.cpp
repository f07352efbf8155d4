#include "gui/AboutDialog.h"

#include "gui/PageHeader.h"
#include "gui/Session.h"
#include "storage/Database.h"

#include "ui_AboutDialog.h"

#include <QDir>
#include <QIcon>

namespace muster::gui {

AboutDialog::AboutDialog(const Session& session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    PageHeader::styleTitle(m_ui->titleLabel);
    m_ui->iconLabel->setPixmap(QIcon(QStringLiteral(":/icons/muster.svg")).pixmap(64, 64));
    m_ui->versionLabel->setText(QStringLiteral(MUSTER_VERSION));
    m_ui->qtLabel->setText(
        tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    m_ui->databaseLabel->setText(QDir::toNativeSeparators(session.database().path()));
    m_ui->schemaLabel->setText(tr("%1 (this version of Muster knows up to %2)")
                                   .arg(session.database().schemaVersion())
                                   .arg(storage::Database::latestSchemaVersion()));
}

AboutDialog::~AboutDialog() = default;

} // namespace muster::gui
