#include "gui/IncidentDeadlinesTab.h"

#include "core/Clock.h"
#include "core/DeadlineRules.h"
#include "core/ICalendar.h"
#include "gui/DatabaseWatcher.h"
#include "gui/DeadlineModel.h"
#include "gui/Session.h"
#include "gui/Theme.h"
#include "gui/WorkflowFormat.h"
#include "storage/Database.h"
#include "storage/DeadlineService.h"
#include "storage/IncidentService.h"
#include "storage/WorkflowSettings.h"

#include "ui_DeadlineMetDialog.h"
#include "ui_IncidentDeadlinesTab.h"
#include "ui_RecordEventDialog.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTimer>

namespace muster::gui {

IncidentDeadlinesTab::IncidentDeadlinesTab(Session& session, const QString& incidentId, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_incidentId(incidentId)
    , m_ui(std::make_unique<Ui::IncidentDeadlinesTab>())
    , m_model(new DeadlineModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_tick(new QTimer(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DeadlineModel::SortRole);
    m_ui->deadlinesTable->setModel(m_proxy);
    m_ui->deadlinesTable->setColumnHidden(DeadlineModel::IncidentColumn, true);
    m_ui->deadlinesTable->verticalHeader()->hide();
    m_ui->deadlinesTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->deadlinesTable->setColumnWidth(DeadlineModel::RegimeColumn, 70);
    m_ui->deadlinesTable->setColumnWidth(DeadlineModel::DutyColumn, 380);
    m_ui->deadlinesTable->setColumnWidth(DeadlineModel::DueColumn, 140);
    m_ui->deadlinesTable->setColumnWidth(DeadlineModel::CountdownColumn, 190);
    m_ui->deadlinesTable->setColumnWidth(DeadlineModel::StatusColumn, 80);
    m_ui->deadlinesTable->sortByColumn(DeadlineModel::DueColumn, Qt::AscendingOrder);

    connect(m_ui->recordButton, &QPushButton::clicked, this, &IncidentDeadlinesTab::recordEvent);
    connect(m_ui->metButton, &QPushButton::clicked, this, &IncidentDeadlinesTab::markMet);
    connect(m_ui->waiveButton, &QPushButton::clicked, this, &IncidentDeadlinesTab::waive);
    connect(m_ui->icsButton, &QPushButton::clicked, this, &IncidentDeadlinesTab::exportIcs);
    connect(m_ui->deadlinesTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &IncidentDeadlinesTab::updateButtons);
    connect(m_tick, &QTimer::timeout, this, [this] { m_model->setNow(core::SystemClock::instance().nowMs()); });
    m_tick->start(1'000);

    new DatabaseWatcher(
        session,
        {QStringLiteral("deadlines"), QStringLiteral("clock_events"), QStringLiteral("settings"),
         QStringLiteral("incident_attributes")},
        [this] { reload(); }, this);
    reload();
}

IncidentDeadlinesTab::~IncidentDeadlinesTab() = default;

QString IncidentDeadlinesTab::currentId() const
{
    const QModelIndex i = m_ui->deadlinesTable->currentIndex();
    return i.isValid() ? i.data(DeadlineModel::IdRole).toString() : QString();
}

void IncidentDeadlinesTab::reload()
{
    storage::DeadlineService service(m_session.database());
    QList<core::Deadline> deadlines;
    QList<core::ClockEventRecord> events;
    try {
        deadlines = service.ofIncident(m_incidentId);
        events = service.eventsOf(m_incidentId);
    } catch (const core::Error&) {
        setEnabled(false);
        return;
    }
    m_model->setDeadlines(deadlines, core::SystemClock::instance().nowMs());
    QStringList lines;
    for (const auto& e : events) {
        lines.append(tr("<b>%1</b> %2 (recorded by %3)")
                         .arg(core::clockEvents().label(e.event), WorkflowFormat::localTime(e.occurredAt),
                              e.personName.toHtmlEscaped()));
    }
    m_ui->eventsLabel->setText(lines.isEmpty()
                                   ? tr("No start event recorded yet. Record when the organisation became aware, "
                                        "determined materiality or classified the incident as major; the clocks "
                                        "that apply start from it.")
                                   : lines.join(QStringLiteral(" · ")));
    QString calendar;
    try {
        const auto c = storage::WorkflowSettings(m_session.database()).calendar();
        calendar = tr("Times are shown in your time zone (%1). Hour periods run in real hours; business days and "
                      "months count in %2 (%3 holidays).")
                       .arg(QDateTime::currentDateTime().timeZoneAbbreviation(), QString::fromUtf8(c.timeZone().id()),
                            c.base() == core::BusinessCalendar::Base::UsFederal ? tr("US federal") : tr("configured"));
    } catch (const core::Error& e) {
        calendar = e.message();
    }
    m_ui->calendarLabel->setText(calendar);
    if (!m_ui->deadlinesTable->currentIndex().isValid()) {
        // Select the most urgent open deadline, so that its actions are at hand.
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            if (m_model->deadlineAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()).isOpen()) {
                m_ui->deadlinesTable->selectRow(row);
                break;
            }
        }
    }
    updateButtons();
}

void IncidentDeadlinesTab::updateButtons()
{
    const QString id = currentId();
    bool open = false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->deadlineAt(row).id == id) {
            open = m_model->deadlineAt(row).isOpen();
        }
    }
    m_ui->metButton->setEnabled(open);
    m_ui->waiveButton->setEnabled(open);
    m_ui->icsButton->setEnabled(m_model->rowCount() > 0);
}

