#pragma once

#include "core/WorkflowEnums.h"

#include <QString>

namespace muster::core {

// A message template (resources/templates/<language>/<id>.txt): a header of
// "Name:", "Audience:", "Channel:" and "Subject:" lines, a blank line, then the body.
// {{placeholders}} are filled from the incident; [[fill-ins]] are for the author and
// must be replaced before the text goes to review.
struct MessageTemplate
{
    QString id;       // file name without extension: "customer_notice"
    QString language; // folder name: "en", "de"
    QString name;
    Audience audience = Audience::IncidentTeam;
    Channel channel = Channel::Email;
    QString subject;
    QString body;
    QString sourceFile;
};

} // namespace muster::core
