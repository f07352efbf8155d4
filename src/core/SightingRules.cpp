#include "core/SightingRules.h"

namespace muster::core {

bool SightingRules::counts(const IntelItem& indicator, qint64 observedAt)
{
    return indicator.kind == IntelKind::Indicator && indicator.isValidAt(observedAt);
}

TimelineDraft SightingRules::observableAdded(const Observable& observable, const QString& note, qint64 at)
{
    const QString label = observableKinds().label(observable.kind);
    return {QString(TimelineKind::Observable), at,
            note.trimmed().isEmpty() ? tr("Observable added: %1 %2").arg(label, observable.value)
                                     : tr("Observable added: %1 %2 (%3)").arg(label, observable.value, note.trimmed()),
            QJsonObject{{QStringLiteral("kind"), observableKinds().key(observable.kind)},
                        {QStringLiteral("value"), observable.value}}};
}

TimelineDraft SightingRules::observableRemoved(const Observable& observable, qint64 at)
{
    return {QString(TimelineKind::ObservableRemoved), at,
            tr("Observable removed: %1 %2").arg(observableKinds().label(observable.kind), observable.value),
            QJsonObject{{QStringLiteral("kind"), observableKinds().key(observable.kind)},
                        {QStringLiteral("value"), observable.value}}};
}

TimelineDraft SightingRules::sighting(const IntelItem& indicator, const Observable& observed, qint64 at)
{
    return {QString(TimelineKind::Sighting), at,
            tr("Sighting: %1 matches the indicator \"%2\" (%3, from %4)")
                .arg(observed.value, indicator.name, tlpMarking(indicator.tlp),
                     indicator.source.isEmpty() ? tr("an unnamed source") : indicator.source),
            QJsonObject{{QStringLiteral("item_id"), indicator.id},
                        {QStringLiteral("stix_id"), indicator.stixId},
                        {QStringLiteral("tlp"), tlpLevels().key(indicator.tlp)},
                        {QStringLiteral("kind"), observableKinds().key(observed.kind)},
                        {QStringLiteral("value"), observed.value}}};
}

} // namespace muster::core
