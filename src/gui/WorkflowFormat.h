#pragma once

#include "core/Error.h"

#include <QColor>
#include <QString>

class QWidget;

namespace muster::gui {

// How the workflow widgets show times and problems.
namespace WorkflowFormat {

// "Mon 2 Mar, 10:00" in the user's time zone (the year when not this year).
QString localTime(qint64 ms);
// "14:05" today, "Tue 14:05" within the coming or past six days, else "3 Mar 14:05".
QString shortTime(qint64 ms);
// "Monday 2 March 2026, 10:00:00 CET (09:00 UTC)" for tooltips.
QString fullTime(qint64 ms);
// Red for overdue, orange within a day, the normal colour otherwise (invalid colour).
QColor urgencyColor(qint64 dueAt, qint64 now);
// Green for "done, approved", tuned to the palette.
QColor okColor();
// A modal warning with the error's message.
void showError(QWidget* parent, const QString& title, const core::Error& error);

} // namespace WorkflowFormat

} // namespace muster::gui
