#include "gui/IntelItemDialog.h"

#include "core/Clock.h"
#include "core/Error.h"
#include "gui/Session.h"
#include "gui/TlpBadge.h"
#include "storage/IntelImportService.h"

#include "ui_IntelItemDialog.h"

#include <QDateTime>
#include <QPushButton>

namespace muster::gui {

namespace {

void setDate(QCheckBox* check, QDateEdit* edit, const std::optional<qint64>& ms)
{
    check->setChecked(ms.has_value());
    edit->setEnabled(ms.has_value());
    edit->setDate(ms ? QDateTime::fromMSecsSinceEpoch(*ms).date() : QDate::currentDate());
}

std::optional<qint64> dateOf(const QCheckBox* check, const QDateEdit* edit)
{
    if (!check->isChecked()) {
        return std::nullopt;
    }
    return QDateTime(edit->date(), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

IntelItemDialog::IntelItemDialog(Session& session, const core::IntelItem& item, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::IntelItemDialog>())
    , m_item(item)
{
    m_ui->setupUi(this);
    setWindowTitle(item.id.isEmpty() ? tr("New Intel Item") : tr("Edit %1").arg(item.name));
    for (auto k : core::intelKinds().values()) {
        m_ui->kindCombo->addItem(core::intelKinds().label(k), core::intelKinds().key(k));
    }
    for (auto t : core::tlpLevels().values()) {
        m_ui->tlpCombo->addItem(core::tlpMarking(t), core::tlpLevels().key(t));
    }
    m_ui->techniquesEdit->setSession(session);
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(core::intelKinds().key(item.kind)));
    m_ui->kindCombo->setEnabled(item.id.isEmpty());
    m_ui->tlpCombo->setCurrentIndex(m_ui->tlpCombo->findData(core::tlpLevels().key(item.tlp)));
    m_ui->nameEdit->setText(item.name);
    m_ui->sourceEdit->setText(item.source);
    m_ui->confidenceSpin->setValue(item.confidence);
    m_ui->descriptionEdit->setPlainText(item.description);
    QStringList values;
    for (const auto& o : item.observables) {
        values.append(o.value);
    }
    m_ui->valuesEdit->setPlainText(values.join(QLatin1Char('\n')));
    m_ui->techniquesEdit->setIds(item.attackIds);
    setDate(m_ui->firstSeenCheck, m_ui->firstSeenEdit, item.firstSeen);
    setDate(m_ui->lastSeenCheck, m_ui->lastSeenEdit, item.lastSeen);
    setDate(m_ui->validFromCheck, m_ui->validFromEdit, item.validFrom);
    setDate(m_ui->validUntilCheck, m_ui->validUntilEdit, item.validUntil);
    for (auto [check, edit] :
         {std::pair{m_ui->firstSeenCheck, m_ui->firstSeenEdit}, std::pair{m_ui->lastSeenCheck, m_ui->lastSeenEdit},
          std::pair{m_ui->validFromCheck, m_ui->validFromEdit},
          std::pair{m_ui->validUntilCheck, m_ui->validUntilEdit}}) {
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    }
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &IntelItemDialog::updateKind);
    connect(m_ui->valuesEdit, &QPlainTextEdit::textChanged, this, &IntelItemDialog::checkValues);
    connect(m_ui->tlpCombo, &QComboBox::currentIndexChanged, this, [this] {
        TlpBadge::apply(m_ui->tlpBadge, *core::tlpLevels().fromKey(m_ui->tlpCombo->currentData().toString()));
    });
    TlpBadge::apply(m_ui->tlpBadge, item.tlp);
    updateKind();
    checkValues();
}

IntelItemDialog::~IntelItemDialog() = default;

void IntelItemDialog::updateKind()
{
    const bool indicator =
        core::intelKinds().fromKey(m_ui->kindCombo->currentData().toString()) == core::IntelKind::Indicator;
    m_ui->valuesLabel->setVisible(indicator);
    m_ui->valuesEdit->setVisible(indicator);
    m_ui->valuesErrorLabel->setVisible(indicator);
    m_ui->validFromCheck->setVisible(indicator);
    m_ui->validFromEdit->setVisible(indicator);
    m_ui->validUntilCheck->setVisible(indicator);
    m_ui->validUntilEdit->setVisible(indicator);
}

void IntelItemDialog::checkValues()
{
    QString error;
    formItem(&error);
    m_ui->valuesErrorLabel->setText(error);
}

std::optional<core::IntelItem> IntelItemDialog::formItem(QString* error) const
{
    core::IntelItem item = m_item;
    item.kind = *core::intelKinds().fromKey(m_ui->kindCombo->currentData().toString());
    item.tlp = *core::tlpLevels().fromKey(m_ui->tlpCombo->currentData().toString());
    item.name = m_ui->nameEdit->text().trimmed();
    item.source = m_ui->sourceEdit->text().trimmed();
    item.confidence = m_ui->confidenceSpin->value();
    item.description = m_ui->descriptionEdit->toPlainText().trimmed();
    item.attackIds = m_ui->techniquesEdit->ids();
    item.firstSeen = dateOf(m_ui->firstSeenCheck, m_ui->firstSeenEdit);
    item.lastSeen = dateOf(m_ui->lastSeenCheck, m_ui->lastSeenEdit);
    item.observables.clear();
    if (item.kind == core::IntelKind::Indicator) {
        item.validFrom = dateOf(m_ui->validFromCheck, m_ui->validFromEdit);
        item.validUntil = dateOf(m_ui->validUntilCheck, m_ui->validUntilEdit);
        const QStringList lines = m_ui->valuesEdit->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (qsizetype n = 0; n < lines.size(); ++n) {
            const QString line = lines.at(n).trimmed();
            if (line.isEmpty()) {
                continue;
            }
            const auto kind = core::Observable::guessKind(line);
            QString why;
            const auto o = kind ? core::Observable::tryParse(*kind, line, true, &why) : std::nullopt;
            if (!o) {
                if (error) {
                    *error = tr("Line %1: \"%2\" is not an IP address, domain, URL, file hash or e-mail address.")
                                 .arg(n + 1)
                                 .arg(line);
                }
                return std::nullopt;
            }
            if (!item.observables.contains(*o)) {
                item.observables.append(*o);
            }
        }
        item.pattern.clear();
        item.patternType = QStringLiteral("stix");
    }
    return item;
}

void IntelItemDialog::accept()
{
    QString error;
    auto item = formItem(&error);
    if (!item) {
        m_ui->valuesErrorLabel->setText(error);
        m_ui->valuesEdit->setFocus();
        return;
    }
    if (!m_ui->techniquesEdit->isWellFormed()) {
        m_ui->errorLabel->setText(m_ui->techniquesEdit->problems().join(QLatin1Char('\n')));
        m_ui->techniquesEdit->setFocus();
        return;
    }
    try {
        m_item = storage::IntelImportService(m_session.database()).save(*item, m_session.actor());
        QDialog::accept();
    } catch (const core::Error& e) {
        m_ui->errorLabel->setText(e.message());
    }
}

} // namespace muster::gui
