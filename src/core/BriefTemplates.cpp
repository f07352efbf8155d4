#include "core/BriefTemplates.h"

#include "core/TlpPolicy.h"

#include <QDateTime>
#include <QLocale>

namespace muster::core {

namespace {

QString date(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(Qt::ISODate);
}

QList<const IntelItem*> ofKind(const QList<IntelItem>& items, IntelKind kind)
{
    QList<const IntelItem*> out;
    for (const auto& i : items) {
        if (i.kind == kind) {
            out.append(&i);
        }
    }
    return out;
}

QStringList techniquesOf(const QList<IntelItem>& items)
{
    QStringList out;
    for (const auto& i : items) {
        for (const QString& t : i.attackIds) {
            if (!out.contains(t)) {
                out.append(t);
            }
        }
    }
    out.sort();
    return out;
}

QString bullets(const QStringList& lines)
{
    QStringList out;
    for (const QString& l : lines) {
        out.append(QStringLiteral("- ") + l);
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

IntelBrief BriefTemplates::draft(BriefAudience audience, const QString& title, const QList<IntelItem>& items,
                                 const AttackCatalog& catalog, qint64 now)
{
    IntelBrief b;
    b.audience = audience;
    b.title = title.trimmed().isEmpty() ? tr("Threat intelligence brief, %1").arg(date(now)) : title.trimmed();
    QList<Tlp> markings;
    for (const auto& i : items) {
        markings.append(i.tlp);
        b.itemIds.append(i.id);
    }
    b.tlp = TlpPolicy::minimumMarking(markings);
    b.createdAt = now;
    b.updatedAt = now;

    const auto actors = ofKind(items, IntelKind::ThreatActor);
    const auto malware = ofKind(items, IntelKind::Malware);
    const auto indicators = ofKind(items, IntelKind::Indicator);
    const auto reports = ofKind(items, IntelKind::Report);
    const QStringList techniques = techniquesOf(items);

    QStringList actorNames;
    for (const auto* a : actors) {
        actorNames.append(a->name);
    }
    QStringList malwareNames;
    for (const auto* m : malware) {
        malwareNames.append(m->name);
    }
    QStringList techniqueLines;
    for (const QString& id : techniques) {
        const AttackTechnique* t = catalog.technique(id);
        techniqueLines.append(t ? QStringLiteral("%1 %2").arg(id, t->name) : id);
    }
    QStringList indicatorLines;
    for (const auto* i : indicators) {
        for (const auto& o : i->observables) {
            indicatorLines.append(tr("%1 %2 (%3; confidence %4; %5)")
                                      .arg(observableKinds().label(o.kind), o.value, i->name,
                                           i->confidence >= 0 ? QString::number(i->confidence) : tr("unknown"),
                                           i->isValidAt(now) ? tr("valid") : tr("expired")));
        }
        if (i->observables.isEmpty()) {
            indicatorLines.append(tr("%1 (pattern: %2)").arg(i->name, i->pattern));
        }
    }
    QStringList reportLines;
    for (const auto* r : reports) {
        reportLines.append(r->firstSeen ? tr("%1, published %2 by %3").arg(r->name, date(*r->firstSeen), r->source)
                                        : tr("%1, from %2").arg(r->name, r->source));
    }
    const QString who = actorNames.isEmpty() ? tr("an unattributed threat") : actorNames.join(QStringLiteral(", "));
    const QString none = tr("None in this brief.");

    switch (audience) {
    case BriefAudience::Soc:
        b.sections = {
            {tr("Summary"), tr("Activity associated with %1. %n indicator(s) and %2 ATT&CK technique(s) below; "
                               "block or watch the indicators and check the detections for the techniques.",
                               nullptr, int(indicatorLines.size()))
                                .arg(who)
                                .arg(techniques.size())},
            {tr("Indicators to block and watch"), indicatorLines.isEmpty() ? none : bullets(indicatorLines)},
            {tr("ATT&CK techniques"), techniqueLines.isEmpty() ? none : bullets(techniqueLines)},
            {tr("Detection and hunting actions"),
             bullets({tr("Search the last 30 days of logs for the indicators above."),
                      tr("Confirm a detection exists for each technique; propose a hunt where none does."),
                      tr("Record any match as an observable on an incident so that it counts as a sighting.")})},
            {tr("Sources"), reportLines.isEmpty() ? none : bullets(reportLines)},
        };
        break;
    case BriefAudience::SecurityTeams:
        b.sections = {
            {tr("Summary"), tr("What we know about %1 and how it operates, for the teams that defend, "
                               "engineer and respond.")
                                .arg(who)},
            {tr("Threat actors and malware"),
             actorNames.isEmpty() && malwareNames.isEmpty() ? none : bullets(actorNames + malwareNames)},
            {tr("How they operate (ATT&CK)"), techniqueLines.isEmpty() ? none : bullets(techniqueLines)},
            {tr("Indicators"),
             tr("%n indicator(s); the SOC brief lists them for blocking.", nullptr, int(indicatorLines.size()))},
            {tr("Recommended actions"), bullets({tr("Review hardening and logging for the techniques listed."),
                                                 tr("Check exposure of the affected platforms and patch where needed."),
                                                 tr("Report anything that matches to the SOC.")})},
            {tr("Sources"), reportLines.isEmpty() ? none : bullets(reportLines)},
        };
        break;
    case BriefAudience::Leadership:
        b.sections = {
            {tr("Bottom line"), tr("%1 is active and uses %n technique(s) we track. [State our exposure in one "
                                   "sentence.]",
                                   nullptr, int(techniques.size()))
                                    .arg(who)},
            {tr("Threat landscape"),
             reportLines.isEmpty() ? tr("[What changed and why it matters now.]") : bullets(reportLines)},
            {tr("Risk to us"), tr("[Likelihood and impact for our organisation; which services and data are "
                                  "exposed.]")},
            {tr("What we are doing"), tr("[Detections, hunts and hardening under way, with owners and dates.]")},
            {tr("Decisions or support needed"), tr("[Budget, risk acceptance or priorities to decide.]")},
        };
        break;
    case BriefAudience::BusinessLeaders:
        b.sections = {
            {tr("In brief"), tr("Criminal or state-backed attackers (%1) are targeting organisations like ours. "
                                "[One sentence on what they want.]")
                                 .arg(who)},
            {tr("What it means for the business"), tr("[Which services, customers or obligations could be "
                                                      "affected, in plain words.]")},
            {tr("What we are doing"), tr("The security team is watching for the signs of this activity and "
                                         "strengthening our defences.")},
            {tr("What we ask of you"), bullets({tr("Be alert to unexpected e-mails and requests for payment or "
                                                   "credentials."),
                                                tr("Report anything suspicious to the security team.")})},
        };
        break;
    }
    return b;
}

} // namespace muster::core
