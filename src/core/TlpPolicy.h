#pragma once

#include "core/EnumTable.h"
#include "core/Tlp.h"

#include <QCoreApplication>
#include <QList>

namespace muster::core {

// How widely something is released, from the narrowest to the widest.
enum class ShareScope
{
    NamedRecipients,        // individual, named people
    Organisation,           // the recipient's organisation, need to know
    OrganisationAndClients, // the organisation and its clients, need to know
    Community,              // a trusted community (an ISAC, peers)
    Public,                 // anyone
};

const EnumTable<ShareScope>& shareScopes();

// The TLP 2.0 rules, in one place. Every exit of intelligence out of Muster (a brief
// sent to people, an HTML or Markdown export, a STIX bundle shared with a community,
// a PDF) asks checkRelease() before anything leaves, and STIX sharing filters each
// object with allows().
//
//   TLP:CLEAR         no limit (public)
//   TLP:GREEN         the community, not public
//   TLP:AMBER         the organisation and its clients, on a need-to-know basis
//   TLP:AMBER+STRICT  the organisation only
//   TLP:RED           named recipients only, no further disclosure
class TlpPolicy
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::TlpPolicy)

public:
    // The widest scope a marking allows.
    static ShareScope widestScope(Tlp marking);
    static bool allows(Tlp marking, ShareScope scope);

    // Throws Error(Refused) when `what` (a brief, an indicator, "this export") marked
    // `marking` may not go to `scope`, or goes to named recipients without naming any.
    static void checkRelease(Tlp marking, ShareScope scope, int namedRecipients, const QString& what);

    // TLP:RED goes only to the people a document names: every recipient of a release
    // must be among `named`. Throws Error(Refused) naming who is not.
    static void checkRecipients(Tlp marking, const QStringList& named, const QStringList& recipients,
                                const QString& what);

    // Whether `recipients` is not empty and everyone in it is among `named`.
    static bool namesAll(const QStringList& named, const QStringList& recipients);

    // The least strict marking a document may carry when it includes these markings.
    static Tlp minimumMarking(const QList<Tlp>& contents);
    // Throws Error(Refused) when `marking` is less strict than something `what` includes.
    static void checkMarkingCovers(Tlp marking, const QList<Tlp>& contents, const QString& what);

    // FIRST's one-line definition of the marking, printed with every export.
    static QString guidance(Tlp marking);
    static QString scopeDescription(ShareScope scope);
};

} // namespace muster::core
