#include "report/Chart.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QSvgGenerator>

#include <cmath>

namespace muster::report {

QStringList Chart::fontFamilies()
{
    return {QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"), QStringLiteral("Liberation Sans"),
            QStringLiteral("sans-serif")};
}

void Chart::noLigatures(QFont& font)
{
    // Qt shapes without ligatures when letter spacing is set: "fi" stays two letters, so
    // that a PDF's text can be searched and copied (and a hash never shows "ﬀ").
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
}

QFont Chart::font(const QPainter& painter, double points, double unitsPerPoint, bool bold)
{
    QFont f;
    f.setFamilies(fontFamilies());
    const double dpi = painter.device() ? painter.device()->logicalDpiY() : 72.0;
    f.setPointSizeF(points * unitsPerPoint * 72.0 / dpi);
    f.setBold(bold);
    f.setKerning(true);
    f.setHintingPreference(QFont::PreferNoHinting);
    noLigatures(f);
    return f;
}

void Chart::hatch(QPainter& painter, const QRectF& rect, double spacing, const QColor& colour, double width)
{
    painter.save();
    painter.setClipRect(rect, Qt::IntersectClip);
    painter.setPen(QPen(colour, width));
    const double span = rect.width() + rect.height();
    for (double d = 0; d < span; d += spacing) {
        painter.drawLine(QPointF(rect.left() + d, rect.bottom()), QPointF(rect.left() + d - rect.height(), rect.top()));
    }
    painter.restore();
}

double Chart::legend(QPainter& painter, const QPointF& at, const QList<LegendEntry>& entries, double unitsPerPoint)
{
    painter.save();
    painter.setFont(font(painter, 7.5, unitsPerPoint));
    const QFontMetricsF fm(painter.font());
    const double box = 8 * unitsPerPoint;
    const double gap = 4 * unitsPerPoint;
    double x = at.x();
    for (const LegendEntry& e : entries) {
        const QRectF swatch(x, at.y() + (fm.height() - box) / 2, box, box);
        e.swatch(painter, swatch);
        x += box + gap;
        painter.setPen(Qt::black);
        painter.drawText(QPointF(x, at.y() + fm.ascent()), e.label);
        x += fm.horizontalAdvance(e.label) + 3 * gap;
    }
    painter.restore();
    return fm.height();
}

QByteArray Chart::toSvg(double widthPoints) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    const QSizeF size(widthPoints, widthPoints * aspectRatio());
    svg.setSize(size.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), size));
    svg.setResolution(72);
    svg.setTitle(caption());
    QPainter painter(&svg);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(painter, QRectF(QPointF(0, 0), size), 1.0);
    painter.end();
    return buffer.data();
}

double Chart::niceStep(double maximum, int ticks)
{
    if (maximum <= 0 || ticks <= 0) {
        return 1;
    }
    const double raw = maximum / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double f : {1.0, 2.0, 5.0, 10.0}) {
        if (raw <= f * magnitude) {
            return f * magnitude;
        }
    }
    return 10 * magnitude;
}

Chart::DurationUnit Chart::durationUnit(double maximumMs)
{
    constexpr double kMinute = 60'000;
    if (maximumMs < 3 * 60 * kMinute) {
        return {kMinute, QCoreApplication::translate("muster::report::Chart", "min")};
    }
    if (maximumMs < 72 * 60 * kMinute) {
        return {60 * kMinute, QCoreApplication::translate("muster::report::Chart", "h")};
    }
    return {24 * 60 * kMinute, QCoreApplication::translate("muster::report::Chart", "d")};
}

} // namespace muster::report
