#include "report/BriefLayout.h"

#include "core/Tlp.h"
#include "report/ReportExport.h"
#include "report/ReportText.h"

#include <QRegularExpression>

namespace muster::report {

ReportDocument BriefLayout::document(const core::IntelBrief& brief, const core::BriefRenderer::Context& context,
                                     const storage::OrganisationProfile& organisation)
{
    ReportDocument doc;
    const core::TlpColors colours = core::tlpColors(brief.tlp);
    doc.letterhead.organisation = organisation.name;
    doc.letterhead.logo = organisation.logo;
    doc.letterhead.title = tr("Intelligence brief %1").arg(brief.reference);
    doc.letterhead.subtitle = brief.title;
    doc.letterhead.marking = core::tlpMarking(brief.tlp);
    doc.letterhead.markingForeground = QColor(QLatin1String(colours.foreground));
    doc.letterhead.markingBackground = QColor(QLatin1String(colours.background));
    doc.letterhead.markingAlignment = Qt::AlignRight;
    doc.letterhead.footer = ReportText().generated(context.generatedAt, QString());
    doc.documentTitle = QStringLiteral("%1 %2").arg(core::tlpMarking(brief.tlp), brief.title);
    doc.standaloneHtml = core::BriefRenderer::toHtml(brief, context);
    // The page carries the marking in its header and footer; the browser's fixed
    // header and footer elements would only repeat it in the text.
    static const QRegularExpression fixed(QStringLiteral("<(header|footer) class=\"marking\">.*</\\1>\\n"));
    doc.bodyHtml = doc.standaloneHtml;
    doc.bodyHtml.remove(fixed);
    doc.markdown = core::BriefRenderer::toMarkdown(brief, context);
    return doc;
}

QByteArray BriefLayout::pdf(const core::IntelBrief& brief, const core::BriefRenderer::Context& context,
                            const storage::OrganisationProfile& organisation)
{
    return ReportExport::pdf(document(brief, context, organisation));
}

} // namespace muster::report
