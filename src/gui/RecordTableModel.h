#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace muster::gui {

// A read-mostly table over a list of records that the owner replaces as a whole (the
// exercise views reload one exercise's record after every change). Subclasses give the
// column headers and the cells.
template<typename Row>
class RecordTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(headers().size());
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < headers().size()) {
            return headers().at(section);
        }
        return {};
    }

    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    const QList<Row>& rows() const { return m_rows; }
    const Row& rowAt(int row) const { return m_rows.at(row); }

protected:
    virtual QStringList headers() const = 0;
    bool valid(const QModelIndex& index) const
    {
        return index.isValid() && !index.parent().isValid() && index.row() < m_rows.size() &&
               index.column() < headers().size();
    }

    QList<Row> m_rows;
};

} // namespace muster::gui
