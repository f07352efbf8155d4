#include "gui/IntelPage.h"

#include "gui/CoverageTab.h"
#include "gui/HuntsTab.h"
#include "gui/IntelItemsTab.h"
#include "gui/PageHeader.h"

#include "ui_IntelPage.h"

#include <QUndoStack>

namespace muster::gui {

IntelPage::IntelPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::IntelPage>())
    , m_undo(new QUndoStack(this))
    , m_intel(new IntelItemsTab(session, this))
    , m_hunts(new HuntsTab(session, m_undo, this))
    , m_coverage(new CoverageTab(session, m_undo, this))
{
    m_ui->setupUi(this);
    PageHeader::styleTitle(m_ui->titleLabel);
    m_ui->tabWidget->addTab(m_intel, tr("&Intel"));
    m_ui->tabWidget->addTab(m_hunts, tr("&Hunts"));
    m_ui->tabWidget->addTab(m_coverage, tr("C&overage"));
}

IntelPage::~IntelPage() = default;

void IntelPage::showTab(Tab tab)
{
    m_ui->tabWidget->setCurrentIndex(int(tab));
}

void IntelPage::setNow(qint64 now)
{
    m_intel->setNow(now);
    m_hunts->setNow(now);
}

} // namespace muster::gui
