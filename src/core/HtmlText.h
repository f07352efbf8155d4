#pragma once

#include <QString>
#include <QStringList>

namespace muster::core {

// Plain text from the HTML of e-mail bodies and articles (imports): paragraphs and line
// breaks become new lines, list items get a bullet, tags go, entities are decoded.
// QtCore only, so no QTextDocument; good enough for content, not for layout.
QString htmlToPlainText(const QString& html);

// The other way: text escaped for HTML with its line breaks kept (<br>).
QString plainTextToHtml(const QString& text);

// Markdown text: what a Markdown viewer would take as HTML or emphasis is escaped
// (text typed by people must not become markup).
QString markdownText(const QString& text);
// One table cell: escaped, line breaks as <br>, never empty.
QString markdownCell(const QString& text);
// A Markdown (GitHub) table row of escaped cells; markdownHeader adds the rule below.
QString markdownRow(const QStringList& cells);
QString markdownHeader(const QStringList& cells);

} // namespace muster::core
