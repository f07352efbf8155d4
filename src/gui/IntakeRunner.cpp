#include "gui/IntakeRunner.h"

#include "core/Error.h"
#include "gui/Session.h"
#include "net/IntakeHost.h"

#include <QSettings>

namespace muster::gui {

namespace {
const QString kEnabled = QStringLiteral("intake/enabled");
const QString kListen = QStringLiteral("intake/listen");
const QString kCertificate = QStringLiteral("intake/certificate");
const QString kKey = QStringLiteral("intake/key");
} // namespace

IntakeRunner::IntakeRunner(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    m_status = tr("Off");
    connect(&session, &Session::databaseAboutToBeReplaced, this, [this] {
        if (m_host) {
            m_host->stop();
        }
    });
    connect(&session, &Session::databaseReplaced, this, [this] {
        if (m_host) {
            m_host.reset();
            startIfEnabled();
        }
    });
}

IntakeRunner::~IntakeRunner() = default;

bool IntakeRunner::enabled() const
{
    return QSettings().value(kEnabled, false).toBool();
}

net::IntakeConfig IntakeRunner::config() const
{
    QSettings s;
    net::IntakeConfig c;
    try {
        c.setListen(s.value(kListen, c.listenText()).toString());
    } catch (const core::Error&) {
        // keep the default
    }
    c.certificateFile = s.value(kCertificate).toString();
    c.keyFile = s.value(kKey).toString();
    return c;
}

void IntakeRunner::apply(bool enabled, const net::IntakeConfig& config)
{
    QSettings s;
    s.setValue(kEnabled, enabled);
    s.setValue(kListen, config.listenText());
    s.setValue(kCertificate, config.certificateFile);
    s.setValue(kKey, config.keyFile);
    stop();
    if (enabled) {
        start();
    }
}

void IntakeRunner::startIfEnabled()
{
    if (!enabled()) {
        return;
    }
    try {
        start();
    } catch (const core::Error&) {
        // start() recorded the message in status()
    }
}

bool IntakeRunner::isRunning() const
{
    return m_host && m_host->isRunning();
}

void IntakeRunner::start()
{
    const net::IntakeConfig c = config();
    if (!m_host) {
        m_host = std::make_unique<net::IntakeHost>(m_session.database());
    }
    try {
        m_host->start(c);
        m_status = tr("Receiving alerts at %1://%2")
                       .arg(c.tls() ? QStringLiteral("https") : QStringLiteral("http"), m_host->listenText());
    } catch (const core::Error& e) {
        m_host.reset();
        m_status = tr("Not receiving alerts: %1").arg(e.message());
        emit statusChanged();
        throw;
    }
    emit statusChanged();
}

void IntakeRunner::stop()
{
    m_host.reset();
    m_status = tr("Off");
    emit statusChanged();
}

} // namespace muster::gui
