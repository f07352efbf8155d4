#include "ReportFixture.h"
#include "TestSupport.h"
#include "core/DurationFormat.h"
#include "core/Error.h"
#include "report/BriefLayout.h"
#include "report/ComparisonBarChart.h"
#include "report/DocumentBuilder.h"
#include "report/ExerciseLayout.h"
#include "report/IncidentLayout.h"
#include "report/LeadershipLayout.h"
#include "report/PrintLayout.h"
#include "report/ReportExport.h"
#include "storage/IncidentService.h"
#include "storage/OrganisationProfile.h"
#include "storage/ReportService.h"
#include "storage/Sql.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace muster;
using core::Error;
using report::ReportExport;

// Every report rendered to a real PDF from a demo organisation, read back with
// pdftotext: the figures, the markings on every page, the hash-chain statement.
class TestReportDocuments : public QObject
{
    Q_OBJECT

public:
    static void initMain() { qputenv("QT_QPA_PLATFORM", "offscreen"); }

private:
    const qint64 m_now = test::utcMs(2026, 3, 31, 12);
    test::FixedClock m_clock{m_now};
    std::unique_ptr<test::TempDatabase> m_db;
    QTemporaryDir m_out;
    QString m_exercise;

    storage::Database& db() { return m_db->db(); }
    storage::ReportService service() { return storage::ReportService(db(), m_clock); }
    core::Actor counsel() { return test::ReportFixture::personActor(db(), core::PersonFunction::Legal); }

    QString referenceOf(const QString& title)
    {
        return storage::Query(db().connection(), QStringLiteral("SELECT reference FROM incidents WHERE title = :t"))
            .bind(QStringLiteral(":t"), title)
            .scalar()
            .toString();
    }

