#pragma once

#include "core/Approval.h"
#include "core/Clock.h"
#include "core/Communication.h"
#include "core/TemplateLibrary.h"
#include "core/Timeline.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QLocale>

#include <optional>

namespace muster::storage {

class Database;

// Communications of an incident: drafts from templates, versions, review, approval and
// the record of what was sent. Sending itself (webhook, .eml) happens outside, between
// checkSendable() and markSent(), which checks the gate again in its transaction and
// puts the exact text on the timeline. Throws core::Error with a message for the user.
class CommunicationService
{
    Q_DECLARE_TR_FUNCTIONS(muster::storage::CommunicationService)

public:
    explicit CommunicationService(Database& db, const core::Clock& clock = core::SystemClock::instance(),
                                  const core::TemplateLibrary& templates = core::TemplateLibrary::builtIn());

    // What the template placeholders stand for in this incident. Values Muster does not
    // know become [[fill-ins]], so that they cannot go out unnoticed.
    QHash<QString, QString> placeholderValues(const QString& incident, const QLocale& locale = QLocale()) const;

    core::Communication draftFromTemplate(const QString& incident, const QString& templateId, const core::Actor& actor,
                                          const QLocale& locale = QLocale());
    core::Communication draft(const QString& incident, core::Communication communication, const core::Actor& actor);
    core::Communication edit(const QString& communication, const QString& subject, const QString& body,
                             const QString& recipients, const core::Actor& actor);
    core::Communication submitForReview(const QString& communication, const core::Actor& actor);
    core::Communication approve(const QString& communication, core::ApprovalRole role, const core::Actor& actor);
    // Throws Error(Refused) when the communication may not be marked sent.
    core::Communication checkSendable(const QString& communication) const;
    // Records that `version` was sent via `via`; refuses when the gate does not hold or the
    // text changed since it was checked.
    core::Communication markSent(const QString& communication, int version, const QString& via,
                                 const core::Actor& actor);

    QList<core::Communication> ofIncident(const QString& incident) const;
    // By id or unique id prefix.
    core::Communication get(const QString& communication) const;
    QList<core::CommunicationVersion> versions(const QString& communication) const;
    QList<core::Approval> approvals(const QString& communication) const;
    QList<core::ApprovalRole> missingApprovals(const core::Communication& communication) const;

    struct Cadence
    {
        int intervalMinutes = 0;          // 0: no regular updates for this severity
        std::optional<qint64> lastUpdate; // the last status update sent
        std::optional<qint64> nextDue;    // empty when none is due (closed, or no cadence)
    };
    Cadence cadence(const QString& incident) const;

private:
    Database& m_db;
    const core::Clock& m_clock;
    const core::TemplateLibrary& m_templates;
};

} // namespace muster::storage
