#pragma once

#include "core/IncidentEnums.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace muster::core {

struct Incident
{
    QString id;
    QString reference; // INC-2026-0042
    QString title;
    QString summary;
    Category category = Category::Other;
    Severity severity = Severity::Sev3;
    Status status = Status::New;
    Tier tier = Tier::Tier1;
    int priority = 3; // P1..P4, computed by IncidentRules::priority
    DetectionSource detectionSource = DetectionSource::Tool;
    QString detectionDetail; // tool or alert name
    QStringList attackIds;
    QString commanderId;
    QStringList assigneeIds;
    bool exercise = false;
    bool confidential = false;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    // Derived from the timeline (IncidentFacts); never edited directly.
    qint64 detectedAt = 0;
    std::optional<qint64> acknowledgedAt;
    std::optional<qint64> containedAt;
    std::optional<qint64> remediatedAt;
    std::optional<qint64> closedAt;
    QString timelineHead; // hash of the newest timeline entry
};

// "INC-2026-0042"
QString formatIncidentReference(int year, int number);

} // namespace muster::core
