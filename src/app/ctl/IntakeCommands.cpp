#include "app/ctl/Command.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "net/IntakeServer.h"
#include "storage/AlertRepository.h"
#include "storage/AlertSourceRepository.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace muster::ctl {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("muster::ctl::IntakeCommands", text);
}

std::atomic_bool g_stop{false};

extern "C" void requestStop(int)
{
    g_stop = true;
}

qint64 now()
{
    return core::SystemClock::instance().nowMs();
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

// A JSON object given inline or as @FILE.
QJsonObject jsonArgument(const QString& option, const QString& value)
{
    QByteArray text = value.toUtf8();
    QString where = QStringLiteral("--%1").arg(option);
    if (value.startsWith(QLatin1Char('@'))) {
        QFile f(value.mid(1));
        if (!f.open(QIODevice::ReadOnly)) {
            throw core::Error(core::Error::Kind::Io,
                              tr("%1: cannot read %2: %3").arg(where, f.fileName(), f.errorString()));
        }
        text = f.readAll();
        where = f.fileName();
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        throw core::Error(
            core::Error::Kind::BadInput,
            tr("%1: expected a JSON object (%2 at byte %3).")
                .arg(where, error.error != QJsonParseError::NoError ? error.errorString() : tr("not an object"))
                .arg(error.offset));
    }
    return doc.object();
}

int serve(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    const QCommandLineOption listen(QStringLiteral("listen"), tr("ADDRESS:PORT to listen on (default 127.0.0.1:8787)."),
                                    tr("ADDR:PORT"), QStringLiteral("127.0.0.1:8787"));
    const QCommandLineOption cert(QStringLiteral("cert"), tr("TLS certificate (PEM)."), tr("FILE"));
    const QCommandLineOption key(QStringLiteral("key"), tr("TLS private key (PEM, unencrypted)."), tr("FILE"));
    const QCommandLineOption maxBody(QStringLiteral("max-body"), tr("Largest body accepted, in bytes."), tr("BYTES"),
                                     QString::number(net::IntakeConfig::defaultMaxBody));
    parser.addOptions({listen, cert, key, maxBody});
    ctx.parse(parser);
    net::IntakeConfig config;
    config.setListen(parser.value(listen));
    config.certificateFile = parser.value(cert);
    config.keyFile = parser.value(key);
    bool ok = false;
    config.maxBodyBytes = parser.value(maxBody).toLongLong(&ok);
    if (!ok || config.maxBodyBytes < 1024 || config.maxBodyBytes > 64 * 1024 * 1024) {
        throw UsageError{tr("--max-body takes a number of bytes from 1024 to 67108864")};
    }
    auto db = ctx.openDatabase(parser, true);
    net::IntakeServer server(*db);
    const quint16 port = server.start(config);
    const int sources = int(storage::AlertSourceRepository(*db).all().size());
    ctx.out << tr("Muster alert intake listening on %1://%2 (database %3, %4 sources). Stop with Ctrl+C.\n")
                   .arg(config.tls() ? QStringLiteral("https") : QStringLiteral("http"), server.config().listenText(),
                        db->path())
                   .arg(sources);
    if (sources == 0) {
        ctx.out << tr("No source has a token yet: musterctl intake token add NAME --database %1\n").arg(db->path());
    }
    ctx.out.flush();
    Q_UNUSED(port)

    g_stop = false;
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, QCoreApplication::instance(), [] {
        if (g_stop) {
            QCoreApplication::quit();
        }
    });
    poll.start(100);
    QCoreApplication::exec();
    server.stop();
    const auto& stats = server.stats();
    ctx.out << tr("Stopped after %1 requests: %2 accepted, %3 refused, %4 alert events.\n")
                   .arg(stats.requests)
                   .arg(stats.accepted)
                   .arg(stats.rejected)
                   .arg(stats.events);
    return Ok;
}

int tokenAdd(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(Context::jsonOption());
    ctx.parse(parser, 1, 1);
    auto db = ctx.openDatabase(parser, true);
    const auto issued = storage::AlertSourceRepository(*db).issueToken(parser.positionalArguments().first(), now());
    if (parser.isSet(Context::jsonOption())) {
        ctx.printJson(QJsonObject{{QStringLiteral("source"), issued.source.name},
                                  {QStringLiteral("source_id"), issued.source.id},
                                  {QStringLiteral("token_id"), issued.token.id},
                                  {QStringLiteral("token"), issued.secret}});
        return Ok;
    }
    ctx.out << tr("Token for source %1 (id %2):\n\n    %3\n\nMuster keeps only its hash: copy it now. Send it as "
                  "\"Authorization: Bearer TOKEN\", or as routing_key to /v2/enqueue.\n")
                   .arg(issued.source.name, issued.token.id, issued.secret);
    return Ok;
}

