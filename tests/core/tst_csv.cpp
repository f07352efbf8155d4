#include "core/Csv.h"
#include "core/DirectoryCsv.h"
#include "core/Error.h"

#include <QTest>

using namespace muster::core;

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void parse_quotesSeparatorsAndLineBreaks()
    {
        const QByteArray data =
            "\xEF\xBB\xBFName,Note\r\n\"Okafor, Amara\",\"said \"\"hi\"\"\nthen left\"\r\n\r\nB,plain\n";
        const auto table = Csv::parse(data, QStringLiteral("x.csv"));
        QCOMPARE(table.header, (QStringList{QStringLiteral("name"), QStringLiteral("note")}));
        QCOMPARE(table.rows.size(), 2);
        QCOMPARE(table.rows[0].fields[0], QStringLiteral("Okafor, Amara"));
        QCOMPARE(table.rows[0].fields[1], QStringLiteral("said \"hi\"\nthen left"));
        QCOMPARE(table.rows[0].line, 2);
        QCOMPARE(table.rows[1].line, 5);
    }

    void parse_semicolonHeader_isDetected()
    {
        const auto table = Csv::parse("a;b\n1;2,5\n", QStringLiteral("x.csv"));
        QCOMPARE(table.rows[0].fields, (QStringList{QStringLiteral("1"), QStringLiteral("2,5")}));
    }

    void parse_malformed_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unterminated") << QByteArray("a,b\n\"x,y\n") << QStringLiteral("line 2");
        QTest::newRow("quote inside") << QByteArray("a,b\nx\"y,z\n") << QStringLiteral("line 2");
        QTest::newRow("after quote") << QByteArray("a,b\n\"x\"y,z\n") << QStringLiteral("line 2");
        QTest::newRow("empty") << QByteArray("") << QStringLiteral("empty");
        QTest::newRow("not utf-8") << QByteArray("a,b\n\xff\xfe,1\n") << QStringLiteral("UTF-8");
    }
    void parse_malformed()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        try {
            Csv::parse(data, QStringLiteral("broken.csv"));
            QFAIL("accepted");
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QLatin1String("broken.csv")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
        }
    }

    void people_problemsNameLineAndColumn()
    {
        const auto table = Csv::parse("name,function,email\nA,legal,a@example.com\nB,Lawyer,b@example.com\n,hr,c@x\n",
                                      QStringLiteral("p.csv"));
        const auto parsed = DirectoryCsv::people(table, QStringLiteral("p.csv"));
        QCOMPARE(parsed.rows.size(), 1);
        QCOMPARE(parsed.problems.size(), 3); // function, missing name, bad e-mail
        QCOMPARE(parsed.problems[0].line, 3);
        QCOMPARE(parsed.problems[0].column, QStringLiteral("function"));
        QVERIFY(parsed.problems[0].message.contains(QLatin1String("p.csv, line 3, column function")));
        QCOMPARE(parsed.problems[1].line, 4);
    }

    void assets_checksEveryColumn()
    {
        const auto table = Csv::parse("name,kind,sensitivity,business_critical,risk_score\n"
                                      "A,device,internal,yes,10\n"
                                      "B,router,internal,no,10\n"
                                      "C,device,secret,no,10\n"
                                      "D,device,internal,perhaps,10\n"
                                      "E,device,internal,no,-1\n"
                                      "F,data store,Regulated personal data,1,100\n",
                                      QStringLiteral("a.csv"));
        const auto parsed = DirectoryCsv::assets(table, QStringLiteral("a.csv"));
        QCOMPARE(parsed.rows.size(), 2);
        QCOMPARE(parsed.rows[1].asset.sensitivity, Sensitivity::RegulatedPersonal);
        QCOMPARE(parsed.rows[1].asset.kind, AssetKind::DataStore);
        QVERIFY(parsed.rows[0].asset.businessCritical);
        QStringList columns;
        for (const auto& p : parsed.problems) {
            columns << p.column;
        }
        QCOMPARE(columns, (QStringList{QStringLiteral("kind"), QStringLiteral("sensitivity"),
                                       QStringLiteral("business_critical"), QStringLiteral("risk_score")}));
    }

    void header_unknownAndMissingColumns()
    {
        const auto table = Csv::parse("name,colour\nA,blue\n", QStringLiteral("h.csv"));
        const auto parsed = DirectoryCsv::people(table, QStringLiteral("h.csv"));
        QVERIFY(parsed.rows.isEmpty());
        QCOMPARE(parsed.problems.size(), 2);
        QVERIFY(parsed.problems[0].message.contains(QLatin1String("function")));
        QVERIFY(parsed.problems[1].message.contains(QLatin1String("colour")));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
