#include "gui/ProjectorWindow.h"

#include "core/AfterActionReport.h"
#include "core/ExerciseRules.h"
#include "core/HtmlText.h"

#include "ui_ProjectorWindow.h"

namespace muster::gui {

namespace {

QString h(const QString& s)
{
    return core::plainTextToHtml(s);
}

} // namespace

ProjectorWindow::ProjectorWindow(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProjectorWindow>())
{
    m_ui->setupUi(this);
    setWindowFlag(Qt::Window);
    QFont clock = font();
    clock.setPointSizeF(clock.pointSizeF() * 4);
    clock.setBold(true);
    clock.setStyleHint(QFont::Monospace);
    m_ui->clockLabel->setFont(clock);
    QFont title = font();
    title.setPointSizeF(title.pointSizeF() * 2);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    QFont body = font();
    body.setPointSizeF(body.pointSizeF() * 1.5);
    m_ui->currentBrowser->setFont(body);
    m_ui->rolesBrowser->setFont(body);
}

ProjectorWindow::~ProjectorWindow() = default;

void ProjectorWindow::setClock(qint64 scenarioMs, bool running)
{
    m_ui->clockLabel->setText(running ? core::formatScenarioTime(scenarioMs)
                                      : tr("%1 ⏸").arg(core::formatScenarioTime(scenarioMs)));
}

void ProjectorWindow::setRecord(const core::ExerciseRecord& r, qint64 now)
{
    const core::Scenario& s = r.scenario;
    m_ui->titleLabel->setText(tr("EXERCISE — %1").arg(s.title));
    setWindowTitle(tr("%1 — Projector").arg(r.exercise.reference));
    setClock(r.exercise.clock.elapsedMs(now), r.exercise.status == core::ExerciseStatus::Running);

    QList<core::InjectRelease> released = r.releases;
    std::stable_sort(released.begin(), released.end(), [](const core::InjectRelease& a, const core::InjectRelease& b) {
        return a.scenarioMs > b.scenarioMs;
    });
    QString current;
    if (released.isEmpty()) {
        current = QStringLiteral("<p>%1</p><p>%2</p>").arg(h(tr("The exercise has not started yet.")), h(s.summary));
    }
    for (const auto& rel : released) {
        const core::Inject* inj = s.inject(rel.injectId);
        if (!inj) {
            continue;
        }
        QStringList to;
        for (const QString& id : inj->audience) {
            const core::ScenarioRole* role = s.role(id);
            to << (role ? role->name : id);
        }
        current += QStringLiteral("<h2>%1 · %2</h2><p><i>%3 — %4 — %5</i></p><p>%6</p><hr>")
                       .arg(h(core::formatScenarioTime(rel.scenarioMs)), h(inj->title),
                            h(core::injectChannels().label(inj->channel)), h(inj->sender),
                            h(tr("to %1").arg(to.join(QStringLiteral(", ")))), h(inj->content));
    }
    m_ui->currentBrowser->setHtml(current);

    // Per role: what it was sent, and the open decisions put to it (questions only).
    QString roles;
    for (const auto& role : s.roles) {
        QStringList items;
        for (const auto& rel : r.releases) {
            const core::Inject* inj = s.inject(rel.injectId);
            if (inj && inj->audience.contains(role.id)) {
                items << h(inj->title);
            }
        }
        for (const QString& branchId : core::ExerciseRules::openBranches(r)) {
            const core::Branch* b = s.branch(branchId);
            if (b && b->kind == core::BranchKind::Decision && b->role == role.id) {
                items << QStringLiteral("<b>%1</b>").arg(h(tr("Decide: %1").arg(b->question)));
            }
        }
        if (items.isEmpty()) {
            continue;
        }
        roles += QStringLiteral("<h3>%1</h3><ul><li>%2</li></ul>")
                     .arg(h(role.name), items.join(QStringLiteral("</li><li>")));
    }
    m_ui->rolesBrowser->setHtml(roles.isEmpty() ? h(tr("Nothing has been asked yet.")) : roles);
}

QString ProjectorWindow::visibleText() const
{
    return m_ui->titleLabel->text() + QLatin1Char('\n') + m_ui->clockLabel->text() + QLatin1Char('\n') +
           m_ui->currentBrowser->toPlainText() + QLatin1Char('\n') + m_ui->rolesBrowser->toPlainText();
}

} // namespace muster::gui
