#pragma once

#include "core/Alert.h"
#include "core/Incident.h"

#include <QDialog>

#include <memory>

namespace Ui {
class MergeAlertDialog;
}

namespace muster::gui {

// Picks the open incident an alert joins: type to filter, arrows to choose, Enter.
class MergeAlertDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeAlertDialog)

public:
    MergeAlertDialog(const core::Alert& alert, const QList<core::Incident>& candidates, QWidget* parent = nullptr);
    ~MergeAlertDialog() override;

    QString incidentId() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter();

    std::unique_ptr<Ui::MergeAlertDialog> m_ui;
};

} // namespace muster::gui
