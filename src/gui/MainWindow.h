#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QUndoGroup;

namespace muster::sync {
class PasswordStore;
class SyncController;
struct ServerConfig;
} // namespace muster::sync

namespace Ui {
class MainWindow;
}

namespace muster::gui {

class Session;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Page
    {
        Dashboard,
        Incidents,
        Exercises,
        Scenarios,
        Reports,
        People,
        Settings,
    };
    static constexpr int pageCount = 7;

    explicit MainWindow(Session& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    QWidget* page(Page page) const;
    QUndoGroup* undoGroup() const { return m_undoGroup; }

    // On an empty database, offers to load the demo organisation.
    void offerDemoDataIfEmpty();

    // Sync with the team server (Settings > Team server).
    sync::SyncController* syncController() const { return m_sync.get(); }
    void showSyncIssues();

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addPage(Page page, const QString& title, const QString& icon, QWidget* widget);
    void updateStatusBar();
    void openDatabase();
    void newDatabase();
    void switchDatabase(const QString& path, bool create);
    void loadDemo();
    void showAbout();
    void startSync();
    void saveSyncSettings(const sync::ServerConfig& config);
    void showSyncDetails();

    Session& m_session;
    std::unique_ptr<Ui::MainWindow> m_ui;
    QUndoGroup* m_undoGroup;
    QLabel* m_databaseLabel;
    QLabel* m_syncLabel;
    class SyncSettingsWidget* m_syncSettings;
    sync::PasswordStore* m_passwords;
    std::unique_ptr<sync::SyncController> m_sync;
};

} // namespace muster::gui
