// Lean simulation (Simulator::setDetails(false)) must decide exactly what a
// detailed one decides: same outcome, same checks and identities, only
// without the detail text.
#include "secflowreader.h"
#include "simulator.h"

#include <QDir>
#include <QTest>

class TestLeanMode : public QObject
{
    Q_OBJECT

private slots:
    void sameDecisions_data();
    void sameDecisions();
};

void TestLeanMode::sameDecisions_data()
{
    QTest::addColumn<QString>("file");
    const QDir examples(QStringLiteral(SECFLOW_SOURCE_DIR "/resources/examples"));
    for (const QString &name : examples.entryList({QStringLiteral("*.secflow")}))
        QTest::newRow(qPrintable(name)) << examples.filePath(name);
    const QDir conformance(QStringLiteral(SECFLOW_SOURCE_DIR "/../shared/conformance"));
    for (const QString &name : conformance.entryList({QStringLiteral("*.secflow")}))
        QTest::newRow(qPrintable(name)) << conformance.filePath(name);
}

void TestLeanMode::sameDecisions()
{
    QFETCH(QString, file);
    SecflowReader reader;
    const auto t = reader.readFile(file);
    QVERIFY2(t, qPrintable(reader.errorString()));
    QVERIFY(!t->requests.isEmpty());
    Simulator detailed(*t);
    Simulator lean(*t);
    QVERIFY(detailed.details());
    lean.setDetails(false);
    QVERIFY(!lean.details());
    for (const Request &q : t->requests) {
        const Trace a = detailed.run(q);
        const Trace b = lean.run(q);
        QCOMPARE(b.accepted, a.accepted);
        QCOMPARE(b.rejectedAt, a.rejectedAt);
        QCOMPARE(b.failedRule, a.failedRule);
        QCOMPARE(b.authorizedUserid, a.authorizedUserid);
        QCOMPARE(b.findings.size(), a.findings.size());
        QCOMPARE(b.hops.size(), a.hops.size());
        for (qsizetype h = 0; h < a.hops.size(); ++h) {
            const Hop &x = a.hops.at(h);
            const Hop &y = b.hops.at(h);
            QCOMPARE(y.node, x.node);
            QCOMPARE(y.link, x.link);
            QVERIFY(y.arrives == x.arrives);
            QVERIFY(y.leaves == x.leaves);
            QCOMPARE(y.checks.size(), x.checks.size());
            for (qsizetype c = 0; c < x.checks.size(); ++c) {
                QCOMPARE(y.checks.at(c).rule, x.checks.at(c).rule);
                QCOMPARE(y.checks.at(c).result, x.checks.at(c).result);
                QVERIFY(!x.checks.at(c).detail.isEmpty());  // a detailed trace explains every check
                QVERIFY(y.checks.at(c).detail.isEmpty());
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestLeanMode)
#include "tst_leanmode.moc"
