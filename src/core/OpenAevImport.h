#pragma once

#include "core/Scenario.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace muster::core {

// Turns an OpenAEV (formerly OpenBAS / OpenEx) scenario export — export_version 1, the
// JSON file or the ZIP that holds it — into a Muster scenario:
// - teams become roles (a single "Participants" role when there are none);
// - injects keep their title, content (e-mail subject and body, HTML made plain text)
//   and timing (inject_depends_duration, seconds after the start);
// - expectations become expected actions of the inject's first team, with the
//   expectation's expiry as time limit;
// - objectives become objectives, lessons-learned questions discussion questions;
// - inject types without a tabletop meaning (scans, implants, …) are kept as
//   facilitator remarks on an inject the facilitator releases by hand when disabled;
// - ${variables} are replaced by the export's values; those left unresolved are listed.
// A malformed export throws core::Error(BadInput) naming the file and JSON path; no
// partial scenario is returned.
class OpenAevImport
{
    Q_DECLARE_TR_FUNCTIONS(muster::core::OpenAevImport)

public:
    struct Result
    {
        Scenario scenario;
        QStringList unresolvedVariables; // "${user.email}", each once
        int unknownInjectTypes = 0;
    };

    static Result fromFile(const QString& path);
    static Result fromBytes(const QByteArray& bytes, const QString& fileName);
};

} // namespace muster::core
