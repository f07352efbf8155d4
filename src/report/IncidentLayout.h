#pragma once

#include "core/IncidentReport.h"
#include "report/ReportDocument.h"
#include "storage/OrganisationProfile.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace muster::report {

// Lays out the incident report, the record counsel and auditors receive: summary and
// classification, assets, roles and stakeholders, the full timeline with the result of
// verifying its hash chain and the chain's final hash, tasks by workstream (privileged
// material labelled), communications in their approved words, deadlines, lessons
// learned. A confidential incident carries its marking on every page.
class IncidentLayout
{
    Q_DECLARE_TR_FUNCTIONS(muster::report::IncidentLayout)

public:
    static ReportDocument document(const core::IncidentReport& report, const storage::OrganisationProfile& organisation,
                                   const QTimeZone& zone = QTimeZone::systemTimeZone());
};

} // namespace muster::report
