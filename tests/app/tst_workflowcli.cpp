#include "CliRunner.h"
#include "TestSupport.h"
#include "WorkflowFixture.h"
#include "storage/IncidentAttributesRepository.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace muster;
using test::runMusterctl;

// The workflow commands of the real musterctl: tasks, comms and deadlines.
class TestWorkflowCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    test::CliResult run(const QStringList& args) { return runMusterctl(args, m_home.path()); }

    static QString iso(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate); }

    static QJsonArray jsonArray(const QString& text) { return QJsonDocument::fromJson(text.toUtf8()).array(); }

private slots:
    void deadlines_startListFilterAndMeet()
    {
        test::TempDatabase t;
        test::WorkflowPeople people(t.db());
        const auto incident = test::makeIncident(t.db(), core::SystemClock::instance(), core::Category::DataExposure,
                                                 core::Severity::Sev2, people.as(people.analyst));
        core::IncidentAttributes a;
        a.personalData = true;
        a.sectors = {core::RegulatedSector::Nis2Entity};
        a.jurisdictions = {QStringLiteral("FR")};
        storage::IncidentAttributesRepository(t.db()).save(incident.id, a, 0);
        const QString db = t.path();
        const qint64 aware = QDateTime::currentMSecsSinceEpoch() - 3'600'000;

        auto r = run({QStringLiteral("deadlines"), QStringLiteral("start"), QStringLiteral("--database"), db,
                      QStringLiteral("--incident"), incident.reference, QStringLiteral("--event"),
                      QStringLiteral("became-aware"), QStringLiteral("--at"), iso(aware), QStringLiteral("--as"),
                      people.counsel.email});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("GDPR")), qPrintable(r.out));

        r = run({QStringLiteral("deadlines"), QStringLiteral("list"), QStringLiteral("--database"), db,
                 QStringLiteral("--json"), QStringLiteral("--as"), people.counsel.email});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(jsonArray(r.out).size(), 3);

        r = run({QStringLiteral("deadlines"), QStringLiteral("list"), QStringLiteral("--database"), db,
                 QStringLiteral("--due-within"), QStringLiteral("24h"), QStringLiteral("--json"),
                 QStringLiteral("--as"), people.counsel.email});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray soon = jsonArray(r.out);
        QCOMPARE(soon.size(), 1);
        const QJsonObject early = soon.first().toObject();
        QCOMPARE(early.value(QLatin1String("rule")).toString(), QStringLiteral("nis2_early_warning"));
        QCOMPARE(early.value(QLatin1String("incident")).toString(), incident.reference);
        QCOMPARE(early.value(QLatin1String("due_at")).toString(), iso(aware + 24 * 3'600'000LL));
        QCOMPARE(early.value(QLatin1String("source")).toString(),
                 QStringLiteral("Directive (EU) 2022/2555 (NIS2), Article 23(4)(a)"));

        r = run({QStringLiteral("deadlines"), QStringLiteral("met"), QStringLiteral("--database"), db,
                 early.value(QLatin1String("id")).toString().left(8), QStringLiteral("--as"), people.counsel.email});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("(met)")));

        const QString ics = m_home.filePath(QStringLiteral("deadlines.ics"));
        r = run({QStringLiteral("deadlines"), QStringLiteral("ics"), QStringLiteral("--database"), db,
                 QStringLiteral("--output"), ics, QStringLiteral("--as"), people.counsel.email});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(ics);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.startsWith("BEGIN:VCALENDAR\r\n"));
        QCOMPARE(content.count("BEGIN:VEVENT"), 2);
    }

    void tasks_listDoneAndHrGate()
    {
        test::TempDatabase t;
        test::WorkflowPeople people(t.db());
        const auto incident = test::makeIncident(t.db(), core::SystemClock::instance(), core::Category::Insider,
                                                 core::Severity::Sev2, people.as(people.analyst));
        const QString db = t.path();
        // The insider incident is confidential: an outsider cannot list its tasks.
        auto r = run({QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--database"), db,
                      QStringLiteral("--incident"), incident.reference, QStringLiteral("--as"), people.outsider.email});
        QCOMPARE(r.exitCode, 1);
        r = run({QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--database"), db,
                 QStringLiteral("--incident"), incident.reference, QStringLiteral("--as"), people.hr.email,
                 QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray tasks = jsonArray(r.out);
        QVERIFY(tasks.size() >= 10);
        QJsonObject interview;
        for (const auto& v : tasks) {
            if (v.toObject().value(QLatin1String("key")).toString() == QLatin1String("hr.suspend_access")) {
                interview = v.toObject();
            }
        }
        QCOMPARE(interview.value(QLatin1String("hr_action")).toBool(), true);
        QCOMPARE(interview.value(QLatin1String("approvals_missing")).toArray().size(), 2);

        const QString preserve = incident.reference + QStringLiteral("/insider.preserve");
        const QString suspend = incident.reference + QStringLiteral("/hr.suspend_access");
        r = run({QStringLiteral("tasks"), QStringLiteral("done"), QStringLiteral("--database"), db, preserve,
                 QStringLiteral("--as"), people.analyst.email});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("[Done]")));
        r = run({QStringLiteral("tasks"), QStringLiteral("done"), QStringLiteral("--database"), db, suspend,
                 QStringLiteral("--as"), people.hr.email});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("cannot start until HR and Legal have both approved")),
                 qPrintable(r.err));
        r = run({QStringLiteral("tasks"), QStringLiteral("approve"), QStringLiteral("--database"), db, suspend,
                 QStringLiteral("--role"), QStringLiteral("hr"), QStringLiteral("--as"), people.hr.email});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("still waits for Legal")));
        r = run({QStringLiteral("tasks"), QStringLiteral("approve"), QStringLiteral("--database"), db, suspend,
                 QStringLiteral("--role"), QStringLiteral("legal"), QStringLiteral("--as"), people.hr.email});
        QCOMPARE(r.exitCode, 1);
        r = run({QStringLiteral("tasks"), QStringLiteral("approve"), QStringLiteral("--database"), db, suspend,
                 QStringLiteral("--role"), QStringLiteral("legal"), QStringLiteral("--as"), people.counsel.email});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({QStringLiteral("tasks"), QStringLiteral("done"), QStringLiteral("--database"), db, suspend,
                 QStringLiteral("--as"), people.hr.email});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({QStringLiteral("tasks"), QStringLiteral("status"), QStringLiteral("--database"), db,
                 incident.reference + QStringLiteral("/legal.employee_rights"), QStringLiteral("blocked")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("Reason")));
    }

    void comms_draftApproveSend()
    {
        test::TempDatabase t;
        test::WorkflowPeople people(t.db());
        const auto incident = test::makeIncident(t.db(), core::SystemClock::instance(), core::Category::Ransomware,
                                                 core::Severity::Sev1, people.as(people.analyst));
        const QString db = t.path();
        auto r = run({QStringLiteral("comms"), QStringLiteral("draft"), QStringLiteral("--database"), db,
                      QStringLiteral("--incident"), incident.reference, QStringLiteral("--template"),
                      QStringLiteral("holding_statement"), QStringLiteral("--json"), QStringLiteral("--as"),
                      people.comms.email});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject draft = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QString id = draft.value(QLatin1String("id")).toString();
        QCOMPARE(draft.value(QLatin1String("audience")).toString(), QStringLiteral("press"));
        r = run({QStringLiteral("comms"), QStringLiteral("review"), QStringLiteral("--database"), db, id});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("fill in")));
        const QString body = m_home.filePath(QStringLiteral("statement.txt"));
        QFile f(body);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("We are investigating a cybersecurity incident and have taken systems offline as a precaution.");
        f.close();
        r = run({QStringLiteral("comms"), QStringLiteral("edit"), QStringLiteral("--database"), db, id.left(8),
                 QStringLiteral("--subject"), QStringLiteral("Statement"), QStringLiteral("--body-file"), body,
                 QStringLiteral("--recipients"), QStringLiteral("press@example.org")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("v2")));
        r = run({QStringLiteral("comms"), QStringLiteral("approve"), QStringLiteral("--database"), db, id,
                 QStringLiteral("--role"), QStringLiteral("communications"), QStringLiteral("--as"),
                 people.comms.email});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString eml = m_home.filePath(QStringLiteral("statement.eml"));
        r = run({QStringLiteral("comms"), QStringLiteral("send"), QStringLiteral("--database"), db, id,
                 QStringLiteral("--eml"), eml});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("until Legal has approved this exact text")), qPrintable(r.err));
        QVERIFY(!QFile::exists(eml));
        r = run({QStringLiteral("comms"), QStringLiteral("approve"), QStringLiteral("--database"), db, id,
                 QStringLiteral("--role"), QStringLiteral("legal"), QStringLiteral("--as"), people.counsel.email});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("[Approved]")));
        r = run({QStringLiteral("comms"), QStringLiteral("send"), QStringLiteral("--database"), db, id,
                 QStringLiteral("--eml"), eml, QStringLiteral("--as"), people.comms.email});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(eml));
        r = run({QStringLiteral("comms"), QStringLiteral("list"), QStringLiteral("--database"), db,
                 QStringLiteral("--incident"), incident.reference});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("[Sent]")));
        QVERIFY(r.out.contains(QLatin1String("Next status update due")));
        r = run({QStringLiteral("comms"), QStringLiteral("send"), QStringLiteral("--database"), db, id,
                 QStringLiteral("--manual"), QStringLiteral("phone"), QStringLiteral("--eml"), eml});
        QCOMPARE(r.exitCode, 2);
    }

    void deadlines_badInput_exitCodes()
    {
        test::TempDatabase t;
        test::WorkflowPeople people(t.db());
        const auto incident = test::makeIncident(t.db(), core::SystemClock::instance(), core::Category::DataExposure,
                                                 core::Severity::Sev2, people.as(people.analyst));
        const QString db = t.path();
        auto r = run({QStringLiteral("deadlines"), QStringLiteral("start"), QStringLiteral("--database"), db,
                      QStringLiteral("--incident"), incident.reference, QStringLiteral("--event"),
                      QStringLiteral("became-awake"), QStringLiteral("--at"), QStringLiteral("now")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("became-aware")));
        r = run({QStringLiteral("deadlines"), QStringLiteral("start"), QStringLiteral("--database"), db,
                 QStringLiteral("--incident"), incident.reference, QStringLiteral("--event"),
                 QStringLiteral("became-aware"), QStringLiteral("--at"), QStringLiteral("yesterday")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("--at")));
        r = run({QStringLiteral("deadlines"), QStringLiteral("start"), QStringLiteral("--database"), db,
                 QStringLiteral("--incident"), incident.reference, QStringLiteral("--event"),
                 QStringLiteral("became-aware"), QStringLiteral("--at"), QStringLiteral("now")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("--rule")));
        r = run({QStringLiteral("deadlines"), QStringLiteral("list"), QStringLiteral("--database"), db,
                 QStringLiteral("--due-within"), QStringLiteral("soon")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("--due-within")));
    }
};

QTEST_GUILESS_MAIN(TestWorkflowCli)
#include "tst_workflowcli.moc"
