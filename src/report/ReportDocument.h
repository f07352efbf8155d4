#pragma once

#include "report/Chart.h"

#include <QByteArray>
#include <QColor>
#include <QList>
#include <QString>

#include <memory>

namespace muster::report {

// What every page of a report carries: the organisation's name and logo, the report's
// title, and a marking (confidential, privileged, TLP) repeated at the top and bottom of
// each page.
struct Letterhead
{
    QString organisation;
    QByteArray logo; // PNG, JPEG or SVG file bytes; empty for none
    QString title;   // "Incident report", "Leadership report"
    QString subtitle;
    QString marking; // empty: none
    QColor markingForeground = Qt::white;
    QColor markingBackground = Qt::black;
    Qt::Alignment markingAlignment = Qt::AlignHCenter; // TLP markings go to the right (FIRST)
    QString footer;                                    // "Generated 2026-03-31 14:05 by Dana Okafor"
};

// A report ready to export: its letterhead, the body as print HTML with chart
// placeholders (DocumentBuilder), the charts, and the Markdown. `standaloneHtml`, when
// set, is the HTML export as is (the after-action report has its own).
struct ReportDocument
{
    Letterhead letterhead;
    QString documentTitle; // PDF metadata
    QString bodyHtml;
    QString markdown;
    QString standaloneHtml;
    QList<std::shared_ptr<const Chart>> charts;
};

} // namespace muster::report
