#pragma once

#include <QWidget>

#include <memory>

class QUndoStack;

namespace Ui {
class CoverageTab;
}

namespace muster::gui {

class CoverageMatrixModel;
class Session;

// The ATT&CK matrix (tactics across, techniques down), each technique coloured by
// what covers it: detections, hunts, exercises, incidents. Exports the coverage as an
// ATT&CK Navigator layer; also where the tracked groups and detections are kept.
class CoverageTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageTab)

public:
    CoverageTab(Session& session, QUndoStack* undoStack, QWidget* parent = nullptr);
    ~CoverageTab() override;

    CoverageMatrixModel* matrixModel() const { return m_matrix; }
    // Writes the layer to `path` (the Export button asks for one); returns an error.
    QString exportLayer(const QString& path);

private:
    void reload();
    void editTrackedGroups();
    void addDetection();
    void exportLayerInteractively();
    void watchDatabase();

    Session& m_session;
    QUndoStack* m_undo;
    std::unique_ptr<Ui::CoverageTab> m_ui;
    CoverageMatrixModel* m_matrix;
};

} // namespace muster::gui
