#include "gui/CoverageDelegate.h"

#include "core/Coverage.h"
#include "gui/CoverageMatrixModel.h"

#include <QPainter>

namespace muster::gui {

void CoverageDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QString name = index.data(Qt::DisplayRole).toString();
    if (name.isEmpty()) {
        return;
    }
    const QVariantList sources = index.data(CoverageMatrixModel::SourcesRole).toList();
    const QRect r = option.rect.adjusted(1, 1, -1, -1);
    painter->save();
    const QPalette& pal = option.palette;
    QColor fill = pal.color(QPalette::AlternateBase);
    QColor text = pal.color(QPalette::Text);
    if (!sources.isEmpty()) {
        fill = QColor(core::Coverage::color(static_cast<core::CoverageSource>(sources.first().toInt())));
        text = Qt::white;
    }
    painter->fillRect(r, fill);
    // One strip per further source.
    const int strip = 4;
    for (qsizetype i = 1; i < sources.size(); ++i) {
        const QColor c(core::Coverage::color(static_cast<core::CoverageSource>(sources.at(i).toInt())));
        const int w = r.width() / int(sources.size() - 1);
        painter->fillRect(QRect(r.left() + int(i - 1) * w, r.bottom() - strip + 1, w, strip), c.lighter(130));
    }
    if (option.state & QStyle::State_Selected) {
        painter->setPen(QPen(pal.color(QPalette::Highlight), 2));
        painter->drawRect(r.adjusted(1, 1, -1, -1));
    }
    painter->setPen(text);
    QFont f = option.font;
    f.setPointSizeF(f.pointSizeF() * 0.85);
    painter->setFont(f);
    painter->drawText(r.adjusted(4, 2, -4, -strip), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, name);
    painter->restore();
}

QSize CoverageDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Q_UNUSED(index)
    return QSize(150, option.fontMetrics.height() * 2 + 10);
}

} // namespace muster::gui
