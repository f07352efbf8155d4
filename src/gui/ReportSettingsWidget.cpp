#include "gui/ReportSettingsWidget.h"

#include "core/Clock.h"
#include "core/Error.h"
#include "gui/Session.h"
#include "storage/OrganisationProfile.h"

#include "ui_ReportSettingsWidget.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QPainter>
#include <QPixmap>
#include <QStandardPaths>
#include <QSvgRenderer>

namespace muster::gui {

namespace {

// The logo as it will print, scaled into the preview box; null when it is no image.
QPixmap logoPixmap(const QByteArray& bytes, const QSize& box)
{
    QPixmap pixmap;
    if (pixmap.loadFromData(bytes)) {
        return pixmap.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    QSvgRenderer svg(bytes);
    if (!svg.isValid()) {
        return {};
    }
    const QSize size = svg.defaultSize().scaled(box, Qt::KeepAspectRatio);
    QPixmap rendered(size);
    rendered.fill(Qt::white);
    QPainter painter(&rendered);
    svg.render(&painter);
    return rendered;
}

} // namespace

ReportSettingsWidget::ReportSettingsWidget(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::ReportSettingsWidget>())
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    QPalette errorPalette = m_ui->errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_ui->errorLabel->setPalette(errorPalette);
    connect(m_ui->chooseButton, &QPushButton::clicked, this, &ReportSettingsWidget::choose);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ReportSettingsWidget::removeLogo);
    connect(&session, &Session::databaseReplaced, this, &ReportSettingsWidget::reload);
    reload();
}

ReportSettingsWidget::~ReportSettingsWidget() = default;

void ReportSettingsWidget::reload()
{
    const QByteArray logo = storage::OrganisationProfile::load(m_session.database()).logo;
    const QPixmap pixmap = logoPixmap(logo, m_ui->logoLabel->maximumSize() - QSize(8, 8));
    if (pixmap.isNull()) {
        m_ui->logoLabel->setText(tr("No logo"));
    } else {
        m_ui->logoLabel->setPixmap(pixmap);
    }
    m_ui->removeButton->setEnabled(!logo.isEmpty());
}

void ReportSettingsWidget::showError(const QString& message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

void ReportSettingsWidget::choose()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the logo for reports"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Images (*.png *.jpg *.jpeg *.svg)"));
    if (!path.isEmpty()) {
        setLogoFile(path);
    }
}

bool ReportSettingsWidget::setLogoFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    const QByteArray bytes = file.read(storage::OrganisationProfile::maxLogoBytes() + 1);
    if (logoPixmap(bytes, QSize(16, 16)).isNull()) {
        showError(tr("%1 is not a PNG, JPEG or SVG image.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    try {
        storage::OrganisationProfile::saveLogo(m_session.database(), bytes, core::SystemClock::instance().nowMs());
    } catch (const core::Error& e) {
        showError(tr("%1: %2").arg(QDir::toNativeSeparators(path), e.message()));
        return false;
    }
    showError(QString());
    reload();
    return true;
}

void ReportSettingsWidget::removeLogo()
{
    storage::OrganisationProfile::saveLogo(m_session.database(), {}, core::SystemClock::instance().nowMs());
    showError(QString());
    reload();
}

} // namespace muster::gui
