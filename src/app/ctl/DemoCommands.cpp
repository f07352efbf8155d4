#include "app/ctl/Command.h"
#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/DemoOrganisation.h"
#include "storage/IncidentRepository.h"
#include "storage/PeopleRepository.h"

#include <QElapsedTimer>

namespace muster::ctl {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("muster::ctl::DemoCommands", text);
}

int generateInto(Context& ctx, int defaultCount, bool requireCount, bool organisation)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    const QCommandLineOption countOption(QStringLiteral("incidents"), tr("How many incidents to generate."), tr("N"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("Random seed (same seed, same data)."), tr("S"),
                                        QStringLiteral("20261129"));
    parser.addOption(countOption);
    parser.addOption(seedOption);
    ctx.parse(parser);
    if (requireCount && !parser.isSet(countOption)) {
        throw UsageError{tr("--incidents N is required")};
    }
    bool ok = true;
    const int count = parser.isSet(countOption) ? parser.value(countOption).toInt(&ok) : defaultCount;
    if (!ok || count < 0 || count > 10'000'000) {
        throw UsageError{tr("--incidents takes a number from 0 to 10000000")};
    }
    const uint seed = parser.value(seedOption).toUInt(&ok);
    if (!ok) {
        throw UsageError{tr("--seed takes a non-negative number")};
    }
    auto db = ctx.openDatabase(parser, true);
    if (!storage::IncidentRepository(*db).isEmpty()) {
        ctx.err << tr("%1 already holds incidents; generate into a new file.\n").arg(db->path());
        return BadInput;
    }
    QElapsedTimer timer;
    timer.start();
    int lastPercent = -1;
    const auto onProgress = [&](int done, int total) {
        const int percent = total > 0 ? done * 100 / total : 100;
        if (count >= 10'000 && percent / 10 != lastPercent / 10) {
            ctx.err << tr("%1% (%2 of %3 incidents)\n").arg(percent).arg(done).arg(total);
            ctx.err.flush();
        }
        lastPercent = percent;
        return true;
    };
    const qint64 now = core::SystemClock::instance().nowMs();
    storage::DemoOrganisation::Result demo;
    if (organisation) {
        demo = storage::DemoOrganisation::write(*db, count, seed, now, onProgress);
    } else {
        demo.data = storage::DemoDataWriter::write(*db, count, seed, now, onProgress);
    }
    const auto& result = demo.data;
    ctx.out << tr("Wrote %1 people, %2 assets, %3 incidents and %4 timeline entries to %5 in %6 s.\n")
                   .arg(result.people)
                   .arg(result.assets)
                   .arg(result.incidents)
                   .arg(result.timelineEntries)
                   .arg(db->path())
                   .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
    if (organisation && result.people > 0) {
        ctx.out << tr("Added %1 live incidents with roles, tasks, communications and regulatory clocks.\n")
                       .arg(demo.liveIncidents.size());
        ctx.out << tr("Added %1 alerts (%2 waiting in the tier 1 queue, %3 promoted, %4 merged, %5 dismissed).\n")
                       .arg(demo.alerts.alerts)
                       .arg(demo.alerts.untriaged)
                       .arg(demo.alerts.promoted)
                       .arg(demo.alerts.merged)
                       .arg(demo.alerts.dismissed);
        ctx.out << tr("Added demo intel: %1 items, %2 hunts, %3 detections, %4 sightings.\n")
                       .arg(demo.intel.items)
                       .arg(demo.intel.hunts)
                       .arg(demo.intel.detections)
                       .arg(demo.intel.sightings);
        ctx.out << tr("Added %1 exercises (%2 run and evaluated, %3 planned).\n")
                       .arg(demo.exercises.exercises)
                       .arg(demo.exercises.completed)
                       .arg(demo.exercises.planned);
        if (const auto person = storage::PeopleRepository(*db).find(demo.actingPersonId)) {
            ctx.out << tr("Act as %1 to see open tasks under My Tasks.\n").arg(person->name);
        }
    }
    return Ok;
}

} // namespace

QList<Command> demoCommands()
{
    return {
        {{QStringLiteral("demo")},
         QStringLiteral("demo --database FILE [--incidents N] [--seed S]"),
         tr("Load the demo organisation (about 200 incidents over 12 months and a stakeholder directory)."),
         [](Context& ctx) {
             return generateInto(ctx, 200, false, true);
         }},
        {{QStringLiteral("generate")},
         QStringLiteral("generate --incidents N --database FILE [--seed S]"),
         tr("Generate a large realistic data set (for benchmarks)."),
         [](Context& ctx) {
             return generateInto(ctx, 0, true, false);
         }},
    };
}

} // namespace muster::ctl
