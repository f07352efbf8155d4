#include "gui/PeoplePage.h"

#include "gui/DirectoryImport.h"
#include "gui/PageHeader.h"
#include "gui/PeopleModel.h"
#include "gui/Session.h"
#include "storage/Database.h"

#include "ui_PeoplePage.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace muster::gui {

namespace {

// Matches the search text against every column and the function filter.
class PeopleFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFunction(const QString& key)
    {
        m_function = key;
        invalidateFilter();
    }
    void setText(const QString& text)
    {
        m_text = text.trimmed();
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        const QAbstractItemModel* m = sourceModel();
        if (!m_function.isEmpty() &&
            m->index(row, 0, parent).data(PeopleModel::FunctionKeyRole).toString() != m_function) {
            return false;
        }
        if (m_text.isEmpty()) {
            return true;
        }
        for (int c = 0; c < m->columnCount(parent); ++c) {
            if (m->index(row, c, parent).data().toString().contains(m_text, Qt::CaseInsensitive)) {
                return true;
            }
        }
        return false;
    }

private:
    QString m_function;
    QString m_text;
};

} // namespace

PeoplePage::PeoplePage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::PeoplePage>())
    , m_model(new PeopleModel(session.database(), this))
    , m_proxy(new PeopleFilter(this))
{
    m_ui->setupUi(this);
    PageHeader::styleTitle(m_ui->titleLabel);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->peopleTable->setModel(m_proxy);
    m_ui->peopleTable->sortByColumn(PeopleModel::NameColumn, Qt::AscendingOrder);
    m_ui->peopleTable->verticalHeader()->hide();
    m_ui->peopleTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->peopleTable->setColumnWidth(PeopleModel::NameColumn, 180);
    m_ui->peopleTable->setColumnWidth(PeopleModel::FunctionColumn, 200);
    m_ui->peopleTable->setColumnWidth(PeopleModel::TitleColumn, 240);
    m_ui->peopleTable->setColumnWidth(PeopleModel::TeamColumn, 200);
    m_ui->peopleTable->setColumnWidth(PeopleModel::EmailColumn, 240);

    m_ui->functionCombo->addItem(tr("All functions"), QString());
    for (auto f : core::personFunctions().values()) {
        m_ui->functionCombo->addItem(core::personFunctions().label(f), core::personFunctions().key(f));
    }
    connect(m_ui->importButton, &QPushButton::clicked, this, [this] { importDirectoryCsv(this, m_session, true); });

    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &PeoplePage::updateFilter);
    connect(m_ui->functionCombo, &QComboBox::currentIndexChanged, this, &PeoplePage::updateFilter);
    connect(&session, &Session::databaseReplaced, this, [this] {
        m_model->setDatabase(m_session.database());
        watchDatabase();
        updateCount();
    });
    watchDatabase();
    updateCount();
}

PeoplePage::~PeoplePage() = default;

void PeoplePage::updateFilter()
{
    auto* filter = static_cast<PeopleFilter*>(m_proxy);
    filter->setFunction(m_ui->functionCombo->currentData().toString());
    filter->setText(m_ui->searchEdit->text());
    updateCount();
}

void PeoplePage::updateCount()
{
    m_ui->countLabel->setText(tr("%1 of %n people", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}

void PeoplePage::watchDatabase()
{
    connect(&m_session.database(), &storage::Database::changed, this, [this](const QStringList& tables) {
        if (tables.contains(QLatin1String("people"))) {
            m_model->reload();
            updateCount();
        }
    });
}

} // namespace muster::gui
