#include "core/DirectoryCsv.h"

#include <QRegularExpression>

namespace muster::core {

namespace {

// Checks the header once: required columns present, no unknown ones.
QList<DirectoryCsv::Problem> checkHeader(const Csv::Table& table, const QStringList& known, const QStringList& required,
                                         const QString& fileName)
{
    QList<DirectoryCsv::Problem> problems;
    for (const QString& r : required) {
        if (!table.header.contains(r)) {
            problems.append({1, r,
                             DirectoryCsv::tr("%1, line 1: the required column \"%2\" is missing (columns: %3).")
                                 .arg(fileName, r, known.join(QStringLiteral(", ")))});
        }
    }
    for (const QString& h : table.header) {
        if (!known.contains(h)) {
            problems.append({1, h,
                             DirectoryCsv::tr("%1, line 1: unknown column \"%2\" (columns: %3).")
                                 .arg(fileName, h, known.join(QStringLiteral(", ")))});
        }
    }
    return problems;
}

class RowReader
{
public:
    RowReader(const Csv::Table& table, const Csv::Row& row, const QString& fileName,
              QList<DirectoryCsv::Problem>& problems)
        : m_table(table)
        , m_row(row)
        , m_fileName(fileName)
        , m_problems(problems)
    {}

    QString text(const QString& column) const
    {
        const int i = m_table.column(column);
        return (i >= 0 && i < m_row.fields.size()) ? m_row.fields.at(i).trimmed() : QString();
    }

    void problem(const QString& column, const QString& what)
    {
        m_problems.append(
            {m_row.line, column,
             DirectoryCsv::tr("%1, line %2, column %3: %4").arg(m_fileName).arg(m_row.line).arg(column, what)});
        m_ok = false;
    }

    template<typename E>
    E choice(const QString& column, const EnumTable<E>& table, E fallback, bool required)
    {
        const QString value = text(column);
        if (value.isEmpty()) {
            if (required) {
                problem(column, DirectoryCsv::tr("a value is required."));
            }
            return fallback;
        }
        if (auto v = table.fromText(value)) {
            return *v;
        }
        problem(column,
                DirectoryCsv::tr("\"%1\" is not one of: %2.").arg(value, table.keys().join(QStringLiteral(", "))));
        return fallback;
    }

    bool ok() const { return m_ok; }

    void checkWidth()
    {
        if (m_row.fields.size() != m_table.header.size()) {
            m_problems.append({m_row.line, QString(),
                               DirectoryCsv::tr("%1, line %2: %3 fields, but the header has %4 columns.")
                                   .arg(m_fileName)
                                   .arg(m_row.line)
                                   .arg(m_row.fields.size())
                                   .arg(m_table.header.size())});
            m_ok = false;
        }
    }

private:
    const Csv::Table& m_table;
    const Csv::Row& m_row;
    const QString& m_fileName;
    QList<DirectoryCsv::Problem>& m_problems;
    bool m_ok = true;
};

} // namespace

QStringList DirectoryCsv::peopleColumns()
{
    return {QStringLiteral("name"),  QStringLiteral("function"), QStringLiteral("title"), QStringLiteral("team"),
            QStringLiteral("email"), QStringLiteral("phone"),    QStringLiteral("deputy")};
}

QStringList DirectoryCsv::assetColumns()
{
    return {QStringLiteral("name"),        QStringLiteral("identifier"),
            QStringLiteral("kind"),        QStringLiteral("business_critical"),
            QStringLiteral("sensitivity"), QStringLiteral("risk_score"),
            QStringLiteral("owner"),       QStringLiteral("description")};
}

DirectoryCsv::Parsed<DirectoryCsv::PersonRow> DirectoryCsv::people(const Csv::Table& table, const QString& fileName)
{
    Parsed<PersonRow> out;
    out.problems = checkHeader(table, peopleColumns(), {QStringLiteral("name"), QStringLiteral("function")}, fileName);
    if (!out.problems.isEmpty()) {
        return out;
    }
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    for (const Csv::Row& row : table.rows) {
        RowReader r(table, row, fileName, out.problems);
        r.checkWidth();
        if (!r.ok()) {
            continue;
        }
        PersonRow p;
        p.line = row.line;
        p.person.name = r.text(QStringLiteral("name"));
        if (p.person.name.isEmpty()) {
            r.problem(QStringLiteral("name"), tr("a name is required."));
        }
        p.person.function =
            r.choice(QStringLiteral("function"), personFunctions(), PersonFunction::SecurityOperations, true);
        p.person.title = r.text(QStringLiteral("title"));
        p.person.team = r.text(QStringLiteral("team"));
        p.person.email = r.text(QStringLiteral("email"));
        if (!p.person.email.isEmpty() && !email.match(p.person.email).hasMatch()) {
            r.problem(QStringLiteral("email"), tr("\"%1\" is not an e-mail address.").arg(p.person.email));
        }
        p.person.phone = r.text(QStringLiteral("phone"));
        p.deputyName = r.text(QStringLiteral("deputy"));
        if (r.ok()) {
            out.rows.append(p);
        }
    }
    return out;
}

DirectoryCsv::Parsed<DirectoryCsv::AssetRow> DirectoryCsv::assets(const Csv::Table& table, const QString& fileName)
{
    Parsed<AssetRow> out;
    out.problems =
        checkHeader(table, assetColumns(),
                    {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("sensitivity")}, fileName);
    if (!out.problems.isEmpty()) {
        return out;
    }
    for (const Csv::Row& row : table.rows) {
        RowReader r(table, row, fileName, out.problems);
        r.checkWidth();
        if (!r.ok()) {
            continue;
        }
        AssetRow a;
        a.line = row.line;
        a.asset.name = r.text(QStringLiteral("name"));
        if (a.asset.name.isEmpty()) {
            r.problem(QStringLiteral("name"), tr("a name is required."));
        }
        a.asset.identifier = r.text(QStringLiteral("identifier"));
        a.asset.kind = r.choice(QStringLiteral("kind"), assetKinds(), AssetKind::Device, true);
        a.asset.sensitivity = r.choice(QStringLiteral("sensitivity"), sensitivities(), Sensitivity::Internal, true);
        const QString critical = r.text(QStringLiteral("business_critical")).toLower();
        if (critical.isEmpty() || critical == QLatin1String("no") || critical == QLatin1String("false") ||
            critical == QLatin1String("0")) {
            a.asset.businessCritical = false;
        } else if (critical == QLatin1String("yes") || critical == QLatin1String("true") ||
                   critical == QLatin1String("1")) {
            a.asset.businessCritical = true;
        } else {
            r.problem(QStringLiteral("business_critical"), tr("\"%1\" is not yes or no.").arg(critical));
        }
        const QString risk = r.text(QStringLiteral("risk_score"));
        if (!risk.isEmpty()) {
            bool ok = false;
            const int v = risk.toInt(&ok);
            if (!ok || v < 0 || v > 100) {
                r.problem(QStringLiteral("risk_score"), tr("\"%1\" is not a whole number from 0 to 100.").arg(risk));
            } else {
                a.asset.riskScore = v;
            }
        }
        a.asset.owner = r.text(QStringLiteral("owner"));
        a.asset.description = r.text(QStringLiteral("description"));
        if (r.ok()) {
            out.rows.append(a);
        }
    }
    return out;
}

} // namespace muster::core
