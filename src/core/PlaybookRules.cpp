#include "core/PlaybookRules.h"

#include <QJsonArray>
#include <QJsonObject>

namespace muster::core {

QList<PlaybookRules::Application> PlaybookRules::plan(const QList<const Playbook*>& matching,
                                                      const QHash<QString, int>& appliedVersions,
                                                      const QStringList& existingKeys)
{
    QList<Application> out;
    QStringList keys = existingKeys;
    for (const Playbook* p : matching) {
        const auto applied = appliedVersions.constFind(p->id);
        if (applied != appliedVersions.constEnd() && *applied >= p->version) {
            continue;
        }
        Application a;
        a.playbook = p;
        for (const auto& w : p->workstreams) {
            for (const auto& t : w.tasks) {
                if (keys.contains(t.key)) {
                    a.alreadyThere.append(t.key);
                    continue;
                }
                keys.append(t.key);
                a.newTasks.append(p->makeTask(w, t));
            }
        }
        out.append(a);
    }
    return out;
}

TimelineDraft PlaybookRules::applied(const Application& a, qint64 now)
{
    QStringList titles;
    QJsonArray keys;
    for (const auto& t : a.newTasks) {
        titles.append(t.title);
        keys.append(t.key);
    }
    QString text;
    if (a.newTasks.isEmpty()) {
        text = tr("Playbook \"%1\" applies; its tasks were already there").arg(a.playbook->name);
    } else {
        // Timeline texts are kept as written, so no "%n task(s)" forms here.
        text = a.newTasks.size() == 1 ? tr("Playbook \"%1\" added a task: %2").arg(a.playbook->name, titles.first())
                                      : tr("Playbook \"%1\" added %2 tasks: %3")
                                            .arg(a.playbook->name)
                                            .arg(a.newTasks.size())
                                            .arg(titles.join(QStringLiteral("; ")));
    }
    return TimelineDraft{QString(TimelineKind::PlaybookApplied), now, text,
                         QJsonObject{{QStringLiteral("playbook"), a.playbook->id},
                                     {QStringLiteral("version"), a.playbook->version},
                                     {QStringLiteral("tasks"), keys},
                                     {QStringLiteral("already_there"), QJsonArray::fromStringList(a.alreadyThere)}}};
}

} // namespace muster::core
