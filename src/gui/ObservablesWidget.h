#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class ObservablesWidget;
}

namespace muster::gui {

class ObservablesModel;
class Session;

// The observables of an incident (IP addresses, domains, URLs, hashes, e-mail
// addresses), for the incident page: add one (the kind is guessed from the value),
// remove one, and see which are sightings of intel indicators. Self-contained: give
// it the session and an incident id.
class ObservablesWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObservablesWidget)

public:
    explicit ObservablesWidget(Session& session, QWidget* parent = nullptr);
    ~ObservablesWidget() override;

    void setIncident(const QString& incidentId);
    ObservablesModel* model() const { return m_model; }

private:
    void add();
    void removeSelected();
    void guessKind();
    void updateState();
    void watchDatabase();

    Session& m_session;
    std::unique_ptr<Ui::ObservablesWidget> m_ui;
    ObservablesModel* m_model;
};

} // namespace muster::gui
