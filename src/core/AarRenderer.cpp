#include "core/AarRenderer.h"

#include "core/HtmlText.h"

#include <QDateTime>
#include <QJsonArray>

namespace muster::core {

namespace {

QString ratingKey(const std::optional<Rating>& r)
{
    return r ? ratings().key(*r) : QStringLiteral("–");
}

QString minutes(const std::optional<qint64>& ms)
{
    return ms ? AarRenderer::tr("%1 min").arg(*ms / 60'000) : QStringLiteral("–");
}

QString percent(const std::optional<double>& share)
{
    return share ? QStringLiteral("%1%").arg(qRound(*share * 100)) : QStringLiteral("–");
}

QString meanMinutes(const std::optional<double>& m)
{
    return m ? AarRenderer::tr("%1 min").arg(*m, 0, 'f', 1) : QStringLiteral("–");
}

QString within(const AfterActionReport::ActionResult& a)
{
    if (!a.withinLimit) {
        return a.timeLimitMinutes > 0 ? AarRenderer::tr("limit %1 min").arg(a.timeLimitMinutes) : QString();
    }
    return *a.withinLimit ? AarRenderer::tr("within %1 min").arg(a.timeLimitMinutes)
                          : AarRenderer::tr("over the %1 min limit").arg(a.timeLimitMinutes);
}

QString counts(const AfterActionReport::ObjectiveSection& o)
{
    QStringList parts;
    for (Rating r : ratings().values()) {
        if (o.counts.value(r) > 0) {
            parts << QStringLiteral("%1 %2").arg(ratings().key(r)).arg(o.counts.value(r));
        }
    }
    return parts.isEmpty() ? AarRenderer::tr("not rated") : parts.join(QStringLiteral(", "));
}

QString h(const QString& text)
{
    return plainTextToHtml(text);
}

QString htmlRow(const QStringList& cells, const QString& tag = QStringLiteral("td"))
{
    QString out = QStringLiteral("<tr>");
    for (const QString& c : cells) {
        out += QStringLiteral("<%1>%2</%1>").arg(tag, h(c));
    }
    return out + QStringLiteral("</tr>\n");
}

QString ratingCell(const std::optional<Rating>& r)
{
    static const char* colours[] = {"#1b7f3b", "#8a6d00", "#b35900", "#b3261e"};
    if (!r) {
        return QStringLiteral("<td class=\"rating\">–</td>");
    }
    return QStringLiteral("<td class=\"rating\" style=\"color:%1\" title=\"%2\">%3</td>")
        .arg(QLatin1String(colours[int(*r)]), h(ratings().label(*r)), ratings().key(*r));
}

} // namespace

QString AarRenderer::formatDateTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString AarRenderer::formatDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd"));
}

QString AarRenderer::html(const AfterActionReport& r)
{
    QString o;
    o += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>%1</title>\n")
             .arg(h(tr("After-action report: %1").arg(r.title)));
    o += QStringLiteral(
        "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222;line-height:1.4}"
        "table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}th,td{border:1px solid #ccc;padding:.3em "
        ".5em;text-align:left;vertical-align:top}th{background:#f0f0f0}td.rating{font-weight:bold;text-align:center}"
        "h2{border-bottom:2px solid #444;padding-bottom:.2em;margin-top:2em}.meta td{border:none;padding:.1em "
        ".6em .1em 0}.muted{color:#666}</style>\n</head><body>\n");
    if (!r.organisation.isEmpty()) {
        o += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(h(r.organisation));
    }
    o += QStringLiteral("<h1>%1</h1>\n").arg(h(tr("After-action report and improvement plan")));
    o += QStringLiteral("<p><strong>%1</strong> (%2)</p>\n").arg(h(r.title), h(r.reference));
    o += QStringLiteral("<table class=\"meta\">\n");
    o += htmlRow({tr("Scenario"), r.scenarioTitle}, QStringLiteral("td"));
    o += htmlRow({tr("Date"), formatDateTime(r.startedAt.value_or(r.plannedAt))});
    o += htmlRow({tr("Status"), r.status});
    o += htmlRow({tr("Facilitator"), r.facilitator.isEmpty() ? tr("not set") : r.facilitator});
    o += htmlRow({tr("Scenario time played"),
                  tr("%1 at %2× time compression").arg(formatScenarioTime(r.scenarioElapsedMs)).arg(r.compression)});
    if (!r.incidentReference.isEmpty()) {
        o += htmlRow({tr("Exercise incident"), r.incidentReference});
    }
    o += QStringLiteral("</table>\n<p>%1</p>\n").arg(h(r.scenarioSummary));

    o += QStringLiteral("<h2>%1</h2>\n<table>\n").arg(h(tr("Participants")));
    o += htmlRow({tr("Role"), tr("People")}, QStringLiteral("th"));
    for (const auto& p : r.participants) {
        o += htmlRow({p.role, p.people.isEmpty() ? tr("(not staffed)") : p.people.join(QStringLiteral(", "))});
    }
    o += QStringLiteral("</table>\n");

    o += QStringLiteral("<h2>%1</h2>\n").arg(h(tr("Summary")));
    o += QStringLiteral("<p>%1</p>\n")
             .arg(h(tr("%1 of %2 expected actions rated; %3 rated P or S. Mean inject-to-decision time: %4 over %5 "
                       "decisions.")
                        .arg(r.actionsRated)
                        .arg(r.actionsTotal)
                        .arg(percent(r.metrics.overall.shareMet()))
                        .arg(meanMinutes(r.metrics.overall.meanDecisionMinutes))
                        .arg(r.metrics.overall.decisions)));

    o += QStringLiteral("<h2>%1</h2>\n").arg(h(tr("Objectives, ratings and observations")));
    for (const auto& obj : r.objectives) {
        o += QStringLiteral("<h3>%1</h3>\n<p>%2 · %3 · %4</p>\n")
                 .arg(h(obj.text), h(tr("Capability: %1").arg(obj.capability)),
                      h(tr("Rating: %1").arg(ratingKey(obj.rating))), h(counts(obj)));
        o += QStringLiteral("<table>\n");
        o += htmlRow(
            {tr("Inject"), tr("Role"), tr("Expected action"), tr("Rating"), tr("First response"), tr("Observations")},
            QStringLiteral("th"));
        for (const auto& a : obj.actions) {
            o += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td>%4<td>%5<br><span class=\"muted\">%6</span></td>"
                                "<td>%7%8</td></tr>\n")
                     .arg(h(a.inject), h(a.role), h(a.action), ratingCell(a.rating), h(minutes(a.firstResponseMs)),
                          h(within(a)), h(a.observation),
                          a.evaluator.isEmpty()
                              ? QString()
                              : QStringLiteral(" <span class=\"muted\">(%1)</span>").arg(h(a.evaluator)));
        }
        o += QStringLiteral("</table>\n");
        if (!obj.strengths.isEmpty()) {
            o += QStringLiteral("<p><strong>%1</strong><br>%2</p>\n").arg(h(tr("Strengths")), h(obj.strengths));
        }
        if (!obj.improvements.isEmpty()) {
            o += QStringLiteral("<p><strong>%1</strong><br>%2</p>\n")
                     .arg(h(tr("Areas for improvement")), h(obj.improvements));
        }
    }

