#include "gui/BackgroundTask.h"

#include "core/Error.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent>

#include <atomic>

namespace muster::gui {

QString BackgroundTask::run(QWidget* parent, const QString& label, const std::function<void(const Progress&)>& work,
                            bool cancellable)
{
    QProgressDialog progress(
        label, cancellable ? QCoreApplication::translate("muster::gui::BackgroundTask", "Cancel") : QString(), 0, 0,
        parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(250);
    std::atomic_bool cancelled = false;
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&cancelled] { cancelled = true; });
    QString error;
    QFutureWatcher<void> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([&] {
        try {
            work([&](int done, int total) {
                QMetaObject::invokeMethod(
                    &progress,
                    [&progress, done, total] {
                        progress.setMaximum(total);
                        progress.setValue(total > 0 ? done : 0);
                    },
                    Qt::QueuedConnection);
                return !cancelled.load();
            });
        } catch (const core::Error& e) {
            error = e.message();
        }
    }));
    loop.exec();
    progress.reset();
    return error;
}

} // namespace muster::gui
