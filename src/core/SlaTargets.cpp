#include "core/SlaTargets.h"

#include "core/Error.h"

namespace muster::core {

namespace {
constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kLongest = 366 * kDay;
} // namespace

std::optional<double> SlaCounts::breachShare() const
{
    if (decided() == 0) {
        return std::nullopt;
    }
    return double(breached + overdue) / double(decided());
}

SlaCounts& SlaCounts::operator+=(const SlaCounts& other)
{
    met += other.met;
    breached += other.breached;
    overdue += other.overdue;
    pending += other.pending;
    return *this;
}

QList<Measure> SlaTargets::measuresWithTargets()
{
    return {Measure::Acknowledge, Measure::Contain, Measure::Remediate};
}

SlaTargets SlaTargets::defaults()
{
    SlaTargets t;
    const struct
    {
        Severity severity;
        qint64 acknowledge;
        qint64 contain;
        qint64 remediate;
    } rows[] = {
        {Severity::Sev1, 15 * kMinute, 4 * kHour, 24 * kHour},
        {Severity::Sev2, 1 * kHour, 24 * kHour, 3 * kDay},
        {Severity::Sev3, 4 * kHour, 3 * kDay, 7 * kDay},
        {Severity::Sev4, 24 * kHour, 7 * kDay, 30 * kDay},
    };
    for (const auto& r : rows) {
        t.setTarget(r.severity, Measure::Acknowledge, r.acknowledge);
        t.setTarget(r.severity, Measure::Contain, r.contain);
        t.setTarget(r.severity, Measure::Remediate, r.remediate);
    }
    return t;
}

int SlaTargets::slot(Severity severity, Measure measure)
{
    return toInt(severity) * 16 + int(measure);
}

std::optional<qint64> SlaTargets::target(Severity severity, Measure measure) const
{
    const auto it = m_targets.constFind(slot(severity, measure));
    if (it == m_targets.constEnd()) {
        return std::nullopt;
    }
    return *it;
}

void SlaTargets::setTarget(Severity severity, Measure measure, std::optional<qint64> ms)
{
    if (!measuresWithTargets().contains(measure)) {
        throw Error(Error::Kind::BadInput, tr("%1 has no SLA target.").arg(measures().label(measure)));
    }
    if (!ms) {
        m_targets.remove(slot(severity, measure));
        return;
    }
    if (*ms < kMinute || *ms > kLongest) {
        throw Error(Error::Kind::BadInput, tr("%1, %2: an SLA target lies between 1 minute and 366 days.")
                                               .arg(severities().label(severity), measures().label(measure)));
    }
    m_targets.insert(slot(severity, measure), *ms);
}

bool SlaTargets::hasTargets(Measure measure) const
{
    for (Severity s : severities().values()) {
        if (target(s, measure)) {
            return true;
        }
    }
    return false;
}

SlaTargets::Outcome SlaTargets::classify(std::optional<qint64> duration, qint64 ageMs, qint64 targetMs)
{
    if (duration) {
        return *duration <= targetMs ? Outcome::Met : Outcome::Breached;
    }
    return ageMs > targetMs ? Outcome::Overdue : Outcome::Pending;
}

void SlaTargets::count(SlaCounts& counts, Outcome outcome)
{
    switch (outcome) {
    case Outcome::Met:
        ++counts.met;
        break;
    case Outcome::Breached:
        ++counts.breached;
        break;
    case Outcome::Overdue:
        ++counts.overdue;
        break;
    case Outcome::Pending:
        ++counts.pending;
        break;
    }
}

QJsonObject SlaTargets::toJson() const
{
    QJsonObject out;
    for (Severity s : severities().values()) {
        QJsonObject row;
        for (Measure m : measuresWithTargets()) {
            if (const auto t = target(s, m)) {
                row.insert(measures().key(m), double(*t));
            }
        }
        if (!row.isEmpty()) {
            out.insert(severities().key(s), row);
        }
    }
    return out;
}

SlaTargets SlaTargets::fromJson(const QJsonObject& json)
{
    SlaTargets t;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const auto severity = severities().fromKey(it.key());
        if (!severity) {
            throw Error(Error::Kind::BadInput,
                        tr("SLA targets: \"%1\" is not a severity (sev1 to sev4).").arg(it.key()));
        }
        if (!it.value().isObject()) {
            throw Error(Error::Kind::BadInput, tr("SLA targets, %1: expected an object of targets.").arg(it.key()));
        }
        const QJsonObject row = it.value().toObject();
        for (auto m = row.begin(); m != row.end(); ++m) {
            const QString path = QStringLiteral("%1.%2").arg(it.key(), m.key());
            const auto measure = measures().fromKey(m.key());
            if (!measure || !measuresWithTargets().contains(*measure)) {
                throw Error(
                    Error::Kind::BadInput,
                    tr("SLA targets, %1: not a measure with a target (acknowledge, contain, remediate).").arg(path));
            }
            if (!m.value().isDouble()) {
                throw Error(Error::Kind::BadInput, tr("SLA targets, %1: expected milliseconds.").arg(path));
            }
            t.setTarget(*severity, *measure, qint64(m.value().toDouble()));
        }
    }
    return t;
}

} // namespace muster::core
