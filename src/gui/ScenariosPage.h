#pragma once

#include <QWidget>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class ScenariosPage;
}

namespace muster::gui {

class ScenarioEditor;
class ScenarioLibraryModel;
class Session;

// The scenario library: shipped, imported and team scenarios with a preview; new, edit,
// open a file, import an OpenAEV export (also by dropping files on the page), and plan
// an exercise from the selected scenario.
class ScenariosPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenariosPage)

public:
    explicit ScenariosPage(Session& session, QWidget* parent = nullptr);
    ~ScenariosPage() override;

    void reload();
    QString currentKey() const;
    void selectKey(const QString& key);
    ScenarioLibraryModel* model() const { return m_model; }

    // Each opens a non-modal editor window.
    ScenarioEditor* newScenario();
    ScenarioEditor* editScenario(const QString& key);
    ScenarioEditor* openFile(const QString& path);
    // Reads the export off the GUI thread, then stores it; reports through importFinished.
    void importOpenAev(const QString& path);

signals:
    void planRequested(const QString& scenarioKey);
    void importFinished(bool ok, const QString& message);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void updatePreview();
    void removeCurrent();
    ScenarioEditor* makeEditor();
    void watchDatabase();

    Session& m_session;
    std::unique_ptr<Ui::ScenariosPage> m_ui;
    ScenarioLibraryModel* m_model;
    QSortFilterProxyModel* m_proxy;
};

} // namespace muster::gui
