#pragma once

#include <QWidget>

#include <memory>

class QUndoStack;

namespace Ui {
class IntelPage;
}

namespace muster::gui {

class CoverageTab;
class HuntsTab;
class IntelItemsTab;
class Session;

// Threat intelligence and hunting: the Intel, Hunts and Coverage tabs. Edits that can
// be undone (hunt fields, tracked groups) go on the page's undo stack.
class IntelPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntelPage)

public:
    enum Tab
    {
        IntelTab,
        HuntsTabIndex,
        CoverageTabIndex,
    };

    explicit IntelPage(Session& session, QWidget* parent = nullptr);
    ~IntelPage() override;

    QUndoStack* undoStack() const { return m_undo; }
    IntelItemsTab* intelTab() const { return m_intel; }
    HuntsTab* huntsTab() const { return m_hunts; }
    CoverageTab* coverageTab() const { return m_coverage; }
    void showTab(Tab tab);
    // Fixes "now" for validity and time boxes (tests, screenshots); 0 follows the clock.
    void setNow(qint64 now);

private:
    std::unique_ptr<Ui::IntelPage> m_ui;
    QUndoStack* m_undo;
    IntelItemsTab* m_intel;
    HuntsTab* m_hunts;
    CoverageTab* m_coverage;
};

} // namespace muster::gui
