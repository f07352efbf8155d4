#include "core/Lifecycle.h"

#include <QStringList>

namespace muster::core {

QList<Status> Lifecycle::allowedFrom(Status from)
{
    switch (from) {
    case Status::New:
        return {Status::Acknowledged, Status::FalsePositive};
    case Status::Acknowledged:
        return {Status::Investigating, Status::FalsePositive};
    case Status::Investigating:
        return {Status::Contained, Status::Remediated, Status::FalsePositive};
    case Status::Contained:
        return {Status::Remediated, Status::Investigating};
    case Status::Remediated:
        return {Status::Closed, Status::Reopened};
    case Status::Closed:
        return {Status::Reopened};
    case Status::Reopened:
        return {Status::Investigating, Status::Contained, Status::FalsePositive};
    case Status::FalsePositive:
        return {Status::Reopened};
    }
    return {};
}

bool Lifecycle::isAllowed(Status from, Status to)
{
    return allowedFrom(from).contains(to);
}

std::optional<QString> Lifecycle::refusal(Status from, Status to)
{
    if (isAllowed(from, to)) {
        return std::nullopt;
    }
    QStringList allowed;
    for (Status s : allowedFrom(from)) {
        allowed.append(statuses().label(s));
    }
    return tr("An incident cannot go from %1 to %2. From %1 it can go to: %3.")
        .arg(statuses().label(from), statuses().label(to), allowed.join(QStringLiteral(", ")));
}

bool Lifecycle::isOpen(Status status)
{
    return status != Status::Closed && status != Status::FalsePositive && status != Status::Remediated;
}

} // namespace muster::core
