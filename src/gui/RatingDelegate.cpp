#include "gui/RatingDelegate.h"

#include "core/Exercise.h"

#include <QComboBox>

namespace muster::gui {

QWidget* RatingDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    combo->addItem(tr("(not rated)"), QString());
    for (auto r : core::ratings().values()) {
        combo->addItem(core::ratings().label(r), core::ratings().key(r));
    }
    return combo;
}

void RatingDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toString())));
}

void RatingDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    model->setData(index, static_cast<QComboBox*>(editor)->currentData().toString(), Qt::EditRole);
}

} // namespace muster::gui
