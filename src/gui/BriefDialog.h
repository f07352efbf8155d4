#pragma once

#include "core/IntelBrief.h"
#include "storage/DisseminationService.h"

#include <QDialog>

#include <memory>

namespace Ui {
class BriefDialog;
}

namespace muster::gui {

class Session;

// Edits a brief (title, audience, marking, named recipients, text) with a live preview
// of the marked document, and releases it: export to HTML or Markdown, share as STIX,
// send to the named recipients. Every release goes through DisseminationService (the
// TLP rules) and appears in the distribution log below.
class BriefDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BriefDialog)

public:
    BriefDialog(Session& session, const QString& briefId, QWidget* parent = nullptr);
    ~BriefDialog() override;

    static QString sectionsToText(const QList<core::BriefSection>& sections);
    static QList<core::BriefSection> textToSections(const QString& text);

    bool save();
    // Asks before closing with unsaved edits.
    void reject() override;
    bool isModified() const;

private:
    core::IntelBrief formBrief() const;
    void updatePreview();
    void updateScopes();
    void loadLog();
    storage::DisseminationService::Release releaseTo(const QString& path) const;
    void exportAs(const QString& format);
    void shareStix();
    void send();
    void redraft();

    Session& m_session;
    std::unique_ptr<Ui::BriefDialog> m_ui;
    core::IntelBrief m_brief;
};

} // namespace muster::gui
