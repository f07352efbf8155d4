#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

namespace muster::core {

// The one exception type Muster throws across layers. It carries a message that is
// already fit for a user (translated, naming the file, row or field at fault).
class Error : public std::exception
{
public:
    enum class Kind
    {
        BadInput, // the user or a file gave something invalid
        NotFound, // a referenced record does not exist
        Refused,  // a rule forbids the action (illegal transition, approval missing)
        Conflict, // the database holds something incompatible (newer schema, not Muster)
        Storage,  // the database failed (I/O, constraint, locked)
        Io,       // a file or network operation failed
    };

    Error(Kind kind, QString message)
        : m_kind(kind)
        , m_message(std::move(message))
        , m_utf8(m_message.toUtf8())
    {}

    Kind kind() const { return m_kind; }
    const QString& message() const { return m_message; }
    const char* what() const noexcept override { return m_utf8.constData(); }

private:
    Kind m_kind;
    QString m_message;
    QByteArray m_utf8;
};

} // namespace muster::core
