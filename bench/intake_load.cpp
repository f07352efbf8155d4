// Load test of the GUI-less alert intake server: starts `musterctl intake serve` on a
// fresh database, sends RATE alerts per second for SECONDS over loopback (PagerDuty
// Events v2, one alert per request, a mix of new and repeated dedup keys), then checks
// that the stored alerts and their occurrence counts match what was sent exactly, and
// prints the sustained rate, response-time percentiles and the server's memory.
//
//   intake_load [--musterctl PATH] [--rate 1000] [--seconds 60] [--repeat-share 0.7]

#include "core/Clock.h"
#include "storage/AlertRepository.h"
#include "storage/AlertSourceRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <functional>
#include <optional>
#include <unistd.h>

using namespace muster;

namespace {

// VmRSS and VmHWM (peak) of a process, in KiB.
std::pair<qint64, qint64> memoryOf(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    qint64 rss = 0;
    qint64 hwm = 0;
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : f.readAll().split('\n')) {
            if (line.startsWith("VmRSS:")) {
                rss = line.mid(6).trimmed().split(' ').first().toLongLong();
            } else if (line.startsWith("VmHWM:")) {
                hwm = line.mid(6).trimmed().split(' ').first().toLongLong();
            }
        }
    }
    return {rss, hwm};
}

