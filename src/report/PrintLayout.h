#pragma once

#include "report/ReportDocument.h"

#include <QCoreApplication>
#include <QImage>
#include <QLocale>
#include <QPageLayout>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPainter;
class QThread;
class QTextBlock;
class QTextDocument;

namespace muster::report {

class ChartObject;

// A report laid out into pages, the same way for every device: the text is laid out
// once at 1200 units per inch (whatever prints it), so that a PDF written by musterctl,
// the print preview and a printer get the same lines and the same page breaks. Each
// page gets the letterhead (logo, organisation, title), the marking at its top and
// bottom, and "Page n of N".
//
// Needs a QGuiApplication (fonts). Works on a worker thread: build, paint and destroy
// it on one thread, or build it on a worker and moveToThread() it to the painter's.
class PrintLayout
{
    Q_DECLARE_TR_FUNCTIONS(muster::report::PrintLayout)

public:
    static constexpr double layoutDpi = 1200.0;
    using Progress = std::function<bool(int done, int total)>;

    explicit PrintLayout(const ReportDocument& document);
    PrintLayout(const ReportDocument& document, const QPageLayout& page);
    ~PrintLayout();
    PrintLayout(const PrintLayout&) = delete;
    PrintLayout& operator=(const PrintLayout&) = delete;

    int pageCount() const;
    // Hands the laid-out pages to `thread`: build (and lay out) on a worker thread, then
    // paint on the GUI thread. Call on the thread that holds the layout.
    void moveToThread(QThread* thread);
    const QPageLayout& pageLayout() const { return m_page; }

    // Paints page `index` (from 0) in layout units onto a painter whose origin is the
    // corner of the paper.
    void paintPage(QPainter& painter, int index) const;
    // Prints every page on `device` (a QPdfWriter, or a QPrinter for preview and print)
    // with full-page coordinates. `progress` may return false to stop: then nothing more
    // is painted and core::Error(Refused) is thrown.
    void print(QPagedPaintDevice& device, const Progress& progress = {}) const;

    // A4, or US Letter where the locale measures in inches; margins for the letterhead.
    static QPageLayout defaultPageLayout(const QLocale& locale = QLocale());

private:
    // Headings (and a one-line note under one) stay with what follows them, charts
    // with their captions: such a block that ends a page gets a page break before it.
    void keepWithNext();
    static bool keptWithNext(const QTextBlock& block);
    void paintHeader(QPainter& painter, int index) const;
    void paintFooter(QPainter& painter, int index) const;
    void paintMarking(QPainter& painter, const QRectF& band) const;

    ReportDocument m_document;
    QPageLayout m_page;
    QImage m_metrics; // the layout device: 1200 units per inch
    std::unique_ptr<QTextDocument> m_text;
    std::unique_ptr<ChartObject> m_charts;
    QImage m_logo;
    QByteArray m_svgLogo;
    QRectF m_paper;
    QRectF m_body;
};

} // namespace muster::report
