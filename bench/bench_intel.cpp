// Threat-intelligence figures: ATT&CK catalog import, a large STIX import in one
// transaction, observable matching against many indicators, and coverage, backlog and
// Navigator layer on the result. Prints timings; not a test.
//
//   bench_intel [MITRE_BUNDLE] [INDICATORS]
#include "core/AttackCatalog.h"
#include "core/Clock.h"
#include "core/StixBundle.h"
#include "core/StixIntelMapper.h"
#include "storage/AttackCatalogRepository.h"
#include "storage/CoverageService.h"
#include "storage/Database.h"
#include "storage/DemoDataWriter.h"
#include "storage/IntelImportService.h"
#include "storage/ObservableService.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace muster;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const QString bundlePath = args.size() > 1
                                   ? args.at(1)
                                   : QStringLiteral(MUSTER_SOURCE_DIR "/../shared/data/mitre-attack/"
                                                                      "enterprise-attack-techniques-groups.json");
    const int indicators = args.size() > 2 ? args.at(2).toInt() : 20'000;
    QTemporaryDir dir;
    auto db = storage::Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    const core::Actor actor{QString(), QStringLiteral("bench")};
    QElapsedTimer t;

    QFile file(bundlePath);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray json = file.readAll();
        t.start();
        const auto catalog = storage::AttackCatalogRepository(*db).importBundle(json, QStringLiteral("bundle"), 0);
        out << QStringLiteral("ATT&CK import (%1 MB, %2 techniques, %3 uses): %4 ms\n")
                   .arg(double(json.size()) / 1e6, 0, 'f', 1)
                   .arg(catalog.counts().techniques)
                   .arg(catalog.counts().uses)
                   .arg(t.elapsed());
        t.start();
        const auto active = storage::AttackCatalogRepository(*db).active();
        out << QStringLiteral("Load the stored catalog: %1 ms\n").arg(t.elapsed());
    } else {
        out << QStringLiteral("(no ATT&CK bundle at %1; skipped)\n").arg(bundlePath);
    }

    // Indicators: IPv4 addresses, every 50th a /24 range, domains and hashes.
    QJsonArray objects;
    for (int i = 0; i < indicators; ++i) {
        QString pattern;
        switch (i % 3) {
        case 0:
            pattern = i % 50 == 0 ? QStringLiteral("[ipv4-addr:value ISSUBSET '10.%1.%2.0/24']")
                                        .arg(i / 65536 % 256)
                                        .arg(i / 256 % 256)
                                  : QStringLiteral("[ipv4-addr:value = '10.%1.%2.%3']")
                                        .arg(i / 65536 % 256)
                                        .arg(i / 256 % 256)
                                        .arg(i % 256);
            break;
        case 1:
            pattern = QStringLiteral("[domain-name:value = 'host%1.bench.example']").arg(i);
            break;
        default:
            pattern = QStringLiteral("[file:hashes.'SHA-256' = '%1']").arg(i, 64, 16, QLatin1Char('a'));
        }
        objects.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("indicator")},
                                   {QStringLiteral("spec_version"), QStringLiteral("2.1")},
                                   {QStringLiteral("id"), core::StixBundle::newId(QStringLiteral("indicator"))},
                                   {QStringLiteral("created"), QStringLiteral("2026-01-01T00:00:00Z")},
                                   {QStringLiteral("modified"), QStringLiteral("2026-01-01T00:00:00Z")},
                                   {QStringLiteral("name"), QStringLiteral("Indicator %1").arg(i)},
                                   {QStringLiteral("pattern"), pattern},
                                   {QStringLiteral("pattern_type"), QStringLiteral("stix")},
                                   {QStringLiteral("valid_from"), QStringLiteral("2026-01-01T00:00:00Z")}});
    }
    const QByteArray bundle =
        QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("bundle")},
                                  {QStringLiteral("id"), core::StixBundle::newId(QStringLiteral("bundle"))},
                                  {QStringLiteral("objects"), objects}})
            .toJson(QJsonDocument::Compact);
    storage::DemoDataWriter::write(*db, 200, 1, core::SystemClock::instance().nowMs());
    t.start();
    const auto parsed = core::StixBundle::parse(bundle, QStringLiteral("bench.json"));
    const qint64 parseMs = t.elapsed();
    t.start();
    const auto plan = core::StixIntelMapper::plan(parsed, {});
    out << QStringLiteral("Parse %1 objects: %2 ms; map to intel items: %3 ms\n")
               .arg(parsed.objects().size())
               .arg(parseMs)
               .arg(t.elapsed());
    t.start();
    const auto report = storage::IntelImportService(*db).importBytes(bundle, QStringLiteral("bench.json"), {}, actor);
    out << QStringLiteral("STIX import of %1 indicators (%2 MB) in one transaction: %3 ms\n")
               .arg(report.added)
               .arg(double(bundle.size()) / 1e6, 0, 'f', 1)
               .arg(t.elapsed());
    t.start();
    const auto again = storage::IntelImportService(*db).importBytes(bundle, QStringLiteral("bench.json"), {}, actor);
    out << QStringLiteral("Re-import, all %1 unchanged: %2 ms\n").arg(again.unchanged).arg(t.elapsed());

    const QString incident =
        storage::Query(db->connection(), QStringLiteral("SELECT id FROM incidents LIMIT 1")).scalar().toString();
    storage::ObservableService observables(*db);
    int sightings = 0;
    t.start();
    for (int i = 0; i < 500; ++i) {
        sightings += int(observables
                             .add(incident, core::ObservableKind::Ipv4,
                                  QStringLiteral("10.0.%1.%2").arg(i / 200).arg(i % 200 + 1), {}, actor)
                             .sightings.size());
    }
    out << QStringLiteral("500 observables matched against %1 indicators (%2 sightings): %3 ms, %4 ms each\n")
               .arg(indicators)
               .arg(sightings)
               .arg(t.elapsed())
               .arg(double(t.elapsed()) / 500.0, 0, 'f', 2);

    storage::AttackCatalogRepository(*db).setTrackedGroups(
        {QStringLiteral("G0016"), QStringLiteral("G0007"), QStringLiteral("G0032"), QStringLiteral("G0046")}, 0);
    const auto catalog = storage::AttackCatalogRepository(*db).active();
    storage::CoverageService coverage(*db);
    t.start();
    const auto c = coverage.coverage();
    const auto backlog = coverage.backlog(catalog);
    const auto layer = coverage.navigatorLayer(catalog, QStringLiteral("bench"), 0);
    out << QStringLiteral("Coverage (%1 techniques), backlog (%2) and Navigator layer: %3 ms\n")
               .arg(c.techniqueIds().size())
               .arg(backlog.size())
               .arg(t.elapsed());
    return 0;
}
