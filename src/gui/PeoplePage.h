#pragma once

#include <QWidget>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class PeoplePage;
}

namespace muster::gui {

class PeopleModel;
class Session;

// The stakeholder directory: who to call for legal, HR, communications and the rest.
class PeoplePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeoplePage)

public:
    explicit PeoplePage(Session& session, QWidget* parent = nullptr);
    ~PeoplePage() override;

private:
    void updateFilter();
    void updateCount();
    void watchDatabase();

    Session& m_session;
    std::unique_ptr<Ui::PeoplePage> m_ui;
    PeopleModel* m_model;
    QSortFilterProxyModel* m_proxy;
};

} // namespace muster::gui
