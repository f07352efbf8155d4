#include "IntelFixtures.h"
#include "core/AttackCatalog.h"
#include "core/Error.h"
#include "core/Observable.h"
#include "core/StixBundle.h"
#include "core/StixIntelMapper.h"
#include "core/StixPattern.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace muster;

// Mutated bundles and values (a fixed seed, so failures reproduce): whatever the input,
// the reader either accepts it or throws core::Error with a message; nothing else.
class TestStixFuzz : public QObject
{
    Q_OBJECT

private:
    static QByteArray mutate(QByteArray in, QRandomGenerator& rng)
    {
        static const QList<QByteArray> tokens{"{",           "}",       "[",        "]",      "\"",       ",",
                                              ":",           "null",    "true",     "-1e999", "\"type\"", "\"id\"",
                                              "\"objects\"", "\\u0000", "\xff\xfe", "1.5"};
        const int edits = 1 + int(rng.bounded(4));
        for (int e = 0; e < edits && !in.isEmpty(); ++e) {
            const qsizetype at = qsizetype(rng.bounded(quint32(in.size())));
            switch (rng.bounded(5)) {
            case 0:
                in[at] = char(rng.bounded(256));
                break;
            case 1:
                in.remove(at, qsizetype(rng.bounded(64)));
                break;
            case 2:
                in.insert(at, tokens.at(qsizetype(rng.bounded(quint32(tokens.size())))));
                break;
            case 3:
                in.insert(at, in.mid(qsizetype(rng.bounded(quint32(in.size()))), 40));
                break;
            case 4:
                in.truncate(at);
                break;
            }
        }
        return in;
    }

private slots:
    void mutatedBundles_acceptedOrRefusedWithMessage()
    {
        QList<QByteArray> seeds{
            test::readFile(test::sourcePath(QStringLiteral("tests/data/stix/tlp-and-unknown-types.json")))};
        for (const char* name : {"apt1.json", "poisonivy.json", "indicators-for-C2-with-COA.json"}) {
            const QByteArray bytes = test::readFile(test::stixSamplePath(QString::fromLatin1(name)));
            if (!bytes.isEmpty()) {
                seeds.append(bytes);
            }
        }
        QRandomGenerator rng(20261129u);
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < 3000; ++i) {
            const QByteArray input = mutate(seeds.at(i % seeds.size()), rng);
            try {
                const auto bundle = core::StixBundle::parse(input, QStringLiteral("fuzz.json"));
                core::StixIntelMapper::plan(bundle, {});
                for (const auto& o : bundle.objects()) {
                    core::StixIntelMapper::markingOf(o, &bundle);
                }
                ++accepted;
            } catch (const core::Error& e) {
                QVERIFY(e.message().startsWith(QLatin1String("fuzz.json: ")));
                ++refused;
            }
        }
        QCOMPARE(accepted + refused, 3000);
        QVERIFY(refused > 1000); // the mutations do break bundles
        QVERIFY(accepted > 10);  // and some survive (string contents, whitespace)
    }

    void mutatedAttackBundle_catalogOrError()
    {
        MUSTER_REQUIRE_SHARED(test::attackBundlePath());
        // A smaller bundle of the same shape: the tactics, some techniques and groups and
        // the relationships between them.
        const QJsonObject full = QJsonDocument::fromJson(test::readFile(test::attackBundlePath())).object();
        QJsonArray objects;
        QSet<QString> kept;
        int techniques = 0;
        int groups = 0;
        const QJsonArray all = full.value(QLatin1String("objects")).toArray();
        for (const auto& v : all) {
            const QJsonObject o = v.toObject();
            const QString type = o.value(QLatin1String("type")).toString();
            if (type.startsWith(QLatin1String("x-mitre")) ||
                (type == QLatin1String("attack-pattern") && techniques++ < 120) ||
                (type == QLatin1String("intrusion-set") && groups++ < 15)) {
                objects.append(o);
                kept.insert(o.value(QLatin1String("id")).toString());
            }
        }
        for (const auto& v : all) {
            const QJsonObject o = v.toObject();
            if (kept.contains(o.value(QLatin1String("source_ref")).toString()) &&
                kept.contains(o.value(QLatin1String("target_ref")).toString())) {
                objects.append(o);
            }
        }
        QJsonObject small = full;
        small.insert(QStringLiteral("objects"), objects);
        const QByteArray base = QJsonDocument(small).toJson(QJsonDocument::Indented);
        QVERIFY(!core::AttackCatalog::fromStix(core::StixBundle::parse(base, QStringLiteral("a"))).isEmpty());
        QRandomGenerator rng(7u);
        for (int i = 0; i < 60; ++i) {
            try {
                core::AttackCatalog::fromStix(core::StixBundle::parse(mutate(base, rng), QStringLiteral("a")));
            } catch (const core::Error&) {
            }
        }
    }

    void randomValues_neverCrashObservablesOrPatterns()
    {
        QRandomGenerator rng(99u);
        const QString alphabet = QStringLiteral("0123456789abcdef.:/[]@-_ xXhtp%'\\=ORAND");
        for (int i = 0; i < 20000; ++i) {
            QString s;
            const int n = int(rng.bounded(60));
            for (int c = 0; c < n; ++c) {
                s.append(alphabet.at(qsizetype(rng.bounded(quint32(alphabet.size())))));
            }
            for (auto kind : core::observableKinds().values()) {
                if (auto o = core::Observable::tryParse(kind, s, true)) {
                    // A normalised value parses to itself.
                    QCOMPARE(core::Observable::tryParse(kind, o->value, true)->value, o->value);
                }
            }
            core::StixPattern::observables(QStringLiteral("[ipv4-addr:value = '%1']").arg(s));
            core::StixPattern::comparisons(s);
        }
    }
};

QTEST_GUILESS_MAIN(TestStixFuzz)
#include "tst_stixfuzz.moc"
