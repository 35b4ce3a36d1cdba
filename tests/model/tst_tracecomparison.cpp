// Comparing two traces: hops aligned by node, identity and check differences
// per hop, and the one-line summary the what-if banner and the compare dialog
// show. Real engine traces from the SOAP Gateway example before and after
// RACF=Y -> N at IMS Connect HWS1.
#include "secflowreader.h"
#include "simulator.h"
#include "tracecomparison.h"

#include <QTest>

namespace {

const QString kExample = QStringLiteral(SECFLOW_SOURCE_DIR "/resources/examples/soap_gateway_untp.secflow");

TopologyData loadExample()
{
    SecflowReader reader;
    auto data = reader.readFile(kExample);
    if (!data)
        qFatal("cannot load %s", qPrintable(kExample));
    return *data;
}

TopologyData withRacf(TopologyData data, const QString &value)
{
    for (Node &n : data.nodes) {
        if (n.id == QLatin1String("hws1"))
            n.options.insert(QStringLiteral("RACF"), value);
    }
    return data;
}

Trace run(const TopologyData &data, const QString &request)
{
    return simulate(data, *data.request(request));
}

QList<HopDifference::Change> changes(const TraceComparison &c)
{
    QList<HopDifference::Change> out;
    for (const HopDifference &h : c.hops())
        out.append(h.change);
    return out;
}

Hop hop(const QString &node, const QList<Check> &checks)
{
    Hop h;
    h.node = node;
    h.checks = checks;
    return h;
}

} // namespace

class TestTraceComparison : public QObject
{
    Q_OBJECT

private slots:
    void sameTraceIsIdentical()
    {
        const TopologyData data = loadExample();
        const Trace t = run(data, QStringLiteral("jsmith_payinq"));
        const TraceComparison c(t, t, &data);
        QVERIFY(c.identical());
        QVERIFY(!c.outcomeChanged());
        QVERIFY(c.changedNodes().isEmpty());
        QCOMPARE(c.hops().size(), t.hops.size());
        for (const HopDifference &h : c.hops())
            QCOMPARE(h.change, HopDifference::Change::Same);
        QCOMPARE(c.summary(), QStringLiteral("no change to this request"));
    }

    // covers: ICON-01 ICON-02
    void racfOffLetsTheSamlUserIn()
    {
        const TopologyData data = loadExample();
        const Trace before = run(data, QStringLiteral("partner_saml_racf_y"));
        const Trace after = run(withRacf(data, QStringLiteral("N")), QStringLiteral("partner_saml_racf_y"));
        QVERIFY(!before.accepted);
        QVERIFY(after.accepted);

        const TraceComparison c(before, after, &data);
        QVERIFY(!c.identical());
        QVERIFY(c.outcomeChanged());
        using C = HopDifference::Change;
        QCOMPARE(changes(c), (QList<C>{C::Same, C::Same, C::Changed, C::Added, C::Added}));
        QCOMPARE(c.changedNodes(), (QSet<QString>{"hws1", "otma", "ims1"}));

        const HopDifference *hws1 = c.hop(QStringLiteral("hws1"));
        QVERIFY(hws1->outcomeChanged);
        QCOMPARE(hws1->check(QStringLiteral("ICON-01"))->change, CheckDifference::Change::Removed);
        QCOMPARE(hws1->check(QStringLiteral("ICON-01"))->before.result, Check::Result::Fail);
        QCOMPARE(hws1->check(QStringLiteral("ICON-02"))->change, CheckDifference::Change::Added);
        QCOMPARE(hws1->check(QStringLiteral("ICON-02"))->after.result, Check::Result::Skip);
        QVERIFY(hws1->arrives.isEmpty());   // the same user ID arrives either way
        QCOMPARE(hws1->leaves.size(), 1);   // ... but now leaves for OTMA
        QCOMPARE(hws1->leaves.first().element, Identity::Userid);
        QCOMPARE(hws1->leaves.first().change, ElementDifference::Change::Added);
        QCOMPARE(c.hop(QStringLiteral("otma"))->beforeIndex, -1);
        QCOMPARE(c.hop(QStringLiteral("otma"))->afterIndex, 3);

        const QString line = c.summary();
        QVERIFY2(line.startsWith(QStringLiteral("request now accepted, running as MGARCIA; ")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("no longer checked at IMS Connect HWS1: IMS Connect authenticates the user "
                                              "(ICON-01 fail → not run)")),
                 qPrintable(line));
    }

    // covers: ICON-01
    void racfBackOnRejectsAgain()
    {
        const TopologyData data = loadExample();
        const Trace open = run(withRacf(data, QStringLiteral("N")), QStringLiteral("partner_saml_racf_y"));
        const Trace closed = run(data, QStringLiteral("partner_saml_racf_y"));
        const TraceComparison c(open, closed, &data);
        using C = HopDifference::Change;
        QCOMPARE(changes(c), (QList<C>{C::Same, C::Same, C::Changed, C::Removed, C::Removed}));
        QVERIFY2(c.summary().startsWith(QStringLiteral("request now rejected at IMS Connect HWS1 by ICON-01")),
                 qPrintable(c.summary()));
        // The failing check is named once, in the outcome.
        QCOMPARE(c.summary().count(QStringLiteral("ICON-01")), 1);
    }

