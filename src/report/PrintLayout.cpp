#include "report/PrintLayout.h"

#include "core/Error.h"
#include "report/ChartObject.h"
#include "report/DocumentBuilder.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QSet>
#include <QSvgRenderer>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>

namespace muster::report {

namespace {

constexpr double kUnitsPerPoint = PrintLayout::layoutDpi / 72.0;

double mm(double millimetres)
{
    return millimetres * PrintLayout::layoutDpi / 25.4;
}

} // namespace

QPageLayout PrintLayout::defaultPageLayout(const QLocale& locale)
{
    const bool letter = locale.measurementSystem() == QLocale::ImperialUSSystem;
    return QPageLayout(QPageSize(letter ? QPageSize::Letter : QPageSize::A4), QPageLayout::Portrait,
                       QMarginsF(20, 27, 20, 24), QPageLayout::Millimeter);
}

PrintLayout::PrintLayout(const ReportDocument& document)
    : PrintLayout(document, defaultPageLayout())
{}

PrintLayout::PrintLayout(const ReportDocument& document, const QPageLayout& page)
    : m_document(document)
    , m_page(page)
    , m_metrics(1, 1, QImage::Format_RGB32)
    , m_text(std::make_unique<QTextDocument>())
    , m_charts(std::make_unique<ChartObject>(document.charts, kUnitsPerPoint))
{
    const int dotsPerMetre = qRound(layoutDpi / 0.0254);
    m_metrics.setDotsPerMeterX(dotsPerMetre);
    m_metrics.setDotsPerMeterY(dotsPerMetre);
    m_paper = m_page.fullRectPixels(int(layoutDpi)).toRectF();
    m_body = m_page.paintRectPixels(int(layoutDpi)).toRectF();

    m_text->documentLayout()->setPaintDevice(&m_metrics);
    QFont base;
    base.setFamilies(Chart::fontFamilies());
    base.setPointSizeF(9.5);
    base.setHintingPreference(QFont::PreferNoHinting);
    Chart::noLigatures(base);
    m_text->setDefaultFont(base);
    m_text->setDefaultStyleSheet(DocumentBuilder::printStyleSheet(96.0 / 72.0));
    m_text->setDocumentMargin(0);
    m_text->setTextWidth(m_body.width());
    m_text->setHtml(document.bodyHtml);
    m_charts->install(*m_text);
    // Paginate last: setting the page size lays the whole document out afresh. (The
    // incremental relayout after install() changed the chart placeholders left the
    // blocks after some tables unplaced, and they vanished from the pages.)
    m_text->setPageSize(m_body.size());
    keepWithNext();

    if (!document.letterhead.logo.isEmpty()) {
        if (!m_logo.loadFromData(document.letterhead.logo)) {
            QSvgRenderer svg(document.letterhead.logo);
            if (svg.isValid()) {
                m_svgLogo = document.letterhead.logo;
            }
        }
    }
}

PrintLayout::~PrintLayout() = default;

bool PrintLayout::keptWithNext(const QTextBlock& block)
{
    if (block.blockFormat().headingLevel() > 0) {
        return true;
    }
    // A chart stays with its caption.
    const auto it = block.begin();
    if (!it.atEnd() && it.fragment().charFormat().objectType() == ChartObject::type) {
        return true;
    }
    // So does the one-line note under a heading ("Capability: … · Rating: …").
    return block.previous().isValid() && block.previous().blockFormat().headingLevel() > 0 &&
           block.layout()->lineCount() == 1 && !QTextCursor(block).currentTable();
}

void PrintLayout::keepWithNext()
{
    const double height = m_body.height();
    const auto pageOf = [height](double y) {
        return int(std::floor(y / height));
    };
    QAbstractTextDocumentLayout* layout = m_text->documentLayout();
    // One block at a time from the top, each move changes what follows; bounded, as a
    // page break before a block is all it can do.
    QSet<int> forced; // blocks this pass gave a page break
    for (int moved = 0; moved < 50; ++moved) {
        m_text->pageCount(); // the layout is lazy: finish it before reading line positions
        QTextBlock breakBefore;
        for (QTextBlock b = m_text->begin(); b.isValid() && !breakBefore.isValid(); b = b.next()) {
            const QTextBlock next = b.next();
            if (!next.isValid() || !keptWithNext(b) || b.layout()->lineCount() == 0 ||
                next.layout()->lineCount() == 0 ||
                b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) {
                continue;
            }
            const QTextLine last = b.layout()->lineAt(b.layout()->lineCount() - 1);
            const double lastY = b.layout()->position().y() + last.y() + last.height() / 2;
            // A top-level block's lines are placed in document coordinates (a line moved to
            // the next page is where it is drawn); a table cell's by its cell.
            const QTextLine first = next.layout()->lineAt(0);
            const QRectF n = layout->blockBoundingRect(next);
            const double firstY = QTextCursor(next).currentFrame() == m_text->rootFrame()
                                      ? next.layout()->position().y() + first.y() + first.height() / 2
                                      : n.top() + std::min(n.height(), first.height()) / 2;
            if (pageOf(lastY) != pageOf(firstY)) {
                breakBefore = b;
            }
        }
        if (!breakBefore.isValid()) {
            return;
        }
        QTextBlockFormat format;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(breakBefore).mergeBlockFormat(format);
        forced.insert(breakBefore.blockNumber());
        // A heading that now goes to the next page takes its chart along: the break
        // this pass put before the chart goes.
        const QTextBlock next = breakBefore.next();
        if (forced.remove(next.blockNumber())) {
            QTextBlockFormat flowing = next.blockFormat();
            flowing.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
            QTextCursor(next).setBlockFormat(flowing);
        }
        m_text->setPageSize(m_body.size()); // a full relayout (see above)
    }
}

void PrintLayout::moveToThread(QThread* thread)
{
    pageCount(); // lays the whole document out here, not on the receiving thread
    m_text->moveToThread(thread);
    m_charts->moveToThread(thread);
}

int PrintLayout::pageCount() const
{
    return std::max(1, m_text->pageCount());
}

void PrintLayout::paintPage(QPainter& painter, int index) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    paintHeader(painter, index);

