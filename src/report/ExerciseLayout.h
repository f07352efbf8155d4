#pragma once

#include "core/AfterActionReport.h"
#include "report/ReportDocument.h"
#include "storage/OrganisationProfile.h"

#include <QCoreApplication>

namespace muster::report {

// The after-action report with improvement plan of an exercise: the exercises
// feature's own layout (core::AarRenderer: HTML, Markdown) printed with the letterhead.
class ExerciseLayout
{
    Q_DECLARE_TR_FUNCTIONS(muster::report::ExerciseLayout)

public:
    static ReportDocument document(const core::AfterActionReport& report,
                                   const storage::OrganisationProfile& organisation, qint64 generatedAt,
                                   const QString& generatedBy);
};

} // namespace muster::report
