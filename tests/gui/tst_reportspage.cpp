#include "ReportFixture.h"
#include "TestSupport.h"
#include "gui/MainWindow.h"
#include "gui/ReportSettingsWidget.h"
#include "gui/ReportsPage.h"
#include "gui/Resources.h"
#include "gui/Session.h"
#include "gui/Theme.h"
#include "storage/IncidentService.h"
#include "storage/OrganisationProfile.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace muster;
using gui::ReportsPage;

namespace {

// Saves a screenshot when MUSTER_SCREENSHOT_DIR is set (for looking at the result).
void screenshot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("MUSTER_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
}

} // namespace

// The Reports page on a demo organisation: choose, preview, save, the messages at the
// field, and the logo in Settings.
class TestReportsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_temp;
    QTemporaryDir m_out;
    QString m_exercise;
    QString m_insider;

    std::unique_ptr<gui::Session> session()
    {
        return std::make_unique<gui::Session>(storage::Database::open(m_temp->path()));
    }

    QString read(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MusterTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_reportspage"));
        gui::initResources();
        gui::Theme::apply(gui::Theme::Choice::Light);
        QVERIFY(m_out.isValid());
        m_temp = std::make_unique<test::TempDatabase>();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        test::ReportFixture::write(m_temp->db(), now, 150);
        m_exercise = test::ReportFixture::runExercise(m_temp->db(), now - qint64(5) * 86'400'000);
        m_insider = storage::Query(m_temp->db().connection(),
                                   QStringLiteral("SELECT reference FROM incidents WHERE confidential = 1 LIMIT 1"))
                        .scalar()
                        .toString();
        QVERIFY(!m_insider.isEmpty());
    }

    void leadership_previewShowsPagesAndSavesPdf()
    {
        auto s = session();
        ReportsPage page(*s);
        page.resize(1280, 860);
        page.show();
        page.setKind(ReportsPage::Kind::Leadership);
        const QDate today = QDate::currentDate();
        page.setPeriod(today.addDays(-89), today);
        QVERIFY2(page.preview(), qPrintable(page.errorText()));
        QVERIFY2(page.pageCount() >= 2 && page.pageCount() <= 12, qPrintable(QString::number(page.pageCount())));
        QTest::qWait(100);
        screenshot(&page, QStringLiteral("reports-leadership"));
        QVERIFY(!page.grab().isNull());

        const QString path = m_out.filePath(QStringLiteral("leadership.pdf"));
        QVERIFY(page.saveTo(path));
        const QStringList pages = test::pdfPages(test::pdfText(path));
        QCOMPARE(pages.size(), page.pageCount());
        QVERIFY(test::flat(pages.first()).contains(QLatin1String("Leadership report")));
        QVERIFY(test::flat(pages.join(QLatin1Char(' '))).contains(QLatin1String("Incidents detected in the period:")));
    }

    void incident_confidential_onlyForThoseWhoMaySeeIt()
    {
        auto s = session();
        ReportsPage page(*s);
        page.resize(1280, 860);
        page.show();
        page.setKind(ReportsPage::Kind::Incident);
        page.setIncident(m_insider);
        QVERIFY(!page.preview()); // the login user is not on the access list
        QVERIFY2(page.errorText().contains(QLatin1String("confidential")), qPrintable(page.errorText()));

        s->setActingPersonId(test::ReportFixture::personOf(s->database(), core::PersonFunction::Legal));
        page.setIncident(m_insider);
        QVERIFY2(page.preview(), qPrintable(page.errorText()));
        QVERIFY(page.pageCount() >= 2);
        screenshot(&page, QStringLiteral("reports-incident"));
        const QString path = m_out.filePath(QStringLiteral("insider.md"));
        QVERIFY(page.saveTo(path));
        const QString markdown = read(path);
        const auto incident = storage::IncidentService(s->database()).get(m_insider);
        QVERIFY(markdown.contains(storage::IncidentService(s->database()).verify(incident.id).headHash));
        QVERIFY(markdown.startsWith(QLatin1String("**CONFIDENTIAL")));
    }

    void badChoices_showAMessageAtTheField()
    {
        auto s = session();
        ReportsPage page(*s);
        page.show();
        page.setKind(ReportsPage::Kind::Leadership);
        page.setPeriod(QDate(2026, 3, 31), QDate(2026, 1, 1));
        QVERIFY(page.errorText().contains(QLatin1String("before the first")));
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("previewButton"))->isEnabled());
        QVERIFY(!page.preview());

        page.setKind(ReportsPage::Kind::Incident);
        page.setIncident(QString());
        QVERIFY(page.errorText().contains(QLatin1String("Choose an incident")));
        page.setIncident(QStringLiteral("INC-2099-9999"));
        QVERIFY(page.errorText().isEmpty());
        QVERIFY(!page.preview());
        QVERIFY2(page.errorText().contains(QLatin1String("INC-2099-9999")), qPrintable(page.errorText()));
        QVERIFY(!page.saveTo(m_out.filePath(QStringLiteral("none.pdf"))));
        QVERIFY(!QFile::exists(m_out.filePath(QStringLiteral("none.pdf"))));
    }

    void exercise_afterActionReportPreviews()
    {
        auto s = session();
        ReportsPage page(*s);
        page.show();
        page.setKind(ReportsPage::Kind::Exercise);
        page.setExercise(m_exercise);
        QVERIFY2(page.preview(), qPrintable(page.errorText()));
        QVERIFY(page.pageCount() >= 2);
        const QString path = m_out.filePath(QStringLiteral("aar.pdf"));
        QVERIFY(page.saveTo(path));
        QVERIFY(test::flat(test::pdfText(path)).contains(m_exercise));
    }

    void settings_logoIsStoredOrRefusedWithAMessage()
    {
        auto s = session();
        gui::ReportSettingsWidget widget(*s);
        widget.resize(640, 160);
        widget.show();
        const QString text = m_out.filePath(QStringLiteral("notes.png"));
        QFile notImage(text);
        QVERIFY(notImage.open(QIODevice::WriteOnly));
        notImage.write("not an image");
        notImage.close();
        QVERIFY(!widget.setLogoFile(text));
        QVERIFY(storage::OrganisationProfile::load(s->database()).logo.isEmpty());

        const QString svg = m_out.filePath(QStringLiteral("logo.svg"));
        QFile logo(svg);
        QVERIFY(logo.open(QIODevice::WriteOnly));
        logo.write("<svg xmlns='http://www.w3.org/2000/svg' width='120' height='40'><rect width='120' height='40' "
                   "fill='#1f3a5f'/><text x='10' y='27' font-size='20' fill='white'>NWB</text></svg>");
        logo.close();
        QVERIFY(widget.setLogoFile(svg));
        QVERIFY(!storage::OrganisationProfile::load(s->database()).logo.isEmpty());
        screenshot(&widget, QStringLiteral("reports-settings"));
        widget.removeLogo();
        QVERIFY(storage::OrganisationProfile::load(s->database()).logo.isEmpty());
    }

    void mainWindow_reportsPageIsThePage()
    {
        auto s = session();
        gui::MainWindow window(*s);
        QVERIFY(qobject_cast<ReportsPage*>(window.page(gui::MainWindow::Page::Reports)));
    }
};

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
