#pragma once

#include <QString>

namespace muster::core {

// Plain text from the HTML of e-mail bodies and articles (imports): paragraphs and line
// breaks become new lines, list items get a bullet, tags go, entities are decoded.
// QtCore only, so no QTextDocument; good enough for content, not for layout.
QString htmlToPlainText(const QString& html);

// The other way: text escaped for HTML with its line breaks kept (<br>).
QString plainTextToHtml(const QString& text);

} // namespace muster::core
