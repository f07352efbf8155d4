#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class AlertSourcesSettings;
}

namespace muster::gui {

class IntakeRunner;
class Session;

// Settings > Alert intake: whether this desktop receives alerts (address, TLS), and the
// sources with their severity maps, generic mappings, rate limits and tokens.
class AlertSourcesSettings final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertSourcesSettings)

public:
    AlertSourcesSettings(Session& session, IntakeRunner& runner, QWidget* parent = nullptr);
    ~AlertSourcesSettings() override;

    void reload();
    // The token just issued (shown once); tests read it.
    QString lastIssuedToken() const { return m_lastToken; }

    void addSource(const QString& name);
    void saveSource();
    void issueToken();
    void revokeToken();
    void applyServer();

private:
    QString currentSourceId() const;
    void showSource();

    Session& m_session;
    IntakeRunner& m_runner;
    std::unique_ptr<Ui::AlertSourcesSettings> m_ui;
    QString m_lastToken;
};

} // namespace muster::gui
