#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>

namespace muster::test {

// A real HTTP receiver on the loopback interface for webhook tests. It answers each
// request with the next status in `statuses` (the last one repeats); status 0 means
// "never answer" (to test timeouts). It records what it received.
class LocalHttpReceiver final : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };

    explicit LocalHttpReceiver(QList<int> statuses, QObject* parent = nullptr)
        : QObject(parent)
        , m_statuses(std::move(statuses))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }

    QString url(const QString& path = QStringLiteral("/hooks/T000/B000")) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }
    const QList<Request>& requests() const { return m_requests; }

private:
    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            return;
        }
        Request r;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.first().trimmed().split(' ');
        r.method = first.value(0);
        r.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0) {
                r.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
            }
        }
        const int length = r.headers.value("content-length").toInt();
        if (buffer.size() < end + 4 + length) {
            return; // wait for the rest of the body
        }
        r.body = buffer.mid(end + 4, length);
        buffer.clear();
        m_requests.append(r);
        const int status = m_statuses.value(m_requests.size() - 1, m_statuses.isEmpty() ? 200 : m_statuses.last());
        if (status == 0) {
            return; // say nothing: the client times out
        }
        const QByteArray text = status == 200 ? "ok" : "internal_error";
        socket->write("HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Internal Server Error") +
                      "\r\nContent-Type: text/plain\r\nContent-Length: " + QByteArray::number(text.size()) +
                      "\r\nConnection: close\r\n\r\n" + text);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QList<int> m_statuses;
    QList<Request> m_requests;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace muster::test
