#include "app/ctl/Command.h"
#include "app/ctl/WorkflowCli.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "report/ExerciseLayout.h"
#include "report/IncidentLayout.h"
#include "report/LeadershipLayout.h"
#include "report/ReportExport.h"
#include "storage/Database.h"
#include "storage/OrganisationProfile.h"
#include "storage/ReportService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace muster::ctl {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("muster::ctl::ReportCommands", text, disambiguation, n);
}

QCommandLineOption outOption()
{
    return QCommandLineOption(QStringLiteral("out"), tr("The file to write (- for standard output)."), tr("FILE"));
}

QCommandLineOption formatOption()
{
    return QCommandLineOption(QStringLiteral("format"),
                              tr("pdf, html or md (default: from the --out suffix, else pdf)."), tr("FORMAT"));
}

QCommandLineOption zoneOption()
{
    return QCommandLineOption(QStringLiteral("time-zone"), tr("Time zone of dates and times (default: the system's)."),
                              tr("ZONE"));
}

void addCommonOptions(QCommandLineParser& parser)
{
    parser.addOption(Context::databaseOption());
    parser.addOption(workflow::actorOption());
    parser.addOption(outOption());
    parser.addOption(formatOption());
    parser.addOption(zoneOption());
}

QTimeZone zoneOf(const QCommandLineParser& parser)
{
    if (!parser.isSet(zoneOption())) {
        return QTimeZone::systemTimeZone();
    }
    const QTimeZone zone(parser.value(zoneOption()).trimmed().toUtf8());
    if (!zone.isValid()) {
        throw UsageError{
            tr("--time-zone: \"%1\" is not a time zone such as Europe/Berlin or UTC").arg(parser.value(zoneOption()))};
    }
    return zone;
}

QDate dateOf(const QCommandLineParser& parser, const QString& option)
{
    const QDate date = QDate::fromString(parser.value(option).trimmed(), Qt::ISODate);
    if (!date.isValid()) {
        throw UsageError{tr("--%1 takes a date like 2026-03-31, not \"%2\"").arg(option, parser.value(option))};
    }
    return date;
}

// Writes the document in the format asked for; returns what to tell the user.
QString write(Context& ctx, const QCommandLineParser& parser, const report::ReportDocument& document,
              const QString& what)
{
    const QString out = parser.value(outOption());
    if (out.isEmpty()) {
        throw UsageError{tr("--out FILE is required")};
    }
    QString formatText = parser.value(formatOption());
    if (formatText.isEmpty()) {
        const QString suffix = QFileInfo(out).suffix();
        formatText = report::ReportExport::formatFromText(suffix) ? suffix : QStringLiteral("pdf");
    }
    const auto format = report::ReportExport::formatFromText(formatText);
    if (!format) {
        throw UsageError{tr("--format takes pdf, html or md")};
    }
    if (out == QLatin1String("-")) {
        ctx.out.flush();
        const QByteArray data = report::ReportExport::bytes(document, *format);
        QFile stdOut;
        if (!stdOut.open(stdout, QIODevice::WriteOnly) || stdOut.write(data) != data.size()) {
            throw core::Error(core::Error::Kind::Io, tr("Cannot write to standard output."));
        }
        return {};
    }
    const int pages = report::ReportExport::save(document, *format, out);
    return pages > 0 ? tr("Wrote the %1 to %2 (pages: %3).").arg(what, QDir::toNativeSeparators(out)).arg(pages)
                     : tr("Wrote the %1 to %2.").arg(what, QDir::toNativeSeparators(out));
}

void tell(Context& ctx, const QString& message)
{
    if (!message.isEmpty()) {
        ctx.out << message << '\n';
    }
}

