#include "../net/IntakeClient.h"
#include "CliRunner.h"
#include "TestSupport.h"
#include "storage/AlertRepository.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <csignal>

using muster::test::runMusterctl;

class TestIntakeCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    muster::test::CliResult run(const QStringList& args) { return runMusterctl(args, m_home.path()); }
    QString dbPath() const { return m_home.filePath(QStringLiteral("intake.sqlite")); }

private slots:
    void tokens_addListRevoke()
    {
        auto r = run({QStringLiteral("intake"), QStringLiteral("token"), QStringLiteral("add"), QStringLiteral("wazuh"),
                      QStringLiteral("--database"), dbPath(), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject added = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QString token = added.value(QStringLiteral("token")).toString();
        QCOMPARE(token.size(), 32);
        r = run({QStringLiteral("intake"), QStringLiteral("token"), QStringLiteral("list"),
                 QStringLiteral("--database"), dbPath()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(token.left(6)));
        QVERIFY(!r.out.contains(token)); // the token itself is never shown again
        r = run({QStringLiteral("intake"), QStringLiteral("token"), QStringLiteral("revoke"),
                 added.value(QStringLiteral("token_id")).toString(), QStringLiteral("--database"), dbPath()});
        QCOMPARE(r.exitCode, 0);
        r = run({QStringLiteral("intake"), QStringLiteral("token"), QStringLiteral("revoke"),
                 added.value(QStringLiteral("token_id")).toString(), QStringLiteral("--database"), dbPath()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("already revoked")));
        r = run({QStringLiteral("intake"), QStringLiteral("token"), QStringLiteral("add"), QStringLiteral("--database"),
                 dbPath()});
        QCOMPARE(r.exitCode, 2);
    }

    void sourceSet_badMapping_exit1NamingIt()
    {
        auto r = run({QStringLiteral("intake"), QStringLiteral("source"), QStringLiteral("set"),
                      QStringLiteral("elastic"), QStringLiteral("--database"), dbPath(), QStringLiteral("--mapping"),
                      QStringLiteral("{\"title\":\"rule.name\"}")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("not a JSON pointer")), qPrintable(r.err));
        r = run({QStringLiteral("intake"), QStringLiteral("source"), QStringLiteral("set"), QStringLiteral("elastic"),
                 QStringLiteral("--database"), dbPath(), QStringLiteral("--mapping"), QStringLiteral("{oops")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("--mapping")));
        r = run({QStringLiteral("intake"), QStringLiteral("source"), QStringLiteral("set"), QStringLiteral("elastic"),
                 QStringLiteral("--database"), dbPath(), QStringLiteral("--mapping"),
                 QStringLiteral("{\"title\":\"/rule/name\"}"), QStringLiteral("--rate"), QStringLiteral("5")});
        QCOMPARE(r.exitCode, 0);
        r = run({QStringLiteral("intake"), QStringLiteral("source"), QStringLiteral("list"),
                 QStringLiteral("--database"), dbPath(), QStringLiteral("--json")});
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        const auto elastic = std::find_if(list.begin(), list.end(), [](const QJsonValue& v) {
            return v[QStringLiteral("name")].toString() == QLatin1String("elastic");
        });
        QVERIFY(elastic != list.end());
        QCOMPARE((*elastic)[QStringLiteral("rate_per_second")].toDouble(), 5.0);
    }

    void serve_headless_storesAndStopsOnSigterm()
    {
        auto r = run({QStringLiteral("intake"), QStringLiteral("token"), QStringLiteral("add"),
                      QStringLiteral("prometheus"), QStringLiteral("--database"), dbPath(), QStringLiteral("--json")});
        const QString token = QJsonDocument::fromJson(r.out.toUtf8()).object()[QStringLiteral("token")].toString();
        QProcess server;
        server.start(qEnvironmentVariable("MUSTER_BIN_DIR") + QStringLiteral("/musterctl"),
                     {QStringLiteral("intake"), QStringLiteral("serve"), QStringLiteral("--database"), dbPath(),
                      QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(server.waitForStarted());
        QString out;
        QTRY_VERIFY_WITH_TIMEOUT(
            (out += QString::fromUtf8(server.readAllStandardOutput())).contains(QLatin1String("listening")), 20'000);
        const auto m = QRegularExpression(QStringLiteral("127\\.0\\.0\\.1:(\\d+)")).match(out);
        QVERIFY2(m.hasMatch(), qPrintable(out));
        muster::test::IntakeClient client(QStringLiteral("http://127.0.0.1:%1").arg(m.captured(1)));
        const auto reply = client.post(
            QStringLiteral("/v2/enqueue"),
            QJsonDocument(QJsonObject{{QStringLiteral("routing_key"), token},
                                      {QStringLiteral("event_action"), QStringLiteral("trigger")},
                                      {QStringLiteral("dedup_key"), QStringLiteral("cli-1")},
                                      {QStringLiteral("payload"),
                                       QJsonObject{{QStringLiteral("summary"), QStringLiteral("Disk full")},
                                                   {QStringLiteral("source"), QStringLiteral("db01")},
                                                   {QStringLiteral("severity"), QStringLiteral("warning")}}}})
                .toJson());
        QCOMPARE(reply.status, 202);
        ::kill(pid_t(server.processId()), SIGTERM);
        QVERIFY(server.waitForFinished(10'000));
        QCOMPARE(server.exitCode(), 0);
        QVERIFY(QString::fromUtf8(server.readAllStandardOutput()).contains(QLatin1String("1 accepted")));
        auto db = muster::storage::Database::open(dbPath());
        QCOMPARE(muster::storage::AlertRepository(*db).count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestIntakeCli)
#include "tst_intakecli.moc"
