#pragma once

#include "core/AfterActionReport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace muster::core {

// Lays out an after-action report. HTML is a standalone document (also the input of the
// PDF export, which renders it with QTextDocument), Markdown suits wikis and tickets,
// JSON suits tools. All text from the exercise is escaped.
class AarRenderer
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::AarRenderer)

public:
    static QString html(const AfterActionReport& report);
    static QString markdown(const AfterActionReport& report);
    static QJsonObject json(const AfterActionReport& report);

    static QString formatDateTime(qint64 ms);
    static QString formatDate(qint64 ms);
};

} // namespace muster::core