int leadership(Context& ctx)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("First day of the period."), tr("DATE"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("Last day of the period, included."), tr("DATE"));
    parser.addOption(fromOption);
    parser.addOption(toOption);
    ctx.parse(parser);
    if (!parser.isSet(fromOption) || !parser.isSet(toOption)) {
        throw UsageError{tr("--from DATE and --to DATE are required")};
    }
    const QDate from = dateOf(parser, QStringLiteral("from"));
    const QDate to = dateOf(parser, QStringLiteral("to"));
    if (to < from) {
        throw UsageError{
            tr("--to (%1) is before --from (%2)").arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate))};
    }
    const QTimeZone zone = zoneOf(parser);
    auto db = ctx.openDatabase(parser);
    const core::Actor reader = workflow::actor(parser, *db);
    const auto model = storage::ReportService(*db).leadership(from, to, reader, zone);
    const auto document = report::LeadershipLayout::document(model, storage::OrganisationProfile::load(*db));
    tell(ctx, write(ctx, parser, document, tr("leadership report")));
    return Ok;
}

int incident(Context& ctx)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("INCIDENT"), tr("Reference (INC-2026-0042) or id."));
    ctx.parse(parser, 1, 1);
    const QTimeZone zone = zoneOf(parser);
    auto db = ctx.openDatabase(parser);
    const core::Actor reader = workflow::actor(parser, *db);
    const auto model = storage::ReportService(*db).incident(parser.positionalArguments().first(), reader);
    const auto document = report::IncidentLayout::document(model, storage::OrganisationProfile::load(*db), zone);
    tell(ctx, write(ctx, parser, document, tr("incident report of %1").arg(model.incident.reference)));
    return Ok;
}

int exercise(Context& ctx)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("EXERCISE"), tr("Reference (EX-2026-0003) or id."));
    ctx.parse(parser, 1, 1);
    auto db = ctx.openDatabase(parser);
    const core::Actor reader = workflow::actor(parser, *db);
    const auto model = storage::ReportService(*db).exercise(parser.positionalArguments().first());
    const auto document = report::ExerciseLayout::document(model, storage::OrganisationProfile::load(*db),
                                                           core::SystemClock::instance().nowMs(), reader.name);
    tell(ctx, write(ctx, parser, document, tr("after-action report of %1").arg(model.reference)));
    return Ok;
}

} // namespace

bool needsGuiApplication(const QStringList& args)
{
    if (args.value(0) == QLatin1String("report")) {
        return true;
    }
    // An intel brief exported as PDF is laid out like a report.
    if (args.mid(0, 3) == QStringList{QStringLiteral("intel"), QStringLiteral("brief"), QStringLiteral("export")}) {
        for (qsizetype i = 3; i < args.size(); ++i) {
            if (args.at(i) == QLatin1String("--format=pdf") ||
                (args.at(i) == QLatin1String("--format") && args.value(i + 1).toLower() == QLatin1String("pdf")) ||
                (args.at(i) == QLatin1String("--out") && args.value(i + 1).toLower().endsWith(QLatin1String(".pdf")))) {
                return true;
            }
        }
    }
    return false;
}

QList<Command> reportCommands()
{
    const QString common = QStringLiteral("--database FILE --out FILE [--format pdf|html|md] [--as PERSON] "
                                          "[--time-zone ZONE]");
    return {
        {{QStringLiteral("report"), QStringLiteral("leadership")},
         QStringLiteral("report leadership --from DATE --to DATE ") + common,
         tr("The leadership report of a period: summary, incidents by severity, MTTA/MTTR with median and p90, SLA, "
            "open high-severity incidents, deadlines, exercises, open improvement items."),
         leadership},
        {{QStringLiteral("report"), QStringLiteral("incident")},
         QStringLiteral("report incident INCIDENT ") + common,
         tr("The record of an incident for legal and auditors, with its verified hash chain."),
         incident},
        {{QStringLiteral("report"), QStringLiteral("exercise")},
         QStringLiteral("report exercise EXERCISE ") + common,
         tr("The after-action report with improvement plan of an exercise."),
         exercise},
    };
}

} // namespace muster::ctl