    o += QStringLiteral("<h2>%1</h2>\n<table>\n").arg(h(tr("Decision log")));
    o += htmlRow({tr("Time"), tr("Inject"), tr("Role"), tr("Decision"), tr("Rationale"), tr("Approver"),
                  tr("Inject to decision")},
                 QStringLiteral("th"));
    for (const auto& d : r.decisions) {
        o += htmlRow({formatScenarioTime(d.atMs), d.inject, d.role,
                      d.outcome.isEmpty() ? d.decision : tr("%1 (%2)").arg(d.decision, d.outcome), d.rationale,
                      d.approver, minutes(d.sinceReleaseMs)});
    }
    if (r.decisions.isEmpty()) {
        o += QStringLiteral("<tr><td colspan=\"7\" class=\"muted\">%1</td></tr>\n").arg(h(tr("No decisions logged.")));
    }
    o += QStringLiteral("</table>\n");

    o += QStringLiteral("<h2>%1</h2>\n<table>\n").arg(h(tr("Path through the scenario")));
    o += htmlRow({tr("Time"), tr("Inject"), tr("Released")}, QStringLiteral("th"));
    for (const auto& p : r.path) {
        o += htmlRow({formatScenarioTime(p.atMs), p.inject, p.way});
    }
    o += QStringLiteral("</table>\n");
    if (!r.branches.isEmpty()) {
        o += QStringLiteral("<table>\n");
        o += htmlRow({tr("Branch"), tr("Decided by"), tr("Outcome")}, QStringLiteral("th"));
        for (const auto& b : r.branches) {
            o += htmlRow({b.question, b.kind, b.outcome.isEmpty() ? tr("not decided") : b.outcome});
        }
        o += QStringLiteral("</table>\n");
    }

