#pragma once

#include "report/PrintLayout.h"
#include "report/ReportDocument.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QIODevice;

namespace muster::report {

// Writes a report as a PDF (PrintLayout on a QPdfWriter), as a standalone HTML page
// (charts as inline SVG, the marking at the top and bottom) or as Markdown. The GUI,
// musterctl and the intel brief export all write through here, so that a report made
// on a desktop and one made by a scheduled job on a server are the same document.
class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(muster::report::ReportExport)

public:
    enum class Format
    {
        Pdf,
        Html,
        Markdown,
    };
    // "pdf", "html", "md" or "markdown".
    static std::optional<Format> formatFromText(const QString& text);
    static QString suffix(Format format);

    // Returns the number of pages. Throws core::Error: Refused when progress returns
    // false, Io when writing fails.
    static int writePdf(const ReportDocument& document, QIODevice& out, const PrintLayout::Progress& progress = {});
    static QByteArray pdf(const ReportDocument& document);
    static QString html(const ReportDocument& document);
    static QString markdown(const ReportDocument& document);
    static QByteArray bytes(const ReportDocument& document, Format format, const PrintLayout::Progress& progress = {});

    // Writes the file atomically (nothing is left behind when writing fails or is
    // cancelled); the message of a failure names the file. Returns the number of pages
    // of a PDF (0 for the other formats).
    static int save(const ReportDocument& document, Format format, const QString& path,
                    const PrintLayout::Progress& progress = {});
};

} // namespace muster::report
