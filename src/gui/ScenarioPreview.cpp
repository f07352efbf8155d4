#include "gui/ScenarioPreview.h"

#include "core/AfterActionReport.h"
#include "core/HtmlText.h"

namespace muster::gui {

namespace {

QString h(const QString& s)
{
    return core::plainTextToHtml(s);
}

} // namespace

QString ScenarioPreview::html(const core::Scenario& s)
{
    QString o;
    o += QStringLiteral("<h2>%1</h2>").arg(h(s.title));
    o += QStringLiteral("<p><i>%1 · %2 · %3 · %4</i></p>")
             .arg(h(core::categories().label(s.category)), h(core::scenarioDifficulties().label(s.difficulty)),
                  h(tr("%1 min").arg(s.durationMinutes)), h(s.audience));
    o += QStringLiteral("<p>%1</p>").arg(h(s.summary));
    o += QStringLiteral("<h3>%1</h3><ul>").arg(h(tr("Objectives")));
    for (const auto& obj : s.objectives) {
        o += QStringLiteral("<li>%1 <span style=\"color:gray\">(%2)</span></li>").arg(h(obj.text), h(obj.capability));
    }
    o += QStringLiteral("</ul><h3>%1</h3><ul>").arg(h(tr("Roles")));
    for (const auto& r : s.roles) {
        o += QStringLiteral("<li><b>%1</b>%2</li>")
                 .arg(h(r.name), r.function ? QStringLiteral(" — %1").arg(h(core::personFunctions().label(*r.function)))
                                            : QString());
    }
    o += QStringLiteral("</ul><h3>%1</h3>").arg(h(tr("Injects")));
    o += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" style=\"border-collapse:collapse\">");
    o += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
             .arg(h(tr("When")), h(tr("Inject")), h(tr("Channel")), h(tr("Branches")));
    for (const auto& inj : s.injects) {
        QString when;
        switch (inj.trigger) {
        case core::InjectTrigger::Scheduled:
            when = core::formatScenarioTime(inj.offsetMinutes * 60'000);
            break;
        case core::InjectTrigger::Branch:
            when = tr("by a branch");
            break;
        case core::InjectTrigger::Manual:
            when = tr("by hand");
            break;
        }
        QStringList branches;
        for (const auto& b : inj.branches) {
            QStringList outcomes;
            for (const auto& out : b.outcomes) {
                QStringList targets;
                for (const QString& t : out.release) {
                    const core::Inject* target = s.inject(t);
                    targets << (target ? target->title : t);
                }
                outcomes << (targets.isEmpty()
                                 ? h(out.label)
                                 : QStringLiteral("%1 → %2").arg(h(out.label), h(targets.join(QStringLiteral(", ")))));
            }
            branches << QStringLiteral("<b>%1</b> (%2)<br>%3")
                            .arg(h(b.question), h(core::branchKinds().label(b.kind)),
                                 outcomes.join(QStringLiteral("<br>")));
        }
        o += QStringLiteral(
                 "<tr><td>%1</td><td><b>%2</b><br><span style=\"color:gray\">%3</span></td><td>%4</td><td>%5</td></tr>")
                 .arg(h(when), h(inj.title), h(inj.sender), h(core::injectChannels().label(inj.channel)),
                      branches.join(QStringLiteral("<br>")));
    }
    o += QStringLiteral("</table>");
    for (const auto& p : s.phases) {
        if (p.questions.isEmpty()) {
            continue;
        }
        o += QStringLiteral("<h3>%1</h3><ul>").arg(h(tr("Discussion: %1").arg(p.title)));
        for (const QString& q : p.questions) {
            o += QStringLiteral("<li>%1</li>").arg(h(q));
        }
        o += QStringLiteral("</ul>");
    }
    if (!s.facilitatorNotes.isEmpty()) {
        o += QStringLiteral("<h3>%1</h3><ul>").arg(h(tr("Notes for the facilitator")));
        for (const QString& n : s.facilitatorNotes) {
            o += QStringLiteral("<li>%1</li>").arg(h(n));
        }
        o += QStringLiteral("</ul>");
    }
    if (!s.attackIds.isEmpty()) {
        o += QStringLiteral("<p><b>%1</b> %2</p>").arg(h(tr("ATT&CK:")), h(s.attackIds.join(QStringLiteral(", "))));
    }
    if (!s.references.isEmpty()) {
        o += QStringLiteral("<h3>%1</h3><ul>").arg(h(tr("References")));
        for (const auto& r : s.references) {
            o += r.url.isEmpty() ? QStringLiteral("<li>%1</li>").arg(h(r.title))
                                 : QStringLiteral("<li><a href=\"%1\">%2</a></li>").arg(h(r.url), h(r.title));
        }
        o += QStringLiteral("</ul>");
    }
    return o;
}

} // namespace muster::gui
