#include "gui/DemoDataLoader.h"

#include "core/Clock.h"
#include "core/Error.h"
#include "gui/Session.h"
#include "storage/Database.h"
#include "storage/DemoOrganisation.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSet>
#include <QtConcurrent>

#include <atomic>

namespace muster::gui {

bool loadDemoData(QWidget* parent, Session& session)
{
    constexpr int kIncidents = 200;
    QProgressDialog progress(QCoreApplication::translate("muster::gui::DemoDataLoader", "Loading demo data…"),
                             QCoreApplication::translate("muster::gui::DemoDataLoader", "Cancel"), 0, kIncidents,
                             parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    std::atomic_bool cancelled = false;
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&cancelled] { cancelled = true; });

    storage::Database& db = session.database();
    QString error;
    // Written through a connection of its own, so that the open pages do not reload after
    // every change while the worker writes; they hear of all changed tables once at the end.
    QSet<QString> changedTables;
    QFutureWatcher<void> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([&] {
        try {
            storage::Database::Options options;
            options.create = false;
            options.migrate = false;
            options.integrityCheckMaxBytes = 0; // the open database was checked when it was opened
            const auto writer = storage::Database::open(db.path(), options);
            QObject::connect(writer.get(), &storage::Database::changed, writer.get(),
                             [&changedTables](const QStringList& tables) {
                                 for (const QString& t : tables) {
                                     changedTables.insert(t);
                                 }
                             });
            const qint64 now = core::SystemClock::instance().nowMs();
            // With the live incidents, alerts, intel, exercises and a person to act as.
            storage::DemoOrganisation::write(*writer, kIncidents, 20261129u, now, [&](int done, int) {
                QMetaObject::invokeMethod(
                    &progress, [&progress, done] { progress.setValue(done); }, Qt::QueuedConnection);
                return !cancelled.load();
            });
        } catch (const core::Error& e) {
            error = e.message();
        }
    }));
    loop.exec();
    progress.setValue(kIncidents);
    if (!changedTables.isEmpty()) {
        db.notifyChanged(QStringList(changedTables.cbegin(), changedTables.cend()));
    }
    if (!error.isEmpty()) {
        QMessageBox::warning(parent, QCoreApplication::translate("muster::gui::DemoDataLoader", "Demo data not loaded"),
                             error);
        return false;
    }
    // Unless the user chose someone of this database, they now act as the demo's person.
    const QString demoPerson = storage::DemoOrganisation::actingPerson(db);
    if (!demoPerson.isEmpty() && session.actingPersonId() == demoPerson) {
        session.setActingPersonId(demoPerson);
    }
    return true;
}

} // namespace muster::gui
