#include "gui/AttackTechniqueEdit.h"

#include "core/AttackId.h"
#include "gui/AttackCatalogSource.h"
#include "gui/AttackPickerDialog.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpression>
#include <QShortcut>
#include <QStringListModel>
#include <QStyle>
#include <QToolButton>

namespace muster::gui {

namespace {

const QRegularExpression& separators()
{
    static const QRegularExpression re(QStringLiteral("[,;\\s]+"));
    return re;
}

// The token being typed: what follows the last separator.
qsizetype tokenStart(const QString& text)
{
    qsizetype i = text.size();
    while (i > 0 && !separators().match(text.mid(i - 1, 1)).hasMatch()) {
        --i;
    }
    return i;
}

} // namespace

AttackTechniqueEdit::AttackTechniqueEdit(QWidget* parent)
    : QWidget(parent)
    , m_catalog(std::make_shared<const core::AttackCatalog>(core::AttackCatalog::shipped()))
    , m_edit(new QLineEdit(this))
    , m_pickButton(new QToolButton(this))
    , m_warning(new QAction(this))
    , m_completer(new QCompleter(this))
    , m_completions(new QStringListModel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_edit);
    layout->addWidget(m_pickButton);
    setFocusProxy(m_edit);

    m_edit->setPlaceholderText(tr("T1059.001, T1566 ..."));
    m_edit->setAccessibleName(tr("ATT&CK techniques"));
    m_edit->setClearButtonEnabled(true);
    m_warning->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    connect(m_warning, &QAction::triggered, this, &AttackTechniqueEdit::openPicker);

    m_pickButton->setText(QStringLiteral("…"));
    m_pickButton->setToolTip(tr("Choose techniques from the ATT&CK catalog (F4)"));
    m_pickButton->setAccessibleName(tr("Choose techniques"));
    connect(m_pickButton, &QToolButton::clicked, this, &AttackTechniqueEdit::openPicker);
    auto* f4 = new QShortcut(QKeySequence(Qt::Key_F4), m_edit, nullptr, nullptr, Qt::WidgetShortcut);
    connect(f4, &QShortcut::activated, this, &AttackTechniqueEdit::openPicker);

    m_completer->setModel(m_completions);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(m_edit);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this,
            &AttackTechniqueEdit::insertCompletion);
    connect(m_edit, &QLineEdit::textEdited, this, &AttackTechniqueEdit::complete);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        check();
        emit idsChanged();
    });
    rebuildCompletions();
    check();
}

AttackTechniqueEdit::~AttackTechniqueEdit() = default;

AttackTechniqueEdit* AttackTechniqueEdit::replace(QLineEdit*& lineEdit, Session& session)
{
    QWidget* parent = lineEdit->parentWidget();
    auto* edit = new AttackTechniqueEdit(parent);
    edit->setSession(session);
    edit->lineEdit()->setPlaceholderText(lineEdit->placeholderText());
    edit->lineEdit()->setObjectName(lineEdit->objectName());
    if (QLayout* layout = parent ? parent->layout() : nullptr) {
        delete layout->replaceWidget(lineEdit, edit, Qt::FindChildrenRecursively);
    }
    delete lineEdit;
    lineEdit = edit->lineEdit();
    return edit;
}

void AttackTechniqueEdit::setSession(Session& session)
{
    auto& source = AttackCatalogSource::of(session);
    setCatalog(source.shared());
    connect(&source, &AttackCatalogSource::changed, this, [this, &source] { setCatalog(source.shared()); });
}

void AttackTechniqueEdit::setCatalog(std::shared_ptr<const core::AttackCatalog> catalog)
{
    m_catalog = std::move(catalog);
    rebuildCompletions();
    check();
}

void AttackTechniqueEdit::rebuildCompletions()
{
    QStringList list;
    list.reserve(m_catalog->techniques().size());
    for (const auto& t : m_catalog->techniques()) {
        if (!t.isActive()) {
            continue;
        }
        QString name = t.name;
        if (t.isSubtechnique()) {
            if (const auto* parent = m_catalog->technique(t.parentId())) {
                name = tr("%1: %2").arg(parent->name, t.name);
            }
        }
        list.append(QStringLiteral("%1  %2").arg(t.id, name));
    }
    m_completions->setStringList(list);
}

QStringList AttackTechniqueEdit::ids() const
{
    QStringList out;
    for (const QString& part : m_edit->text().split(separators(), Qt::SkipEmptyParts)) {
        if (auto id = core::normalizeAttackId(part); id && !out.contains(*id)) {
            out.append(*id);
        }
    }
    return out;
}

void AttackTechniqueEdit::setIds(const QStringList& ids)
{
    m_edit->setText(ids.join(QStringLiteral(", ")));
}

QStringList AttackTechniqueEdit::problems() const
{
    return m_problems;
}

bool AttackTechniqueEdit::isWellFormed() const
{
    return m_wellFormed;
}

void AttackTechniqueEdit::check()
{
    m_problems.clear();
    m_wellFormed = true;
    for (const QString& part : m_edit->text().split(separators(), Qt::SkipEmptyParts)) {
        const QString problem = m_catalog->problem(part);
        if (problem.isEmpty()) {
            continue;
        }
        if (!core::normalizeAttackId(part)) {
            m_wellFormed = false;
        }
        if (!m_problems.contains(problem)) {
            m_problems.append(problem);
        }
    }
    // QLineEdit shows its actions whatever their visibility: add and remove the mark.
    if (m_problems.isEmpty()) {
        m_edit->removeAction(m_warning);
    } else if (!m_edit->actions().contains(m_warning)) {
        m_edit->addAction(m_warning, QLineEdit::TrailingPosition);
    }
    m_warning->setToolTip(m_problems.join(QLatin1Char('\n')));
    m_edit->setToolTip(m_problems.join(QLatin1Char('\n')));
    m_edit->setAccessibleDescription(m_problems.join(QLatin1Char(' ')));
}

void AttackTechniqueEdit::complete(const QString& text)
{
    const QString token = text.mid(tokenStart(text));
    if (token.size() < 2) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(token);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void AttackTechniqueEdit::insertCompletion(const QString& completion)
{
    const QString id = completion.section(QLatin1Char(' '), 0, 0);
    const QString text = m_edit->text();
    m_edit->setText(text.left(tokenStart(text)) + id + QStringLiteral(", "));
}

void AttackTechniqueEdit::openPicker()
{
    AttackPickerDialog dialog(m_catalog, ids(), this);
    if (dialog.exec() == QDialog::Accepted) {
        setIds(dialog.selectedIds());
    }
}

} // namespace muster::gui
