#include "report/ReportExport.h"

#include "core/Error.h"
#include "core/HtmlText.h"
#include "report/DocumentBuilder.h"

#include <QBuffer>
#include <QDir>
#include <QLocale>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>

namespace muster::report {

namespace {

QString mimeOf(const QByteArray& image)
{
    if (image.startsWith("\x89PNG")) {
        return QStringLiteral("image/png");
    }
    if (image.startsWith("\xff\xd8")) {
        return QStringLiteral("image/jpeg");
    }
    return QStringLiteral("image/svg+xml");
}

QString cssColour(const QColor& c)
{
    return c.name(QColor::HexRgb);
}

} // namespace

std::optional<ReportExport::Format> ReportExport::formatFromText(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("pdf")) {
        return Format::Pdf;
    }
    if (t == QLatin1String("html") || t == QLatin1String("htm")) {
        return Format::Html;
    }
    if (t == QLatin1String("md") || t == QLatin1String("markdown")) {
        return Format::Markdown;
    }
    return std::nullopt;
}

QString ReportExport::suffix(Format format)
{
    switch (format) {
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Markdown:
        return QStringLiteral("md");
    }
    return {};
}

int ReportExport::writePdf(const ReportDocument& document, QIODevice& out, const PrintLayout::Progress& progress)
{
    const PrintLayout layout(document);
    QPdfWriter writer(&out);
    writer.setResolution(int(PrintLayout::layoutDpi));
    QPageLayout page = layout.pageLayout();
    page.setMargins(QMarginsF(0, 0, 0, 0));
    writer.setPageLayout(page);
    writer.setTitle(document.documentTitle);
    writer.setCreator(QStringLiteral("Muster %1").arg(QStringLiteral(MUSTER_VERSION)));
    layout.print(writer, progress);
    return layout.pageCount();
}

QByteArray ReportExport::pdf(const ReportDocument& document)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writePdf(document, buffer);
    return buffer.data();
}

QString ReportExport::html(const ReportDocument& document)
{
    if (!document.standaloneHtml.isEmpty()) {
        return document.standaloneHtml;
    }
    const Letterhead& l = document.letterhead;
    QString body = document.bodyHtml;
    // Charts as inline SVG: vector graphics in every browser and when printed from it.
    static const QRegularExpression placeholder(QStringLiteral("<img src=\"(muster-chart:\\d+)\""));
    QRegularExpressionMatchIterator it = placeholder.globalMatch(body);
    QList<std::pair<QString, QString>> replacements;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const auto index = DocumentBuilder::chartIndex(m.captured(1));
        if (index && *index < document.charts.size()) {
            const QByteArray svg = document.charts.at(*index)->toSvg(480);
            replacements.append(
                {m.captured(0), QStringLiteral("<img class=\"chart\" src=\"data:image/svg+xml;base64,%1\"")
                                    .arg(QString::fromLatin1(svg.toBase64()))});
        }
    }
    for (const auto& [from, to] : replacements) {
        body.replace(from, to);
    }
    const QString marking =
        l.marking.isEmpty() ? QString()
                            : QStringLiteral("<div class=\"marking\">%1</div>\n").arg(core::plainTextToHtml(l.marking));
    QString logo;
    if (!l.logo.isEmpty()) {
        logo = QStringLiteral("<img class=\"logo\" src=\"data:%1;base64,%2\" alt=\"\">")
                   .arg(mimeOf(l.logo), QString::fromLatin1(l.logo.toBase64()));
    }
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n<title>%2</title>\n")
               .arg(QLocale().bcp47Name(), core::plainTextToHtml(document.documentTitle));
    out += QStringLiteral("<style>\n") + DocumentBuilder::printStyleSheet() +
           QStringLiteral("body { font-family: 'DejaVu Sans', 'Noto Sans', sans-serif; font-size: 10pt; max-width: "
                          "54em; margin: 2em auto; padding: 0 1em; line-height: 1.4; }\n"
                          "table { border-collapse: collapse; }\n"
                          "table[border] th, table[border] td { border: 1px solid #8c8c8c; }\n"
                          "img.chart { width: 100%; height: auto; }\n"
                          "img.logo { max-height: 3em; max-width: 10em; vertical-align: middle; margin-right: 1em; }\n"
                          ".letterhead { display: flex; align-items: center; border-bottom: 1px solid #000; "
                          "padding-bottom: .5em; margin-bottom: 1.5em; font-weight: bold; }\n"
                          ".footer { border-top: 1px solid #000; margin-top: 2em; padding-top: .5em; color: #404040; "
                          "font-size: 8pt; }\n") +
           QStringLiteral(".marking { text-align: center; font-weight: bold; padding: .3em; margin: .5em 0; color: %1; "
                          "background: %2; }\n")
               .arg(cssColour(l.markingForeground), cssColour(l.markingBackground)) +
           QStringLiteral("</style>\n</head>\n<body>\n");
    out += marking;
    out += QStringLiteral("<div class=\"letterhead\">%1<span>%2</span></div>\n")
               .arg(logo, core::plainTextToHtml(l.organisation));
    out += body;
    out += QStringLiteral("<p class=\"footer\">%1</p>\n").arg(core::plainTextToHtml(l.footer));
    out += marking;
    out += QStringLiteral("</body>\n</html>\n");
    return out;
}

QString ReportExport::markdown(const ReportDocument& document)
{
    const Letterhead& l = document.letterhead;
    QString out;
    const QString marking =
        l.marking.isEmpty() ? QString() : QStringLiteral("**%1**\n\n").arg(core::markdownText(l.marking));
    out += marking;
    if (!l.organisation.isEmpty()) {
        out += QStringLiteral("%1\n\n").arg(core::markdownText(l.organisation));
    }
    out += document.markdown;
    out += QStringLiteral("---\n\n_%1_\n\n").arg(core::markdownText(l.footer));
    out += marking;
    return out;
}

QByteArray ReportExport::bytes(const ReportDocument& document, Format format, const PrintLayout::Progress& progress)
{
    switch (format) {
    case Format::Pdf: {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        writePdf(document, buffer, progress);
        return buffer.data();
    }
    case Format::Html:
        return html(document).toUtf8();
    case Format::Markdown:
        return markdown(document).toUtf8();
    }
    return {};
}

int ReportExport::save(const ReportDocument& document, Format format, const QString& path,
                       const PrintLayout::Progress& progress)
{
    QSaveFile file(path);
    const auto fail = [&](const QString& why) {
        return core::Error(core::Error::Kind::Io,
                           tr("%1: cannot write the report (%2).").arg(QDir::toNativeSeparators(path), why));
    };
    if (!file.open(QIODevice::WriteOnly)) {
        throw fail(file.errorString());
    }
    int pages = 0;
    if (format == Format::Pdf) {
        pages = writePdf(document, file, progress);
    } else {
        const QByteArray data = bytes(document, format);
        if (file.write(data) != data.size()) {
            throw fail(file.errorString());
        }
    }
    if (!file.commit()) {
        throw fail(file.errorString());
    }
    return pages;
}

} // namespace muster::report
