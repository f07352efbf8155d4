#pragma once

#include "core/EnumTable.h"
#include "core/Tlp.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace muster::core {

// Who a brief is written for; each audience has its own template.
enum class BriefAudience
{
    Soc,             // tactical: indicators, techniques, what to detect and hunt
    SecurityTeams,   // operational: actors, malware, techniques, what to harden
    Leadership,      // strategic: the bottom line, the risk, the decisions
    BusinessLeaders, // plain language: what it means for the business
};

const EnumTable<BriefAudience>& briefAudiences();

struct BriefSection
{
    QString heading;
    QString body; // plain text; paragraphs separated by blank lines, "- " starts a bullet
};

// An intel brief: the document model, kept apart from how it is rendered (HTML,
// Markdown here; PDF through the reports machinery).
struct IntelBrief
{
    QString id;
    QString reference; // BRIEF-2026-0007
    QString title;
    BriefAudience audience = BriefAudience::Soc;
    Tlp tlp = Tlp::Amber;
    QList<BriefSection> sections;
    QStringList itemIds;      // the intel items it draws on
    QStringList recipientIds; // named recipients (people), required for TLP:RED
    QString authorName;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

} // namespace muster::core
