#include "core/Lifecycle.h"

#include <QTest>

using namespace muster::core;

class TestLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void table_data();
    void table();
    void refusal_namesAllowedTransitions();
    void openStates();
};

// The full 8x8 table, written out independently of Lifecycle.cpp.
void TestLifecycle::table_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("allowed");
    const QHash<QString, QStringList> expected{
        {QStringLiteral("new"), {QStringLiteral("acknowledged"), QStringLiteral("false_positive")}},
        {QStringLiteral("acknowledged"), {QStringLiteral("investigating"), QStringLiteral("false_positive")}},
        {QStringLiteral("investigating"),
         {QStringLiteral("contained"), QStringLiteral("remediated"), QStringLiteral("false_positive")}},
        {QStringLiteral("contained"), {QStringLiteral("remediated"), QStringLiteral("investigating")}},
        {QStringLiteral("remediated"), {QStringLiteral("closed"), QStringLiteral("reopened")}},
        {QStringLiteral("closed"), {QStringLiteral("reopened")}},
        {QStringLiteral("reopened"),
         {QStringLiteral("investigating"), QStringLiteral("contained"), QStringLiteral("false_positive")}},
        {QStringLiteral("false_positive"), {QStringLiteral("reopened")}},
    };
    for (const QString& from : statuses().keys()) {
        for (const QString& to : statuses().keys()) {
            const bool allowed = expected.value(from).contains(to);
            QTest::addRow("%s->%s", qPrintable(from), qPrintable(to)) << from << to << allowed;
        }
    }
}

void TestLifecycle::table()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, allowed);
    const Status f = *statuses().fromKey(from);
    const Status t = *statuses().fromKey(to);
    QCOMPARE(Lifecycle::isAllowed(f, t), allowed);
    QCOMPARE(Lifecycle::refusal(f, t).has_value(), !allowed);
}

void TestLifecycle::refusal_namesAllowedTransitions()
{
    const auto message = Lifecycle::refusal(Status::New, Status::Closed);
    QVERIFY(message);
    QVERIFY2(message->contains(QLatin1String("Acknowledged")), qPrintable(*message));
    QVERIFY2(message->contains(QLatin1String("False positive")), qPrintable(*message));
    QVERIFY2(message->contains(QLatin1String("Closed")), qPrintable(*message));
}

void TestLifecycle::openStates()
{
    QVERIFY(Lifecycle::isOpen(Status::New));
    QVERIFY(Lifecycle::isOpen(Status::Reopened));
    QVERIFY(Lifecycle::isOpen(Status::Contained));
    QVERIFY(!Lifecycle::isOpen(Status::Closed));
    QVERIFY(!Lifecycle::isOpen(Status::FalsePositive));
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
