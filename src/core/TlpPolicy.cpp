#include "core/TlpPolicy.h"

#include "core/Error.h"

#include <algorithm>
#include <array>

namespace muster::core {

namespace {

constexpr std::array scopeEntries{
    EnumEntry<ShareScope>{ShareScope::NamedRecipients, "named",
                          QT_TRANSLATE_NOOP("muster::core::ShareScope", "Named recipients")},
    EnumEntry<ShareScope>{ShareScope::Organisation, "organisation",
                          QT_TRANSLATE_NOOP("muster::core::ShareScope", "Our organisation")},
    EnumEntry<ShareScope>{ShareScope::OrganisationAndClients, "clients",
                          QT_TRANSLATE_NOOP("muster::core::ShareScope", "Our organisation and its clients")},
    EnumEntry<ShareScope>{ShareScope::Community, "community",
                          QT_TRANSLATE_NOOP("muster::core::ShareScope", "Trusted community (ISAC, peers)")},
    EnumEntry<ShareScope>{ShareScope::Public, "public", QT_TRANSLATE_NOOP("muster::core::ShareScope", "Public")},
};

} // namespace

const EnumTable<ShareScope>& shareScopes()
{
    static const EnumTable<ShareScope> table("muster::core::ShareScope", scopeEntries);
    return table;
}

ShareScope TlpPolicy::widestScope(Tlp marking)
{
    switch (marking) {
    case Tlp::Clear:
        return ShareScope::Public;
    case Tlp::Green:
        return ShareScope::Community;
    case Tlp::Amber:
        return ShareScope::OrganisationAndClients;
    case Tlp::AmberStrict:
        return ShareScope::Organisation;
    case Tlp::Red:
        return ShareScope::NamedRecipients;
    }
    return ShareScope::NamedRecipients;
}

bool TlpPolicy::allows(Tlp marking, ShareScope scope)
{
    return static_cast<int>(scope) <= static_cast<int>(widestScope(marking));
}

void TlpPolicy::checkRelease(Tlp marking, ShareScope scope, int namedRecipients, const QString& what)
{
    if (!allows(marking, scope)) {
        throw Error(
            Error::Kind::Refused,
            tr("%1 is marked %2, which allows sharing with \"%3\" at most; it cannot go to \"%4\".")
                .arg(what, tlpMarking(marking), shareScopes().label(widestScope(marking)), shareScopes().label(scope)));
    }
    if (scope == ShareScope::NamedRecipients && namedRecipients <= 0) {
        throw Error(Error::Kind::Refused,
                    tr("%1 is for named recipients only: name the people who receive it.").arg(what));
    }
}

void TlpPolicy::checkRecipients(Tlp marking, const QStringList& named, const QStringList& recipients,
                                const QString& what)
{
    if (marking != Tlp::Red) {
        return;
    }
    if (recipients.isEmpty()) {
        throw Error(Error::Kind::Refused,
                    tr("%1 is for named recipients only: name the people who receive it.").arg(what));
    }
    for (const QString& r : recipients) {
        if (!named.contains(r)) {
            throw Error(Error::Kind::Refused,
                        tr("%1 is marked TLP:RED and does not name %2 as a recipient; add them to the brief first.")
                            .arg(what, r));
        }
    }
}

bool TlpPolicy::namesAll(const QStringList& named, const QStringList& recipients)
{
    return !recipients.isEmpty() &&
           std::all_of(recipients.begin(), recipients.end(), [&](const QString& r) { return named.contains(r); });
}

Tlp TlpPolicy::minimumMarking(const QList<Tlp>& contents)
{
    Tlp out = Tlp::Clear;
    for (Tlp t : contents) {
        out = stricterTlp(out, t);
    }
    return out;
}

void TlpPolicy::checkMarkingCovers(Tlp marking, const QList<Tlp>& contents, const QString& what)
{
    const Tlp needed = minimumMarking(contents);
    if (stricterTlp(marking, needed) != marking) {
        throw Error(Error::Kind::Refused, tr("%1 includes intelligence marked %2, so it cannot be marked %3.")
                                              .arg(what, tlpMarking(needed), tlpMarking(marking)));
    }
}

QString TlpPolicy::guidance(Tlp marking)
{
    switch (marking) {
    case Tlp::Clear:
        return tr("TLP:CLEAR: recipients can spread this to the world; there is no limit on disclosure.");
    case Tlp::Green:
        return tr("TLP:GREEN: recipients can spread this within their community, but not via publicly "
                  "accessible channels.");
    case Tlp::Amber:
        return tr("TLP:AMBER: recipients can only spread this on a need-to-know basis within their "
                  "organisation and its clients.");
    case Tlp::AmberStrict:
        return tr("TLP:AMBER+STRICT: recipients can only spread this on a need-to-know basis within their "
                  "organisation.");
    case Tlp::Red:
        return tr("TLP:RED: for the eyes and ears of individual recipients only, no further disclosure.");
    }
    return {};
}

QString TlpPolicy::scopeDescription(ShareScope scope)
{
    return shareScopes().label(scope);
}

} // namespace muster::core
