#pragma once

#include <QStringList>

namespace muster::storage {

class Database;

// Adds three live incidents with their stakeholder work to a demo organisation (people
// from DemoDataWriter must be there): a SEV1 ransomware case at a regulated bank with
// running clocks and communications at every stage, a confidential insider case
// waiting for HR and Legal, and a supplier breach whose GDPR clock has run out. Events
// go through the real services, so the timelines verify. Returns the incident ids.
class WorkflowDemoWriter
{
public:
    static QStringList write(Database& db, qint64 now);
};

} // namespace muster::storage
