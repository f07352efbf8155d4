#include "gui/BriefDialog.h"

#include "core/BriefRenderer.h"
#include "core/BriefTemplates.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/TlpPolicy.h"
#include "gui/AttackCatalogSource.h"
#include "gui/Session.h"
#include "gui/TlpBadge.h"
#include "storage/BriefRepository.h"
#include "storage/DisseminationService.h"
#include "storage/IntelRepository.h"
#include "storage/PeopleRepository.h"

#include "ui_BriefDialog.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>

namespace muster::gui {

BriefDialog::BriefDialog(Session& session, const QString& briefId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::BriefDialog>())
    , m_brief(storage::DisseminationService(session.database()).get(briefId))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Brief %1").arg(m_brief.reference));
    for (auto a : core::briefAudiences().values()) {
        m_ui->audienceCombo->addItem(core::briefAudiences().label(a), core::briefAudiences().key(a));
    }
    for (auto t : core::tlpLevels().values()) {
        m_ui->tlpCombo->addItem(core::tlpMarking(t), core::tlpLevels().key(t));
    }
    for (const auto& p : storage::PeopleRepository(session.database()).all()) {
        auto* item =
            new QListWidgetItem(p.title.isEmpty() ? p.name : tr("%1 (%2)").arg(p.name, p.title), m_ui->recipientsList);
        item->setData(Qt::UserRole, p.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_brief.recipientIds.contains(p.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_ui->titleEdit->setText(m_brief.title);
    m_ui->audienceCombo->setCurrentIndex(m_ui->audienceCombo->findData(core::briefAudiences().key(m_brief.audience)));
    m_ui->tlpCombo->setCurrentIndex(m_ui->tlpCombo->findData(core::tlpLevels().key(m_brief.tlp)));
    m_ui->bodyEdit->setPlainText(sectionsToText(m_brief.sections));
    m_ui->logTable->setColumnCount(5);
    m_ui->logTable->setHorizontalHeaderLabels({tr("When"), tr("Channel"), tr("Scope"), tr("To"), tr("By")});
    m_ui->logTable->verticalHeader()->hide();
    m_ui->logTable->horizontalHeader()->setStretchLastSection(true);

    QPushButton* saveButton = m_ui->buttonBox->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    saveButton->setShortcut(QKeySequence::Save);
    connect(saveButton, &QPushButton::clicked, this, &BriefDialog::save);
    connect(m_ui->titleEdit, &QLineEdit::textChanged, this, &BriefDialog::updatePreview);
    connect(m_ui->bodyEdit, &QPlainTextEdit::textChanged, this, &BriefDialog::updatePreview);
    connect(m_ui->tlpCombo, &QComboBox::currentIndexChanged, this, [this] {
        updatePreview();
        updateScopes();
    });
    connect(m_ui->audienceCombo, &QComboBox::currentIndexChanged, this, &BriefDialog::updatePreview);
    connect(m_ui->recipientsList, &QListWidget::itemChanged, this, &BriefDialog::updatePreview);
    connect(m_ui->htmlButton, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("html")); });
    connect(m_ui->markdownButton, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("markdown")); });
    connect(m_ui->stixButton, &QPushButton::clicked, this, &BriefDialog::shareStix);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &BriefDialog::send);
    connect(m_ui->redraftButton, &QPushButton::clicked, this, &BriefDialog::redraft);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    updateScopes();
    updatePreview();
    loadLog();
}

BriefDialog::~BriefDialog() = default;

QString BriefDialog::sectionsToText(const QList<core::BriefSection>& sections)
{
    QStringList parts;
    for (const auto& s : sections) {
        parts.append(QStringLiteral("## %1\n%2").arg(s.heading, s.body.trimmed()));
    }
    return parts.join(QStringLiteral("\n\n"));
}