    painter.save();
    const double height = m_body.height();
    painter.translate(m_body.left(), m_body.top() - double(index) * height);
    const QRectF view(0, double(index) * height, m_body.width(), height);
    painter.setClipRect(view, Qt::IntersectClip);
    QAbstractTextDocumentLayout::PaintContext context;
    // Lines are drawn when they touch the clip, and the first line of the next page
    // starts exactly on this page's bottom edge: without the margin of one unit it would
    // be drawn here too, hidden by the clip but still in the PDF's text (found by search,
    // copied with the page).
    context.clip = view.adjusted(0, 1, 0, -1);
    context.palette.setColor(QPalette::Text, Qt::black);
    m_text->documentLayout()->draw(&painter, context);
    painter.restore();

    paintFooter(painter, index);
    painter.restore();
}

void PrintLayout::paintMarking(QPainter& painter, const QRectF& band) const
{
    const Letterhead& l = m_document.letterhead;
    if (l.marking.isEmpty()) {
        return;
    }
    painter.save();
    painter.setFont(Chart::font(painter, 8, kUnitsPerPoint, true));
    const QFontMetricsF fm(painter.font());
    const QString text = fm.elidedText(l.marking, Qt::ElideRight, band.width() - mm(4));
    const double width = fm.horizontalAdvance(text) + mm(4);
    double left = band.center().x() - width / 2;
    if (l.markingAlignment & Qt::AlignRight) {
        left = band.right() - width;
    } else if (l.markingAlignment & Qt::AlignLeft) {
        left = band.left();
    }
    const QRectF box(left, band.top(), width, band.height());
    painter.setPen(Qt::NoPen);
    painter.setBrush(l.markingBackground);
    painter.drawRect(box);
    painter.setPen(l.markingForeground);
    painter.drawText(box, Qt::AlignCenter, text);
    painter.restore();
}

