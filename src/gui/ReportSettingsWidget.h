#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class ReportSettingsWidget;
}

namespace muster::gui {

class Session;

// Settings > Reports: the organisation's logo printed on every report page
// (storage::OrganisationProfile; the name is edited at the top of Settings).
class ReportSettingsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportSettingsWidget)

public:
    explicit ReportSettingsWidget(Session& session, QWidget* parent = nullptr);
    ~ReportSettingsWidget() override;

    void reload();
    // Stores the image file as the logo; false with the message shown when it is
    // not an image or too large.
    bool setLogoFile(const QString& path);
    void removeLogo();

private:
    void choose();
    void showError(const QString& message);

    Session& m_session;
    std::unique_ptr<Ui::ReportSettingsWidget> m_ui;
};

} // namespace muster::gui