QList<core::BriefSection> BriefDialog::textToSections(const QString& text)
{
    QList<core::BriefSection> out;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("## "))) {
            out.append({line.mid(3).trimmed(), QString()});
        } else {
            if (out.isEmpty()) {
                out.append({QString(), QString()});
            }
            out.last().body += line + QLatin1Char('\n');
        }
    }
    for (auto& s : out) {
        s.body = s.body.trimmed();
    }
    out.removeIf([](const core::BriefSection& s) { return s.heading.isEmpty() && s.body.isEmpty(); });
    return out;
}

core::IntelBrief BriefDialog::formBrief() const
{
    core::IntelBrief b = m_brief;
    b.title = m_ui->titleEdit->text().trimmed();
    b.audience = *core::briefAudiences().fromKey(m_ui->audienceCombo->currentData().toString());
    b.tlp = *core::tlpLevels().fromKey(m_ui->tlpCombo->currentData().toString());
    b.sections = textToSections(m_ui->bodyEdit->toPlainText());
    b.recipientIds.clear();
    for (int i = 0; i < m_ui->recipientsList->count(); ++i) {
        if (m_ui->recipientsList->item(i)->checkState() == Qt::Checked) {
            b.recipientIds.append(m_ui->recipientsList->item(i)->data(Qt::UserRole).toString());
        }
    }
    return b;
}

void BriefDialog::updatePreview()
{
    const core::IntelBrief b = formBrief();
    TlpBadge::apply(m_ui->tlpBadge, b.tlp);
    m_ui->guidanceLabel->setText(core::TlpPolicy::guidance(b.tlp));
    QStringList names;
    for (int i = 0; i < m_ui->recipientsList->count(); ++i) {
        if (m_ui->recipientsList->item(i)->checkState() == Qt::Checked) {
            names.append(m_ui->recipientsList->item(i)->text());
        }
    }
    core::BriefRenderer::Context ctx;
    ctx.recipients = b.tlp == core::Tlp::Red ? names : QStringList();
    ctx.generatedAt = core::SystemClock::instance().nowMs();
    // The repeated print header and footer need CSS positioning the preview lacks.
    static const QRegularExpression printOnly(QStringLiteral("<(header|footer) class=\"marking\">.*?</\\1>\n"));
    m_ui->previewBrowser->setHtml(core::BriefRenderer::toHtml(b, ctx).remove(printOnly));
    m_ui->recipientsHint->setText(b.tlp == core::Tlp::Red
                                      ? tr("TLP:RED: only the people checked here may receive this brief.")
                                      : tr("Check the people to send the brief to."));
}

void BriefDialog::updateScopes()
{
    const core::Tlp tlp = *core::tlpLevels().fromKey(m_ui->tlpCombo->currentData().toString());
    const QString current = m_ui->scopeCombo->currentData().toString();
    m_ui->scopeCombo->clear();
    for (auto s : core::shareScopes().values()) {
        if (core::TlpPolicy::allows(tlp, s)) {
            m_ui->scopeCombo->addItem(core::shareScopes().label(s), core::shareScopes().key(s));
        }
    }
    const int keep = m_ui->scopeCombo->findData(current);
    m_ui->scopeCombo->setCurrentIndex(keep >= 0 ? keep : m_ui->scopeCombo->count() - 1);
}

void BriefDialog::loadLog()
{
    const auto log = storage::BriefRepository(m_session.database()).distributions(m_brief.id);
    m_ui->logTable->setRowCount(int(log.size()));
    for (qsizetype r = 0; r < log.size(); ++r) {
        const auto& d = log.at(r);
        const QStringList cells{
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(d.at), QLocale::ShortFormat), d.channel,
            core::shareScopes().label(core::shareScopes().fromKey(d.scope).value_or(core::ShareScope::NamedRecipients)),
            d.recipients.isEmpty() ? d.destination : d.recipients, d.actorName};
        for (int c = 0; c < cells.size(); ++c) {
            m_ui->logTable->setItem(int(r), c, new QTableWidgetItem(cells.at(c)));
        }
    }
    m_ui->logLabel->setText(tr("Distribution log: %n release(s)", nullptr, int(log.size())));
}