void PrintLayout::paintHeader(QPainter& painter, int index) const
{
    const Letterhead& l = m_document.letterhead;
    const double left = m_body.left();
    const double right = m_body.right();
    paintMarking(painter, QRectF(left, mm(6), right - left, mm(5.5)));

    // Logo and organisation at the left, title at the right, a rule below.
    const QRectF band(left, mm(13), right - left, mm(10));
    double textLeft = left;
    const QSizeF logoBox(mm(30), band.height());
    QSizeF logoSize;
    if (!m_logo.isNull()) {
        logoSize = QSizeF(m_logo.size()).scaled(logoBox, Qt::KeepAspectRatio);
        painter.drawImage(QRectF(QPointF(left, band.center().y() - logoSize.height() / 2), logoSize), m_logo);
    } else if (!m_svgLogo.isEmpty()) {
        QSvgRenderer svg(m_svgLogo);
        logoSize = QSizeF(svg.defaultSize()).scaled(logoBox, Qt::KeepAspectRatio);
        svg.render(&painter, QRectF(QPointF(left, band.center().y() - logoSize.height() / 2), logoSize));
    }
    if (!logoSize.isEmpty()) {
        textLeft += logoSize.width() + mm(4);
    }
    const double titleWidth = (right - textLeft) * 0.55;
    painter.setPen(Qt::black);
    painter.setFont(Chart::font(painter, 10.5, kUnitsPerPoint, true));
    QFontMetricsF fm(painter.font());
    painter.drawText(QRectF(textLeft, band.top(), right - textLeft - titleWidth, band.height()),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     fm.elidedText(l.organisation, Qt::ElideRight, right - textLeft - titleWidth - mm(2)));
    painter.setFont(Chart::font(painter, 8, kUnitsPerPoint));
    fm = QFontMetricsF(painter.font());
    const QRectF titleRect(right - titleWidth, band.top(), titleWidth, band.height());
    const QString title = index == 0 ? l.subtitle : QStringLiteral("%1\n%2").arg(l.title, l.subtitle);
    QStringList lines;
    for (const QString& line : title.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        lines << fm.elidedText(line, Qt::ElideMiddle, titleWidth);
    }
    painter.setPen(QColor(64, 64, 64));
    painter.drawText(titleRect, Qt::AlignRight | Qt::AlignVCenter, lines.join(QLatin1Char('\n')));
    painter.setPen(QPen(Qt::black, 0.75 * kUnitsPerPoint));
    painter.drawLine(QPointF(left, mm(24.5)), QPointF(right, mm(24.5)));
}

void PrintLayout::paintFooter(QPainter& painter, int index) const
{
    const Letterhead& l = m_document.letterhead;
    const double left = m_body.left();
    const double right = m_body.right();
    const double bottom = m_paper.bottom();
    painter.setPen(QPen(Qt::black, 0.5 * kUnitsPerPoint));
    painter.drawLine(QPointF(left, bottom - mm(20)), QPointF(right, bottom - mm(20)));
    painter.setFont(Chart::font(painter, 7.5, kUnitsPerPoint));
    const QFontMetricsF fm(painter.font());
    const QRectF line(left, bottom - mm(19), right - left, mm(5));
    const QString page = tr("Page %1 of %2").arg(index + 1).arg(pageCount());
    const double pageWidth = fm.horizontalAdvance(page) + mm(2);
    painter.setPen(QColor(64, 64, 64));
    painter.drawText(QRectF(line.left(), line.top(), line.width() - pageWidth, line.height()),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     fm.elidedText(l.footer, Qt::ElideRight, line.width() - pageWidth - mm(4)));
    painter.setPen(Qt::black);
    painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, page);
    paintMarking(painter, QRectF(left, bottom - mm(12), right - left, mm(5.5)));
}

void PrintLayout::print(QPagedPaintDevice& device, const Progress& progress) const
{
    const int total = pageCount();
    QPainter painter;
    if (!painter.begin(&device)) {
        throw core::Error(core::Error::Kind::Io, tr("The printer or file could not be opened for painting."));
    }
    const double sx = device.logicalDpiX() / layoutDpi;
    const double sy = device.logicalDpiY() / layoutDpi;
    for (int i = 0; i < total; ++i) {
        if (progress && !progress(i, total)) {
            painter.end();
            throw core::Error(core::Error::Kind::Refused, tr("Cancelled."));
        }
        if (i > 0 && !device.newPage()) {
            painter.end();
            throw core::Error(core::Error::Kind::Io, tr("A new page could not be started."));
        }
        painter.save();
        painter.scale(sx, sy);
        paintPage(painter, i);
        painter.restore();
    }
    painter.end();
    if (progress) {
        progress(total, total);
    }
}

} // namespace muster::report
