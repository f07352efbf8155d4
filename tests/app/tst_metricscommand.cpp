#include "CliRunner.h"
#include "TestSupport.h"
#include "storage/MetricsService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace muster;
using test::runMusterctl;

class TestMetricsCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_path;

    test::CliResult run(QStringList args)
    {
        args.prepend(QStringLiteral("metrics"));
        return runMusterctl(args, m_home.path());
    }

private slots:
    void initTestCase()
    {
        m_path = m_home.filePath(QStringLiteral("demo.sqlite"));
        const auto r = runMusterctl({QStringLiteral("demo"), QStringLiteral("--database"), m_path}, m_home.path());
        QCOMPARE(r.exitCode, 0);
    }

    void json_bySeverity_equalsMetricsService()
    {
        const auto r = run({QStringLiteral("--database"), m_path, QStringLiteral("--by"), QStringLiteral("severity"),
                            QStringLiteral("--time-zone"), QStringLiteral("Europe/Berlin"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("grouping")).toString(), QStringLiteral("severity"));
        QCOMPARE(json.value(QStringLiteral("period")).toObject().value(QStringLiteral("time_zone")).toString(),
                 QStringLiteral("Europe/Berlin"));

        // The same query through the service gives the same figures.
        auto db = storage::Database::open(m_path);
        storage::MetricsQuery q;
        q.timeZone = QTimeZone("Europe/Berlin");
        const core::MetricsCalendar calendar(q.timeZone);
        const QDate today = calendar.localDate(QDateTime::currentMSecsSinceEpoch());
        q.period = calendar.dates(today.addDays(-364), today);
        q.grouping = core::MetricsGrouping::Severity;
        const auto report = storage::MetricsService(*db).report(q);
        const QJsonArray groups = json.value(QStringLiteral("groups")).toArray();
        QCOMPARE(groups.size(), report.groups.size());
        QVERIFY(report.total.incidents > 100);
        for (int i = 0; i < groups.size(); ++i) {
            const QJsonObject g = groups.at(i).toObject();
            QCOMPARE(g.value(QStringLiteral("key")).toString(), report.groups.at(i).key);
            QCOMPARE(g.value(QStringLiteral("incidents")).toInteger(), report.groups.at(i).incidents);
            const QJsonObject ack = g.value(QStringLiteral("acknowledge")).toObject();
            QCOMPARE(ack.value(QStringLiteral("median_ms")).toDouble(),
                     *report.groups.at(i).stats(core::Measure::Acknowledge).medianMs);
            QCOMPARE(ack.value(QStringLiteral("p90_ms")).toDouble(),
                     *report.groups.at(i).stats(core::Measure::Acknowledge).p90Ms);
        }
        QCOMPARE(json.value(QStringLiteral("total")).toObject().value(QStringLiteral("incidents")).toInteger(),
                 report.total.incidents);
    }

    void text_byMonth_listsBucketsAndTotal()
    {
        const auto r = run({QStringLiteral("--database"), m_path, QStringLiteral("--by"), QStringLiteral("month"),
                            QStringLiteral("--severity"), QStringLiteral("sev1,SEV2")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("Time to acknowledge")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("Total:")));
        QVERIFY(r.out.count(QLatin1String("Time to remediate")) >= 13);
    }

    void badOptions_exit2WithMessage()
    {
        auto r = run({QStringLiteral("--database"), m_path, QStringLiteral("--by"), QStringLiteral("colour")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("severity, tier")));
        r = run({QStringLiteral("--database"), m_path, QStringLiteral("--from"), QStringLiteral("31/03/2026")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("31/03/2026")));
        r = run({QStringLiteral("--database"), m_path, QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                 QStringLiteral("--to"), QStringLiteral("2026-02-01")});
        QCOMPARE(r.exitCode, 2);
        r = run({QStringLiteral("--database"), m_path, QStringLiteral("--severity"), QStringLiteral("sev9")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("sev9")));
        r = run({QStringLiteral("--database"), m_path, QStringLiteral("--time-zone"), QStringLiteral("Mars/Olympus")});
        QCOMPARE(r.exitCode, 2);
        r = run({QStringLiteral("--database"), m_home.filePath(QStringLiteral("missing.sqlite"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("missing.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestMetricsCommand)
#include "tst_metricscommand.moc"
