#pragma once

#include "sync/ServerConfig.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

namespace Ui {
class SyncSettingsWidget;
}

class QLabel;

namespace muster::gui {

// The team-server section of the settings page: where the server is, who signs in, how
// the connection is secured, and a test that runs off the GUI thread. The password goes
// to the system keychain (MainWindow saves it), never to plain settings.
class SyncSettingsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncSettingsWidget)

public:
    explicit SyncSettingsWidget(QWidget* parent = nullptr);
    ~SyncSettingsWidget() override;

    // Shows a saved configuration (the password field stays empty).
    void load(const sync::ServerConfig& config);
    // The configuration in the fields, password included.
    sync::ServerConfig config() const;
    // Shows what is wrong at each field; true when the settings can be tried.
    bool validate();
    void showResult(const QString& text, bool problem);
    // The result of the last connection test (for tests).
    QFutureWatcher<QString>& testWatcher() { return m_test; }

signals:
    void saveRequested(const muster::sync::ServerConfig& config);
    void syncRequested();
    void issuesRequested();

private:
    void testConnection();
    void updateTlsFields();
    QLabel* errorLabel(const QString& field) const;

    std::unique_ptr<Ui::SyncSettingsWidget> m_ui;
    QFutureWatcher<QString> m_test;
};

} // namespace muster::gui
