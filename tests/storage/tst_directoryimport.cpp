#include "TestSupport.h"
#include "core/Error.h"
#include "storage/AssetRepository.h"
#include "storage/DirectoryImporter.h"
#include "storage/PeopleRepository.h"

#include <QTest>

using namespace muster;

class TestDirectoryImport : public QObject
{
    Q_OBJECT

private:
    static QString csv(const QString& name) { return test::sourcePath(QStringLiteral("tests/data/csv/") + name); }
    static constexpr qint64 kNow = 1'767'225'600'000;

private slots:
    void people_importsAndResolvesDeputies()
    {
        test::TempDatabase t;
        storage::DirectoryImporter importer(t.db());
        const auto result = importer.importPeople(csv(QStringLiteral("people-good.csv")), false, kNow);
        QCOMPARE(result.added, 3);
        QVERIFY(result.skipped.isEmpty());
        storage::PeopleRepository people(t.db());
        const auto ada = people.findByEmailOrName(QStringLiteral("ada.mensah@example.com"));
        const auto ben = people.findByEmailOrName(QStringLiteral("Ben Okoro"));
        const auto carla = people.findByEmailOrName(QStringLiteral("carla.diaz@example.com"));
        QVERIFY(ada && ben && carla);
        QCOMPARE(ada->deputyId, ben->id);   // deputy defined later in the file
        QCOMPARE(carla->deputyId, ada->id); // by e-mail
        QCOMPARE(carla->name, QStringLiteral("Carla Díaz, PhD"));
        // Importing again updates, never duplicates.
        const auto again = importer.importPeople(csv(QStringLiteral("people-good.csv")), false, kNow + 1);
        QCOMPARE(again.added, 0);
        QCOMPARE(again.updated, 3);
        QCOMPARE(people.count(), 3);
    }

    void people_badRow_importsNothing()
    {
        test::TempDatabase t;
        storage::DirectoryImporter importer(t.db());
        try {
            importer.importPeople(csv(QStringLiteral("people-bad-function.csv")), false, kNow);
            QFAIL("a bad file was imported");
        } catch (const core::Error& e) {
            QVERIFY2(e.message().contains(QLatin1String("people-bad-function.csv, line 3, column function")),
                     qPrintable(e.message()));
            QVERIFY2(e.message().contains(QLatin1String("line 4, column email")), qPrintable(e.message()));
        }
        QCOMPARE(storage::PeopleRepository(t.db()).count(), 0);
    }

    void people_skipBad_importsTheRest()
    {
        test::TempDatabase t;
        const auto result =
            storage::DirectoryImporter(t.db()).importPeople(csv(QStringLiteral("people-bad-function.csv")), true, kNow);
        QCOMPARE(result.added, 1);
        QCOMPARE(result.skipped.size(), 2);
        QCOMPARE(storage::PeopleRepository(t.db()).count(), 1);
    }

    void people_otherBadFiles_areRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing column") << QStringLiteral("people-missing-column.csv")
                                        << QStringLiteral("\"function\" is missing");
        QTest::newRow("unknown deputy") << QStringLiteral("people-unknown-deputy.csv")
                                        << QStringLiteral("column deputy");
        QTest::newRow("unterminated") << QStringLiteral("people-unterminated.csv") << QStringLiteral("never closed");
        QTest::newRow("no such file") << QStringLiteral("nope.csv") << QStringLiteral("Cannot read");
    }
    void people_otherBadFiles_areRefused()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        test::TempDatabase t;
        try {
            storage::DirectoryImporter(t.db()).importPeople(csv(file), false, kNow);
            QFAIL("accepted");
        } catch (const core::Error& e) {
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
        }
        QCOMPARE(storage::PeopleRepository(t.db()).count(), 0);
    }

    void assets_importUpsertsByIdentifier()
    {
        test::TempDatabase t;
        storage::DirectoryImporter importer(t.db());
        const auto result = importer.importAssets(csv(QStringLiteral("assets-good.csv")), false, kNow);
        QCOMPARE(result.added, 3);
        storage::AssetRepository assets(t.db());
        const auto payroll = assets.findByIdentifier(QStringLiteral("pg-payroll-01"));
        QVERIFY(payroll);
        QVERIFY(payroll->businessCritical);
        QCOMPARE(payroll->sensitivity, core::Sensitivity::RegulatedPersonal);
        QCOMPARE(payroll->riskScore, 90);
        QCOMPARE(assets.findByIdentifier(QStringLiteral("LT-FLD-0042"))->description,
                 QStringLiteral("Used on site visits; encrypted"));
        QCOMPARE(importer.importAssets(csv(QStringLiteral("assets-good.csv")), false, kNow).updated, 3);
        QCOMPARE(assets.count(), 3);
    }

    void assets_badRows_importNothingUnlessSkipped()
    {
        test::TempDatabase t;
        storage::DirectoryImporter importer(t.db());
        try {
            importer.importAssets(csv(QStringLiteral("assets-bad.csv")), false, kNow);
            QFAIL("accepted");
        } catch (const core::Error& e) {
            QVERIFY(e.message().contains(QLatin1String("line 3, column kind")));
            QVERIFY(e.message().contains(QLatin1String("line 4, column business_critical")));
            QVERIFY(e.message().contains(QLatin1String("line 4, column risk_score")));
        }
        QCOMPARE(storage::AssetRepository(t.db()).count(), 0);
        const auto result = importer.importAssets(csv(QStringLiteral("assets-bad.csv")), true, kNow);
        QCOMPARE(result.added, 1);
        QCOMPARE(result.skipped.size(), 3);
        QVERIFY_THROWS_EXCEPTION(core::Error,
                                 importer.importAssets(csv(QStringLiteral("assets-wrong-width.csv")), false, kNow));
    }
};

QTEST_GUILESS_MAIN(TestDirectoryImport)
#include "tst_directoryimport.moc"
