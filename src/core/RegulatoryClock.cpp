#include "core/RegulatoryClock.h"

#include "core/Error.h"

#include <QDateTime>

namespace muster::core {

namespace {

ClockLimb limb(const QString& anchor, ClockPeriod::Unit unit, int amount, QTime endTime = QTime())
{
    return ClockLimb{anchor, ClockPeriod{unit, amount, endTime}};
}

QString key(ClockEvent e)
{
    return clockEvents().key(e);
}

} // namespace

using Unit = ClockPeriod::Unit;

QList<RegulatoryRule> RegulatoryClock::makeRules()
{
    QList<RegulatoryRule> r;
    const auto gdprScope = [](const IncidentAttributes& a) {
        return a.personalData && (a.inEea() || a.inJurisdiction(QStringLiteral("GB")));
    };
    r.append(RegulatoryRule{QStringLiteral("gdpr_art33"),
                            QStringLiteral("GDPR"),
                            tr("Notify the supervisory authority of the personal data breach"),
                            QStringLiteral("Regulation (EU) 2016/679 (GDPR), Article 33(1)"),
                            QStringLiteral("https://eur-lex.europa.eu/eli/reg/2016/679/oj"),
                            {limb(key(ClockEvent::BecameAware), Unit::Hours, 72)},
                            0,
                            gdprScope,
                            tr("Supervisory authority")});

    const auto nis2Scope = [](const IncidentAttributes& a) {
        return a.hasSector(RegulatedSector::Nis2Entity) && a.inEu();
    };
    r.append(RegulatoryRule{QStringLiteral("nis2_early_warning"),
                            QStringLiteral("NIS2"),
                            tr("Early warning to the CSIRT or competent authority"),
                            QStringLiteral("Directive (EU) 2022/2555 (NIS2), Article 23(4)(a)"),
                            QStringLiteral("https://eur-lex.europa.eu/eli/dir/2022/2555/oj"),
                            {limb(key(ClockEvent::BecameAware), Unit::Hours, 24)},
                            0,
                            nis2Scope,
                            tr("CSIRT or competent authority")});
    r.append(RegulatoryRule{QStringLiteral("nis2_notification"),
                            QStringLiteral("NIS2"),
                            tr("Incident notification to the CSIRT or competent authority"),
                            QStringLiteral("Directive (EU) 2022/2555 (NIS2), Article 23(4)(b)"),
                            QStringLiteral("https://eur-lex.europa.eu/eli/dir/2022/2555/oj"),
                            {limb(key(ClockEvent::BecameAware), Unit::Hours, 72)},
                            0,
                            nis2Scope,
                            tr("CSIRT or competent authority")});
    r.append(RegulatoryRule{QStringLiteral("nis2_final_report"),
                            QStringLiteral("NIS2"),
                            tr("Final report, one month after the incident notification"),
                            QStringLiteral("Directive (EU) 2022/2555 (NIS2), Article 23(4)(d)"),
                            QStringLiteral("https://eur-lex.europa.eu/eli/dir/2022/2555/oj"),
                            {limb(RegulatoryClock::afterKey(QStringLiteral("nis2_notification")), Unit::Months, 1)},
                            0,
                            nis2Scope,
                            tr("CSIRT or competent authority")});

    const auto doraScope = [](const IncidentAttributes& a) {
        return a.hasSector(RegulatedSector::Financial) && a.inEea();
    };
    r.append(RegulatoryRule{
        QStringLiteral("dora_initial"),
        QStringLiteral("DORA"),
        tr("Initial notification of the major ICT incident"),
        QStringLiteral("Regulation (EU) 2022/2554 (DORA), Article 19(4)(a); Delegated Regulation (EU) 2025/301, "
                       "Article 5(1)"),
        QStringLiteral("https://eur-lex.europa.eu/eli/reg/2022/2554/oj"),
        {limb(key(ClockEvent::ClassifiedMajor), Unit::Hours, 4), limb(key(ClockEvent::BecameAware), Unit::Hours, 24)},
        0,
        doraScope,
        tr("Competent authority")});
    r.append(RegulatoryRule{
        QStringLiteral("dora_intermediate"),
        QStringLiteral("DORA"),
        tr("Intermediate report"),
        QStringLiteral("Regulation (EU) 2022/2554 (DORA), Article 19(4)(b); Delegated Regulation (EU) 2025/301, "
                       "Article 5(2)"),
        QStringLiteral("https://eur-lex.europa.eu/eli/reg/2022/2554/oj"),
        {limb(RegulatoryClock::afterKey(QStringLiteral("dora_initial")), Unit::Hours, 72)},
        0,
        doraScope,
        tr("Competent authority")});
    r.append(RegulatoryRule{
        QStringLiteral("dora_final"),
        QStringLiteral("DORA"),
        tr("Final report"),
        QStringLiteral("Regulation (EU) 2022/2554 (DORA), Article 19(4)(c); Delegated Regulation (EU) 2025/301, "
                       "Article 5(3)"),
        QStringLiteral("https://eur-lex.europa.eu/eli/reg/2022/2554/oj"),
        {limb(RegulatoryClock::afterKey(QStringLiteral("dora_intermediate")), Unit::Months, 1)},
        0,
        doraScope,
        tr("Competent authority")});

    r.append(RegulatoryRule{QStringLiteral("sec_8k_105"),
                            QStringLiteral("SEC"),
                            tr("File Form 8-K, Item 1.05 (material cybersecurity incident)"),
                            QStringLiteral("17 CFR 249.308 (Form 8-K), General Instruction B.1 and Item 1.05"),
                            QStringLiteral("https://www.sec.gov/files/form8-k.pdf"),
                            {limb(key(ClockEvent::DeterminedMaterial), Unit::BusinessDays, 4, QTime(17, 30))},
                            0,
                            [](const IncidentAttributes& a) { return a.hasSector(RegulatedSector::SecRegistrant); },
                            tr("US Securities and Exchange Commission (EDGAR)")});

    const auto hipaaScope = [](const IncidentAttributes& a) {
        return a.hasSector(RegulatedSector::Health) && a.personalData && a.inUs();
    };
    r.append(RegulatoryRule{QStringLiteral("hipaa_individuals"),
                            QStringLiteral("HIPAA"),
                            tr("Notify the affected individuals"),
                            QStringLiteral("45 CFR 164.404(b)"),
                            QStringLiteral("https://www.ecfr.gov/current/title-45/section-164.404"),
                            {limb(key(ClockEvent::Discovered), Unit::CalendarDays, 60)},
                            0,
                            hipaaScope,
                            tr("Affected individuals")});
    r.append(RegulatoryRule{QStringLiteral("hipaa_hhs"),
                            QStringLiteral("HIPAA"),
                            tr("Notify the Secretary of HHS (500 or more individuals)"),
                            QStringLiteral("45 CFR 164.408(b)"),
                            QStringLiteral("https://www.ecfr.gov/current/title-45/section-164.408"),
                            {limb(key(ClockEvent::Discovered), Unit::CalendarDays, 60)},
                            500,
                            hipaaScope,
                            tr("US Department of Health and Human Services")});

    const auto nydfsScope = [](const IncidentAttributes& a) {
        return a.hasSector(RegulatedSector::Financial) && a.inJurisdiction(QStringLiteral("US-NY"));
    };
    r.append(RegulatoryRule{QStringLiteral("nydfs_500_17"),
                            QStringLiteral("NYDFS"),
                            tr("Notify the superintendent of the cybersecurity incident"),
                            QStringLiteral("23 NYCRR 500.17(a)(1)"),
                            QStringLiteral("https://www.dfs.ny.gov/industry_guidance/cybersecurity"),
                            {limb(key(ClockEvent::DeterminedIncident), Unit::Hours, 72)},
                            0,
                            nydfsScope,
                            tr("NY Department of Financial Services")});
    r.append(RegulatoryRule{QStringLiteral("nydfs_extortion_notice"),
                            QStringLiteral("NYDFS"),
                            tr("Notice of the extortion payment"),
                            QStringLiteral("23 NYCRR 500.17(c)(1)"),
                            QStringLiteral("https://www.dfs.ny.gov/industry_guidance/cybersecurity"),
                            {limb(key(ClockEvent::ExtortionPaid), Unit::Hours, 24)},
                            0,
                            nydfsScope,
                            tr("NY Department of Financial Services")});
    r.append(RegulatoryRule{QStringLiteral("nydfs_extortion_explanation"),
                            QStringLiteral("NYDFS"),
                            tr("Written explanation of the extortion payment"),
                            QStringLiteral("23 NYCRR 500.17(c)(2)"),
                            QStringLiteral("https://www.dfs.ny.gov/industry_guidance/cybersecurity"),
                            {limb(key(ClockEvent::ExtortionPaid), Unit::CalendarDays, 30)},
                            0,
                            nydfsScope,
                            tr("NY Department of Financial Services")});
    return r;
}

QString ClockPeriod::describe() const
{
    switch (unit) {
    case Unit::Hours:
        return QCoreApplication::translate("muster::core::RegulatoryClock", "%n hour(s)", nullptr, amount);
    case Unit::CalendarDays:
        return QCoreApplication::translate("muster::core::RegulatoryClock", "%n calendar day(s)", nullptr, amount);
    case Unit::BusinessDays:
        return QCoreApplication::translate("muster::core::RegulatoryClock", "%n business day(s)", nullptr, amount);
    case Unit::Months:
        return QCoreApplication::translate("muster::core::RegulatoryClock", "%n month(s)", nullptr, amount);
    }
    return {};
}

QStringList RegulatoryRule::anchors() const
{
    QStringList out;
    for (const auto& l : limbs) {
        out.append(l.anchor);
    }
    return out;
}

bool RegulatoryRule::appliesTo(const IncidentAttributes& attributes) const
{
    if (minAffected > 0 && attributes.affectedIndividuals.value_or(0) < minAffected) {
        return false;
    }
    return !applies || applies(attributes);
}

QString RegulatoryRule::displayName() const
{
    return QCoreApplication::translate("muster::core::RegulatoryClock", "%1: %2").arg(regime, title);
}

const QList<RegulatoryRule>& RegulatoryClock::rules()
{
    static const QList<RegulatoryRule> table = makeRules();
    return table;
}

const RegulatoryRule* RegulatoryClock::rule(const QString& id)
{
    for (const auto& r : rules()) {
        if (r.id == id) {
            return &r;
        }
    }
    return nullptr;
}

const RegulatoryRule& RegulatoryClock::ruleOrThrow(const QString& id)
{
    if (const auto* r = rule(id)) {
        return *r;
    }
    QStringList ids;
    for (const auto& r : rules()) {
        ids.append(r.id);
    }
    throw Error(Error::Kind::BadInput,
                tr("Rule: \"%1\" is not a regulatory rule; known rules: %2.").arg(id, ids.join(QStringLiteral(", "))));
}

qint64 RegulatoryClock::add(qint64 start, const ClockPeriod& period, const BusinessCalendar& calendar)
{
    const QTime endOfDay = period.endTime.isValid() ? period.endTime : QTime(23, 59, 59, 999);
    switch (period.unit) {
    case Unit::Hours:
        return start + qint64(period.amount) * 3'600'000;
    case Unit::CalendarDays:
        return calendar.instant(calendar.localDate(start).addDays(period.amount), endOfDay);
    case Unit::BusinessDays:
        return calendar.instant(calendar.addBusinessDays(calendar.localDate(start), period.amount), endOfDay);
    case Unit::Months: {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(start, calendar.timeZone());
        return calendar.instant(local.date().addMonths(period.amount), local.time());
    }
    }
    return start;
}

std::optional<qint64> RegulatoryClock::due(const RegulatoryRule& rule, const QHash<QString, qint64>& anchors,
                                           const BusinessCalendar& calendar)
{
    std::optional<qint64> earliest;
    for (const auto& l : rule.limbs) {
        const auto it = anchors.constFind(l.anchor);
        if (it == anchors.constEnd()) {
            continue;
        }
        const qint64 d = add(*it, l.period, calendar);
        if (!earliest || d < *earliest) {
            earliest = d;
        }
    }
    return earliest;
}

} // namespace muster::core
