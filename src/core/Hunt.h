#pragma once

#include "core/EnumTable.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace muster::core {

enum class HuntStatus
{
    Proposed,
    Active,
    Concluded,
};

enum class HuntOutcome
{
    None, // not concluded yet
    NoEvidence,
    IncidentOpened,
    DetectionCreated, // created or improved
    VisibilityGap,
};

enum class QueryLanguage
{
    Text,
    Kql,
    Spl,
    Eql,
    Sigma,
    Other,
};

const EnumTable<HuntStatus>& huntStatuses();
const EnumTable<HuntOutcome>& huntOutcomes();
const EnumTable<QueryLanguage>& queryLanguages();

struct HuntQuery
{
    QueryLanguage language = QueryLanguage::Text;
    QString text;
};

struct HuntFinding
{
    QString id;
    qint64 recordedAt = 0;
    QString authorName;
    QString text;
    QString evidence; // where the evidence is: a query result, a ticket, a file share
};

// A hypothesis-driven threat hunt (tier 3).
struct Hunt
{
    QString id;
    QString reference; // HUNT-2026-0003
    QString title;
    QString hypothesis;
    QStringList attackIds;
    QStringList intelIds; // intel items that motivated it
    QStringList dataSources;
    QList<HuntQuery> queries;
    std::optional<qint64> timeboxStart;
    std::optional<qint64> timeboxEnd;
    QString ownerId;
    HuntStatus status = HuntStatus::Proposed;
    HuntOutcome outcome = HuntOutcome::None;
    QString outcomeNote;
    QString incidentId;    // for IncidentOpened
    QString detectionName; // for DetectionCreated
    QList<HuntFinding> findings;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> startedAt;
    std::optional<qint64> concludedAt;
};

// "HUNT-2026-0003"
QString formatHuntReference(int year, int number);

} // namespace muster::core
