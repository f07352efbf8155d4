#pragma once

#include "core/AttackCatalog.h"

#include <QAbstractTableModel>
#include <QSet>

#include <memory>

namespace muster::gui {

// All techniques of a catalog, with a check box to pick them (AttackPickerDialog).
class AttackTechniqueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttackTechniqueModel)

public:
    enum Column
    {
        IdColumn,
        NameColumn,
        TacticsColumn,
        StatusColumn,
        ColumnCount,
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ActiveRole,
        SearchTextRole,
        TacticsRole, // short names
    };

    explicit AttackTechniqueModel(QObject* parent = nullptr);

    void setCatalog(std::shared_ptr<const core::AttackCatalog> catalog);
    void setChecked(const QStringList& ids);
    QStringList checked() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void checkedChanged();

private:
    std::shared_ptr<const core::AttackCatalog> m_catalog;
    QStringList m_checked; // in the order they were picked
};

} // namespace muster::gui
