#include "core/HtmlText.h"

#include <QRegularExpression>

namespace muster::core {

namespace {

QString decodeEntity(const QString& name)
{
    static const QHash<QString, QString> named{
        {QStringLiteral("amp"), QStringLiteral("&")},    {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},     {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},   {QStringLiteral("nbsp"), QStringLiteral(" ")},
        {QStringLiteral("ndash"), QStringLiteral("–")},  {QStringLiteral("mdash"), QStringLiteral("—")},
        {QStringLiteral("hellip"), QStringLiteral("…")}, {QStringLiteral("rsquo"), QStringLiteral("’")},
        {QStringLiteral("lsquo"), QStringLiteral("‘")},  {QStringLiteral("rdquo"), QStringLiteral("”")},
        {QStringLiteral("ldquo"), QStringLiteral("“")},  {QStringLiteral("euro"), QStringLiteral("€")},
        {QStringLiteral("eacute"), QStringLiteral("é")}, {QStringLiteral("egrave"), QStringLiteral("è")},
    };
    if (name.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const uint code = (name.size() > 1 && (name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X')))
                              ? name.mid(2).toUInt(&ok, 16)
                              : name.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
            const char32_t c = code;
            return QString::fromUcs4(&c, 1);
        }
        return QString();
    }
    return named.value(name.toLower(), QLatin1Char('&') + name + QLatin1Char(';'));
}

} // namespace

QString htmlToPlainText(const QString& html)
{
    static const QRegularExpression dropped(QStringLiteral("<(script|style|head)\\b[^>]*>.*?</\\1\\s*>"),
                                            QRegularExpression::CaseInsensitiveOption |
                                                QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression breaks(QStringLiteral("<br\\s*/?>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression blockEnds(QStringLiteral("</(p|div|h[1-6]|tr|table|ul|ol|blockquote)\\s*>"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression items(QStringLiteral("<li\\b[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression entities(QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"));
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\x{00a0}]+"));
    static const QRegularExpression blankLines(QStringLiteral("\\n{3,}"));

    QString s = html;
    s.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    // Source line breaks are spaces in HTML.
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    s.remove(dropped);
    s.replace(breaks, QStringLiteral("\n"));
    s.replace(blockEnds, QStringLiteral("\n\n"));
    s.replace(items, QStringLiteral("\n• "));
    s.remove(tags);
    QString decoded;
    decoded.reserve(s.size());
    qsizetype last = 0;
    auto it = entities.globalMatch(s);
    while (it.hasNext()) {
        const auto m = it.next();
        decoded += QStringView(s).mid(last, m.capturedStart() - last);
        decoded += decodeEntity(m.captured(1));
        last = m.capturedEnd();
    }
    decoded += QStringView(s).mid(last);
    decoded.replace(spaces, QStringLiteral(" "));
    QStringList lines = decoded.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        line = line.trimmed();
    }
    QString out = lines.join(QLatin1Char('\n'));
    out.replace(blankLines, QStringLiteral("\n\n"));
    return out.trimmed();
}

QString plainTextToHtml(const QString& text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return escaped;
}

QString markdownText(const QString& text)
{
    QString s;
    s.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            s += QLatin1String("&amp;");
            break;
        case '<':
            s += QLatin1String("&lt;");
            break;
        case '>':
            s += QLatin1String("&gt;");
            break;
        case '\\':
        case '*':
        case '_':
        case '`':
        case '[':
        case ']':
        case '|':
            s += QLatin1Char('\\');
            s += c;
            break;
        default:
            s += c;
        }
    }
    return s;
}

QString markdownCell(const QString& text)
{
    QString s = markdownText(text);
    s.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return s.isEmpty() ? QStringLiteral(" ") : s;
}

QString markdownRow(const QStringList& cells)
{
    QStringList escaped;
    for (const QString& c : cells) {
        escaped << markdownCell(c);
    }
    return QStringLiteral("| %1 |\n").arg(escaped.join(QStringLiteral(" | ")));
}

QString markdownHeader(const QStringList& cells)
{
    QStringList rule;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        rule << QStringLiteral("---");
    }
    return markdownRow(cells) + QStringLiteral("| %1 |\n").arg(rule.join(QStringLiteral(" | ")));
}

} // namespace muster::core
