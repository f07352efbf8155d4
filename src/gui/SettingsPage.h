#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class SettingsPage;
}

namespace muster::gui {

class Session;

class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(Session& session, QWidget* parent = nullptr);
    ~SettingsPage() override;

    void reload();

private:
    Session& m_session;
    std::unique_ptr<Ui::SettingsPage> m_ui;
};

} // namespace muster::gui
