#pragma once

#include "storage/IncidentFilter.h"

#include <QWidget>

#include <memory>

class QTimer;

namespace Ui {
class IncidentsPage;
}

namespace muster::gui {

class IncidentListModel;
class Session;

// The incident list with its filter bar and quick search. Enter opens the incident.
class IncidentsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentsPage)

public:
    explicit IncidentsPage(Session& session, QWidget* parent = nullptr);
    ~IncidentsPage() override;

    IncidentListModel* model() const { return m_model; }
    // Shows exactly what a drill-down (a chart's point, bar or slice) selected, with a
    // banner that says so and a button back to the normal list.
    void showFiltered(const storage::IncidentFilter& filter, const QString& description);
    void openIncident(const QString& incidentId);
    void newIncident();
    // Saves every incident the filters match (not only those fetched) as CSV.
    void exportCsv();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildFilterBar();
    void reloadPeople();
    void applyFilterBar();
    void clearFilters();
    void updateCount();
    void showColumnMenu(const QPoint& pos);
    void watchDatabase();

    Session& m_session;
    std::unique_ptr<Ui::IncidentsPage> m_ui;
    IncidentListModel* m_model;
    QTimer* m_searchTimer;
    bool m_drillDown = false;
    // The list was last read from a file without incidents (a team desktop before its
    // first pull ends: the pulled ones show when it ends).
    bool m_readEmptyFile = false;
};

} // namespace muster::gui
