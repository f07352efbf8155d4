#include "core/TimelineChain.h"

#include <QCryptographicHash>
#include <QSet>

namespace muster::core {

namespace {

// Appends "<byte length>:<bytes>" of the UTF-8 of `value`.
void addField(QByteArray& buffer, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    buffer.append(QByteArray::number(utf8.size()));
    buffer.append(':');
    buffer.append(utf8);
}

} // namespace

QString TimelineChain::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString TimelineChain::versionTag()
{
    return QStringLiteral("muster-timeline-v1");
}

QStringList TimelineChain::sealedColumns()
{
    // The order of computeHash().
    return {QStringLiteral("id"),          QStringLiteral("incident_id"), QStringLiteral("occurred_at"),
            QStringLiteral("recorded_at"), QStringLiteral("actor_id"),    QStringLiteral("actor_name"),
            QStringLiteral("kind"),        QStringLiteral("text"),        QStringLiteral("data"),
            QStringLiteral("prev_hash")};
}

QString TimelineChain::computeHash(const TimelineEntry& entry)
{
    // One buffer hashed at once: much faster than many small addData() calls.
    QByteArray buffer;
    buffer.reserve(256 + entry.text.size() * 2 + entry.data.size() * 2);
    addField(buffer, versionTag());
    addField(buffer, entry.id);
    addField(buffer, entry.incidentId);
    addField(buffer, QString::number(entry.occurredAt));
    addField(buffer, QString::number(entry.recordedAt));
    addField(buffer, entry.actorId);
    addField(buffer, entry.actorName);
    addField(buffer, entry.kind);
    addField(buffer, entry.text);
    addField(buffer, entry.data);
    addField(buffer, entry.prevHash);
    return QString::fromLatin1(QCryptographicHash::hash(buffer, QCryptographicHash::Sha256).toHex());
}

void TimelineChain::seal(TimelineEntry& entry, const QString& previousHash)
{
    entry.prevHash = previousHash;
    entry.hash = computeHash(entry);
}

TimelineChain::Verification TimelineChain::verify(const QList<TimelineEntry>& entries, const QString& expectedHead)
{
    Verification v;
    v.entryCount = int(entries.size());
    QSet<QString> seen;
    seen.reserve(entries.size());
    const auto fail = [&v](const TimelineEntry& e, QString problem) {
        v.ok = false;
        v.brokenSeq = e.seq;
        v.brokenEntryId = e.id;
        v.problem = std::move(problem);
    };
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const TimelineEntry& e = entries.at(i);
        if (computeHash(e) != e.hash) {
            fail(e, tr("Entry %1 (%2) was changed after it was recorded: its content no longer matches its hash.")
                        .arg(e.seq)
                        .arg(e.id));
            return v;
        }
        const bool linked = (i == 0) ? e.prevHash == genesisHash() : seen.contains(e.prevHash);
        if (!linked) {
            fail(e, i == 0 ? tr("Entry %1 (%2) is first but does not start the chain: an earlier entry was removed.")
                                 .arg(e.seq)
                                 .arg(e.id)
                           : tr("Entry %1 (%2) follows an entry that is no longer in the timeline: an entry "
                                "was removed or reordered.")
                                 .arg(e.seq)
                                 .arg(e.id));
            return v;
        }
        seen.insert(e.hash);
        v.headHash = e.hash;
    }
    if (!expectedHead.isEmpty() && v.headHash != expectedHead) {
        v.ok = false;
        v.problem = entries.isEmpty()
                        ? tr("The timeline is empty, but the incident records entries: entries were removed.")
                        : tr("The newest entry's hash does not match the head recorded on the incident: the last "
                             "entries were removed or the head was altered.");
        if (!entries.isEmpty()) {
            v.brokenSeq = entries.last().seq;
            v.brokenEntryId = entries.last().id;
        }
    }
    return v;
}

} // namespace muster::core