    // Writes the PDF and returns its text by pages.
    QStringList render(const report::ReportDocument& document, const QString& name, int* pageCount = nullptr)
    {
        const QString path = m_out.filePath(name);
        const int pages = ReportExport::save(document, ReportExport::Format::Pdf, path);
        if (pageCount) {
            *pageCount = pages;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || !file.read(5).startsWith("%PDF-")) {
            return {};
        }
        return test::pdfPages(test::pdfText(path));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_out.isValid());
        // MUSTER_KEEP_REPORTS=1 keeps the PDFs to look at (pdftoppm -png -r 60).
        if (qEnvironmentVariableIsSet("MUSTER_KEEP_REPORTS")) {
            m_out.setAutoRemove(false);
            qInfo("Reports in %s", qPrintable(m_out.path()));
        }
        m_db = std::make_unique<test::TempDatabase>();
        test::ReportFixture::write(db(), m_now);
        m_exercise = test::ReportFixture::runExercise(db(), m_now - qint64(14) * 86'400'000);
    }

    void leadership_pdf_showsTheFiguresOfTheMetricsService()
    {
        const auto model = service().leadership(QDate(2026, 1, 1), QDate(2026, 3, 31), counsel(), QTimeZone::utc());
        const auto& total = model.metrics.current.total;
        QVERIFY2(total.incidents > 20, "the demo year has incidents in the quarter");
        int pageCount = 0;
        const QStringList pages =
            render(report::LeadershipLayout::document(model, storage::OrganisationProfile::load(db())),
                   QStringLiteral("leadership.pdf"), &pageCount);
        QCOMPARE(pages.size(), pageCount);
        QVERIFY2(pageCount >= 3 && pageCount <= 12, qPrintable(QString::number(pageCount)));
        const QString text = test::flat(pages.join(QLatin1Char(' ')));

        QVERIFY(text.contains(QLatin1String("Leadership report")));
        QVERIFY2(text.contains(QStringLiteral("Incidents detected in the period: %1,").arg(total.incidents)),
                 qPrintable(text.left(3000)));
        const auto& ack = total.stats(core::Measure::Acknowledge);
        const auto& rem = total.stats(core::Measure::Remediate);
        for (const auto& figure : {ack.medianMs, ack.p90Ms, rem.medianMs, rem.p90Ms}) {
            QVERIFY2(text.contains(core::formatDuration(figure)), qPrintable(core::formatDuration(figure)));
        }
        QVERIFY(text.contains(QLatin1String("Open SEV1 and SEV2 incidents")));
        QVERIFY(test::hasInOrder(text,
                                 QStringLiteral("Ransomware on finance file servers"))); // the open SEV1 and its owner
        QVERIFY(text.contains(QLatin1String("Regulatory deadlines")));
        QVERIFY(test::hasInOrder(text, QStringLiteral("Q1 crisis-team drill")));           // the exercise run
        QVERIFY(test::hasInOrder(text, QStringLiteral("Write an EDR isolation runbook"))); // its open improvement item
        QVERIFY(text.contains(QLatin1String("Incidents detected by severity")));           // the charts' captions
        QVERIFY(text.contains(QLatin1String("Median and 90th percentile by week of detection")));

        // The letterhead and the page numbers on every page.
        for (int i = 0; i < pages.size(); ++i) {
            QVERIFY2(pages.at(i).contains(QLatin1String("Northwind Trading plc")), qPrintable(QString::number(i)));
            QVERIFY(test::flat(pages.at(i)).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pageCount)));
        }
    }

    void leadership_badPeriod_isRefusedWithAMessage()
    {
        try {
            service().leadership(QDate(2026, 3, 31), QDate(2026, 1, 1), counsel());
            QFAIL("a period that ends before it starts was accepted");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::BadInput);
            QVERIFY2(QString(e.message()).contains(QLatin1String("last day")), qPrintable(e.message()));
        }
    }

    void leadership_cancelled_throwsRefused()
    {
        QVERIFY_THROWS_EXCEPTION(Error, service().leadership(QDate(2026, 1, 1), QDate(2026, 3, 31), counsel(),
                                                             QTimeZone::utc(), [] { return true; }));
    }

    void incident_confidential_marksEveryPageAndStatesTheChain()
    {
        const QString reference = referenceOf(QStringLiteral("Engineer exporting customer records before resignation"));
        QVERIFY(!reference.isEmpty());
        const auto model = service().incident(reference, counsel());
        QVERIFY(model.incident.confidential);
        const auto verification = storage::IncidentService(db(), m_clock).verify(model.incident.id);
        QVERIFY(verification.ok);
        int pageCount = 0;
        const QStringList pages =
            render(report::IncidentLayout::document(model, storage::OrganisationProfile::load(db()), QTimeZone::utc()),
                   QStringLiteral("confidential.pdf"), &pageCount);
        QVERIFY2(pageCount >= 2 && pageCount <= 20, qPrintable(QString::number(pageCount)));
        QCOMPARE(pages.size(), pageCount);
        for (int i = 0; i < pages.size(); ++i) {
            // Top and bottom of each page.
            QVERIFY2(pages.at(i).count(QLatin1String("CONFIDENTIAL")) >= 2, qPrintable(pages.at(i)));
        }
        const QString text = test::flat(pages.join(QLatin1Char(' ')));
        QVERIFY2(text.contains(
                     QStringLiteral("The hash chain of all %1 timeline entries verifies").arg(verification.entryCount)),
                 qPrintable(text));
        QVERIFY(QString(text).remove(QLatin1Char(' ')).contains(verification.headHash));
        QVERIFY(text.contains(QStringLiteral("musterctl incidents verify %1").arg(reference)));
        // Text is on its page only: no hidden copy of a neighbouring page's first line.
        QCOMPARE(text.count(QLatin1String("5. Timeline")), 1);
        QCOMPARE(text.count(QLatin1String("6. Tasks by workstream")), 1);
        // The Legal workstream's tasks are labelled privileged.
        QVERIFY(text.contains(QStringLiteral("Legal — PRIVILEGED")));
        QVERIFY(text.contains(QLatin1String("PRIVILEGED & CONFIDENTIAL")));
        QVERIFY(test::hasInOrder(text, QStringLiteral("Legal to confirm the notice period clause first.")));
    }

    void incident_communicationsAndDeadlines_areInTheRecord()
    {
        const QString reference = referenceOf(QStringLiteral("Ransomware on finance file servers"));
        const auto model = service().incident(reference, counsel());
        QVERIFY(!model.incident.confidential);
        QVERIFY(!model.sent.isEmpty());
        QVERIFY(!model.deadlines.isEmpty());
        const QStringList pages =
            render(report::IncidentLayout::document(model, storage::OrganisationProfile::load(db()), QTimeZone::utc()),
                   QStringLiteral("ransomware.pdf"));
        QVERIFY(!pages.isEmpty());
        const QString text = test::flat(pages.join(QLatin1Char(' ')));
        QVERIFY(!text.contains(QStringLiteral("CONFIDENTIAL — %1").arg(reference)));
        QVERIFY(test::hasInOrder(text, test::flat(model.sent.first().approvedSubject)));
        // The approved body as sent, its first line at least.
        QVERIFY(test::hasInOrder(text, test::flat(model.sent.first().approvedBody.section(QLatin1Char('\n'), 0, 0))));
        QVERIFY(test::hasInOrder(text, test::flat(model.deadlines.first().rule)));
        QVERIFY(text.contains(QLatin1String("Affected assets")));
        QVERIFY(text.contains(QLatin1String("Tasks by workstream")));
    }

    void incident_tamperedTimeline_saysTheChainDoesNotVerify()
    {
        storage::IncidentService incidents(db(), m_clock);
        core::Incident draft;
        draft.title = QStringLiteral("Phishing wave against the finance team");
        draft.category = core::Category::Phishing;
        draft.severity = core::Severity::Sev3;
        const auto incident = incidents.create(draft, {}, core::Actor{QString(), QStringLiteral("Analyst")});
        for (int i = 0; i < 3; ++i) {
            incidents.addNote(incident.id, QStringLiteral("Observation %1").arg(i),
                              core::Actor{QString(), QStringLiteral("Analyst")});
        }
        storage::execute(db().connection(), QStringLiteral("DROP TRIGGER IF EXISTS timeline_entries_no_update"));
        storage::Query(db().connection(), QStringLiteral("UPDATE timeline_entries SET text = 'Nothing happened' "
                                                         "WHERE incident_id = :id AND seq = 2"))
            .bind(QStringLiteral(":id"), incident.id)
            .exec();
        const auto model = service().incident(incident.reference, counsel());
        QVERIFY(!model.verification.ok);
        const QString text = test::flat(
            render(report::IncidentLayout::document(model, storage::OrganisationProfile::load(db()), QTimeZone::utc()),
                   QStringLiteral("tampered.pdf"))
                .join(QLatin1Char(' ')));
        QVERIFY2(text.contains(QLatin1String("The hash chain does NOT verify")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("cannot be relied upon")));
        // No "final hash" to check against later when the chain is already broken.
        QVERIFY(!text.contains(QLatin1String("Final hash of the chain")));
    }

    void incident_unknownOrNotVisible_isRefused()
    {
        try {
            service().incident(QStringLiteral("INC-2099-9999"), counsel());
            QFAIL("an unknown incident gave a report");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::NotFound);
            QVERIFY2(QString(e.message()).contains(QLatin1String("INC-2099-9999")), qPrintable(e.message()));
        }
        const QString reference = referenceOf(QStringLiteral("Engineer exporting customer records before resignation"));
        try {
            service().incident(reference, core::Actor{QString(), QStringLiteral("Outsider")});
            QFAIL("someone off the access list got a confidential incident's report");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Refused);
            QVERIFY(QString(e.message()).contains(reference));
        }
    }

    void exercise_pdf_hasRatingsDecisionsAndImprovementPlan()
    {
        const auto model = service().exercise(m_exercise);
        int pageCount = 0;
        const QStringList pages =
            render(report::ExerciseLayout::document(model, storage::OrganisationProfile::load(db()), m_now,
                                                    QStringLiteral("Facilitator Fran")),
                   QStringLiteral("exercise.pdf"), &pageCount);
        QVERIFY2(pageCount >= 2 && pageCount <= 20, qPrintable(QString::number(pageCount)));
        const QString text = test::flat(pages.join(QLatin1Char(' ')));
        QVERIFY(text.contains(QLatin1String("After-action report")));
        QVERIFY(text.contains(m_exercise));
        QVERIFY(test::hasInOrder(text, QStringLiteral("Isolate FS02 via EDR")));
        QVERIFY(test::hasInOrder(text, QStringLiteral("Write an EDR isolation runbook")));
        QVERIFY(test::hasInOrder(text, QStringLiteral("Isolation runbook unclear")));
        for (int i = 0; i < pages.size(); ++i) {
            QVERIFY(test::flat(pages.at(i)).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pageCount)));
        }
        QVERIFY_THROWS_EXCEPTION(Error, service().exercise(QStringLiteral("EX-2099-0001")));
    }

    void htmlAndMarkdown_carryTheMarkingAndTheHash()
    {
        const QString reference = referenceOf(QStringLiteral("Engineer exporting customer records before resignation"));
        const auto model = service().incident(reference, counsel());
        const auto document =
            report::IncidentLayout::document(model, storage::OrganisationProfile::load(db()), QTimeZone::utc());
        const QString html = ReportExport::html(document);
        QVERIFY(html.contains(model.confidentialityMarking().toHtmlEscaped()));
        QVERIFY(html.contains(model.verification.headHash));
        const QString markdown = ReportExport::markdown(document);
        QVERIFY(markdown.contains(QLatin1String("CONFIDENTIAL")));
        QVERIFY(markdown.contains(model.verification.headHash));
        QVERIFY(!markdown.contains(QLatin1String("<table")));
    }

    void save_cancelled_leavesNoFile()
    {
        const auto model = service().leadership(QDate(2026, 1, 1), QDate(2026, 3, 31), counsel(), QTimeZone::utc());
        const auto document = report::LeadershipLayout::document(model, storage::OrganisationProfile::load(db()));
        const QString path = m_out.filePath(QStringLiteral("cancelled.pdf"));
        int calls = 0;
        QVERIFY_THROWS_EXCEPTION(Error,
                                 ReportExport::save(document, ReportExport::Format::Pdf, path, [&calls](int done, int) {
                                     ++calls;
                                     return done < 1;
                                 }));
        QVERIFY(calls >= 2);
        QVERIFY(!QFile::exists(path));

        // A folder that does not exist: an Io error naming the file.
        const QString bad = m_out.filePath(QStringLiteral("no/such/folder/report.pdf"));
        try {
            ReportExport::save(document, ReportExport::Format::Pdf, bad);
            QFAIL("writing into a missing folder succeeded");
        } catch (const Error& e) {
            QVERIFY2(QString(e.message()).contains(QLatin1String("report.pdf")), qPrintable(e.message()));
        }
    }

    void pagination_keepsHeadingsAndChartsWithWhatFollows()
    {
        // Filler pushes the heading and the chart across every position near a page end.
        for (int filler = 38; filler <= 62; filler += 2) {
            report::DocumentBuilder b;
            for (int i = 0; i < filler; ++i) {
                b.paragraph(QStringLiteral("Filler line %1.").arg(i));
            }
            b.heading(QStringLiteral("Section Xylophone"));
            report::DocumentBuilder::Table table;
            table.header = {QStringLiteral("Column Alpha"), QStringLiteral("Column Beta")};
            table.rows = {{QStringLiteral("a"), QStringLiteral("b")}};
            b.table(table);
            for (int i = 0; i < 8; ++i) {
                b.paragraph(QStringLiteral("More filler %1.").arg(i));
            }
            b.chart(std::make_shared<report::ComparisonBarChart>(
                QStringLiteral("Zebra chart"), QStringLiteral("now"), QStringLiteral("before"),
                QList<report::ComparisonBarChart::Group>{{QStringLiteral("Quokka"), 3, 2}}));
            report::ReportDocument document;
            document.bodyHtml = b.html();
            document.charts = b.charts();
            const QStringList pages = render(document, QStringLiteral("pagination.pdf"));
            QVERIFY(!pages.isEmpty());
            const auto pageOf = [&pages](const QString& text) {
                for (int i = 0; i < pages.size(); ++i) {
                    if (pages.at(i).contains(text)) {
                        return i;
                    }
                }
                return -1;
            };
            QVERIFY(pageOf(QStringLiteral("Section Xylophone")) >= 0);
            QVERIFY2(pageOf(QStringLiteral("Section Xylophone")) == pageOf(QStringLiteral("Column Alpha")),
                     qPrintable(QString::number(filler)));
            QVERIFY(pageOf(QStringLiteral("Quokka")) >= 0);
            QVERIFY2(pageOf(QStringLiteral("Quokka")) == pageOf(QStringLiteral("Zebra chart")),
                     qPrintable(QString::number(filler)));
        }
    }

    void brief_pdf_carriesItsTlpMarkingOnEveryPage()
    {
        core::IntelBrief brief;
        brief.reference = QStringLiteral("BRIEF-2026-0007");
        brief.title = QStringLiteral("Ransomware affiliates targeting payroll providers");
        brief.tlp = core::Tlp::Red;
        for (int i = 0; i < 12; ++i) {
            brief.sections.append({QStringLiteral("Finding %1").arg(i + 1),
                                   QStringLiteral("- The actor reuses VPN credentials bought from brokers.\n"
                                                  "- Exfiltration precedes encryption by two to five days.\n\n"
                                                  "Detection opportunities and mitigations follow in the annex.")});
        }
        const core::BriefRenderer::Context context{
            {QStringLiteral("Ada Lovelace"), QStringLiteral("Alan Turing")}, QString(), m_now};
        const QString path = m_out.filePath(QStringLiteral("brief.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(report::BriefLayout::pdf(brief, context, storage::OrganisationProfile::load(db())));
        file.close();
        const QStringList pages = test::pdfPages(test::pdfText(path));
        QVERIFY2(pages.size() >= 2, qPrintable(QString::number(pages.size())));
        for (const QString& page : pages) {
            QVERIFY(page.count(QLatin1String("TLP:RED")) >= 2);
        }
        QVERIFY(test::flat(pages.join(QLatin1Char(' '))).contains(QLatin1String("Ada Lovelace, Alan Turing")));
    }

    void logo_isStoredAndTooLargeIsRefused()
    {
        QVERIFY_THROWS_EXCEPTION(Error,
                                 storage::OrganisationProfile::saveLogo(
                                     db(), QByteArray(storage::OrganisationProfile::maxLogoBytes() + 1, 'x'), m_now));
        QVERIFY(storage::OrganisationProfile::load(db()).logo.isEmpty());
        const QByteArray svg = "<svg xmlns='http://www.w3.org/2000/svg' width='40' height='20'>"
                               "<rect width='40' height='20' fill='#333'/></svg>";
        storage::OrganisationProfile::saveLogo(db(), svg, m_now);
        QCOMPARE(storage::OrganisationProfile::load(db()).logo, svg);
        const auto model = service().exercise(m_exercise);
        QVERIFY(!render(report::ExerciseLayout::document(model, storage::OrganisationProfile::load(db()), m_now,
                                                         QStringLiteral("Facilitator Fran")),
                        QStringLiteral("logo.pdf"))
                     .isEmpty());
        storage::OrganisationProfile::saveLogo(db(), {}, m_now);
        QVERIFY(storage::OrganisationProfile::load(db()).logo.isEmpty());
    }
};

QTEST_MAIN(TestReportDocuments)
#include "tst_reportdocuments.moc"
