#include "core/BriefRenderer.h"

#include "core/TlpPolicy.h"

#include <QDateTime>

namespace muster::core {

namespace {

QString stamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

// Paragraphs and "- " bullet lists of a section body, escaped.
QString htmlBody(const QString& body)
{
    QString out;
    bool inList = false;
    QStringList paragraph;
    const auto flush = [&] {
        if (!paragraph.isEmpty()) {
            out += QStringLiteral("<p>") + paragraph.join(QLatin1Char(' ')).toHtmlEscaped() + QStringLiteral("</p>\n");
            paragraph.clear();
        }
    };
    for (const QString& raw : body.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1String("- "))) {
            flush();
            if (!inList) {
                out += QStringLiteral("<ul>\n");
                inList = true;
            }
            out += QStringLiteral("<li>") + line.mid(2).toHtmlEscaped() + QStringLiteral("</li>\n");
            continue;
        }
        if (inList) {
            out += QStringLiteral("</ul>\n");
            inList = false;
        }
        if (line.isEmpty()) {
            flush();
        } else {
            paragraph.append(line);
        }
    }
    flush();
    if (inList) {
        out += QStringLiteral("</ul>\n");
    }
    return out;
}

} // namespace

QString BriefRenderer::toHtml(const IntelBrief& brief, const Context& context)
{
    const TlpColors colors = tlpColors(brief.tlp);
    const QString marking = tlpMarking(brief.tlp);
    const QString badge = QStringLiteral("<span class=\"tlp\">%1</span>").arg(marking);
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    html += QStringLiteral("<meta name=\"tlp\" content=\"%1\">\n").arg(marking);
    html += QStringLiteral("<title>%1 %2</title>\n").arg(marking, brief.title.toHtmlEscaped());
    html += QStringLiteral(
                "<style>\n"
                "body { font-family: sans-serif; margin: 3.5em 2em; line-height: 1.45; }\n"
                ".tlp { font-family: monospace; font-weight: bold; color: %1; background: %2; padding: 0.1em 0.5em; }\n"
                ".marking { text-align: right; }\n"
                "header.marking, footer.marking { position: fixed; left: 0; right: 0; padding: 0.4em 2em; "
                "background: white; }\n"
                "header.marking { top: 0; } footer.marking { bottom: 0; }\n"
                ".meta { color: #555; }\n"
                "@media print { @page { margin: 2.5cm 1.5cm; } }\n"
                "</style>\n</head>\n<body>\n")
                .arg(QLatin1String(colors.foreground), QLatin1String(colors.background));
    html += QStringLiteral("<header class=\"marking\">%1</header>\n").arg(badge);
    html += QStringLiteral("<footer class=\"marking\">%1</footer>\n").arg(badge);
    html += QStringLiteral("<p class=\"marking\">%1</p>\n").arg(badge);
    html += QStringLiteral("<h1>%1</h1>\n").arg(brief.title.toHtmlEscaped());
    QStringList meta;
    if (!brief.reference.isEmpty()) {
        meta.append(brief.reference.toHtmlEscaped());
    }
    meta.append(tr("For: %1").arg(briefAudiences().label(brief.audience)).toHtmlEscaped());
    if (!context.scopeLabel.isEmpty()) {
        meta.append(tr("Release: %1").arg(context.scopeLabel).toHtmlEscaped());
    }
    meta.append(tr("Issued %1").arg(stamp(context.generatedAt)).toHtmlEscaped());
    html += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(meta.join(QStringLiteral(" &middot; ")));
    if (!context.recipients.isEmpty()) {
        html += QStringLiteral("<p class=\"meta\">%1</p>\n")
                    .arg(tr("Named recipients: %1").arg(context.recipients.join(QStringLiteral(", "))).toHtmlEscaped());
    }
    for (const BriefSection& s : brief.sections) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(s.heading.toHtmlEscaped());
        html += htmlBody(s.body);
    }
    html += QStringLiteral("<hr>\n<p class=\"meta\">%1</p>\n").arg(TlpPolicy::guidance(brief.tlp).toHtmlEscaped());
    html += QStringLiteral("<p class=\"marking\">%1</p>\n</body>\n</html>\n").arg(badge);
    return html;
}

QString BriefRenderer::toMarkdown(const IntelBrief& brief, const Context& context)
{
    const QString marking = QStringLiteral("**%1**").arg(tlpMarking(brief.tlp));
    QString md;
    md += marking + QStringLiteral("\n\n");
    md += QStringLiteral("# %1\n\n").arg(brief.title);
    QStringList meta;
    if (!brief.reference.isEmpty()) {
        meta.append(brief.reference);
    }
    meta.append(tr("For: %1").arg(briefAudiences().label(brief.audience)));
    if (!context.scopeLabel.isEmpty()) {
        meta.append(tr("Release: %1").arg(context.scopeLabel));
    }
    meta.append(tr("Issued %1").arg(stamp(context.generatedAt)));
    md += QStringLiteral("_%1_\n\n").arg(meta.join(QStringLiteral(" · ")));
    if (!context.recipients.isEmpty()) {
        md += tr("Named recipients: %1").arg(context.recipients.join(QStringLiteral(", "))) + QStringLiteral("\n\n");
    }
    for (const BriefSection& s : brief.sections) {
        md += QStringLiteral("## %1\n\n%2\n\n").arg(s.heading, s.body.trimmed());
    }
    md += QStringLiteral("---\n\n%1\n\n%2\n").arg(TlpPolicy::guidance(brief.tlp), marking);
    return md;
}

} // namespace muster::core
