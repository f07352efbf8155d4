#include "report/ExerciseLayout.h"

#include "core/AarRenderer.h"
#include "report/ReportText.h"

#include <QRegularExpression>

namespace muster::report {

namespace {

// The AAR's HTML is written for browsers (CSS widths and borders); QTextDocument takes
// table widths, padding and borders only as attributes, so the printed copy gets them.
QString forPrint(QString html)
{
    // The browser style sheet (page width, line height) gives way to the print one.
    static const QRegularExpression style(QStringLiteral("<style>.*</style>"),
                                          QRegularExpression::DotMatchesEverythingOption);
    html.remove(style);
    html.replace(QStringLiteral("<table>"),
                 QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0.6\" "
                                "style=\"border-collapse: collapse; border-style: solid; border-color: #8c8c8c; "
                                "margin-bottom: 8pt; font-size: 8.5pt;\">"));
    html.replace(QStringLiteral("<table class=\"meta\">"),
                 QStringLiteral("<table class=\"meta\" cellspacing=\"0\" cellpadding=\"2\" border=\"0\">"));
    return html;
}

} // namespace

ReportDocument ExerciseLayout::document(const core::AfterActionReport& report,
                                        const storage::OrganisationProfile& organisation, qint64 generatedAt,
                                        const QString& generatedBy)
{
    ReportDocument doc;
    doc.letterhead.organisation = organisation.name;
    doc.letterhead.logo = organisation.logo;
    doc.letterhead.title = tr("After-action report %1").arg(report.reference);
    doc.letterhead.subtitle = report.title;
    doc.letterhead.footer = ReportText().generated(generatedAt, generatedBy);
    doc.documentTitle = tr("After-action report %1 — %2").arg(report.reference, report.title);
    doc.standaloneHtml = core::AarRenderer::html(report);
    // The letterhead names the organisation on every printed page.
    core::AfterActionReport printed = report;
    printed.organisation.clear();
    doc.bodyHtml = forPrint(core::AarRenderer::html(printed));
    doc.markdown = core::AarRenderer::markdown(report);
    return doc;
}

} // namespace muster::report
