#include "TestSupport.h"
#include "core/BuiltinScenarios.h"
#include "core/JsonLocator.h"
#include "core/ScenarioFormat.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace muster;
using core::ScenarioFormat;

class TestScenarioFormat : public QObject
{
    Q_OBJECT

private:
    static QByteArray read(const QString& path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            qFatal("cannot read %s", qPrintable(path));
        }
        return f.readAll();
    }

    static QStringList messages(const ScenarioFormat::Result& r)
    {
        QStringList out;
        for (const auto& p : r.problems) {
            out << p.toString();
        }
        return out;
    }

    static QByteArray minimal() { return read(test::sourcePath(QStringLiteral("scenarios/ddos-extortion.json"))); }

private slots:
    void shippedScenarios_allValidateWithBranches_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(test::sourcePath(QStringLiteral("scenarios")));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 10, qPrintable(dir.path()));
        for (const QString& f : files) {
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
        }
    }

    void shippedScenarios_allValidateWithBranches()
    {
        QFETCH(QString, path);
        const auto result = ScenarioFormat::parseFile(path);
        QVERIFY2(result.ok(), qPrintable(result.errorText()));
        const auto& s = *result.scenario;
        QCOMPARE(s.id + QStringLiteral(".json"), QFileInfo(path).fileName());
        QVERIFY2(s.branchCount() >= 1, "every shipped scenario has branches");
        QVERIFY(s.roles.size() >= 4);
        QVERIFY(s.objectives.size() >= 3);
        // Legal, HR or communications must decide something in every scenario.
        bool stakeholderActs = false;
        for (const auto& a : s.allActions()) {
            const auto* role = s.role(a.role);
            QVERIFY(role);
            stakeholderActs =
                stakeholderActs || (role->function && (*role->function == core::PersonFunction::Legal ||
                                                       *role->function == core::PersonFunction::Hr ||
                                                       *role->function == core::PersonFunction::Communications));
            QVERIFY2(!a.objective.isEmpty(), qPrintable(a.id));
        }
        QVERIFY(stakeholderActs);
        // The files are canonical: writing the parsed scenario gives the same bytes.
        QCOMPARE(QString::fromUtf8(ScenarioFormat::toJson(s)), QString::fromUtf8(read(path)));
    }

    void builtinResources_matchTheScenariosFolder()
    {
        const QDir dir(test::sourcePath(QStringLiteral("scenarios")));
        const auto builtin = core::BuiltinScenarios::all();
        QCOMPARE(builtin.size(), dir.entryList({QStringLiteral("*.json")}, QDir::Files).size());
        QCOMPARE(core::BuiltinScenarios::paths().size(), builtin.size());
        QVERIFY(core::BuiltinScenarios::paths().first().startsWith(QLatin1String(":/scenarios/")));
    }

    void malformedCorpus_everyFileRefusedWithItsMessage_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        const QDir dir(test::sourcePath(QStringLiteral("tests/data/scenarios-malformed")));
        QHash<QString, QString> expected;
        for (const QString& line :
             QString::fromUtf8(read(dir.filePath(QStringLiteral("EXPECTED")))).split(QLatin1Char('\n'))) {
            if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
                continue;
            }
            const auto parts = line.split(QLatin1Char('\t'));
            QCOMPARE(parts.size(), 2);
            expected.insert(parts.at(0), parts.at(1));
        }
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 50, "the corpus holds at least fifty files");
        QCOMPARE(files.size(), expected.size());
        for (const QString& f : files) {
            QVERIFY2(expected.contains(f), qPrintable(f + QStringLiteral(" is missing from EXPECTED")));
            QTest::newRow(qPrintable(f)) << dir.filePath(f) << expected.value(f);
        }
    }

    void malformedCorpus_everyFileRefusedWithItsMessage()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        const auto result = ScenarioFormat::parseFile(path);
        QVERIFY(!result.ok());
        QVERIFY(!result.problems.isEmpty());
        const QString text = result.errorText();
        QVERIFY2(text.contains(expected), qPrintable(text));
        for (const auto& p : result.problems) {
            QCOMPARE(p.file, path);
            QVERIFY2(!p.message.isEmpty(), qPrintable(p.toString()));
            QVERIFY2(p.path.startsWith(QLatin1Char('$')), qPrintable(p.toString()));
        }
        // Every problem of a file the JSON parser could read has a line.
        if (!text.contains(QLatin1String("not valid"))) {
            for (const auto& p : result.problems) {
                QVERIFY2(p.line > 0 && p.column > 0, qPrintable(p.toString()));
            }
        }
    }

    void unknownMember_namesLineColumnAndPath()
    {
        QByteArray json = minimal();
        json.replace("\"sender\": \"\\\"Fancy Lazarus\\\" (anonymous sender)\"",
                     "\"sender\": \"x\",\n      \"colour\": \"red\"");
        const auto result = ScenarioFormat::parse(json, QStringLiteral("ddos.json"));
        QCOMPARE(result.problems.size(), 1);
        const auto& p = result.problems.first();
        QCOMPARE(p.path, QStringLiteral("$.injects[0].colour"));
        const qsizetype at = json.indexOf("\"colour\"");
        QCOMPARE(p.line, int(json.left(at).count('\n')) + 1);
        QCOMPARE(p.column, 7);
        QVERIFY(
            p.toString().startsWith(QStringLiteral("ddos.json:%1:7: $.injects[0].colour: unknown member").arg(p.line)));
    }

    void truncatedFile_reportsWhereItEnds()
    {
        const QByteArray json = minimal().left(300);
        const auto result = ScenarioFormat::parse(json, QStringLiteral("cut.json"));
        QCOMPARE(result.problems.size(), 1);
        QVERIFY(result.problems.first().message.contains(QLatin1String("not valid JSON")));
        QVERIFY(result.problems.first().line >= json.count('\n'));
    }

    void invalidUtf8_namesTheByte()
    {
        QByteArray json = minimal();
        const qsizetype at = json.indexOf("DDoS");
        json[at] = char(0xC3); // a lead byte followed by an ASCII letter
        const auto result = ScenarioFormat::parse(json, QStringLiteral("bad.json"));
        QCOMPARE(result.problems.size(), 1);
        QVERIFY2(result.problems.first().message.contains(QStringLiteral("offset %1").arg(at)),
                 qPrintable(result.errorText()));
        QCOMPARE(result.problems.first().line, int(json.left(at).count('\n')) + 1);
    }

    void hugeFile_isRefusedBeforeParsing()
    {
        QByteArray json = minimal();
        json.insert(1, "\"x-padding\": \"" + QByteArray(ScenarioFormat::maxFileBytes, 'a') + "\",");
        const auto result = ScenarioFormat::parse(json, QStringLiteral("huge.json"));
        QVERIFY(!result.ok());
        QVERIFY(result.errorText().contains(QLatin1String("at most 4194304 bytes")));
    }

    void deepNesting_isRefusedWithoutCrashing()
    {
        const QByteArray json = "{\"x-deep\": " + QByteArray(100000, '[') + QByteArray(100000, ']') + "}";
        const auto result = ScenarioFormat::parse(json, QStringLiteral("deep.json"));
        QVERIFY(!result.ok());
        QVERIFY(result.errorText().contains(QLatin1String("not valid JSON")));
    }

    void extensionMembers_areAccepted()
    {
        QByteArray json = minimal();
        json.insert(1, "\n  \"x-team-notes\": {\"owner\": \"SOC\"},");
        QVERIFY(ScenarioFormat::parse(json).ok());
    }

    void validate_inMemoryScenario_findsReferencesAndCycles()
    {
        auto s = *ScenarioFormat::parse(minimal()).scenario;
        QVERIFY(ScenarioFormat::validate(s).isEmpty());
        s.injects[1].audience << QStringLiteral("nobody");
        // inj-03a releases inj-03b and inj-03b releases inj-03a: a cycle.
        s.injects[2].branches.append({QStringLiteral("b-loop"),
                                      core::BranchKind::Facilitator,
                                      QStringLiteral("?"),
                                      {},
                                      {},
                                      {{QStringLiteral("a"), QStringLiteral("A"), {QStringLiteral("inj-03b")}},
                                       {QStringLiteral("b"), QStringLiteral("B"), {}}}});
        s.injects[3].branches.append({QStringLiteral("b-back"),
                                      core::BranchKind::Facilitator,
                                      QStringLiteral("?"),
                                      {},
                                      {},
                                      {{QStringLiteral("a"), QStringLiteral("A"), {QStringLiteral("inj-03a")}},
                                       {QStringLiteral("b"), QStringLiteral("B"), {}}}});
        const auto problems = ScenarioFormat::validate(s, QStringLiteral("editor"));
        QStringList texts;
        for (const auto& p : problems) {
            texts << p.toString();
        }
        QCOMPARE(problems.size(), 2);
        QVERIFY2(texts.join(QLatin1Char('\n')).contains(QLatin1String("no role \"nobody\"")),
                 qPrintable(texts.join(QLatin1Char('\n'))));
        QVERIFY2(texts.join(QLatin1Char('\n')).contains(QStringLiteral("branch cycle: inj-03a → inj-03b → inj-03a")),
                 qPrintable(texts.join(QLatin1Char('\n'))));
        for (const auto& p : problems) {
            QVERIFY(p.line > 0);
        }
    }

    void makeId_fromTitles()
    {
        QCOMPARE(ScenarioFormat::makeId(QStringLiteral("Legal counsel")), QStringLiteral("legal-counsel"));
        QCOMPARE(ScenarioFormat::makeId(QStringLiteral("  Équipe  réseau!! ")), QStringLiteral("equipe-reseau"));
        QCOMPARE(ScenarioFormat::makeId(QStringLiteral("[SALT TYPHOON] CVE & TTPs")),
                 QStringLiteral("salt-typhoon-cve-ttps"));
        QVERIFY(ScenarioFormat::isValidId(QStringLiteral("inj-01")));
        QVERIFY(!ScenarioFormat::isValidId(QStringLiteral("Inj 01")));
    }

    void jsonLocator_quotedKeysAndElements()
    {
        const QByteArray json = "{\n  \"a b\": [1,\n    {\"c\": 2}]\n}";
        const core::JsonLocator locator(json);
        const QString path = core::JsonLocator::member(
            core::JsonLocator::element(core::JsonLocator::member(QStringLiteral("$"), QStringLiteral("a b")), 1),
            QStringLiteral("c"));
        QCOMPARE(path, QStringLiteral("$[\"a b\"][1].c"));
        const auto [line, column] = core::JsonLocator::lineColumn(json, locator.offset(path));
        QCOMPARE(line, 3);
        QCOMPARE(column, 6);
    }
};

QTEST_GUILESS_MAIN(TestScenarioFormat)
#include "tst_scenarioformat.moc"
