#include "gui/SettingsPage.h"

#include "core/Clock.h"
#include "gui/DatabaseWatcher.h"
#include "gui/PageHeader.h"
#include "gui/Session.h"
#include "gui/Theme.h"
#include "storage/Database.h"
#include "storage/DemoOrganisation.h"
#include "storage/PeopleRepository.h"
#include "storage/SettingsRepository.h"

#include "ui_SettingsPage.h"

#include <QGroupBox>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace muster::gui {

SettingsPage::SettingsPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::SettingsPage>())
{
    m_ui->setupUi(this);
    PageHeader::styleTitle(m_ui->titleLabel);
    m_ui->themeCombo->addItem(tr("Follow the system"), int(Theme::Choice::System));
    m_ui->themeCombo->addItem(tr("Light"), int(Theme::Choice::Light));
    m_ui->themeCombo->addItem(tr("Dark"), int(Theme::Choice::Dark));
    m_ui->organisationEdit->setPlaceholderText(tr("Shown on reports"));

    connect(m_ui->themeCombo, &QComboBox::currentIndexChanged, this, [this] {
        const auto choice = static_cast<Theme::Choice>(m_ui->themeCombo->currentData().toInt());
        Theme::save(choice);
        Theme::apply(choice);
    });
    connect(m_ui->userCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_session.setActingPersonId(m_ui->userCombo->currentData().toString()); });
    connect(m_ui->organisationEdit, &QLineEdit::editingFinished, this, [this] {
        storage::SettingsRepository(m_session.database())
            .setValue(QStringLiteral("organisation.name"), m_ui->organisationEdit->text().trimmed(),
                      core::SystemClock::instance().nowMs());
    });
    connect(&session, &Session::databaseReplaced, this, &SettingsPage::reload);
    connect(&session, &Session::actorChanged, this, [this] {
        const QSignalBlocker blocker(m_ui->userCombo);
        m_ui->userCombo->setCurrentIndex(std::max(0, m_ui->userCombo->findData(m_session.actingPersonId())));
    });
    // Demo data or an import adds people to the open database.
    new DatabaseWatcher(
        session, {QStringLiteral("people"), QStringLiteral("settings")}, [this] { reload(); }, this);
    reload();
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::addSection(const QString& title, QWidget* content)
{
    auto* group = new QGroupBox(title, this);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(content);
    // Before the vertical spacer, which is the last item.
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->count() - 1, group);
}

void SettingsPage::reload()
{
    const QSignalBlocker themeBlocker(m_ui->themeCombo);
    m_ui->themeCombo->setCurrentIndex(m_ui->themeCombo->findData(int(Theme::saved())));
    fillPeople();
    m_ui->organisationEdit->setText(
        storage::SettingsRepository(m_session.database()).value(QStringLiteral("organisation.name")));
}

void SettingsPage::fillPeople()
{
    const QSignalBlocker userBlocker(m_ui->userCombo);
    m_ui->userCombo->clear();
    const QString login = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    m_ui->userCombo->addItem(login.isEmpty() ? tr("My login name") : tr("My login name (%1)").arg(login), QString());
    const QString suggested = storage::DemoOrganisation::actingPerson(m_session.database());
    for (const auto& p : storage::PeopleRepository(m_session.database()).all()) {
        const QString function = core::personFunctions().label(p.function);
        m_ui->userCombo->addItem(p.id == suggested ? tr("%1 — %2 (suggested for the demo)").arg(p.name, function)
                                                   : tr("%1 — %2").arg(p.name, function),
                                 p.id);
    }
    const int index = m_ui->userCombo->findData(m_session.actingPersonId());
    m_ui->userCombo->setCurrentIndex(std::max(0, index));
}

} // namespace muster::gui
