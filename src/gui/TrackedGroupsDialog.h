#pragma once

#include "core/AttackCatalog.h"

#include <QDialog>

#include <memory>

namespace Ui {
class TrackedGroupsDialog;
}

namespace muster::gui {

// Chooses the ATT&CK groups the organisation tracks (their techniques rank the hunt
// backlog), searchable by name, alias or id.
class TrackedGroupsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackedGroupsDialog)

public:
    TrackedGroupsDialog(const core::AttackCatalog& catalog, const QStringList& tracked, QWidget* parent = nullptr);
    ~TrackedGroupsDialog() override;

    QStringList tracked() const;

private:
    void filter(const QString& text);

    std::unique_ptr<Ui::TrackedGroupsDialog> m_ui;
};

} // namespace muster::gui