int tokenList(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(Context::jsonOption());
    ctx.parse(parser);
    auto db = ctx.openDatabase(parser);
    storage::AlertSourceRepository repo(*db);
    QJsonArray list;
    for (const auto& source : repo.all()) {
        for (const auto& t : repo.tokens(source.id)) {
            list.append(QJsonObject{{QStringLiteral("source"), source.name},
                                    {QStringLiteral("token_id"), t.id},
                                    {QStringLiteral("hint"), t.hint},
                                    {QStringLiteral("created"), isoTime(t.createdAt)},
                                    {QStringLiteral("revoked"), t.revokedAt ? isoTime(*t.revokedAt) : QString()}});
        }
    }
    if (parser.isSet(Context::jsonOption())) {
        ctx.printJson(list);
        return Ok;
    }
    for (const auto& v : list) {
        const QJsonObject o = v.toObject();
        ctx.out << QStringLiteral("%1  %2  %3…  %4  %5\n")
                       .arg(o[QStringLiteral("source")].toString(), -16)
                       .arg(o[QStringLiteral("token_id")].toString(), o[QStringLiteral("hint")].toString(),
                            o[QStringLiteral("created")].toString(),
                            o[QStringLiteral("revoked")].toString().isEmpty()
                                ? tr("active")
                                : tr("revoked %1").arg(o[QStringLiteral("revoked")].toString()));
    }
    if (list.isEmpty()) {
        ctx.out << tr("No tokens. Add one with: musterctl intake token add NAME --database FILE\n");
    }
    return Ok;
}

int tokenRevoke(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    ctx.parse(parser, 1, 1);
    auto db = ctx.openDatabase(parser);
    const auto token = storage::AlertSourceRepository(*db).revokeToken(parser.positionalArguments().first(), now());
    ctx.out << tr("Revoked token %1… (id %2). Requests with it now get 401.\n").arg(token.hint, token.id);
    return Ok;
}

int sourceSet(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    const QCommandLineOption severity(QStringLiteral("severity-map"),
                                      tr("Severity map as JSON or @FILE, e.g. {\">=12\":\"SEV1\",\"*\":\"SEV3\"}."),
                                      tr("JSON"));
    const QCommandLineOption mapping(QStringLiteral("mapping"),
                                     tr("Generic-endpoint mapping (JSON pointers) as JSON or @FILE."), tr("JSON"));
    const QCommandLineOption rate(QStringLiteral("rate"), tr("Sustained requests per second."), tr("N"));
    const QCommandLineOption burst(QStringLiteral("burst"), tr("Requests allowed at once."), tr("N"));
    parser.addOptions({severity, mapping, rate, burst});
    ctx.parse(parser, 1, 1);
    auto db = ctx.openDatabase(parser, true);
    storage::AlertSourceRepository repo(*db);
    const QString name = parser.positionalArguments().first();
    auto existing = repo.findByName(name);
    core::AlertSource source = existing.value_or(core::AlertSource{});
    source.name = existing ? existing->name : name;
    if (parser.isSet(severity)) {
        source.severityMap = jsonArgument(severity.names().first(), parser.value(severity));
    }
    if (parser.isSet(mapping)) {
        source.mapping = jsonArgument(mapping.names().first(), parser.value(mapping));
    }
    bool ok = true;
    if (parser.isSet(rate)) {
        source.ratePerSecond = parser.value(rate).toDouble(&ok);
        if (!ok) {
            throw UsageError{tr("--rate takes a number")};
        }
    }
    if (parser.isSet(burst)) {
        source.burst = parser.value(burst).toInt(&ok);
        if (!ok) {
            throw UsageError{tr("--burst takes a whole number")};
        }
    }
    if (existing) {
        repo.update(source, now());
    } else {
        source = repo.add(source, now());
    }
    ctx.out
        << (existing ? tr("Updated source %1.\n") : tr("Added source %1 (it has no token yet).\n")).arg(source.name);
    return Ok;
}

int sourceList(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(Context::jsonOption());
    ctx.parse(parser);
    auto db = ctx.openDatabase(parser);
    QJsonArray list;
    for (const auto& s : storage::AlertSourceRepository(*db).all()) {
        list.append(QJsonObject{{QStringLiteral("name"), s.name},
                                {QStringLiteral("id"), s.id},
                                {QStringLiteral("severity_map"), s.severityMap},
                                {QStringLiteral("mapping"), s.mapping},
                                {QStringLiteral("rate_per_second"), s.ratePerSecond},
                                {QStringLiteral("burst"), s.burst}});
    }
    if (parser.isSet(Context::jsonOption())) {
        ctx.printJson(list);
    } else {
        for (const auto& v : list) {
            const QJsonObject o = v.toObject();
            ctx.out << tr("%1  rate %2/s, burst %3, severity map %4, mapping %5\n")
                           .arg(o[QStringLiteral("name")].toString())
                           .arg(o[QStringLiteral("rate_per_second")].toDouble())
                           .arg(o[QStringLiteral("burst")].toInt())
                           .arg(QString::fromUtf8(QJsonDocument(o[QStringLiteral("severity_map")].toObject())
                                                      .toJson(QJsonDocument::Compact)),
                                QString::fromUtf8(QJsonDocument(o[QStringLiteral("mapping")].toObject())
                                                      .toJson(QJsonDocument::Compact)));
        }
    }
    return Ok;
}

