#include "gui/ChartExport.h"

#include "core/Csv.h"

#include <QChartView>
#include <QCoreApplication>
#include <QDir>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <qcustomplot.h>

namespace muster::gui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("muster::gui::ChartExport", text);
}

QString cannotWrite(const QString& path, const QString& why)
{
    return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
}

} // namespace

QString ChartExport::savePng(QWidget* chart, const QString& path)
{
    QImage image;
    if (auto* plot = qobject_cast<QCustomPlot*>(chart)) {
        image = plot->toPixmap(plot->width(), plot->height(), 2.0).toImage();
    } else {
        const qreal ratio = 2.0;
        image = QImage(chart->size() * ratio, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        image.fill(chart->palette().color(QPalette::Window));
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        chart->render(&painter);
    }
    if (image.isNull() || !image.save(path, "PNG")) {
        return cannotWrite(path, tr("the image could not be saved"));
    }
    return {};
}

QString ChartExport::saveSvg(QWidget* chart, const QString& path, const QString& title)
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(chart->size());
    generator.setViewBox(QRect(QPoint(0, 0), chart->size()));
    generator.setTitle(title);
    generator.setDescription(tr("Exported from Muster"));
    // QCPPainter is a QPainter that QCustomPlot draws with.
    QCPPainter painter;
    if (!painter.begin(&generator)) {
        return cannotWrite(path, tr("the SVG file could not be opened"));
    }
    if (auto* plot = qobject_cast<QCustomPlot*>(chart)) {
        plot->toPainter(&painter, plot->width(), plot->height());
    } else {
        painter.setRenderHint(QPainter::Antialiasing);
        chart->render(&painter);
    }
    painter.end();
    if (!QFileInfo::exists(path)) {
        return cannotWrite(path, tr("nothing was written"));
    }
    return {};
}

QString ChartExport::csvLine(const QStringList& fields)
{
    return core::Csv::line(fields);
}

QString ChartExport::saveCsv(const QList<QStringList>& rows, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return cannotWrite(path, file.errorString());
    }
    file.write(core::Csv::document(rows));
    if (!file.commit()) {
        return cannotWrite(path, file.errorString());
    }
    return {};
}

} // namespace muster::gui
