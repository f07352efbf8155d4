#pragma once

#include <QStyledItemDelegate>

namespace muster::gui {

// Draws a matrix cell: the technique's name on the colour of its strongest source,
// with a strip per other source along the bottom edge.
class CoverageDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace muster::gui
