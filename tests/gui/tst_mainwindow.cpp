#include "TestSupport.h"
#include "gui/MainWindow.h"
#include "gui/Resources.h"
#include "gui/Session.h"
#include "storage/DemoDataWriter.h"

#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace muster;
using gui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    // Saves a screenshot when MUSTER_SCREENSHOT_DIR is set (for looking at the result).
    static void screenshot(QWidget* w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("MUSTER_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MusterTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        gui::initResources();
    }

    void visitsEveryPage_withShortcuts()
    {
        test::TempDatabase t;
        storage::DemoDataWriter::write(t.db(), 60, 3, test::utcMs(2026, 11, 29, 12));
        gui::Session session(storage::Database::open(t.path()));
        MainWindow window(session);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList names{QStringLiteral("dashboard"), QStringLiteral("incidents"), QStringLiteral("exercises"),
                                QStringLiteral("scenarios"), QStringLiteral("reports"),   QStringLiteral("people"),
                                QStringLiteral("settings"),  QStringLiteral("alerts"),    QStringLiteral("my-tasks"),
                                QStringLiteral("intel")};
        for (int i = 0; i < MainWindow::pageCount; ++i) {
            QTest::keyClick(&window, static_cast<Qt::Key>(i < 9 ? Qt::Key_1 + i : Qt::Key_0), Qt::ControlModifier);
            QCOMPARE(int(window.currentPage()), i);
            QVERIFY(window.page(window.currentPage())->isVisible());
            screenshot(&window, QStringLiteral("page-%1").arg(names.at(i)));
        }
        // Status bar: the database and the sync state.
        QStringList texts;
        for (auto* label : window.statusBar()->findChildren<QLabel*>()) {
            texts << label->text();
        }
        QVERIFY2(texts.join(QLatin1Char('|')).contains(QLatin1String("muster.sqlite")),
                 qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.contains(QStringLiteral("Local only")));
    }

    void rememberLastPage()
    {
        test::TempDatabase t;
        {
            gui::Session session(storage::Database::open(t.path()));
            MainWindow window(session);
            window.show();
            window.showPage(MainWindow::Page::People);
            window.close();
        }
        gui::Session session(storage::Database::open(t.path()));
        MainWindow window(session);
        QCOMPARE(window.currentPage(), MainWindow::Page::People);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
