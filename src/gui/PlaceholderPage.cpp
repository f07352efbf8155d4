#include "gui/PlaceholderPage.h"

#include "gui/PageHeader.h"

#include "ui_PlaceholderPage.h"

namespace muster::gui {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& message, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PlaceholderPage>())
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setText(title);
    PageHeader::styleTitle(m_ui->titleLabel);
    m_ui->messageLabel->setText(message);
}

PlaceholderPage::~PlaceholderPage() = default;

} // namespace muster::gui
