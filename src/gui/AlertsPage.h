#pragma once

#include "core/Alert.h"
#include "core/Clock.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QUndoStack;

namespace Ui {
class AlertsPage;
}

namespace muster::gui {

class AlertQueueModel;
class NoiseMetricsWidget;
class Session;

// Tier 1's triage queue. Keyboard first: j/k or the arrows move; P promotes to a new
// incident, M merges into an open one, F and B dismiss as false positive or benign;
// Ctrl+Z takes a dismissal back. New alerts appear as they arrive.
class AlertsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsPage)

public:
    explicit AlertsPage(Session& session, const core::Clock& clock = core::SystemClock::instance(),
                        QWidget* parent = nullptr);
    ~AlertsPage() override;

    QUndoStack* undoStack() const { return m_undo; }
    AlertQueueModel* model() const { return m_model; }
    // The alert under the cursor, if any.
    std::optional<core::Alert> currentAlert() const;
    void selectRow(int row);
    void reloadNow();

    // The triage actions (the keys call these). Dialogs ask what they need.
    void promoteCurrent();
    void mergeCurrent();
    void dismissCurrent(core::AlertTriage as);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillFilters();
    void applyFilters();
    void watchDatabase();
    void showDetails();
    void moveBy(int delta);
    void updateActions();
    void showFeedback(const QString& text);
    void showError(const QString& text);

    Session& m_session;
    const core::Clock& m_clock;
    std::unique_ptr<Ui::AlertsPage> m_ui;
    AlertQueueModel* m_model;
    QUndoStack* m_undo;
    NoiseMetricsWidget* m_noise;
    QTimer m_reload;
};

} // namespace muster::gui