    o += QStringLiteral("<h2>%1</h2>\n<table>\n").arg(h(tr("Hot wash discussion")));
    o += htmlRow({tr("Phase"), tr("Question"), tr("Notes")}, QStringLiteral("th"));
    for (const auto& d : r.discussion) {
        o += htmlRow({d.phase, d.question, d.notes});
    }
    o += QStringLiteral("</table>\n");

    o += QStringLiteral("<h2>%1</h2>\n<table>\n").arg(h(tr("Improvement plan")));
    o += htmlRow({tr("Corrective action"), tr("Capability"), tr("Objective"), tr("Owner"), tr("Due"), tr("Status")},
                 QStringLiteral("th"));
    for (const auto& i : r.improvements) {
        o += htmlRow(
            {i.action, i.capability, i.objective, i.owner, i.dueAt ? formatDate(*i.dueAt) : QString(), i.status});
    }
    if (r.improvements.isEmpty()) {
        o += QStringLiteral("<tr><td colspan=\"6\" class=\"muted\">%1</td></tr>\n")
                 .arg(h(tr("No improvement items recorded.")));
    }
    o += QStringLiteral("</table>\n");

    if (!r.retests.isEmpty()) {
        o += QStringLiteral("<h2>%1</h2>\n<table>\n").arg(h(tr("Improvement items from earlier runs")));
        o += htmlRow({tr("Corrective action"), tr("Raised in"), tr("Objective"), tr("Re-tested"), tr("Rating now")},
                     QStringLiteral("th"));
        for (const auto& t : r.retests) {
            o += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td>%5</tr>\n")
                     .arg(h(t.action), h(t.fromExercise), h(t.objective), h(t.retested ? tr("yes") : tr("no")),
                          ratingCell(t.rating));
        }
        o += QStringLiteral("</table>\n");
    }
    o += QStringLiteral("<p class=\"muted\">%1</p>\n</body></html>\n")
             .arg(h(tr("Ratings (HSEEP): P performed without challenges, S with some challenges, M with major "
                       "challenges, U unable to be performed. An objective is rated by its weakest expected action. "
                       "Times are scenario time.")));
    return o;
}

