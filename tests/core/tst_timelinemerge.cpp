#include "core/TimelineChain.h"
#include "core/TimelineMerge.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace muster::core;

namespace {

const qint64 kT0 = 1'780'000'000'000;

TimelineEntry entry(const QString& id, int seq, const QString& kind, const QJsonObject& data, qint64 at,
                    const QString& prev)
{
    TimelineEntry e;
    e.id = id;
    e.incidentId = QStringLiteral("incident-1");
    e.seq = seq;
    e.occurredAt = at;
    e.recordedAt = at;
    e.actorName = QStringLiteral("Analyst");
    e.kind = kind;
    e.text = kind;
    e.data = QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
    TimelineChain::seal(e, prev);
    return e;
}

TimelineEntry transition(const QString& id, int seq, const QString& from, const QString& to, qint64 at,
                         const QString& prev)
{
    return entry(id, seq, QString(TimelineKind::Transition),
                 QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}}, at, prev);
}

TimelineEntry created(qint64 at)
{
    return entry(QStringLiteral("created"), 1, QString(TimelineKind::Created),
                 QJsonObject{{QStringLiteral("status"), QStringLiteral("new")},
                             {QStringLiteral("tier"), 1},
                             {QStringLiteral("detected_at"), double(at)}},
                 at, TimelineChain::genesisHash());
}

} // namespace

class TestTimelineMerge : public QObject
{
    Q_OBJECT

private slots:
    void foldOrder_putsServerOrderFirst_thenLocalSeq()
    {
        const auto c = created(kT0);
        const auto a = transition(QStringLiteral("a"), 2, QStringLiteral("new"), QStringLiteral("acknowledged"),
                                  kT0 + 60'000, c.hash);
        const auto b = entry(QStringLiteral("b"), 3, QString(TimelineKind::Note), {}, kT0 + 10'000, c.hash);
        const auto l = entry(QStringLiteral("l"), 4, QString(TimelineKind::Note), {}, kT0 + 1'000, b.hash);
        const QHash<QString, qint64> server{
            {QStringLiteral("created"), 10}, {QStringLiteral("b"), 11}, {QStringLiteral("a"), 12}};
        const auto ordered = TimelineMerge::foldOrder({c, a, b, l}, server);
        QStringList ids;
        for (const auto& e : ordered) {
            ids << e.id;
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("created"), QStringLiteral("b"), QStringLiteral("a"),
                                   QStringLiteral("l")}));
    }

    void statusRace_losingTransitionStaysButHasNoEffect()
    {
        // Desktop A: acknowledged, investigating, contained. Desktop B, offline, from New:
        // false positive. The server took A's changes first, so B's is refused there.
        const auto c = created(kT0);
        const auto a1 = transition(QStringLiteral("a1"), 2, QStringLiteral("new"), QStringLiteral("acknowledged"),
                                   kT0 + 5 * 60'000, c.hash);
        const auto a2 = transition(QStringLiteral("a2"), 3, QStringLiteral("acknowledged"),
                                   QStringLiteral("investigating"), kT0 + 10 * 60'000, a1.hash);
        const auto a3 = transition(QStringLiteral("a3"), 4, QStringLiteral("investigating"),
                                   QStringLiteral("contained"), kT0 + 60 * 60'000, a2.hash);
        const auto b1 = transition(QStringLiteral("b1"), 5, QStringLiteral("new"), QStringLiteral("false_positive"),
                                   kT0 + 2 * 60'000, c.hash);
        const QHash<QString, qint64> server{{QStringLiteral("created"), 1},
                                            {QStringLiteral("a1"), 2},
                                            {QStringLiteral("a2"), 3},
                                            {QStringLiteral("a3"), 4},
                                            {QStringLiteral("b1"), 5}};
        QStringList ineffective;
        const auto facts = TimelineMerge::fold(TimelineMerge::foldOrder({c, a1, a2, a3, b1}, server), &ineffective);
        QCOMPARE(facts.status, Status::Contained);
        QCOMPARE(facts.acknowledgedAt, std::optional<qint64>(kT0 + 5 * 60'000));
        QCOMPARE(facts.containedAt, std::optional<qint64>(kT0 + 60 * 60'000));
        QCOMPARE(ineffective, QStringList{QStringLiteral("b1")});
        // The merged chain still verifies: b1 follows an earlier entry.
        QVERIFY(TimelineChain::verify({c, a1, a2, a3, b1}, b1.hash).ok);

        // Had B's reached the server first, A's would have lost instead.
        const QHash<QString, qint64> other{{QStringLiteral("created"), 1},
                                           {QStringLiteral("b1"), 2},
                                           {QStringLiteral("a1"), 3},
                                           {QStringLiteral("a2"), 4},
                                           {QStringLiteral("a3"), 5}};
        ineffective.clear();
        const auto otherFacts = TimelineMerge::fold(TimelineMerge::foldOrder({c, a1, a2, a3, b1}, other), &ineffective);
        QCOMPARE(otherFacts.status, Status::FalsePositive);
        QVERIFY(!otherFacts.acknowledgedAt);
        QCOMPARE(ineffective.size(), 3);
    }

    void secondAcknowledgement_keepsTheFirstTimestamp()
    {
        const auto c = created(kT0);
        const auto a = transition(QStringLiteral("a"), 2, QStringLiteral("new"), QStringLiteral("acknowledged"),
                                  kT0 + 60'000, c.hash);
        const auto b = transition(QStringLiteral("b"), 3, QStringLiteral("new"), QStringLiteral("acknowledged"),
                                  kT0 + 30'000, c.hash);
        const QHash<QString, qint64> server{
            {QStringLiteral("created"), 1}, {QStringLiteral("a"), 2}, {QStringLiteral("b"), 3}};
        const auto facts = TimelineMerge::fold(TimelineMerge::foldOrder({c, a, b}, server));
        QCOMPARE(facts.acknowledgedAt, std::optional<qint64>(kT0 + 60'000));
    }
};

QTEST_GUILESS_MAIN(TestTimelineMerge)
#include "tst_timelinemerge.moc"
