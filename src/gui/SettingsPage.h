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
    // Adds a feature's settings as a titled group above the stretch at the bottom
    // (team server, alert sources, SLA targets, ...). The page takes ownership.
    void addSection(const QString& title, QWidget* content);

private:
    // The people to act as, with the current choice selected.
    void fillPeople();

    Session& m_session;
    std::unique_ptr<Ui::SettingsPage> m_ui;
};

} // namespace muster::gui
