#pragma once

#include "report/ReportDocument.h"
#include "storage/LeadershipReport.h"
#include "storage/OrganisationProfile.h"

#include <QCoreApplication>

namespace muster::report {

// Lays out the leadership report: an executive summary in plain words, incidents by
// severity against the previous period, MTTA and MTTR (mean, median, p90) and their
// trend, SLA outcomes, the open high-severity incidents and their owners, regulatory
// deadlines, exercises and the improvement items still open.
class LeadershipLayout
{
    Q_DECLARE_TR_FUNCTIONS(muster::report::LeadershipLayout)

public:
    static ReportDocument document(const storage::LeadershipReport& report,
                                   const storage::OrganisationProfile& organisation);
    // The plain-words summary, one sentence per point (also the report's first section).
    static QStringList summary(const storage::LeadershipReport& report);
};

} // namespace muster::report
