#pragma once

#include "core/BriefRenderer.h"
#include "core/Clock.h"
#include "core/IntelBrief.h"
#include "core/Timeline.h"
#include "core/TlpPolicy.h"

#include <QCoreApplication>

#include <functional>

namespace muster::storage {

class Database;

// Intel briefs and every way intelligence leaves Muster. Each exit -- sending a brief
// to people, exporting it (HTML, Markdown, and PDF through the reports machinery),
// sharing intel as a STIX bundle -- goes through release(): TlpPolicy decides whether
// the marking allows the scope and the recipients, the document is rendered with its
// marking, written, and the distribution logged (who received what, when). Nothing is
// written when a rule refuses.
class DisseminationService
{
    Q_DECLARE_TR_FUNCTIONS(muster::storage::DisseminationService)

public:
    explicit DisseminationService(Database& db, const core::Clock& clock = core::SystemClock::instance());

    // Drafts a brief from the audience's template and the intel items, and stores it.
    core::IntelBrief draft(core::BriefAudience audience, const QString& title, const QStringList& itemIds,
                           const core::Actor& actor);
    // Stores edits. The marking must cover every item the brief includes; recipients
    // must be people in the directory.
    core::IntelBrief save(core::IntelBrief brief, const core::Actor& actor);
    core::IntelBrief get(const QString& idOrReference) const;
    QList<core::IntelBrief> all() const;
    void remove(const QString& briefId);

    struct Release
    {
        core::ShareScope scope = core::ShareScope::Organisation;
        QStringList recipientIds; // people; required for NamedRecipients (and so for TLP:RED)
        QString destination;      // a file to write, or empty to only return the content
    };

    using Renderer = std::function<QByteArray(const core::IntelBrief&, const core::BriefRenderer::Context&)>;
    // The one exit for a brief. `channel` names it in the log ("html", "markdown", "pdf").
    QByteArray release(const QString& briefId, const QString& channel, const Release& release, const core::Actor& actor,
                       const Renderer& render);

    enum class Format
    {
        Html,
        Markdown,
    };
    QByteArray exportBrief(const QString& briefId, Format format, const Release& release, const core::Actor& actor);
    // Sends the brief to named people (rendered as HTML for the message) and logs each.
    QByteArray send(const QString& briefId, const QStringList& recipientIds, const core::Actor& actor);

    struct StixShare
    {
        QByteArray json;
        int shared = 0;
        int withheld = 0;
    };
    // A STIX 2.1 bundle of the items (and the brief as a report, when given) that their
    // markings allow for the scope; the rest is withheld and counted. Refused when
    // nothing may go.
    StixShare shareStix(const QStringList& itemIds, const QString& briefId, const Release& release,
                        const core::Actor& actor);

private:
    QStringList recipientNames(const QStringList& personIds) const;
    void writeAndLog(const QByteArray& content, const QString& destination, const std::function<void()>& log);

    Database& m_db;
    const core::Clock& m_clock;
};

} // namespace muster::storage
