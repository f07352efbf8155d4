#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class PlaceholderPage;
}

namespace muster::gui {

// A page whose feature has not landed yet; it says so in one line.
class PlaceholderPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderPage)

public:
    PlaceholderPage(const QString& title, const QString& message, QWidget* parent = nullptr);
    ~PlaceholderPage() override;

private:
    std::unique_ptr<Ui::PlaceholderPage> m_ui;
};

} // namespace muster::gui
