#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace muster::gui {

// Runs work on a worker thread behind a modal progress dialog and waits for it while
// the GUI keeps painting. `work` reports with progress(done, total) (total 0: busy) and
// stops when it returns false (the user pressed Cancel). Returns the error message of
// a core::Error the work threw, empty on success.
struct BackgroundTask
{
    using Progress = std::function<bool(int done, int total)>;
    static QString run(QWidget* parent, const QString& label, const std::function<void(const Progress&)>& work,
                       bool cancellable = true);
};

} // namespace muster::gui
