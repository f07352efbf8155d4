#include "TestSupport.h"
#include "core/Ids.h"
#include "net/IntakeHost.h"
#include "storage/AlertRepository.h"
#include "storage/AlertSourceRepository.h"
#include "storage/AssetRepository.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace muster;

// The real Prometheus Alertmanager (Debian's prometheus-alertmanager) delivers to Muster
// through its webhook receiver with bearer authorization; amtool fires and resolves.
class TestAlertmanager : public QObject
{
    Q_OBJECT

private:
    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    static QString tool(const QString& name) { return QStandardPaths::findExecutable(name); }

    // Runs amtool against the Alertmanager; returns its exit code (output on failure).
    static int amtool(const QStringList& args, QString* output)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(tool(QStringLiteral("amtool")), args);
        if (!p.waitForFinished(30'000)) {
            p.kill();
            p.waitForFinished();
            *output = QStringLiteral("amtool timed out");
            return -1;
        }
        *output = QString::fromUtf8(p.readAll());
        return p.exitCode();
    }

private slots:
    void firedAndResolved_arriveInQueue()
    {
        const QString alertmanager = tool(QStringLiteral("prometheus-alertmanager"));
        QVERIFY2(!alertmanager.isEmpty() && !tool(QStringLiteral("amtool")).isEmpty(),
                 "prometheus-alertmanager and amtool are needed (Debian package prometheus-alertmanager; "
                 "./muster.sh test installs it)");

        test::TempDatabase t;
        core::Asset db01;
        db01.id = core::newId();
        db01.name = QStringLiteral("Customer database");
        db01.identifier = QStringLiteral("db01");
        db01.businessCritical = true;
        db01.createdAt = db01.updatedAt = 1;
        storage::AssetRepository(t.db()).insert(db01);
        const auto issued = storage::AlertSourceRepository(t.db()).issueToken(QStringLiteral("alertmanager"), 1);

        net::IntakeHost host(t.db());
        net::IntakeConfig config;
        config.port = 0;
        const quint16 musterPort = host.start(config);

        const quint16 amPort = freePort();
        const QString configPath = t.dir() + QStringLiteral("/alertmanager.yml");
        QFile yml(configPath);
        QVERIFY(yml.open(QIODevice::WriteOnly));
        yml.write(QStringLiteral("route:\n"
                                 "  receiver: muster\n"
                                 "  group_by: ['alertname']\n"
                                 "  group_wait: 100ms\n"
                                 "  group_interval: 1s\n"
                                 "  repeat_interval: 1h\n"
                                 "receivers:\n"
                                 "  - name: muster\n"
                                 "    webhook_configs:\n"
                                 "      - url: http://127.0.0.1:%1/intake/alertmanager\n"
                                 "        send_resolved: true\n"
                                 "        http_config:\n"
                                 "          authorization:\n"
                                 "            type: Bearer\n"
                                 "            credentials: %2\n")
                      .arg(musterPort)
                      .arg(issued.secret)
                      .toUtf8());
        yml.close();

        QProcess am;
        am.setProcessChannelMode(QProcess::MergedChannels);
        am.start(alertmanager,
                 {QStringLiteral("--config.file=") + configPath, QStringLiteral("--storage.path=") + t.dir(),
                  QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(amPort),
                  QStringLiteral("--cluster.listen-address="), QStringLiteral("--log.level=info")});
        QVERIFY(am.waitForStarted());
        const auto stopAlertmanager = qScopeGuard([&] {
            am.terminate();
            if (!am.waitForFinished(5000)) {
                am.kill();
                am.waitForFinished();
            }
        });
        const QString url = QStringLiteral("--alertmanager.url=http://127.0.0.1:%1").arg(amPort);
        QString output;
        // Alertmanager takes a moment to listen; amtool fails until then.
        QTRY_VERIFY2_WITH_TIMEOUT(amtool({QStringLiteral("check-config"), configPath}, &output) == 0 &&
                                      amtool({QStringLiteral("alert"), QStringLiteral("query"), url}, &output) == 0,
                                  qPrintable(output + QString::fromUtf8(am.readAll())), 30'000);

        const QStringList labels{QStringLiteral("alertname=MusterIntakeTest"), QStringLiteral("instance=db01:9100"),
                                 QStringLiteral("severity=critical")};
        QCOMPARE(amtool(QStringList{QStringLiteral("alert"), QStringLiteral("add")} + labels +
                            QStringList{QStringLiteral("--annotation=summary=Database unreachable"), url},
                        &output),
                 0);

        storage::AlertRepository alerts(t.db());
        QTRY_VERIFY2_WITH_TIMEOUT(alerts.count() == 1, qPrintable(QString::fromUtf8(am.readAll())), 30'000);
        const core::Alert fired = alerts.list({}).first();
        QCOMPARE(fired.sourceName, QStringLiteral("alertmanager"));
        QCOMPARE(fired.title, QStringLiteral("Database unreachable"));
        QCOMPARE(fired.rule, QStringLiteral("MusterIntakeTest"));
        QCOMPARE(fired.severity, core::Severity::Sev1);
        QCOMPARE(fired.state, core::AlertState::Firing);
        QVERIFY(fired.businessCritical);
        QCOMPARE(fired.assetIds, QStringList{db01.id});
        QVERIFY(fired.groupKey.contains(QLatin1String("MusterIntakeTest")));
        QCOMPARE(fired.triage, core::AlertTriage::Untriaged);

        // Resolve in Alertmanager: the same alert with an end time.
        const QString end = QDateTime::currentDateTimeUtc().addSecs(-1).toString(Qt::ISODate);
        QCOMPARE(amtool(QStringList{QStringLiteral("alert"), QStringLiteral("add")} + labels +
                            QStringList{QStringLiteral("--annotation=summary=Database unreachable"),
                                        QStringLiteral("--end=") + end, url},
                        &output),
                 0);
        QTRY_VERIFY2_WITH_TIMEOUT(alerts.find(fired.id)->state == core::AlertState::Resolved,
                                  qPrintable(QString::fromUtf8(am.readAll())), 30'000);
        const core::Alert resolved = *alerts.find(fired.id);
        QVERIFY(resolved.resolvedAt);
        QCOMPARE(alerts.count(), 1);
        QCOMPARE(resolved.triage, core::AlertTriage::Untriaged); // a resolve is no triage decision
    }
};

QTEST_GUILESS_MAIN(TestAlertmanager)
#include "tst_alertmanager.moc"
