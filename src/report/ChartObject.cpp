#include "report/ChartObject.h"

#include "report/DocumentBuilder.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace muster::report {

ChartObject::ChartObject(QList<std::shared_ptr<const Chart>> charts, double unitsPerPoint, QObject* parent)
    : QObject(parent)
    , m_charts(std::move(charts))
    , m_unitsPerPoint(unitsPerPoint)
{}

void ChartObject::install(QTextDocument& document)
{
    document.documentLayout()->registerHandler(type, this);
    // Collect first: changing formats while walking the fragments would invalidate them.
    QList<std::pair<int, int>> placeholders; // position, chart index
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isImageFormat()) {
                continue;
            }
            const auto index = DocumentBuilder::chartIndex(fragment.charFormat().toImageFormat().name());
            if (index && *index >= 0 && *index < m_charts.size()) {
                placeholders.append({fragment.position(), *index});
            }
        }
    }
    for (const auto& [position, index] : placeholders) {
        QTextCursor cursor(&document);
        cursor.setPosition(position);
        cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setObjectType(type);
        format.setProperty(indexProperty, index);
        cursor.setCharFormat(format);
    }
}

const Chart* ChartObject::chartOf(const QTextFormat& format) const
{
    const int index = format.property(indexProperty).toInt();
    return index >= 0 && index < m_charts.size() ? m_charts.at(index).get() : nullptr;
}

QSizeF ChartObject::intrinsicSize(QTextDocument* document, int position, const QTextFormat& format)
{
    Q_UNUSED(position)
    const Chart* chart = chartOf(format);
    const double width = document->textWidth() > 0 ? document->textWidth() * 0.98 : 400 * m_unitsPerPoint;
    return chart ? QSizeF(width, width * chart->aspectRatio()) : QSizeF();
}

void ChartObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                             const QTextFormat& format)
{
    Q_UNUSED(document)
    Q_UNUSED(position)
    if (const Chart* chart = chartOf(format)) {
        chart->paint(*painter, rect, m_unitsPerPoint);
    }
}

} // namespace muster::report
