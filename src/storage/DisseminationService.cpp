#include "storage/DisseminationService.h"

#include "core/AttackCatalog.h"
#include "core/BriefTemplates.h"
#include "core/Error.h"
#include "core/Ids.h"
#include "core/StixBundle.h"
#include "core/StixIntelMapper.h"
#include "storage/AttackCatalogRepository.h"
#include "storage/BriefRepository.h"
#include "storage/Database.h"
#include "storage/IntelRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

namespace muster::storage {

using core::Error;
using core::IntelBrief;
using core::TlpPolicy;

namespace {
const QStringList kBriefTables{QStringLiteral("intel_briefs")};
const QStringList kLogTables{QStringLiteral("intel_distributions")};
} // namespace

DisseminationService::DisseminationService(Database& db, const core::Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

IntelBrief DisseminationService::get(const QString& idOrReference) const
{
    auto brief = BriefRepository(m_db).find(idOrReference);
    if (!brief) {
        throw Error(Error::Kind::NotFound, tr("No brief %1.").arg(idOrReference));
    }
    return *brief;
}

QList<IntelBrief> DisseminationService::all() const
{
    return BriefRepository(m_db).all();
}

IntelBrief DisseminationService::draft(core::BriefAudience audience, const QString& title, const QStringList& itemIds,
                                       const core::Actor& actor)
{
    const auto items = IntelRepository(m_db).byIds(itemIds);
    if (items.size() != itemIds.size()) {
        throw Error(Error::Kind::BadInput, tr("Intel: some of the chosen items no longer exist."));
    }
    IntelBrief brief =
        core::BriefTemplates::draft(audience, title, items, AttackCatalogRepository(m_db).active(), m_clock.nowMs());
    return save(brief, actor);
}

IntelBrief DisseminationService::save(IntelBrief brief, const core::Actor& actor)
{
    brief.title = brief.title.trimmed();
    if (brief.title.isEmpty()) {
        throw Error(Error::Kind::BadInput, tr("Title: give the brief a title."));
    }
    const auto items = IntelRepository(m_db).byIds(brief.itemIds);
    QList<core::Tlp> markings;
    for (const auto& i : items) {
        markings.append(i.tlp);
    }
    TlpPolicy::checkMarkingCovers(brief.tlp, markings, tr("This brief"));
    recipientNames(brief.recipientIds); // checks they exist
    const qint64 now = m_clock.nowMs();
    WriteTransaction tx(m_db.connection());
    BriefRepository repo(m_db);
    brief.updatedAt = now;
    if (brief.id.isEmpty() || !repo.find(brief.id)) {
        if (brief.id.isEmpty()) {
            brief.id = core::newId();
        }
        brief.createdAt = now;
        brief.authorName = actor.name;
        const int year = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date().year();
        brief.reference = QStringLiteral("BRIEF-%1-%2").arg(year).arg(repo.nextNumber(year), 4, 10, QLatin1Char('0'));
        repo.insert(brief);
    } else {
        repo.update(brief);
    }
    tx.commit();
    m_db.notifyChanged(kBriefTables);
    return brief;
}

void DisseminationService::remove(const QString& briefId)
{
    WriteTransaction tx(m_db.connection());
    BriefRepository(m_db).remove(get(briefId).id);
    tx.commit();
    m_db.notifyChanged(kBriefTables);
}

QStringList DisseminationService::recipientNames(const QStringList& personIds) const
{
    PeopleRepository people(m_db);
    QStringList names;
    for (const QString& id : personIds) {
        const auto p = people.find(id);
        if (!p) {
            throw Error(Error::Kind::BadInput, tr("Recipients: no person %1 in the directory.").arg(id));
        }
        names.append(p->name);
    }
    return names;
}

void DisseminationService::writeAndLog(const QByteArray& content, const QString& destination,
                                       const std::function<void()>& log)
{
    QSaveFile file(destination);
    if (!destination.isEmpty()) {
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
            throw Error(
                Error::Kind::Io,
                tr("%1: cannot write the file (%2).").arg(QDir::toNativeSeparators(destination), file.errorString()));
        }
    }
    WriteTransaction tx(m_db.connection());
    log();
    if (!destination.isEmpty() && !file.commit()) {
        throw Error(
            Error::Kind::Io,
            tr("%1: cannot write the file (%2).").arg(QDir::toNativeSeparators(destination), file.errorString()));
    }
    tx.commit();
    m_db.notifyChanged(kLogTables);
}

QByteArray DisseminationService::release(const QString& briefId, const QString& channel, const Release& release,
                                         const core::Actor& actor, const Renderer& render)
{
    const IntelBrief brief = get(briefId);
    const QString what = tr("Brief %1").arg(brief.reference);
    TlpPolicy::checkRelease(brief.tlp, release.scope, int(release.recipientIds.size()), what);
    TlpPolicy::checkRecipients(brief.tlp, brief.recipientIds, release.recipientIds, what);
    const QStringList names = recipientNames(release.recipientIds);
    const qint64 now = m_clock.nowMs();
    core::BriefRenderer::Context context;
    context.recipients = names;
    context.scopeLabel = core::shareScopes().label(release.scope);
    context.generatedAt = now;
    const QByteArray content = render(brief, context);
    writeAndLog(content, release.destination, [&] {
        BriefRepository::Distribution d;
        d.briefId = brief.id;
        d.what = QStringLiteral("%1 %2").arg(brief.reference, brief.title);
        d.channel = channel;
        d.scope = core::shareScopes().key(release.scope);
        d.tlp = core::tlpLevels().key(brief.tlp);
        d.recipients = names.join(QStringLiteral(", "));
        d.destination = QDir::toNativeSeparators(release.destination);
        d.itemCount = int(brief.itemIds.size());
        d.actorName = actor.name;
        d.at = now;
        BriefRepository(m_db).logDistribution(d, release.recipientIds, actor.personId);
    });
    return content;
}

QByteArray DisseminationService::exportBrief(const QString& briefId, Format format, const Release& r,
                                             const core::Actor& actor)
{
    if (format == Format::Html) {
        return release(briefId, QStringLiteral("html"), r, actor, [](const IntelBrief& b, const auto& ctx) {
            return core::BriefRenderer::toHtml(b, ctx).toUtf8();
        });
    }
    return release(briefId, QStringLiteral("markdown"), r, actor, [](const IntelBrief& b, const auto& ctx) {
        return core::BriefRenderer::toMarkdown(b, ctx).toUtf8();
    });
}

QByteArray DisseminationService::send(const QString& briefId, const QStringList& recipientIds, const core::Actor& actor)
{
    Release r;
    r.scope = core::ShareScope::NamedRecipients;
    r.recipientIds = recipientIds;
    return release(briefId, QStringLiteral("recipients"), r, actor,
                   [](const IntelBrief& b, const auto& ctx) { return core::BriefRenderer::toHtml(b, ctx).toUtf8(); });
}

DisseminationService::StixShare DisseminationService::shareStix(const QStringList& itemIds, const QString& briefId,
                                                                const Release& release, const core::Actor& actor)
{
    const qint64 now = m_clock.nowMs();
    IntelRepository repo(m_db);
    std::optional<IntelBrief> brief;
    QStringList ids = itemIds;
    if (!briefId.isEmpty()) {
        brief = get(briefId);
        for (const QString& id : brief->itemIds) {
            if (!ids.contains(id)) {
                ids.append(id);
            }
        }
    }
    const QStringList names = recipientNames(release.recipientIds);
    if (release.scope == core::ShareScope::NamedRecipients && release.recipientIds.isEmpty()) {
        throw Error(Error::Kind::Refused, tr("A share with named recipients needs at least one recipient."));
    }
    StixShare share;
    QList<QJsonObject> objects;
    QSet<core::Tlp> markings;
    QSet<QString> included;
    QStringList refs;
    const auto mayGo = [&](const core::IntelItem& item) {
        if (!TlpPolicy::allows(item.tlp, release.scope)) {
            return false;
        }
        // TLP:RED intel travels only inside a brief, to the people the brief names.
        return item.tlp != core::Tlp::Red || (brief && TlpPolicy::namesAll(brief->recipientIds, release.recipientIds));
    };
    for (const core::IntelItem& item : repo.byIds(ids)) {
        if (!mayGo(item)) {
            ++share.withheld;
            continue;
        }
        const QJsonObject o = core::StixIntelMapper::toStix(item, now);
        objects.append(o);
        included.insert(o.value(QLatin1String("id")).toString());
        refs.append(o.value(QLatin1String("id")).toString());
        markings.insert(item.tlp);
        ++share.shared;
    }
    share.withheld += int(ids.size()) - share.shared - share.withheld;
    // Relationships whose both ends go.
    QSet<QString> seen;
    for (const QString& stixId : refs) {
        for (const auto& r : repo.relationshipsOf(stixId)) {
            if (!seen.contains(r.stixId) && included.contains(r.sourceRef) && included.contains(r.targetRef)) {
                seen.insert(r.stixId);
                QJsonObject o = QJsonDocument::fromJson(r.stix.toUtf8()).object();
                // A relationship is marked like the stricter of its ends.
                core::Tlp tlp = core::Tlp::Clear;
                for (const auto& obj : objects) {
                    const QString id = obj.value(QLatin1String("id")).toString();
                    if (id == r.sourceRef || id == r.targetRef) {
                        tlp = core::stricterTlp(tlp, core::StixIntelMapper::markingOf(obj).value_or(core::Tlp::Red));
                    }
                }
                o.insert(QStringLiteral("object_marking_refs"), QJsonArray{core::tlpStixMarkingId(tlp)});
                o.insert(QStringLiteral("spec_version"), QStringLiteral("2.1"));
                objects.append(o);
            }
        }
    }
    if (brief && TlpPolicy::allows(brief->tlp, release.scope) && !refs.isEmpty() &&
        (brief->tlp != core::Tlp::Red || TlpPolicy::namesAll(brief->recipientIds, release.recipientIds))) {
        QString text;
        for (const auto& s : brief->sections) {
            text += s.heading + QStringLiteral("\n") + s.body + QStringLiteral("\n\n");
        }
        objects.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("report")},
            {QStringLiteral("spec_version"), QStringLiteral("2.1")},
            {QStringLiteral("id"), QString(QStringLiteral("report--") + brief->id)},
            {QStringLiteral("created"), core::StixBundle::formatTimestamp(brief->createdAt)},
            {QStringLiteral("modified"), core::StixBundle::formatTimestamp(brief->updatedAt)},
            {QStringLiteral("name"), brief->title},
            {QStringLiteral("description"), text.trimmed()},
            {QStringLiteral("published"), core::StixBundle::formatTimestamp(now)},
            {QStringLiteral("report_types"), QJsonArray{QStringLiteral("threat-report")}},
            {QStringLiteral("object_refs"), QJsonArray::fromStringList(refs)},
            {QStringLiteral("object_marking_refs"), QJsonArray{core::tlpStixMarkingId(brief->tlp)}},
        });
        markings.insert(brief->tlp);
    }
    if (share.shared == 0) {
        throw Error(
            Error::Kind::Refused,
            tr("Nothing may be shared with \"%1\": the markings of all %n item(s) forbid it.", nullptr, int(ids.size()))
                .arg(core::shareScopes().label(release.scope)));
    }
    for (core::Tlp t : core::tlpLevels().values()) {
        if (markings.contains(t)) {
            objects.prepend(core::tlpStixMarkingDefinition(t));
        }
    }
    share.json = QJsonDocument(core::StixBundle::makeBundle(objects)).toJson(QJsonDocument::Indented);
    writeAndLog(share.json, release.destination, [&] {
        BriefRepository::Distribution d;
        d.briefId = brief ? brief->id : QString();
        d.what = brief ? QStringLiteral("%1 %2").arg(brief->reference, brief->title)
                       : tr("%n intel item(s)", nullptr, share.shared);
        d.channel = QStringLiteral("stix");
        d.scope = core::shareScopes().key(release.scope);
        d.tlp =
            core::tlpLevels().key(core::TlpPolicy::minimumMarking(QList<core::Tlp>(markings.begin(), markings.end())));
        d.recipients = names.join(QStringLiteral(", "));
        d.destination = QDir::toNativeSeparators(release.destination);
        d.itemCount = share.shared;
        d.withheldCount = share.withheld;
        d.actorName = actor.name;
        d.at = now;
        BriefRepository(m_db).logDistribution(d, release.recipientIds, actor.personId);
    });
    return share;
}

} // namespace muster::storage
