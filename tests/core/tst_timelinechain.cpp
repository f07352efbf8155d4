#include "core/TimelineChain.h"

#include <QTest>

using namespace muster::core;

class TestTimelineChain : public QObject
{
    Q_OBJECT

private:
    static QList<TimelineEntry> chain(int n)
    {
        QList<TimelineEntry> out;
        QString prev = TimelineChain::genesisHash();
        for (int i = 1; i <= n; ++i) {
            TimelineEntry e;
            e.id = QStringLiteral("entry-%1").arg(i);
            e.incidentId = QStringLiteral("incident-1");
            e.seq = i;
            e.occurredAt = 1'700'000'000'000 + i * 60'000;
            e.recordedAt = e.occurredAt;
            e.actorName = QStringLiteral("Amara Okafor");
            e.kind = QStringLiteral("note");
            e.text = QStringLiteral("Note %1").arg(i);
            e.data = QStringLiteral("{}");
            TimelineChain::seal(e, prev);
            prev = e.hash;
            out.append(e);
        }
        return out;
    }

private slots:
    void intactChain_verifies()
    {
        const auto entries = chain(5);
        const auto v = TimelineChain::verify(entries, entries.last().hash);
        QVERIFY2(v.ok, qPrintable(v.problem));
        QCOMPARE(v.entryCount, 5);
        QCOMPARE(v.headHash, entries.last().hash);
    }

    void hash_isSha256Hex_andDependsOnEveryField()
    {
        auto e = chain(1).first();
        QCOMPARE(e.hash.size(), 64);
        const QString original = TimelineChain::computeHash(e);
        auto changed = e;
        changed.text += QLatin1Char('!');
        QVERIFY(TimelineChain::computeHash(changed) != original);
        changed = e;
        changed.occurredAt += 1;
        QVERIFY(TimelineChain::computeHash(changed) != original);
        changed = e;
        changed.actorName = QStringLiteral("Someone else");
        QVERIFY(TimelineChain::computeHash(changed) != original);
        changed = e;
        changed.data = QStringLiteral("{\"x\":1}");
        QVERIFY(TimelineChain::computeHash(changed) != original);
    }

    void fieldBoundaries_areUnambiguous()
    {
        auto a = chain(1).first();
        auto b = a;
        a.actorName = QStringLiteral("ab");
        a.kind = QStringLiteral("c");
        b.actorName = QStringLiteral("a");
        b.kind = QStringLiteral("bc");
        QVERIFY(TimelineChain::computeHash(a) != TimelineChain::computeHash(b));
    }

    void editedEntry_isReportedAsFirstBrokenLink()
    {
        auto entries = chain(5);
        entries[2].text = QStringLiteral("rewritten history");
        const auto v = TimelineChain::verify(entries, entries.last().hash);
        QVERIFY(!v.ok);
        QCOMPARE(v.brokenSeq, 3);
        QCOMPARE(v.brokenEntryId, QStringLiteral("entry-3"));
    }

    void removedMiddleEntry_isDetected()
    {
        auto entries = chain(5);
        entries.removeAt(1);
        const auto v = TimelineChain::verify(entries, entries.last().hash);
        QVERIFY(!v.ok);
        QCOMPARE(v.brokenSeq, 3);
    }

    void removedFirstEntry_isDetected()
    {
        auto entries = chain(3);
        entries.removeFirst();
        const auto v = TimelineChain::verify(entries, entries.last().hash);
        QVERIFY(!v.ok);
        QCOMPARE(v.brokenSeq, 2);
    }

    void removedLastEntry_isDetectedByHead()
    {
        auto entries = chain(4);
        const QString head = entries.last().hash;
        entries.removeLast();
        const auto v = TimelineChain::verify(entries, head);
        QVERIFY(!v.ok);
        QVERIFY(!v.problem.isEmpty());
    }

    void forkAfterMerge_verifies()
    {
        // Two desktops appended after the same entry offline; both survive a merge.
        auto entries = chain(2);
        TimelineEntry other;
        other.id = QStringLiteral("entry-from-b");
        other.incidentId = QStringLiteral("incident-1");
        other.seq = 3;
        other.occurredAt = entries[1].occurredAt + 5;
        other.recordedAt = other.occurredAt;
        other.actorName = QStringLiteral("Jonas Schneider");
        other.kind = QStringLiteral("note");
        other.text = QStringLiteral("from desktop B");
        other.data = QStringLiteral("{}");
        TimelineChain::seal(other, entries[0].hash);
        entries.append(other);
        const auto v = TimelineChain::verify(entries, other.hash);
        QVERIFY2(v.ok, qPrintable(v.problem));
    }
};

QTEST_GUILESS_MAIN(TestTimelineChain)
#include "tst_timelinechain.moc"
