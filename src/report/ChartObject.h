#pragma once

#include "report/Chart.h"

#include <QObject>
#include <QTextObjectInterface>

#include <memory>

class QTextDocument;

namespace muster::report {

// Draws the charts of a report inside its QTextDocument: each chart placeholder image
// (DocumentBuilder::chartSource) becomes a text object of this type, laid out at the
// text width and painted with the chart's own QPainter code, so that it stays vector
// graphics in the PDF and in print.
class ChartObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
    Q_DISABLE_COPY_MOVE(ChartObject)

public:
    static constexpr int type = QTextFormat::UserObject + 17;
    static constexpr int indexProperty = QTextFormat::UserProperty + 17;

    // `unitsPerPoint`: the document's layout units per typographic point.
    ChartObject(QList<std::shared_ptr<const Chart>> charts, double unitsPerPoint, QObject* parent = nullptr);

    // Turns the placeholders of `document` into chart objects and registers this handler.
    void install(QTextDocument& document);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                    const QTextFormat& format) override;

private:
    const Chart* chartOf(const QTextFormat& format) const;

    QList<std::shared_ptr<const Chart>> m_charts;
    double m_unitsPerPoint;
};

} // namespace muster::report
