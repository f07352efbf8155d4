#pragma once

#include <QWidget>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class IntelItemsTab;
}

namespace muster::gui {

class BriefsModel;
class IntelItemsModel;
class Session;

// Threat intelligence: the items (filter by kind, marking, text), their details and
// sightings, imports from STIX files and TAXII collections, analyst-entered items,
// briefs drafted from selected items, and STIX sharing limited by marking.
class IntelItemsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntelItemsTab)

public:
    explicit IntelItemsTab(Session& session, QWidget* parent = nullptr);
    ~IntelItemsTab() override;

    IntelItemsModel* itemsModel() const { return m_items; }
    BriefsModel* briefsModel() const { return m_briefs; }
    void setNow(qint64 now);
    void selectRow(int row);

private:
    void updateFilter();
    void updateDetails();
    void updateActions();
    void importFile();
    void importTaxii();
    void newItem();
    void editItem();
    void draftBrief();
    void openBrief();
    void shareStix();
    void watchDatabase();
    QStringList selectedItemIds() const;

    Session& m_session;
    std::unique_ptr<Ui::IntelItemsTab> m_ui;
    IntelItemsModel* m_items;
    QSortFilterProxyModel* m_proxy;
    BriefsModel* m_briefs;
    qint64 m_now = 0;
};

} // namespace muster::gui
