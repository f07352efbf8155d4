#pragma once

#include "report/ReportDocument.h"

#include <QDate>
#include <QWidget>

#include <memory>
#include <optional>

class QPrinter;
class QPrintPreviewWidget;

namespace Ui {
class ReportsPage;
}

namespace muster::report {
class PrintLayout;
}

namespace muster::gui {

class Session;

// The Reports page: pick the leadership report and its period, the incident report
// and its incident, or the after-action report and its exercise; preview the pages
// (Qt print preview), save as PDF (or HTML, Markdown), print. The report is gathered
// and laid out on a worker thread behind a progress dialog that can cancel it; the
// same services and layouts as `musterctl report` make it.
class ReportsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsPage)

public:
    enum class Kind
    {
        Leadership,
        Incident,
        Exercise,
    };

    explicit ReportsPage(Session& session, QWidget* parent = nullptr);
    ~ReportsPage() override;

    // For tests and links from other pages: choose what to report.
    void setKind(Kind kind);
    void setPeriod(QDate first, QDate last);
    void setIncident(const QString& reference);
    void setExercise(const QString& reference);

    // Gathers the chosen report and shows its pages; false (with the message at the
    // field) when the choice is incomplete, the user cancelled or it failed.
    bool preview();
    // Writes the previewed report (gathering it first when needed); the format follows
    // the file's suffix (.pdf, .html, .md).
    bool saveTo(const QString& path);
    int pageCount() const;
    QString errorText() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    Kind kind() const;
    void reloadChoices();
    void kindChanged();
    void applyPreset();
    void choiceChanged();
    bool validate();
    bool gather();
    void save();
    void print();
    void paintPreview(QPrinter* printer);
    void preparePrinter(QPrinter& printer) const;
    QString incidentReference() const;
    QString suggestedFileName() const;

    Session& m_session;
    std::unique_ptr<Ui::ReportsPage> m_ui;
    QPrintPreviewWidget* m_preview = nullptr;
    std::unique_ptr<QPrinter> m_previewPrinter;
    std::optional<report::ReportDocument> m_document;
    std::unique_ptr<report::PrintLayout> m_layout;
    bool m_choicesLoaded = false;
};

} // namespace muster::gui
