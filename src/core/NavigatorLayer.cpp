#include "core/NavigatorLayer.h"

#include "core/AttackCatalog.h"
#include "core/Coverage.h"

#include <QDateTime>
#include <QJsonArray>

namespace muster::core {

QJsonObject NavigatorLayer::build(const AttackCatalog& catalog, const Coverage& coverage, const QString& name,
                                  qint64 now)
{
    QJsonArray techniques;
    QSet<QString> parentsWithSubs;
    for (const QString& id : coverage.techniqueIds()) {
        if (id.contains(QLatin1Char('.'))) {
            parentsWithSubs.insert(id.section(QLatin1Char('.'), 0, 0));
        }
    }
    QStringList ids = coverage.techniqueIds();
    for (const QString& parent : parentsWithSubs) {
        if (!ids.contains(parent)) {
            ids.append(parent);
        }
    }
    ids.sort();
    for (const QString& id : ids) {
        const AttackTechnique* t = catalog.technique(id);
        if (t && t->revoked) {
            continue; // the Navigator does not show revoked techniques
        }
        // Parents listed only for their sub-techniques carry no evidence of their own.
        const auto evidence = coverage.evidenceFor(id, false);
        QJsonObject entry{{QStringLiteral("techniqueID"), id}};
        if (!evidence.isEmpty()) {
            QSet<CoverageSource> sources;
            QStringList lines;
            QJsonArray metadata;
            for (const auto& e : evidence) {
                sources.insert(e.source);
                lines.append(QStringLiteral("%1: %2").arg(coverageSources().label(e.source), e.label));
                metadata.append(QJsonObject{{QStringLiteral("name"), coverageSources().label(e.source)},
                                            {QStringLiteral("value"), e.label}});
            }
            entry.insert(QStringLiteral("score"), int(sources.size()));
            entry.insert(QStringLiteral("color"), Coverage::color(Coverage::strongest(sources)));
            entry.insert(QStringLiteral("comment"), lines.join(QLatin1Char('\n')));
            entry.insert(QStringLiteral("metadata"), metadata);
        }
        entry.insert(QStringLiteral("enabled"), true);
        if (parentsWithSubs.contains(id)) {
            entry.insert(QStringLiteral("showSubtechniques"), true);
        }
        techniques.append(entry);
    }
    QJsonArray legend;
    for (auto s : coverageSources().values()) {
        legend.append(QJsonObject{{QStringLiteral("label"), coverageSources().label(s)},
                                  {QStringLiteral("color"), Coverage::color(s)}});
    }
    QJsonObject versions{{QStringLiteral("navigator"), QLatin1String(navigatorVersion)},
                         {QStringLiteral("layer"), QLatin1String(layerFormatVersion)}};
    if (!catalog.version().isEmpty()) {
        versions.insert(QStringLiteral("attack"), catalog.version().section(QLatin1Char('.'), 0, 0));
    }
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("versions"), versions},
        {QStringLiteral("domain"), QStringLiteral("enterprise-attack")},
        {QStringLiteral("description"),
         tr("Coverage of ATT&CK techniques by detections, hunts, exercises and incidents, exported by Muster on %1.")
             .arg(QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")))},
        {QStringLiteral("sorting"), 3},
        {QStringLiteral("layout"), QJsonObject{{QStringLiteral("layout"), QStringLiteral("side")},
                                               {QStringLiteral("showID"), true},
                                               {QStringLiteral("showName"), true},
                                               {QStringLiteral("showAggregateScores"), false},
                                               {QStringLiteral("countUnscored"), false},
                                               {QStringLiteral("aggregateFunction"), QStringLiteral("max")},
                                               {QStringLiteral("expandedSubtechniques"), QStringLiteral("annotated")}}},
        {QStringLiteral("hideDisabled"), false},
        {QStringLiteral("techniques"), techniques},
        {QStringLiteral("gradient"),
         QJsonObject{{QStringLiteral("colors"), QJsonArray{QStringLiteral("#ffffff"), QStringLiteral("#66b1ff")}},
                     {QStringLiteral("minValue"), 0},
                     {QStringLiteral("maxValue"), 4}}},
        {QStringLiteral("legendItems"), legend},
        {QStringLiteral("showTacticRowBackground"), false},
        {QStringLiteral("tacticRowBackground"), QStringLiteral("#dddddd")},
        {QStringLiteral("selectTechniquesAcrossTactics"), true},
        {QStringLiteral("selectSubtechniquesWithParent"), false},
        {QStringLiteral("selectVisibleTechniques"), false},
        {QStringLiteral("metadata"),
         QJsonArray{
             QJsonObject{{QStringLiteral("name"), QStringLiteral("generator")},
                         {QStringLiteral("value"), QStringLiteral("Muster %1").arg(QStringLiteral(MUSTER_VERSION))}},
             QJsonObject{{QStringLiteral("name"), QStringLiteral("techniques covered")},
                         {QStringLiteral("value"), QString::number(coverage.techniqueIds().size())}}}},
    };
}

} // namespace muster::core
