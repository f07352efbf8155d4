#pragma once

#include <QHash>
#include <QMainWindow>

#include <memory>

class QLabel;
class QUndoGroup;
class QUndoStack;

namespace muster::sync {
class PasswordStore;
class SyncController;
struct ServerConfig;
} // namespace muster::sync

namespace Ui {
class MainWindow;
}

namespace muster::gui {

class DeadlineNotifier;
class AlertQueueStatus;
class IntakeRunner;
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
        Alerts,
        MyTasks,
        Intel,
    };
    static constexpr int pageCount = 10;

    explicit MainWindow(Session& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    QWidget* page(Page page) const;
    QUndoGroup* undoGroup() const { return m_undoGroup; }
    IntakeRunner* intakeRunner() const { return m_intake; }

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
    // The sidebar's order, which groups related pages; shortcuts follow the Page enum.
    void arrangeNavigation(const QList<Page>& order);
    void registerUndoStack(Page page, QUndoStack* stack);
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
    QHash<int, QUndoStack*> m_undoStacks; // by page
    QLabel* m_databaseLabel;
    QLabel* m_syncLabel;
    DeadlineNotifier* m_notifier;
    IntakeRunner* m_intake;
    AlertQueueStatus* m_alertStatus;
    class SyncSettingsWidget* m_syncSettings;
    sync::PasswordStore* m_passwords;
    std::unique_ptr<sync::SyncController> m_sync;
};

} // namespace muster::gui
