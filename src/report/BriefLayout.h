#pragma once

#include "core/BriefRenderer.h"
#include "core/IntelBrief.h"
#include "report/ReportDocument.h"
#include "storage/OrganisationProfile.h"

#include <QCoreApplication>

namespace muster::report {

// An intel brief as a printed document: the brief's own layout (core::BriefRenderer)
// with its TLP marking at the top and bottom of every page, right-aligned in FIRST's
// colours, as TLP 2.0 asks. The PDF exit of DisseminationService::release() renders
// with pdf().
class BriefLayout
{
    Q_DECLARE_TR_FUNCTIONS(muster::report::BriefLayout)

public:
    static ReportDocument document(const core::IntelBrief& brief, const core::BriefRenderer::Context& context,
                                   const storage::OrganisationProfile& organisation);
    static QByteArray pdf(const core::IntelBrief& brief, const core::BriefRenderer::Context& context,
                          const storage::OrganisationProfile& organisation);
};

} // namespace muster::report