    // covers: ICON-01 ICON-07
    void racfOffKeepsAnAcceptedRequestButDropsTheUtoken()
    {
        const TopologyData data = loadExample();
        const Trace before = run(data, QStringLiteral("jsmith_payinq"));
        const Trace after = run(withRacf(data, QStringLiteral("N")), QStringLiteral("jsmith_payinq"));
        const TraceComparison c(before, after, &data);
        QVERIFY(!c.outcomeChanged());
        QVERIFY(!c.identical());
        QCOMPARE(c.changedNodes(), (QSet<QString>{"hws1", "otma", "ims1"}));

        const HopDifference *otma = c.hop(QStringLiteral("otma"));
        QCOMPARE(otma->change, HopDifference::Change::Changed);
        QVERIFY(!otma->outcomeChanged);
        bool utokenGone = false;
        for (const ElementDifference &e : otma->arrives)
            utokenGone = utokenGone || (e.element == Identity::Utoken && e.change == ElementDifference::Change::Removed
                                        && e.before == QLatin1String("JSMITH"));
        QVERIFY(utokenGone);
        QCOMPARE(otma->check(QStringLiteral("OTMA-06"))->change, CheckDifference::Change::DetailChanged);

        const QStringList parts = c.summary().split(QStringLiteral("; "));
        // Checks and elements at one node read as one phrase each.
        QCOMPARE(parts.value(0), QStringLiteral("no longer checked at IMS Connect HWS1: IMS Connect authenticates the "
                                                "user (ICON-01 pass → not run) and what IMS Connect passes to OTMA "
                                                "(ICON-07 pass → not run)"));
        QCOMPARE(parts.value(1), QStringLiteral("GROUP PAYCLERK and UTOKEN JSMITH no longer reach OTMA (XCF group XCFGRP1)"));
        QCOMPARE(parts.last(), QStringLiteral("and 1 more difference"));
        QCOMPARE(c.consequences().last(), QStringLiteral("OTMA-06 at OTMA (XCF group XCFGRP1): same result (pass), another reason"));
    }

    void twoRequestsOnDifferentPaths()
    {
        const TopologyData data = loadExample();
        const Trace jane = run(data, QStringLiteral("jsmith_payinq"));
        const Trace rates = run(data, QStringLiteral("rates_bundle_user"));
        const TraceComparison c(jane, rates, &data);
        QStringList nodes;
        for (const HopDifference &h : c.hops())
            nodes.append(h.node);
        QCOMPARE(nodes, (QStringList{"portal", "sgpay", "sgrates", "hws1", "otma", "ims1"}));
        QCOMPARE(c.hop(QStringLiteral("sgpay"))->change, HopDifference::Change::Removed);
        QCOMPARE(c.hop(QStringLiteral("sgrates"))->change, HopDifference::Change::Added);
        QVERIFY2(c.summary().startsWith(QStringLiteral("request now runs as SGRATES (was JSMITH)")), qPrintable(c.summary()));
        QVERIFY2(c.summary().contains(QStringLiteral("USERID at IMS Connect HWS1 now SGRATES (was JSMITH)")),
                 qPrintable(c.summary()));
    }

    void rulesRunTwiceArePairedInOrder()
    {
        Trace a;
        a.accepted = true;
        a.hops = {hop(QStringLiteral("n"), {{QStringLiteral("NET-03"), Check::Result::Pass, QStringLiteral("one")},
                                             {QStringLiteral("NET-03"), Check::Result::Pass, QStringLiteral("two")}})};
        Trace b = a;
        b.hops[0].checks[1].result = Check::Result::Fail;
        const TraceComparison c(a, b);
        const HopDifference *h = c.hop(QStringLiteral("n"));
        QCOMPARE(h->checks.size(), 1);
        QCOMPARE(h->checks.first().change, CheckDifference::Change::ResultChanged);
        QCOMPARE(h->checks.first().before.detail, QStringLiteral("two"));
        QCOMPARE(c.summary(), QStringLiteral("now fails at n: server certificate trusted by the sender (NET-03 pass → fail)"));
    }

    void onlyWhatLeavesTheLastHopDiffers()
    {
        Trace a;
        a.accepted = true;
        a.hops = {hop(QStringLiteral("ims"), {})};
        Trace b = a;
        b.hops[0].leaves.set(Identity::Acee, QStringLiteral("ALICE"));
        const TraceComparison c(a, b);
        QCOMPARE(c.changedNodes(), QSet<QString>{QStringLiteral("ims")});
        QCOMPARE(c.summary(), QStringLiteral("the identity leaving ims differs"));
    }
};

QTEST_GUILESS_MAIN(TestTraceComparison)
#include "tst_tracecomparison.moc"
