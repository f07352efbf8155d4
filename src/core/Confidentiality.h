#pragma once

#include "core/IncidentEnums.h"
#include "core/Person.h"

#include <QStringList>

#include <optional>

namespace muster::core {

// Who may see a confidential incident: the people on its access list, and everyone in
// the Legal and HR functions. Everyone sees incidents that are not confidential. This
// is the one statement of the rule; storage::IncidentVisibility turns it into SQL for
// lists, drill-downs and exports, and the sync server enforces the same rule.
class Confidentiality
{
public:
    static bool functionSeesAll(PersonFunction function)
    {
        return function == PersonFunction::Legal || function == PersonFunction::Hr;
    }
    static QList<PersonFunction> functionsThatSeeAll() { return {PersonFunction::Legal, PersonFunction::Hr}; }

    // `personId` empty: someone outside the directory, who sees no confidential incident.
    static bool maySee(bool confidential, const QStringList& accessList, const QString& personId,
                       std::optional<PersonFunction> function)
    {
        if (!confidential) {
            return true;
        }
        if (function && functionSeesAll(*function)) {
            return true;
        }
        return !personId.isEmpty() && accessList.contains(personId);
    }

    // HR and insider-risk incidents are confidential unless someone decides otherwise.
    static bool confidentialByDefault(Category category) { return category == Category::Insider; }
};

} // namespace muster::core
