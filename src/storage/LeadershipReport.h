#pragma once

#include "core/Deadline.h"
#include "core/Exercise.h"
#include "core/IncidentEnums.h"
#include "storage/MetricsDashboard.h"

#include <QDate>
#include <QList>
#include <QMap>

#include <optional>

namespace muster::storage {

// What leadership reads about the SOC for one period, as data. Every figure about
// incidents comes from MetricsService (the dashboard's and `musterctl metrics`' code
// path), so the report, the dashboard and the command line agree to the minute.
// ReportService::leadership fills it; the reports library lays it out.
struct LeadershipReport
{
    struct OpenIncident
    {
        QString reference;
        QString title;
        core::Severity severity = core::Severity::Sev1;
        core::Status status = core::Status::New;
        QString owner; // the incident commander; empty when none is named
        qint64 detectedAt = 0;
    };
    struct DeadlineRow
    {
        core::Deadline deadline;
        QString rule; // "GDPR Art. 33 — Notify the supervisory authority"
    };
    struct DeadlineCounts
    {
        int met = 0;
        int missed = 0;
        int waived = 0;
        int pending = 0; // not due yet at the time of the report
        int overdue = 0; // due and neither met nor waived
        int total() const { return met + missed + waived + pending + overdue; }
    };
    struct ExerciseRow
    {
        QString reference;
        QString title;
        QString scenario;
        qint64 date = 0;
        QString status;
        QMap<core::Rating, int> ratings; // expected actions by rating
        std::optional<core::Rating> weakest;
        std::optional<double> shareMet; // rated P or S
        std::optional<double> meanDecisionMinutes;
        int improvementsRaised = 0;
    };

    QString organisation;
    qint64 generatedAt = 0;
    QString generatedBy;
    QDate firstDay; // the period, both days included, in the query's time zone
    QDate lastDay;
    QDate previousFirstDay;
    QDate previousLastDay;

    // Exactly what the dashboard shows for the period (current, previous, by severity,
    // trend, open incidents), plus the previous period by severity.
    MetricsDashboard metrics;
    MetricsReport previousBySeverity;

    // SEV1 and SEV2 incidents still being worked on, whenever detected, that the reader
    // may see; the confidential ones they may not see are only counted.
    QList<OpenIncident> openHighSeverity;
    int openHighSeverityNotListed = 0;

    DeadlineCounts deadlineCounts; // every deadline of a real incident due in the period
    QList<DeadlineRow> deadlines;  // those the reader may see
    int deadlinesNotListed = 0;

    QList<ExerciseRow> exercises;                  // started in the period
    QList<core::ImprovementItem> openImprovements; // open or in progress, whenever raised
};

} // namespace muster::storage