bool BriefDialog::save()
{
    try {
        m_brief = storage::DisseminationService(m_session.database()).save(formBrief(), m_session.actor());
        m_ui->errorLabel->clear();
        return true;
    } catch (const core::Error& e) {
        m_ui->errorLabel->setText(e.message());
        return false;
    }
}

storage::DisseminationService::Release BriefDialog::releaseTo(const QString& path) const
{
    storage::DisseminationService::Release r;
    r.scope = *core::shareScopes().fromKey(m_ui->scopeCombo->currentData().toString());
    r.recipientIds = r.scope == core::ShareScope::NamedRecipients ? m_brief.recipientIds : QStringList();
    r.destination = path;
    return r;
}

bool BriefDialog::isModified() const
{
    const core::IntelBrief b = formBrief();
    return b.title != m_brief.title || b.audience != m_brief.audience || b.tlp != m_brief.tlp ||
           b.recipientIds != m_brief.recipientIds || sectionsToText(b.sections) != sectionsToText(m_brief.sections);
}

void BriefDialog::reject()
{
    if (isModified()) {
        const auto answer =
            QMessageBox::question(this, tr("Unsaved Changes"), tr("Save the changes to %1?").arg(m_brief.reference),
                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save())) {
            return;
        }
    }
    QDialog::reject();
}

void BriefDialog::exportAs(const QString& format)
{
    if (!save()) {
        return;
    }
    const bool html = format == QLatin1String("html");
    const QString suggested = QDir::home().filePath(
        QStringLiteral("%1.%2").arg(m_brief.reference, html ? QStringLiteral("html") : QStringLiteral("md")));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Brief"), suggested, html ? tr("HTML documents (*.html)") : tr("Markdown documents (*.md)"));
    if (path.isEmpty()) {
        return;
    }
    const auto r = releaseTo(path);
    try {
        storage::DisseminationService(m_session.database())
            .exportBrief(m_brief.id,
                         html ? storage::DisseminationService::Format::Html
                              : storage::DisseminationService::Format::Markdown,
                         r, m_session.actor());
        loadLog();
    } catch (const core::Error& e) {
        QMessageBox::warning(this, tr("Export Brief"), e.message());
    }
}

void BriefDialog::shareStix()
{
    if (!save()) {
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Share as STIX"), QDir::home().filePath(m_brief.reference + QStringLiteral(".stix.json")),
        tr("STIX bundles (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    const auto r = releaseTo(path);
    try {
        const auto share =
            storage::DisseminationService(m_session.database()).shareStix({}, m_brief.id, r, m_session.actor());
        loadLog();
        QMessageBox::information(
            this, tr("Share as STIX"),
            tr("%1 item(s) shared, %2 withheld by their marking.").arg(share.shared).arg(share.withheld));
    } catch (const core::Error& e) {
        QMessageBox::warning(this, tr("Share as STIX"), e.message());
    }
}

void BriefDialog::send()
{
    if (!save()) {
        return;
    }
    if (m_brief.recipientIds.isEmpty()) {
        m_ui->errorLabel->setText(tr("Recipients: check the people to send the brief to."));
        return;
    }
    try {
        storage::DisseminationService(m_session.database()).send(m_brief.id, m_brief.recipientIds, m_session.actor());
        loadLog();
    } catch (const core::Error& e) {
        QMessageBox::warning(this, tr("Send Brief"), e.message());
    }
}

void BriefDialog::redraft()
{
    if (QMessageBox::question(this, tr("Redraft"),
                              tr("Replace the text with the template for this audience? Your edits are lost.")) !=
        QMessageBox::Yes) {
        return;
    }
    const auto items = storage::IntelRepository(m_session.database()).byIds(m_brief.itemIds);
    const auto audience = *core::briefAudiences().fromKey(m_ui->audienceCombo->currentData().toString());
    const auto draft = core::BriefTemplates::draft(audience, m_ui->titleEdit->text(), items,
                                                   AttackCatalogSource::of(m_session).catalog(),
                                                   core::SystemClock::instance().nowMs());
    m_ui->bodyEdit->setPlainText(sectionsToText(draft.sections));
}

} // namespace muster::gui
