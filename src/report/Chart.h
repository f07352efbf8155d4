#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>

class QPainter;

namespace muster::report {

// A chart drawn with QPainter as vector graphics: into a PDF page (through the text
// document it sits in), into a printer, or into SVG for HTML. Charts are black, greys
// and white with patterns and direct labels, so that they read in grey print; colour is
// never the only way a series is told apart.
//
// Coordinates: paint() gets the rectangle to fill and how many of the painter's units
// make one typographic point, so that fonts and line widths come out at their size on
// any device (a 1200 dpi PDF, a preview, a 72 dpi SVG).
class Chart
{
public:
    virtual ~Chart() = default;

    // Height over width, for laying the chart out at the text width.
    virtual double aspectRatio() const = 0;
    virtual void paint(QPainter& painter, const QRectF& rect, double unitsPerPoint) const = 0;
    // The chart's figures as a table (header row first): the text alternative in
    // Markdown and for readers that cannot see the graphic.
    virtual QList<QStringList> table() const = 0;
    virtual QString caption() const = 0;

    // The chart as an SVG document `widthPoints` wide.
    QByteArray toSvg(double widthPoints) const;

    // The family every report uses, so that the GUI and musterctl lay out text alike.
    static QStringList fontFamilies();
    // A font of `points` size for the painter's device and scale (see above).
    static QFont font(const QPainter& painter, double points, double unitsPerPoint, bool bold = false);
    // Turns ligatures off (searchable, copyable PDF text).
    static void noLigatures(QFont& font);

protected:
    static QColor grey(int level) { return QColor(level, level, level); }
    // Diagonal hatching inside `rect`, `spacing` units apart.
    static void hatch(QPainter& painter, const QRectF& rect, double spacing, const QColor& colour, double width);
    // Draws a legend row of (swatch painter, label) entries left to right from `at`;
    // returns the height used.
    struct LegendEntry
    {
        std::function<void(QPainter&, const QRectF&)> swatch;
        QString label;
    };
    static double legend(QPainter& painter, const QPointF& at, const QList<LegendEntry>& entries, double unitsPerPoint);

    // A round step (1, 2 or 5 times a power of ten) that divides [0, maximum] into
    // about `ticks` parts.
    static double niceStep(double maximum, int ticks);
    // Durations on an axis: a unit that suits the largest value.
    struct DurationUnit
    {
        double ms = 60'000;
        QString symbol; // "min", "h", "d"
    };
    static DurationUnit durationUnit(double maximumMs);
};

} // namespace muster::report
