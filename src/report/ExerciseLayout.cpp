#include "report/ExerciseLayout.h"

#include "core/AarRenderer.h"
#include "report/ReportText.h"

namespace muster::report {

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
    doc.bodyHtml = core::AarRenderer::html(report);
    doc.standaloneHtml = doc.bodyHtml;
    doc.markdown = core::AarRenderer::markdown(report);
    return doc;
}

} // namespace muster::report