void IncidentDeadlinesTab::recordEvent()
{
    QDialog dialog(this);
    Ui::RecordEventDialog form;
    form.setupUi(&dialog);
    for (const auto e : core::clockEvents().values()) {
        form.eventCombo->addItem(core::clockEvents().label(e), int(e));
    }
    const QDateTime now = QDateTime::currentDateTime();
    form.atEdit->setDateTime(now);
    form.atEdit->setMaximumDateTime(now.addSecs(60));
    form.atEdit->setToolTip(tr("Your local time (%1)").arg(now.timeZoneAbbreviation()));
    storage::DeadlineService service(m_session.database());
    const auto fillRules = [&] {
        form.rulesList->clear();
        const auto event = static_cast<core::ClockEvent>(form.eventCombo->currentData().toInt());
        for (const auto& c : service.candidates(m_incidentId, event)) {
            auto* item = new QListWidgetItem(
                tr("%1 — within %2").arg(c.rule->displayName(), c.rule->limbs.first().period.describe()),
                form.rulesList);
            item->setData(Qt::UserRole, c.rule->id);
            item->setToolTip(c.rule->source);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(c.applies ? Qt::Checked : Qt::Unchecked);
        }
    };
    connect(form.eventCombo, &QComboBox::currentIndexChanged, &dialog, fillRules);
    fillRules();
    connect(form.buttonBox, &QDialogButtonBox::accepted, &dialog, [&] {
        QStringList rules;
        for (int i = 0; i < form.rulesList->count(); ++i) {
            if (form.rulesList->item(i)->checkState() == Qt::Checked) {
                rules.append(form.rulesList->item(i)->data(Qt::UserRole).toString());
            }
        }
        try {
            const auto event = static_cast<core::ClockEvent>(form.eventCombo->currentData().toInt());
            // With nothing ticked, only the event is recorded (and running clocks move).
            service.recordEvent(m_incidentId, event, form.atEdit->dateTime().toMSecsSinceEpoch(), form.noteEdit->text(),
                                rules, m_session.actor());
            dialog.accept();
        } catch (const core::Error& e) {
            form.errorLabel->setText(e.message());
        }
    });
    dialog.exec();
}

void IncidentDeadlinesTab::markMet()
{
    const QString id = currentId();
    core::Deadline d;
    try {
        d = storage::DeadlineService(m_session.database()).get(id);
    } catch (const core::Error& e) {
        WorkflowFormat::showError(this, tr("Notification Made"), e);
        return;
    }
    const auto* rule = core::RegulatoryClock::rule(d.ruleId);
    QDialog dialog(this);
    Ui::DeadlineMetDialog form;
    form.setupUi(&dialog);
    form.ruleLabel->setText(
        tr("<b>%1</b><br>Due %2").arg(rule ? rule->displayName() : d.ruleId, WorkflowFormat::fullTime(d.dueAt)));
    const QDateTime now = QDateTime::currentDateTime();
    form.atEdit->setDateTime(now);
    form.atEdit->setMaximumDateTime(now.addSecs(60));
    const auto updateHint = [&] {
        const bool late = form.atEdit->dateTime().toMSecsSinceEpoch() > d.dueAt;
        form.reasonEdit->setEnabled(true);
        form.hintLabel->setText(late ? tr("This is after the deadline: the notification must give the reasons for "
                                          "the delay, and Muster records the deadline as missed.")
                                     : tr("On time. Add a note if you wish."));
        form.reasonLabel->setText(late ? tr("&Reasons for delay:") : tr("&Note:"));
    };
    connect(form.atEdit, &QDateTimeEdit::dateTimeChanged, &dialog, updateHint);
    updateHint();
    connect(form.buttonBox, &QDialogButtonBox::accepted, &dialog, [&] {
        try {
            storage::DeadlineService(m_session.database())
                .complete(id, form.atEdit->dateTime().toMSecsSinceEpoch(), form.reasonEdit->toPlainText(),
                          m_session.actor());
            dialog.accept();
        } catch (const core::Error& e) {
            form.hintLabel->setText(e.message());
            form.reasonEdit->setFocus();
        }
    });
    dialog.exec();
}

void IncidentDeadlinesTab::waive()
{
    const QString id = currentId();
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, tr("Waive Deadline"), tr("Why does this duty not apply? (Recorded on the timeline.)"), QString(), &ok);
    if (!ok) {
        return;
    }
    try {
        storage::DeadlineService(m_session.database()).waive(id, reason, m_session.actor());
    } catch (const core::Error& e) {
        WorkflowFormat::showError(this, tr("Waive Deadline"), e);
    }
}

void IncidentDeadlinesTab::exportIcs()
{
    QString reference;
    try {
        reference = storage::IncidentService(m_session.database()).get(m_incidentId).reference;
    } catch (const core::Error& e) {
        WorkflowFormat::showError(this, tr("Export to Calendar"), e);
        return;
    }
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export to Calendar"),
                                     QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                         .filePath(tr("%1 deadlines.ics").arg(reference)),
                                     tr("iCalendar files (*.ics)"));
    if (path.isEmpty()) {
        return;
    }
    QList<core::Deadline> all;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        all.append(m_model->deadlineAt(row));
    }
    const QByteArray ics =
        core::ICalendar::deadlines(all, storage::WorkflowSettings(m_session.database()).notificationThresholds(),
                                   core::SystemClock::instance().nowMs());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size() || !file.commit()) {
        WorkflowFormat::showError(
            this, tr("Export to Calendar"),
            core::Error(core::Error::Kind::Io, tr("%1: cannot write the file: %2").arg(path, file.errorString())));
    }
}

} // namespace muster::gui
