#include "app/ctl/Command.h"
#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/DemoDataWriter.h"
#include "storage/IncidentRepository.h"
#include "storage/IntelDemoWriter.h"
#include "storage/WorkflowDemoWriter.h"

#include <QElapsedTimer>

namespace muster::ctl {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("muster::ctl::DemoCommands", text);
}

int generateInto(Context& ctx, int defaultCount, bool requireCount, bool workflows)
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
    if (storage::IncidentRepository(*db).count() > 0) {
        ctx.err << tr("%1 already holds incidents; generate into a new file.\n").arg(db->path());
        return BadInput;
    }
    QElapsedTimer timer;
    timer.start();
    int lastPercent = -1;
    const auto result = storage::DemoDataWriter::write(
        *db, count, seed, core::SystemClock::instance().nowMs(), [&](int done, int total) {
            const int percent = total > 0 ? done * 100 / total : 100;
            if (count >= 10'000 && percent / 10 != lastPercent / 10) {
                ctx.err << tr("%1% (%2 of %3 incidents)\n").arg(percent).arg(done).arg(total);
                ctx.err.flush();
            }
            lastPercent = percent;
            return true;
        });
    if (!requireCount) {
        const auto intel = storage::IntelDemoWriter::write(*db, core::SystemClock::instance().nowMs());
        ctx.out << tr("Added demo intel: %1 items, %2 hunts, %3 detections, %4 sightings.\n")
                       .arg(intel.items)
                       .arg(intel.hunts)
                       .arg(intel.detections)
                       .arg(intel.sightings);
    }
    ctx.out << tr("Wrote %1 people, %2 assets, %3 incidents and %4 timeline entries to %5 in %6 s.\n")
                   .arg(result.people)
                   .arg(result.assets)
                   .arg(result.incidents)
                   .arg(result.timelineEntries)
                   .arg(db->path())
                   .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
    if (workflows && result.people > 0) {
        storage::WorkflowDemoWriter::write(*db, core::SystemClock::instance().nowMs());
        ctx.out << tr("Added 3 live incidents with roles, tasks, communications and regulatory clocks.\n");
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