int alertList(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(Context::databaseOption());
    parser.addOption(Context::jsonOption());
    const QCommandLineOption untriaged(QStringLiteral("untriaged"), tr("Only alerts waiting for triage."));
    parser.addOption(untriaged);
    ctx.parse(parser);
    auto db = ctx.openDatabase(parser);
    storage::AlertFilter filter;
    if (parser.isSet(untriaged)) {
        filter.triages = {core::AlertTriage::Untriaged};
    }
    QJsonArray list;
    for (const auto& a : storage::AlertRepository(*db).list(filter)) {
        list.append(QJsonObject{{QStringLiteral("id"), a.id},
                                {QStringLiteral("source"), a.sourceName},
                                {QStringLiteral("dedup_key"), a.dedupKey},
                                {QStringLiteral("title"), a.title},
                                {QStringLiteral("severity"), core::severities().key(a.severity)},
                                {QStringLiteral("occurrences"), a.occurrences},
                                {QStringLiteral("state"), core::alertStates().key(a.state)},
                                {QStringLiteral("triage"), core::alertTriages().key(a.triage)},
                                {QStringLiteral("received"), isoTime(a.receivedAt)},
                                {QStringLiteral("last_seen"), isoTime(a.lastSeenAt)},
                                {QStringLiteral("incident"), a.incidentReference}});
    }
    if (parser.isSet(Context::jsonOption())) {
        ctx.printJson(list);
        return Ok;
    }
    for (const auto& v : list) {
        const QJsonObject o = v.toObject();
        ctx.out << QStringLiteral("%1  %2  %3  x%4  %5  %6  %7\n")
                       .arg(o[QStringLiteral("last_seen")].toString(), o[QStringLiteral("severity")].toString(),
                            o[QStringLiteral("source")].toString())
                       .arg(o[QStringLiteral("occurrences")].toInt())
                       .arg(o[QStringLiteral("state")].toString(), o[QStringLiteral("triage")].toString(),
                            o[QStringLiteral("title")].toString());
    }
    return Ok;
}

} // namespace

QList<Command> intakeCommands()
{
    return {
        {{QStringLiteral("intake"), QStringLiteral("serve")},
         QStringLiteral(
             "intake serve --database FILE [--listen ADDR:PORT] [--cert FILE --key FILE] [--max-body BYTES]"),
         tr("Run the alert intake server (Alertmanager, PagerDuty Events v2, generic JSON) until stopped."),
         serve},
        {{QStringLiteral("intake"), QStringLiteral("token"), QStringLiteral("add")},
         QStringLiteral("intake token add NAME --database FILE [--json]"),
         tr("Issue a token for the alert source NAME (added if new); it is shown once."),
         tokenAdd},
        {{QStringLiteral("intake"), QStringLiteral("token"), QStringLiteral("list")},
         QStringLiteral("intake token list --database FILE [--json]"),
         tr("List the intake tokens of every source."),
         tokenList},
        {{QStringLiteral("intake"), QStringLiteral("token"), QStringLiteral("revoke")},
         QStringLiteral("intake token revoke TOKEN-ID|HINT --database FILE"),
         tr("Revoke an intake token; requests with it get 401."),
         tokenRevoke},
        {{QStringLiteral("intake"), QStringLiteral("source"), QStringLiteral("set")},
         QStringLiteral("intake source set NAME --database FILE [--severity-map JSON|@FILE] [--mapping JSON|@FILE] "
                        "[--rate N] [--burst N]"),
         tr("Add or configure an alert source: severity map, generic mapping, rate limit."),
         sourceSet},
        {{QStringLiteral("intake"), QStringLiteral("source"), QStringLiteral("list")},
         QStringLiteral("intake source list --database FILE [--json]"),
         tr("List the alert sources."),
         sourceList},
        {{QStringLiteral("intake"), QStringLiteral("alerts")},
         QStringLiteral("intake alerts --database FILE [--untriaged] [--json]"),
         tr("List received alerts, newest first."),
         alertList},
    };
}

} // namespace muster::ctl
