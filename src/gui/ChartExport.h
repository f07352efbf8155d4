#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace muster::gui {

// Saves a chart (a QChartView or a QCustomPlot, or any widget) as PNG or SVG, and the
// chart's data as CSV (RFC 4180: comma-separated, quoted where needed, UTF-8).
// Each returns an empty string on success, else a message for the user naming the file.
class ChartExport
{
public:
    static QString savePng(QWidget* chart, const QString& path);
    static QString saveSvg(QWidget* chart, const QString& path, const QString& title);
    static QString saveCsv(const QList<QStringList>& rows, const QString& path);
    static QString csvLine(const QStringList& fields);
};

} // namespace muster::gui
