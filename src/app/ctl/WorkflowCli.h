#pragma once

#include "app/ctl/Command.h"
#include "core/Timeline.h"
#include "core/WorkflowEnums.h"

#include <QCommandLineOption>
#include <QJsonValue>

namespace muster::ctl {

// What the tasks, comms and deadlines commands share.
namespace workflow {

// --as PERSON: who acts (e-mail or exact name in the directory). Without it, the login
// name acts, outside the directory: it sees no confidential incident and cannot approve.
QCommandLineOption actorOption();
core::Actor actor(const QCommandLineParser& parser, const storage::Database& db);

// --role ROLE for approvals; approvalRole() throws UsageError when it is not a role.
QCommandLineOption roleOption();
core::ApprovalRole approvalRole(const QCommandLineParser& parser);

// "2026-03-01T09:30:00Z", "2026-03-01T10:30+01:00", "2026-03-01 09:30" (local time) or "now".
qint64 parseTime(const QString& text, const QString& option, qint64 now);
// ISO 8601 in UTC for JSON output.
QJsonValue isoUtc(qint64 ms);
QJsonValue isoUtc(const std::optional<qint64>& ms);

} // namespace workflow
} // namespace muster::ctl
