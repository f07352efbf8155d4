#pragma once

#include "core/Scenario.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace muster::core {

// One thing wrong with a scenario file: where (file, JSON path, line and column when
// known) and what, in words for the person who wrote the file.
struct ScenarioProblem
{
    QString file;
    QString path; // JSON path, e.g. "$.injects[2].audience[0]"; "$" for the whole file
    int line = 0; // 1-based; 0 when unknown
    int column = 0;
    QString message;

    // "ransomware.json:42:7: $.injects[2].audience[0]: no role "cfo" in $.roles"
    QString toString() const;
};

// Reads, checks and writes the Muster scenario format (docs/scenario-format.md).
// Parsing never throws and never crashes on any input: everything wrong with a file is
// returned as a list of problems, each naming the file, JSON path, line and column.
class ScenarioFormat
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::ScenarioFormat)

public:
    static constexpr int formatVersion = 1;
    static constexpr qsizetype maxFileBytes = 4 * 1024 * 1024;

    struct Result
    {
        std::optional<Scenario> scenario; // set only when there are no problems
        std::optional<Scenario> draft;    // what could be read, problems or not (editors show it)
        QList<ScenarioProblem> problems;
        bool ok() const { return scenario.has_value(); }
        QString errorText() const; // all problems, one per line
    };

    // `fileName` is only used in the problems.
    static Result parse(const QByteArray& bytes, const QString& fileName = QString());
    // Reads the file and parses it; an unreadable file is one problem.
    static Result parseFile(const QString& path);

    // Semantic checks on an in-memory scenario (the editor and importers use this too):
    // references between ids, branch targets and cycles, reachability, limits.
    static QList<ScenarioProblem> validate(const Scenario& scenario, const QString& fileName = QString());

    // Writes the scenario as formatted JSON with the documented key order.
    static QByteArray toJson(const Scenario& scenario);

    // Fills in file, line and column of problems from their JSON paths in `json`.
    static void locateProblems(QList<ScenarioProblem>& problems, const QByteArray& json, const QString& fileName);

    // A lowercase id made from free text ("Legal counsel" -> "legal-counsel").
    static QString makeId(const QString& text);
    static bool isValidId(const QString& id);
};

} // namespace muster::core
