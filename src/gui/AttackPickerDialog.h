#pragma once

#include "core/AttackCatalog.h"

#include <QDialog>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class AttackPickerDialog;
}

namespace muster::gui {

class AttackTechniqueModel;

// Picks ATT&CK techniques from the catalog, searchable by id or name and filterable by
// tactic. Revoked and deprecated techniques are hidden unless asked for, and shown
// greyed with what replaces them.
class AttackPickerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttackPickerDialog)

public:
    AttackPickerDialog(std::shared_ptr<const core::AttackCatalog> catalog, const QStringList& selected,
                       QWidget* parent = nullptr);
    ~AttackPickerDialog() override;

    QStringList selectedIds() const;
    void setSearchText(const QString& text);

private:
    void updateFilter();
    void updateSelectionLabel();

    std::unique_ptr<Ui::AttackPickerDialog> m_ui;
    std::shared_ptr<const core::AttackCatalog> m_catalog;
    AttackTechniqueModel* m_model;
    QSortFilterProxyModel* m_proxy;
};

} // namespace muster::gui
