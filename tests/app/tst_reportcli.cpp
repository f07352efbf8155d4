#include "CliRunner.h"
#include "ReportFixture.h"
#include "TestSupport.h"
#include "core/Csv.h"
#include "storage/Database.h"
#include "storage/IncidentQuery.h"
#include "storage/IncidentService.h"
#include "storage/MetricsService.h"
#include "storage/Sql.h"

#include <QFile>
#include <QTest>

using namespace muster;
using test::runMusterctl;

// `musterctl report …` run as a scheduled job would: the real executable without a
// display, writing real files that pdftotext reads back.
class TestReportCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_path;
    QString m_exercise;
    QString m_ransomware;
    QString m_insider;
    QString m_counsel;

    test::CliResult run(QStringList args)
    {
        args.prepend(QStringLiteral("report"));
        args << QStringLiteral("--database") << m_path;
        return runMusterctl(args, m_home.path());
    }

    QString out(const QString& name) const { return m_home.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_path = m_home.filePath(QStringLiteral("muster.sqlite"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto db = storage::Database::open(m_path);
        test::ReportFixture::write(*db, now, 120);
        m_exercise = test::ReportFixture::runExercise(*db, now - qint64(3) * 86'400'000);
        const auto reference = [&db](const QString& title) {
            return storage::Query(db->connection(), QStringLiteral("SELECT reference FROM incidents WHERE title = :t"))
                .bind(QStringLiteral(":t"), title)
                .scalar()
                .toString();
        };
        m_ransomware = reference(QStringLiteral("Ransomware on finance file servers"));
        m_insider = reference(QStringLiteral("Engineer exporting customer records before resignation"));
        m_counsel = test::ReportFixture::personActor(*db, core::PersonFunction::Legal).name;
        core::Incident formula;
        formula.title = QStringLiteral("=HYPERLINK(\"http://evil.example\", \"Click\")");
        formula.category = core::Category::Phishing;
        formula.severity = core::Severity::Sev4;
        storage::IncidentService(*db).create(formula, {}, core::Actor{QString(), QStringLiteral("Alert intake")});
        QVERIFY(!m_ransomware.isEmpty() && !m_insider.isEmpty());
    }

    void leadership_pdf_isWrittenWithoutADisplay()
    {
        const QString file = out(QStringLiteral("leadership.pdf"));
        const QDate today = QDate::currentDate();
        const auto r =
            run({QStringLiteral("leadership"), QStringLiteral("--from"), today.addDays(-89).toString(Qt::ISODate),
                 QStringLiteral("--to"), today.toString(Qt::ISODate), QStringLiteral("--out"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Wrote the leadership report")), qPrintable(r.out));
        const QStringList pages = test::pdfPages(test::pdfText(file));
        QVERIFY2(pages.size() >= 3 && pages.size() <= 12, qPrintable(QString::number(pages.size())));
        QVERIFY(r.out.contains(QStringLiteral("(pages: %1)").arg(pages.size())));
        const QString text = test::flat(pages.join(QLatin1Char(' ')));
        QVERIFY(text.contains(QLatin1String("Executive summary")));
        QVERIFY(text.contains(QLatin1String("Northwind Trading plc")));
        QVERIFY(test::hasInOrder(text, QStringLiteral("Q1 crisis-team drill")));
    }

    void incident_confidential_needsAReaderWhoMaySeeIt()
    {
        const QString file = out(QStringLiteral("insider.pdf"));
        auto r = run({QStringLiteral("incident"), m_insider, QStringLiteral("--out"), file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("confidential")), qPrintable(r.err));
        QVERIFY(!QFile::exists(file));

        r = run(
            {QStringLiteral("incident"), m_insider, QStringLiteral("--as"), m_counsel, QStringLiteral("--out"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList pages = test::pdfPages(test::pdfText(file));
        QVERIFY(!pages.isEmpty());
        for (const QString& page : pages) {
            QVERIFY(page.contains(QLatin1String("CONFIDENTIAL")));
        }
        QVERIFY(test::flat(pages.join(QLatin1Char(' '))).contains(QLatin1String("timeline entries verifies")));
    }

    void incident_markdownToStandardOutput_hasTheFinalHash()
    {
        const auto r = run({QStringLiteral("incident"), m_ransomware, QStringLiteral("--format"), QStringLiteral("md"),
                            QStringLiteral("--out"), QStringLiteral("-")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        auto db = storage::Database::open(m_path);
        const auto head = storage::IncidentService(*db).verify(storage::IncidentService(*db).get(m_ransomware).id);
        QVERIFY(r.out.startsWith(QLatin1String("Northwind Trading plc\n\n# Incident report\n")));
        QVERIFY2(r.out.contains(head.headHash), qPrintable(r.out.left(2000)));
        QVERIFY(r.out.contains(QLatin1String("Ransomware on finance file servers")));
    }

    void exercise_htmlBySuffix_isTheAfterActionReport()
    {
        const QString file = out(QStringLiteral("aar.html"));
        const auto r = run({QStringLiteral("exercise"), m_exercise, QStringLiteral("--out"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(f.readAll());
        QVERIFY(html.contains(QLatin1String("<html")));
        QVERIFY(html.contains(QLatin1String("Write an EDR isolation runbook")));
    }

    void incidentsCsv_listsEveryVisibleIncidentSpreadsheetSafe()
    {
        const auto r =
            runMusterctl({QStringLiteral("incidents"), QStringLiteral("list"), QStringLiteral("--csv"),
                          QStringLiteral("--limit"), QStringLiteral("0"), QStringLiteral("--database"), m_path},
                         m_home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const core::Csv::Table table = core::Csv::parse(r.out.toUtf8(), QStringLiteral("stdout"));
        QCOMPARE(table.header.first(), QStringLiteral("reference"));
        QVERIFY(table.column(QStringLiteral("remediated_at")) > 0);
        auto db = storage::Database::open(m_path);
        storage::IncidentFilter visible;
        visible.visibleTo = QString();
        QCOMPARE(table.rows.size(), storage::IncidentQuery(*db, visible).count());
        bool found = false;
        for (const auto& row : table.rows) {
            const QString title = row.fields.value(table.column(QStringLiteral("title")));
            QVERIFY2(!title.startsWith(QLatin1Char('=')), qPrintable(title));
            found = found || title == QLatin1String("'=HYPERLINK(\"http://evil.example\", \"Click\")");
            QCOMPARE(row.fields.value(table.column(QStringLiteral("confidential"))), QStringLiteral("no"));
        }
        QVERIFY(found);
    }

    void metricsCsv_hasARowPerSeverityAndMeasureAndTheTotal()
    {
        const auto r = runMusterctl({QStringLiteral("metrics"), QStringLiteral("--by"), QStringLiteral("severity"),
                                     QStringLiteral("--time-zone"), QStringLiteral("UTC"), QStringLiteral("--csv"),
                                     QStringLiteral("--database"), m_path},
                                    m_home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const core::Csv::Table table = core::Csv::parse(r.out.toUtf8(), QStringLiteral("stdout"));
        QCOMPARE(table.header.first(), QStringLiteral("group_key"));
        auto db = storage::Database::open(m_path);
        storage::MetricsQuery q;
        q.timeZone = QTimeZone::utc();
        const core::MetricsCalendar calendar(q.timeZone);
        const QDate today = calendar.localDate(QDateTime::currentMSecsSinceEpoch());
        q.period = calendar.dates(today.addDays(-364), today);
        q.grouping = core::MetricsGrouping::Severity;
        const auto report = storage::MetricsService(*db).report(q);
        QCOMPARE(table.rows.size(), (report.groups.size() + 1) * report.measures.size());
        const auto& last = table.rows.last().fields;
        QCOMPARE(last.value(table.column(QStringLiteral("group_key"))), QStringLiteral("total"));
        QCOMPARE(last.value(table.column(QStringLiteral("incidents"))).toLongLong(), report.total.incidents);
        const int medianColumn = table.column(QStringLiteral("median_min"));
        int checked = 0;
        for (const auto& row : table.rows) {
            if (row.fields.value(0) == QLatin1String("total") &&
                row.fields.value(table.column(QStringLiteral("measure"))) == QLatin1String("acknowledge")) {
                QCOMPARE(row.fields.value(medianColumn),
                         QString::number(*report.total.stats(core::Measure::Acknowledge).medianMs / 60'000.0, 'f', 1));
                ++checked;
            }
        }
        QCOMPARE(checked, 1);
    }

    void badInput_givesAClearMessageAndNoFile()
    {
        const QString file = out(QStringLiteral("bad.pdf"));
        auto r = run({QStringLiteral("incident"), QStringLiteral("INC-2099-9999"), QStringLiteral("--out"), file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("INC-2099-9999")), qPrintable(r.err));

        r = run({QStringLiteral("exercise"), QStringLiteral("EX-2099-0001"), QStringLiteral("--out"), file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("EX-2099-0001")), qPrintable(r.err));

        r = run({QStringLiteral("leadership"), QStringLiteral("--from"), QStringLiteral("2026-13-01"),
                 QStringLiteral("--to"), QStringLiteral("2026-03-31"), QStringLiteral("--out"), file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("2026-13-01")), qPrintable(r.err));

        r = run({QStringLiteral("leadership"), QStringLiteral("--from"), QStringLiteral("2026-03-31"),
                 QStringLiteral("--to"), QStringLiteral("2026-01-01"), QStringLiteral("--out"), file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("before --from")), qPrintable(r.err));

        r = run({QStringLiteral("leadership"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                 QStringLiteral("--to"), QStringLiteral("2026-03-31")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("--out")));

        r = run({QStringLiteral("incident"), m_ransomware, QStringLiteral("--format"), QStringLiteral("docx"),
                 QStringLiteral("--out"), file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("--format")));

        r = run({QStringLiteral("incident"), m_ransomware, QStringLiteral("--time-zone"),
                 QStringLiteral("Mars/Olympus"), QStringLiteral("--out"), file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("Mars/Olympus")));
        QVERIFY(!QFile::exists(file));
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
