#include "app/AppSetup.h"
#include "core/Error.h"
#include "gui/MainWindow.h"
#include "gui/Resources.h"
#include "gui/Session.h"
#include "gui/Theme.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

using namespace muster;

namespace {

// Opens the database, letting the user pick another file while it is refused.
std::unique_ptr<storage::Database> openInteractively(QString path)
{
    for (;;) {
        try {
            return storage::Database::open(path);
        } catch (const core::Error& e) {
            QMessageBox box(QMessageBox::Critical, QApplication::translate("main", "Cannot Open Database"),
                            e.message());
            QPushButton* other =
                box.addButton(QApplication::translate("main", "Choose Another File…"), QMessageBox::AcceptRole);
            box.addButton(QMessageBox::Close);
            box.exec();
            if (box.clickedButton() != other) {
                return nullptr;
            }
            path = QFileDialog::getSaveFileName(nullptr, QApplication::translate("main", "Open or Create Database"),
                                                QDir::homePath(),
                                                QApplication::translate("main", "Muster databases (*.sqlite)"), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
            if (path.isEmpty()) {
                return nullptr;
            }
        }
    }
}

} // namespace

int main(int argc, char* argv[])
{
    app::setIdentity();
    QApplication application(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Muster"));
    QGuiApplication::setDesktopFileName(QStringLiteral(MUSTER_APP_ID));
    app::installTranslations(application);
    gui::initResources();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Incident coordination, tabletop exercises and SOC metrics."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringList{QStringLiteral("d"), QStringLiteral("database")},
        QApplication::translate("main", "Open the database FILE instead of the default one."),
        QApplication::translate("main", "FILE"));
    parser.addOption(databaseOption);
    parser.process(application);

    gui::Theme::apply(gui::Theme::saved());

    const QString path = parser.isSet(databaseOption) ? parser.value(databaseOption) : storage::Database::defaultPath();
    auto database = openInteractively(path);
    if (!database) {
        return 1;
    }

    gui::Session session(std::move(database));
    gui::MainWindow window(session);
    window.show();
    QTimer::singleShot(0, &window, &gui::MainWindow::offerDemoDataIfEmpty);
    return QApplication::exec();
}