// User plus system CPU time of a process, in milliseconds.
qint64 cpuMsOf(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    const long ticks = sysconf(_SC_CLK_TCK);
    return fields.size() > 12 ? (fields.at(11).toLongLong() + fields.at(12).toLongLong()) * 1000 / ticks : 0;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min(values.size() - 1, qsizetype(p / 100.0 * double(values.size())));
    return values.at(index);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption musterctlOption(
        QStringLiteral("musterctl"), QStringLiteral("musterctl to run."), QStringLiteral("PATH"),
        QCoreApplication::applicationDirPath() + QStringLiteral("/../bin/musterctl"));
    const QCommandLineOption rateOption(QStringLiteral("rate"), QStringLiteral("Alerts per second."),
                                        QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Duration."), QStringLiteral("S"),
                                           QStringLiteral("60"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat-share"),
                                          QStringLiteral("Share of events that repeat an earlier dedup key."),
                                          QStringLiteral("F"), QStringLiteral("0.7"));
    parser.addOptions({musterctlOption, rateOption, secondsOption, repeatOption});
    parser.process(app);
    const int rate = std::clamp(parser.value(rateOption).toInt(), 1, 20'000);
    const int seconds = std::clamp(parser.value(secondsOption).toInt(), 1, 600);
    const double repeatShare = std::clamp(parser.value(repeatOption).toDouble(), 0.0, 1.0);
    const qint64 total = qint64(rate) * seconds;

    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("load.sqlite"));
    QString token;
    {
        auto db = storage::Database::open(dbPath);
        storage::AlertSourceRepository sources(*db);
        auto issued = sources.issueToken(QStringLiteral("load"), core::SystemClock::instance().nowMs());
        issued.source.ratePerSecond = rate * 4.0; // the rate limit is not what is measured here
        issued.source.burst = rate * 4;
        sources.update(issued.source, core::SystemClock::instance().nowMs());
        token = issued.secret;
    }

    QProcess server;
    server.setProcessChannelMode(QProcess::SeparateChannels);
    server.start(parser.value(musterctlOption),
                 {QStringLiteral("intake"), QStringLiteral("serve"), QStringLiteral("--database"), dbPath,
                  QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    if (!server.waitForStarted(10'000)) {
        out << "cannot start " << parser.value(musterctlOption) << ": " << server.errorString() << "\n";
        return 1;
    }
    QString banner;
    QElapsedTimer wait;
    wait.start();
    while (!banner.contains(QLatin1String("listening")) && wait.elapsed() < 20'000) {
        server.waitForReadyRead(200);
        banner += QString::fromUtf8(server.readAllStandardOutput());
    }
    const auto m = QRegularExpression(QStringLiteral("127\\.0\\.0\\.1:(\\d+)")).match(banner);
    if (!m.hasMatch()) {
        out << "the server did not start: " << banner << QString::fromUtf8(server.readAllStandardError()) << "\n";
        return 1;
    }
    const QString url = QStringLiteral("http://127.0.0.1:%1/v2/enqueue").arg(m.captured(1));
    const auto idle = memoryOf(server.processId());
    const qint64 cpuBefore = cpuMsOf(server.processId());
    out << "server pid " << server.processId() << " at " << url << ", idle RSS " << idle.first / 1024 << " MiB\n";
    out << "sending " << total << " alerts at " << rate << "/s for " << seconds << " s (" << int(repeatShare * 100)
        << "% repeats)\n";
    out.flush();

    // The load generator keeps a few keep-alive connections and writes raw HTTP, so that
    // it costs less CPU than the server it measures. Response time is counted from the
    // moment a request was due, so a backlog shows in the figures.
    const QByteArray host = QByteArrayLiteral("127.0.0.1");
    const quint16 port = quint16(m.captured(1).toUInt());
    struct Pending
    {
        QString key;
        qint64 dueNs = 0;
    };
    struct Connection
    {
        QTcpSocket* socket = nullptr;
        QByteArray buffer;
        std::optional<Pending> inFlight;
    };
    QList<Connection*> connections;
    QList<Pending> backlog;
    QHash<QString, int> expected; // dedup key -> occurrences sent and accepted
    QList<QString> keys;
    QList<double> latencies;
    latencies.reserve(total);
    qint64 sent = 0;
    qint64 done = 0;
    qint64 accepted = 0;
    qint64 failed = 0;
    qint64 peakRss = 0;
    QRandomGenerator random(20261129);
    QElapsedTimer clock;
    QEventLoop loop;

    const auto requestFor = [&](const QString& key, qsizetype n) -> QByteArray {
        const QByteArray body = QByteArrayLiteral("{\"routing_key\":\"") + token.toLatin1() +
                                QByteArrayLiteral("\",\"event_action\":\"trigger\",\"dedup_key\":\"") + key.toLatin1() +
                                QByteArrayLiteral("\",\"payload\":{\"summary\":\"Load test alert ") + key.toLatin1() +
                                QByteArrayLiteral("\",\"source\":\"host-") + QByteArray::number(n % 500) +
                                QByteArrayLiteral("\",\"severity\":\"warning\",\"class\":\"rule-") +
                                QByteArray::number(n % 40) + QByteArrayLiteral("\"}}");
        return QByteArrayLiteral("POST /v2/enqueue HTTP/1.1\r\nHost: ") + host +
               QByteArrayLiteral("\r\nContent-Type: application/json\r\nContent-Length: ") +
               QByteArray::number(body.size()) + QByteArrayLiteral("\r\n\r\n") + body;
    };
    std::function<void(Connection*)> feed;
    const auto finish = [&](Connection* c, int status) {
        const Pending p = *c->inFlight;
        c->inFlight.reset();
        latencies.append(double(clock.nsecsElapsed() - p.dueNs) / 1e6);
        if (status == 202) {
            ++accepted;
            expected[p.key] += 1;
        } else {
            ++failed;
            if (failed <= 5) {
                out << "refused: " << status << "\n";
            }
        }
        if (++done == total) {
            loop.quit();
        }
        feed(c);
    };
    feed = [&](Connection* c) {
        if (c->inFlight || backlog.isEmpty() || c->socket->state() != QAbstractSocket::ConnectedState) {
            return;
        }
        c->inFlight = backlog.takeFirst();
        c->socket->write(requestFor(c->inFlight->key, sent));
    };
    for (int i = 0; i < 8; ++i) {
        auto* c = new Connection;
        c->socket = new QTcpSocket(&loop);
        connections.append(c);
        QObject::connect(c->socket, &QTcpSocket::connected, &loop, [&, c] { feed(c); });
        QObject::connect(c->socket, &QTcpSocket::readyRead, &loop, [&, c] {
            c->buffer += c->socket->readAll();
            for (;;) {
                const qsizetype headerEnd = c->buffer.indexOf("\r\n\r\n");
                if (headerEnd < 0 || !c->inFlight) {
                    return;
                }
                const QByteArray head = c->buffer.left(headerEnd);
                const qsizetype lengthAt = head.toLower().indexOf("content-length:");
                const qsizetype length =
                    lengthAt < 0
                        ? 0
                        : head.mid(lengthAt + 15, head.indexOf('\r', lengthAt) - lengthAt - 15).trimmed().toLongLong();
                if (c->buffer.size() < headerEnd + 4 + length) {
                    return;
                }
                const int status = head.mid(9, 3).toInt();
                c->buffer.remove(0, headerEnd + 4 + length);
                finish(c, status);
            }
        });
        QObject::connect(c->socket, &QTcpSocket::disconnected, &loop, [&, c] {
            if (c->inFlight) { // the server closed a kept-alive connection: send it again
                backlog.prepend(*c->inFlight);
                c->inFlight.reset();
            }
            c->buffer.clear();
            c->socket->connectToHost(QHostAddress::LocalHost, port);
        });
        c->socket->connectToHost(QHostAddress::LocalHost, port);
    }
    clock.start();

    // Paced by the clock: every tick queues what the schedule says is due.
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(2);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        const qint64 due = std::min(total, clock.elapsed() * rate / 1000);
        while (sent < due) {
            QString key;
            if (!keys.isEmpty() && random.generateDouble() < repeatShare) {
                key = keys.at(random.bounded(qsizetype(keys.size())));
            } else {
                key = QStringLiteral("load-%1").arg(keys.size());
                keys.append(key);
            }
            backlog.append(Pending{key, sent * 1'000'000'000 / rate});
            ++sent;
        }
        for (Connection* c : connections) {
            feed(c);
        }
        if (sent == total) {
            tick.stop();
        }
    });
    QTimer sample;
    sample.setInterval(500);
    QObject::connect(&sample, &QTimer::timeout, &loop, [&] {
        peakRss = std::max(peakRss, memoryOf(server.processId()).first);
        const qint64 s = clock.elapsed() / 1000;
        if (clock.elapsed() % 10'000 < 500) {
            out << "  " << s << " s: " << done << " answered, RSS " << memoryOf(server.processId()).first / 1024
                << " MiB\n";
            out.flush();
        }
    });
    QTimer guard; // stops by itself even if answers go missing
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    tick.start();
    sample.start();
    guard.start((seconds + 60) * 1000);
    loop.exec();
    for (Connection* c : connections) {
        c->socket->abort();
        delete c;
    }
    const double elapsed = double(clock.nsecsElapsed()) / 1e9;
    const auto end = memoryOf(server.processId());
    const qint64 serverCpuMs = cpuMsOf(server.processId()) - cpuBefore;
    const qint64 clientCpuMs = cpuMsOf(QCoreApplication::applicationPid());

    ::kill(pid_t(server.processId()), SIGTERM);
    server.waitForFinished(30'000);

    // Check the database against what was sent.
    auto db = storage::Database::open(dbPath);
    const int stored = storage::AlertRepository(*db).count();
    storage::Query q(db->connection(), QStringLiteral("SELECT dedup_key, occurrences FROM alerts"));
    q.exec();
    qint64 mismatches = 0;
    qint64 occurrenceSum = 0;
    while (q.next()) {
        occurrenceSum += q.value(1).toLongLong();
        if (expected.value(q.value(0).toString()) != q.value(1).toInt()) {
            ++mismatches;
        }
    }
    const bool exact = stored == expected.size() && mismatches == 0 && occurrenceSum == accepted;

    out << "\nresults\n";
    out << QStringLiteral("  sent %1, answered %2, accepted %3, refused or failed %4\n")
               .arg(sent)
               .arg(done)
               .arg(accepted)
               .arg(failed);
    out << QStringLiteral("  sustained rate   %1 alerts/s over %2 s\n")
               .arg(double(accepted) / elapsed, 0, 'f', 1)
               .arg(elapsed, 0, 'f', 1);
    out << QStringLiteral("  response time    p50 %1 ms, p99 %2 ms, max %3 ms\n")
               .arg(percentile(latencies, 50), 0, 'f', 2)
               .arg(percentile(latencies, 99), 0, 'f', 2)
               .arg(percentile(latencies, 100), 0, 'f', 2);
    out << QStringLiteral(
               "  CPU              server %1 s (%2 ms per alert), load generator %3 s; load average now %4\n")
               .arg(double(serverCpuMs) / 1000.0, 0, 'f', 1)
               .arg(accepted > 0 ? double(serverCpuMs) / double(accepted) : 0.0, 0, 'f', 3)
               .arg(double(clientCpuMs) / 1000.0, 0, 'f', 1)
               .arg([] {
                   QFile f(QStringLiteral("/proc/loadavg"));
                   return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().split(' ').first()) : QString();
               }());
    out << QStringLiteral("  server memory    idle RSS %1 MiB, peak sampled RSS %2 MiB, end RSS %3 MiB, VmHWM %4 MiB\n")
               .arg(idle.first / 1024)
               .arg(peakRss / 1024)
               .arg(end.first / 1024)
               .arg(end.second / 1024);
    out << QStringLiteral("  stored alerts    %1 (distinct keys sent %2), occurrences %3 (accepted %4), "
                          "per-key mismatches %5\n")
               .arg(stored)
               .arg(expected.size())
               .arg(occurrenceSum)
               .arg(accepted)
               .arg(mismatches);
    out << (exact ? "  check            EXACT: stored alerts and occurrence counts match what was sent\n"
                  : "  check            MISMATCH\n");
    return exact && failed == 0 ? 0 : 1;
}