QString AarRenderer::markdown(const AfterActionReport& r)
{
    QString o;
    o += QStringLiteral("# %1\n\n").arg(tr("After-action report and improvement plan"));
    if (!r.organisation.isEmpty()) {
        o += QStringLiteral("%1  \n").arg(markdownCell(r.organisation));
    }
    o += QStringLiteral("**%1** (%2)\n\n").arg(markdownCell(r.title), markdownCell(r.reference));
    o += QStringLiteral("- %1: %2\n").arg(tr("Scenario"), markdownCell(r.scenarioTitle));
    o += QStringLiteral("- %1: %2\n").arg(tr("Date"), formatDateTime(r.startedAt.value_or(r.plannedAt)));
    o += QStringLiteral("- %1: %2\n").arg(tr("Status"), r.status);
    o += QStringLiteral("- %1: %2\n")
             .arg(tr("Facilitator"), r.facilitator.isEmpty() ? tr("not set") : markdownCell(r.facilitator));
    o += QStringLiteral("- %1: %2\n")
             .arg(tr("Scenario time played"),
                  tr("%1 at %2× time compression").arg(formatScenarioTime(r.scenarioElapsedMs)).arg(r.compression));
    if (!r.incidentReference.isEmpty()) {
        o += QStringLiteral("- %1: %2\n").arg(tr("Exercise incident"), r.incidentReference);
    }
    o += QStringLiteral("\n%1\n\n").arg(markdownText(r.scenarioSummary));

    o += QStringLiteral("## %1\n\n").arg(tr("Participants"));
    o += markdownHeader({tr("Role"), tr("People")});
    for (const auto& p : r.participants) {
        o += markdownRow({p.role, p.people.isEmpty() ? tr("(not staffed)") : p.people.join(QStringLiteral(", "))});
    }

    o += QStringLiteral("\n## %1\n\n%2\n\n")
             .arg(tr("Summary"),
                  tr("%1 of %2 expected actions rated; %3 rated P or S. Mean inject-to-decision time: %4 over %5 "
                     "decisions.")
                      .arg(r.actionsRated)
                      .arg(r.actionsTotal)
                      .arg(percent(r.metrics.overall.shareMet()))
                      .arg(meanMinutes(r.metrics.overall.meanDecisionMinutes))
                      .arg(r.metrics.overall.decisions));

    o += QStringLiteral("## %1\n\n").arg(tr("Objectives, ratings and observations"));
    for (const auto& obj : r.objectives) {
        o += QStringLiteral("### %1\n\n%2 · %3 · %4\n\n")
                 .arg(markdownCell(obj.text), tr("Capability: %1").arg(markdownCell(obj.capability)),
                      tr("Rating: %1").arg(ratingKey(obj.rating)), counts(obj));
        o += markdownHeader(
            {tr("Inject"), tr("Role"), tr("Expected action"), tr("Rating"), tr("First response"), tr("Observations")});
        for (const auto& a : obj.actions) {
            const QString response = within(a).isEmpty()
                                         ? minutes(a.firstResponseMs)
                                         : QStringLiteral("%1 (%2)").arg(minutes(a.firstResponseMs), within(a));
            o += markdownRow(
                {a.inject, a.role, a.action, ratingKey(a.rating), response,
                 a.evaluator.isEmpty() ? a.observation : QStringLiteral("%1 (%2)").arg(a.observation, a.evaluator)});
        }
        if (!obj.strengths.isEmpty()) {
            o += QStringLiteral("\n**%1:** %2\n").arg(tr("Strengths"), markdownText(obj.strengths));
        }
        if (!obj.improvements.isEmpty()) {
            o += QStringLiteral("\n**%1:** %2\n").arg(tr("Areas for improvement"), markdownText(obj.improvements));
        }
        o += QLatin1Char('\n');
    }

    o += QStringLiteral("## %1\n\n").arg(tr("Decision log"));
    o += markdownHeader({tr("Time"), tr("Inject"), tr("Role"), tr("Decision"), tr("Rationale"), tr("Approver"),
                         tr("Inject to decision")});
    for (const auto& d : r.decisions) {
        o += markdownRow({formatScenarioTime(d.atMs), d.inject, d.role,
                          d.outcome.isEmpty() ? d.decision : tr("%1 (%2)").arg(d.decision, d.outcome), d.rationale,
                          d.approver, minutes(d.sinceReleaseMs)});
    }

    o += QStringLiteral("\n## %1\n\n").arg(tr("Path through the scenario"));
    o += markdownHeader({tr("Time"), tr("Inject"), tr("Released")});
    for (const auto& p : r.path) {
        o += markdownRow({formatScenarioTime(p.atMs), p.inject, p.way});
    }
    if (!r.branches.isEmpty()) {
        o += QLatin1Char('\n') + markdownHeader({tr("Branch"), tr("Decided by"), tr("Outcome")});
        for (const auto& b : r.branches) {
            o += markdownRow({b.question, b.kind, b.outcome.isEmpty() ? tr("not decided") : b.outcome});
        }
    }

    o += QStringLiteral("\n## %1\n\n").arg(tr("Hot wash discussion"));
    o += markdownHeader({tr("Phase"), tr("Question"), tr("Notes")});
    for (const auto& d : r.discussion) {
        o += markdownRow({d.phase, d.question, d.notes});
    }

    o += QStringLiteral("\n## %1\n\n").arg(tr("Improvement plan"));
    o += markdownHeader(
        {tr("Corrective action"), tr("Capability"), tr("Objective"), tr("Owner"), tr("Due"), tr("Status")});
    for (const auto& i : r.improvements) {
        o += markdownRow(
            {i.action, i.capability, i.objective, i.owner, i.dueAt ? formatDate(*i.dueAt) : QString(), i.status});
    }
    if (!r.retests.isEmpty()) {
        o += QStringLiteral("\n## %1\n\n").arg(tr("Improvement items from earlier runs"));
        o += markdownHeader(
            {tr("Corrective action"), tr("Raised in"), tr("Objective"), tr("Re-tested"), tr("Rating now")});
        for (const auto& t : r.retests) {
            o += markdownRow(
                {t.action, t.fromExercise, t.objective, t.retested ? tr("yes") : tr("no"), ratingKey(t.rating)});
        }
    }
    o += QStringLiteral("\n_%1_\n")
             .arg(tr("Ratings (HSEEP): P performed without challenges, S with some challenges, M with major "
                     "challenges, U unable to be performed. An objective is rated by its weakest expected action. "
                     "Times are scenario time."));
    return o;
}

