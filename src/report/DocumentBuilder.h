#pragma once

#include "report/Chart.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>

namespace muster::report {

// Writes a report once and gets it as HTML for the printed page (the subset of HTML
// and CSS that QTextDocument lays out, which browsers read too) and as Markdown. All
// text is plain text and escaped here; charts become placeholders that the PDF and
// HTML exports replace with vector graphics, and tables of their figures in Markdown.
class DocumentBuilder
{
public:
    enum class Style
    {
        Normal,
        Lead,  // the first paragraph of a summary, a little larger
        Muted, // notes, definitions
        Small,
    };
    enum class Banner
    {
        Marking,   // privileged, confidential: black frame, bold
        Attention, // something is wrong (a broken hash chain)
        Confirmed, // something verified
    };
    struct Table
    {
        QStringList header;
        QList<QStringList> rows;
        QList<int> widths;         // percent per column; empty: let the layout decide
        QList<int> numericColumns; // right-aligned
        QString emptyText;         // shown in place of an empty table
        bool smallText = false;    // long tables (the timeline)
    };

    void title(const QString& text, const QString& subtitle = QString());
    // `newPage`: the section starts on a new page when printed.
    void heading(const QString& text, int level = 2, bool newPage = false);
    void paragraph(const QString& text, Style style = Style::Normal);
    void bullets(const QStringList& items);
    void facts(const QList<std::pair<QString, QString>>& rows);
    void table(const Table& table);
    void chart(std::shared_ptr<const Chart> chart);
    void banner(const QString& text, Banner kind);
    // Text kept exactly as written (an approved message), in a frame.
    void quote(const QString& text);
    // A label and a value in a fixed-width font (hashes).
    void code(const QString& label, const QString& value);

    QString html() const { return m_html; }
    QString markdown() const { return m_markdown; }
    const QList<std::shared_ptr<const Chart>>& charts() const { return m_charts; }

    // The style sheet of the printed page, margins in points, or in pixels when
    // `pixelsPerPoint` is given (QTextDocument: 96.0 / 72); a chart placeholder's image name.
    static QString printStyleSheet(double pixelsPerPoint = 0);
    static QString chartSource(int index);
    static std::optional<int> chartIndex(const QString& source);

private:
    QString m_html;
    QString m_markdown;
    QList<std::shared_ptr<const Chart>> m_charts;
};

} // namespace muster::report
