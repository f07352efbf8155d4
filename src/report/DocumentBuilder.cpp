#include "report/DocumentBuilder.h"

#include "core/HtmlText.h"

#include <QCoreApplication>

namespace muster::report {

namespace {

QString h(const QString& text)
{
    return core::plainTextToHtml(text);
}

QString tr(const char* text)
{
    return QCoreApplication::translate("muster::report::DocumentBuilder", text);
}

const QString kTableOpen =
    QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"0.6\" "
                   "style=\"border-collapse: collapse; border-style: solid; border-color: #8c8c8c; margin-top: 2pt; "
                   "margin-bottom: 8pt;\">\n");

} // namespace

QString DocumentBuilder::printStyleSheet(double pixelsPerPoint)
{
    // QTextDocument takes CSS margins as pixels at 96 per inch whatever their unit (only
    // font sizes are converted), so for print they are given in such pixels.
    const auto m = [pixelsPerPoint](double points) {
        return pixelsPerPoint > 0 ? QString::number(points * pixelsPerPoint, 'f', 1)
                                  : QStringLiteral("%1pt").arg(points);
    };
    return QStringLiteral("body { color: #000000; }\n"
                          "h1 { font-size: 20pt; font-weight: bold; margin-top: 0; margin-bottom: %1; }\n"
                          "h2 { font-size: 13.5pt; font-weight: bold; margin-top: %2; margin-bottom: %3; }\n"
                          "h3 { font-size: 10.5pt; font-weight: bold; margin-top: %4; margin-bottom: %5; }\n"
                          "p { margin-top: 0; margin-bottom: %3; }\n"
                          "li { margin-bottom: %6; }\n"
                          "th { background-color: #e4e4e4; font-weight: bold; text-align: left; }\n"
                          ".subtitle { font-size: 11pt; color: #404040; margin-bottom: %7; }\n"
                          ".lead { font-size: 10.5pt; }\n"
                          ".muted { color: #505050; }\n"
                          ".small { font-size: 8pt; }\n"
                          ".caption { font-size: 8pt; color: #404040; margin-top: %5; margin-bottom: %8; }\n"
                          ".mono { font-family: 'DejaVu Sans Mono', monospace; font-size: 8pt; }\n")
        .arg(m(2), m(16), m(6), m(10), m(4), m(3), m(14), m(10));
}

QString DocumentBuilder::chartSource(int index)
{
    return QStringLiteral("muster-chart:%1").arg(index);
}

std::optional<int> DocumentBuilder::chartIndex(const QString& source)
{
    static const QString prefix = QStringLiteral("muster-chart:");
    if (!source.startsWith(prefix)) {
        return std::nullopt;
    }
    bool ok = false;
    const int index = source.mid(prefix.size()).toInt(&ok);
    return ok ? std::optional<int>(index) : std::nullopt;
}

void DocumentBuilder::title(const QString& text, const QString& subtitle)
{
    m_html += QStringLiteral("<h1>%1</h1>\n").arg(h(text));
    m_markdown += QStringLiteral("# %1\n\n").arg(core::markdownText(text));
    if (!subtitle.isEmpty()) {
        m_html += QStringLiteral("<p class=\"subtitle\">%1</p>\n").arg(h(subtitle));
        m_markdown += QStringLiteral("%1\n\n").arg(core::markdownText(subtitle));
    }
}

void DocumentBuilder::heading(const QString& text, int level, bool newPage)
{
    level = std::clamp(level, 2, 4);
    m_html += QStringLiteral("<h%1%2>%3</h%1>\n")
                  .arg(level)
                  .arg(newPage ? QStringLiteral(" style=\"page-break-before: always;\"") : QString())
                  .arg(h(text));
    m_markdown += QStringLiteral("%1 %2\n\n").arg(QString(level, QLatin1Char('#')), core::markdownText(text));
}

void DocumentBuilder::paragraph(const QString& text, Style style)
{
    static const char* classes[] = {"", "lead", "muted", "small muted"};
    const char* cls = classes[int(style)];
    m_html += *cls ? QStringLiteral("<p class=\"%1\">%2</p>\n").arg(QLatin1String(cls), h(text))
                   : QStringLiteral("<p>%1</p>\n").arg(h(text));
    QString md = core::markdownText(text);
    md.replace(QLatin1Char('\n'), QStringLiteral("  \n"));
    m_markdown +=
        (style == Style::Muted || style == Style::Small ? QStringLiteral("_%1_\n\n") : QStringLiteral("%1\n\n"))
            .arg(md);
}

void DocumentBuilder::bullets(const QStringList& items)
{
    m_html += QStringLiteral("<ul>\n");
    for (const QString& item : items) {
        m_html += QStringLiteral("<li>%1</li>\n").arg(h(item));
        m_markdown += QStringLiteral("- %1\n").arg(core::markdownText(item));
    }
    m_html += QStringLiteral("</ul>\n");
    m_markdown += QLatin1Char('\n');
}