QJsonObject AarRenderer::json(const AfterActionReport& r)
{
    const auto optMs = [](const std::optional<qint64>& v) {
        return v ? QJsonValue(double(*v)) : QJsonValue();
    };
    const auto optRating = [](const std::optional<Rating>& v) {
        return v ? QJsonValue(ratings().key(*v)) : QJsonValue();
    };
    QJsonArray participants;
    for (const auto& p : r.participants) {
        participants.append(QJsonObject{{QStringLiteral("role"), p.role},
                                        {QStringLiteral("people"), QJsonArray::fromStringList(p.people)}});
    }
    QJsonArray objectives;
    for (const auto& o : r.objectives) {
        QJsonArray actions;
        for (const auto& a : o.actions) {
            actions.append(QJsonObject{
                {QStringLiteral("id"), a.actionId},
                {QStringLiteral("inject"), a.inject},
                {QStringLiteral("role"), a.role},
                {QStringLiteral("action"), a.action},
                {QStringLiteral("timeLimitMinutes"), a.timeLimitMinutes},
                {QStringLiteral("rating"), optRating(a.rating)},
                {QStringLiteral("observation"), a.observation},
                {QStringLiteral("evaluator"), a.evaluator},
                {QStringLiteral("firstResponseMs"), optMs(a.firstResponseMs)},
                {QStringLiteral("withinLimit"), a.withinLimit ? QJsonValue(*a.withinLimit) : QJsonValue()}});
        }
        objectives.append(QJsonObject{{QStringLiteral("id"), o.id},
                                      {QStringLiteral("text"), o.text},
                                      {QStringLiteral("capability"), o.capability},
                                      {QStringLiteral("rating"), optRating(o.rating)},
                                      {QStringLiteral("strengths"), o.strengths},
                                      {QStringLiteral("improvements"), o.improvements},
                                      {QStringLiteral("actions"), actions}});
    }
    QJsonArray decisions;
    for (const auto& d : r.decisions) {
        decisions.append(QJsonObject{{QStringLiteral("atMs"), double(d.atMs)},
                                     {QStringLiteral("inject"), d.inject},
                                     {QStringLiteral("role"), d.role},
                                     {QStringLiteral("decision"), d.decision},
                                     {QStringLiteral("rationale"), d.rationale},
                                     {QStringLiteral("approver"), d.approver},
                                     {QStringLiteral("outcome"), d.outcome},
                                     {QStringLiteral("sinceReleaseMs"), optMs(d.sinceReleaseMs)}});
    }
    QJsonArray path;
    for (const auto& p : r.path) {
        path.append(QJsonObject{{QStringLiteral("atMs"), double(p.atMs)},
                                {QStringLiteral("inject"), p.inject},
                                {QStringLiteral("released"), p.way}});
    }
    QJsonArray branches;
    for (const auto& b : r.branches) {
        branches.append(QJsonObject{{QStringLiteral("question"), b.question},
                                    {QStringLiteral("kind"), b.kind},
                                    {QStringLiteral("outcome"), b.outcome}});
    }
    QJsonArray discussion;
    for (const auto& d : r.discussion) {
        discussion.append(QJsonObject{{QStringLiteral("phase"), d.phase},
                                      {QStringLiteral("question"), d.question},
                                      {QStringLiteral("notes"), d.notes}});
    }
    QJsonArray improvements;
    for (const auto& i : r.improvements) {
        improvements.append(QJsonObject{{QStringLiteral("action"), i.action},
                                        {QStringLiteral("capability"), i.capability},
                                        {QStringLiteral("objective"), i.objective},
                                        {QStringLiteral("owner"), i.owner},
                                        {QStringLiteral("dueAt"), optMs(i.dueAt)},
                                        {QStringLiteral("status"), i.status}});
    }
    QJsonArray retests;
    for (const auto& t : r.retests) {
        retests.append(QJsonObject{{QStringLiteral("action"), t.action},
                                   {QStringLiteral("raisedIn"), t.fromExercise},
                                   {QStringLiteral("objective"), t.objective},
                                   {QStringLiteral("retested"), t.retested},
                                   {QStringLiteral("rating"), optRating(t.rating)}});
    }
    const auto& m = r.metrics.overall;
    return QJsonObject{
        {QStringLiteral("reference"), r.reference},
        {QStringLiteral("title"), r.title},
        {QStringLiteral("organisation"), r.organisation},
        {QStringLiteral("scenario"), r.scenarioTitle},
        {QStringLiteral("status"), r.status},
        {QStringLiteral("plannedAt"), double(r.plannedAt)},
        {QStringLiteral("startedAt"), optMs(r.startedAt)},
        {QStringLiteral("endedAt"), optMs(r.endedAt)},
        {QStringLiteral("scenarioElapsedMs"), double(r.scenarioElapsedMs)},
        {QStringLiteral("facilitator"), r.facilitator},
        {QStringLiteral("compression"), r.compression},
        {QStringLiteral("incident"), r.incidentReference},
        {QStringLiteral("participants"), participants},
        {QStringLiteral("objectives"), objectives},
        {QStringLiteral("decisions"), decisions},
        {QStringLiteral("path"), path},
        {QStringLiteral("branches"), branches},
        {QStringLiteral("discussion"), discussion},
        {QStringLiteral("improvements"), improvements},
        {QStringLiteral("retests"), retests},
        {QStringLiteral("metrics"),
         QJsonObject{{QStringLiteral("actionsTotal"), r.actionsTotal},
                     {QStringLiteral("actionsRated"), r.actionsRated},
                     {QStringLiteral("shareMet"), m.shareMet() ? QJsonValue(*m.shareMet()) : QJsonValue()},
                     {QStringLiteral("meanDecisionMinutes"),
                      m.meanDecisionMinutes ? QJsonValue(*m.meanDecisionMinutes) : QJsonValue()},
                     {QStringLiteral("decisions"), m.decisions}}},
    };
}

} // namespace muster::core
