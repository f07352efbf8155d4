#pragma once

#include "core/IntelBrief.h"

#include <QCoreApplication>
#include <QStringList>

namespace muster::core {

// Renders a brief as a standalone HTML page or as Markdown. The TLP marking appears
// at the top and bottom of the document and, in HTML, in a header and footer that the
// browser repeats on every printed page; FIRST's guidance for the marking is printed
// with it. Rendering does not decide who may receive a brief: TlpPolicy does, before.
class BriefRenderer
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::BriefRenderer)

public:
    struct Context
    {
        QStringList recipients; // names, printed for named-recipient briefs
        QString scopeLabel;     // who the export is for
        qint64 generatedAt = 0;
    };

    static QString toHtml(const IntelBrief& brief, const Context& context);
    static QString toMarkdown(const IntelBrief& brief, const Context& context);
};

} // namespace muster::core
