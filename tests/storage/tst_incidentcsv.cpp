#include "TestSupport.h"
#include "core/Csv.h"
#include "core/Error.h"
#include "storage/DemoDataWriter.h"
#include "storage/IncidentCsv.h"
#include "storage/IncidentQuery.h"

#include <QBuffer>
#include <QTest>

using namespace muster;

class TestIncidentCsv : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { storage::DemoDataWriter::write(m_t.db(), 4500, 11, test::utcMs(2026, 11, 29, 12)); }

    void write_pagesThroughEveryMatchInOrder()
    {
        storage::IncidentFilter filter; // everything, exercises and confidential ones too
        const storage::IncidentQuery query(m_t.db(), filter);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QList<qint64> steps;
        const qint64 written = storage::IncidentCsv::write(query, buffer, [&](qint64 n) {
            steps.append(n);
            return true;
        });
        QCOMPARE(written, qint64(query.count()));
        QCOMPARE(written, 4500);
        QCOMPARE(steps, (QList<qint64>{2000, 4000, 4500}));
        const auto table = core::Csv::parse(buffer.data(), QStringLiteral("export.csv"));
        QCOMPARE(table.header, storage::IncidentCsv::header());
        QCOMPARE(table.rows.size(), 4500);
        // Newest detection first, as the list shows it, with no row twice.
        const int detected = table.column(QStringLiteral("detected_at"));
        const int reference = table.column(QStringLiteral("reference"));
        QSet<QString> seen;
        for (int i = 0; i < table.rows.size(); ++i) {
            seen.insert(table.rows.at(i).fields.at(reference));
            if (i > 0) {
                QVERIFY(table.rows.at(i - 1).fields.at(detected) >= table.rows.at(i).fields.at(detected));
            }
        }
        QCOMPARE(seen.size(), 4500);
    }

    void write_followsTheFilter()
    {
        storage::IncidentFilter filter;
        filter.severities = {core::Severity::Sev1};
        const storage::IncidentQuery query(m_t.db(), filter);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const qint64 written = storage::IncidentCsv::write(query, buffer);
        QVERIFY(written > 0);
        QCOMPARE(written, qint64(query.count()));
        const auto table = core::Csv::parse(buffer.data(), QStringLiteral("export.csv"));
        for (const auto& row : table.rows) {
            QCOMPARE(row.fields.at(table.column(QStringLiteral("severity"))), QStringLiteral("SEV1"));
        }
    }

    void write_stopsWhenAsked()
    {
        const storage::IncidentQuery query(m_t.db(), {});
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QCOMPARE(storage::IncidentCsv::write(query, buffer, [](qint64) { return false; }), -1);
    }

    void write_refusedByTheDevice_throwsIo()
    {
        const storage::IncidentQuery query(m_t.db(), {});
        QBuffer buffer;
        buffer.open(QIODevice::ReadOnly); // writing fails
        try {
            storage::IncidentCsv::write(query, buffer);
            QFAIL("no error");
        } catch (const core::Error& e) {
            QCOMPARE(e.kind(), core::Error::Kind::Io);
        }
    }

private:
    test::TempDatabase m_t;
};

QTEST_GUILESS_MAIN(TestIncidentCsv)
#include "tst_incidentcsv.moc"
