#pragma once

#include "core/Error.h"

namespace muster::sync {

// A failure talking to the team server. Carries the SQLSTATE when the server gave one,
// and tells a lost or refused connection (the desktop is offline) from an error the
// server reported (a bug, a refusal, a missing right).
class PgError : public core::Error
{
public:
    PgError(Kind kind, QString message, QString sqlState = QString(), bool connectionProblem = false)
        : core::Error(kind, std::move(message))
        , m_sqlState(std::move(sqlState))
        , m_connectionProblem(connectionProblem)
    {}

    const QString& sqlState() const { return m_sqlState; }
    // True when the server could not be reached or the connection broke: the desktop is
    // offline and should try again later.
    bool isConnectionProblem() const { return m_connectionProblem; }
    // Deadlocks and serialization failures: the same request may simply be retried.
    bool isRetryable() const { return m_sqlState == QLatin1String("40P01") || m_sqlState == QLatin1String("40001"); }

private:
    QString m_sqlState;
    bool m_connectionProblem;
};

} // namespace muster::sync