void DocumentBuilder::facts(const QList<std::pair<QString, QString>>& rows)
{
    m_html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" border=\"0\" "
                             "style=\"margin-bottom: 8pt;\">\n");
    for (const auto& [key, value] : rows) {
        m_html +=
            QStringLiteral("<tr><td width=\"26%\" class=\"muted\">%1</td><td>%2</td></tr>\n").arg(h(key), h(value));
        m_markdown += QStringLiteral("- **%1:** %2\n").arg(core::markdownText(key), core::markdownText(value));
    }
    m_html += QStringLiteral("</table>\n");
    m_markdown += QLatin1Char('\n');
}

void DocumentBuilder::table(const Table& t)
{
    if (t.rows.isEmpty() && !t.emptyText.isEmpty()) {
        paragraph(t.emptyText, Style::Muted);
        return;
    }
    const QString cellClass = t.smallText ? QStringLiteral(" class=\"small\"") : QString();
    m_html += kTableOpen;
    m_html += QStringLiteral("<thead><tr>");
    for (qsizetype c = 0; c < t.header.size(); ++c) {
        const QString width = c < t.widths.size() ? QStringLiteral(" width=\"%1%\"").arg(t.widths.at(c)) : QString();
        const QString align = t.numericColumns.contains(int(c)) ? QStringLiteral(" align=\"right\"") : QString();
        m_html += QStringLiteral("<th%1%2%3>%4</th>").arg(width, align, cellClass, h(t.header.at(c)));
    }
    m_html += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const QStringList& row : t.rows) {
        m_html += QStringLiteral("<tr>");
        for (qsizetype c = 0; c < row.size(); ++c) {
            const QString align = t.numericColumns.contains(int(c)) ? QStringLiteral(" align=\"right\"") : QString();
            m_html += QStringLiteral("<td valign=\"top\"%1%2>%3</td>").arg(align, cellClass, h(row.at(c)));
        }
        m_html += QStringLiteral("</tr>\n");
    }
    m_html += QStringLiteral("</tbody></table>\n");

    m_markdown += core::markdownHeader(t.header);
    for (const QStringList& row : t.rows) {
        m_markdown += core::markdownRow(row);
    }
    m_markdown += QLatin1Char('\n');
}

void DocumentBuilder::chart(std::shared_ptr<const Chart> chart)
{
    const int index = int(m_charts.size());
    const QString caption = tr("Figure %1. %2").arg(index + 1).arg(chart->caption());
    m_html += QStringLiteral("<p align=\"center\"><img src=\"%1\" alt=\"%2\"></p>\n<p class=\"caption\">%3</p>\n")
                  .arg(chartSource(index), h(chart->caption()), h(caption));
    const QList<QStringList> rows = chart->table();
    m_markdown += QStringLiteral("_%1_\n\n").arg(core::markdownText(caption));
    if (!rows.isEmpty()) {
        m_markdown += core::markdownHeader(rows.first());
        for (qsizetype i = 1; i < rows.size(); ++i) {
            m_markdown += core::markdownRow(rows.at(i));
        }
        m_markdown += QLatin1Char('\n');
    }
    m_charts.append(std::move(chart));
}

void DocumentBuilder::banner(const QString& text, Banner kind)
{
    const char* background = kind == Banner::Marking ? "#ffffff" : kind == Banner::Attention ? "#d0d0d0" : "#f0f0f0";
    const char* border = kind == Banner::Confirmed ? "#8c8c8c" : "#000000";
    const QString width = kind == Banner::Confirmed ? QStringLiteral("0.6") : QStringLiteral("1.5");
    m_html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" border=\"%1\" "
                             "style=\"border-collapse: collapse; border-style: solid; border-color: %2; "
                             "margin-top: 4pt; margin-bottom: 8pt;\"><tr><td bgcolor=\"%3\"><b>%4</b></td></tr>"
                             "</table>\n")
                  .arg(width, QLatin1String(border), QLatin1String(background), h(text));
    m_markdown += QStringLiteral("> **%1**\n\n").arg(core::markdownText(text));
}

void DocumentBuilder::quote(const QString& text)
{
    m_html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" border=\"0.6\" "
                             "style=\"border-collapse: collapse; border-style: solid; border-color: #8c8c8c; "
                             "margin-bottom: 8pt;\"><tr><td bgcolor=\"#f4f4f4\">%1</td></tr></table>\n")
                  .arg(h(text));
    QString md;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        md += QStringLiteral(">     %1\n").arg(line);
    }
    m_markdown += md + QLatin1Char('\n');
}

void DocumentBuilder::code(const QString& label, const QString& value)
{
    m_html += QStringLiteral("<p>%1 <span class=\"mono\">%2</span></p>\n").arg(h(label), h(value));
    m_markdown += QStringLiteral("%1 `%2`\n\n").arg(core::markdownText(label), value);
}

} // namespace muster::report
