// The playback timeline of a trace: an Arrive and a Leave stop per hop, the
// identity badges compared with the stop before, and where a refused request
// stops. Built from the real SOAP Gateway example.
// covers: ICON-07 SG-02
#include "scenario.h"
#include "secflowreader.h"
#include "tracetimeline.h"

#include <QTest>

namespace {

using Phase = TimelineStep::Phase;
using Change = IdentityBadge::Change;

Trace runExample(const QString &request)
{
    SecflowReader reader;
    const auto data = reader.readFile(QStringLiteral(SECFLOW_SOURCE_DIR "/resources/examples/soap_gateway_untp.secflow"));
    if (!data)
        qFatal("cannot read the example: %s", qPrintable(reader.errorString()));
    for (const Request &r : data->requests) {
        if (r.id == request)
            return simulate(*data, r);
    }
    qFatal("no request %s", qPrintable(request));
}

// "userid=JSMITH+", "password+", "untp=JSMITH-", "userid=A>B~": compact for QCOMPARE.
QStringList describe(const QList<IdentityBadge> &badges)
{
    QStringList out;
    for (const IdentityBadge &b : badges) {
        QString s = Identity::name(b.element);
        const QString value = b.change == Change::Vanished ? b.previous : b.value;
        if (!value.isEmpty())
            s += QLatin1Char('=') + (b.change == Change::Changed ? b.previous + QLatin1Char('>') + value : value);
        static const char marks[] = {'\0', '+', '~', '-'};
        if (marks[int(b.change)])
            s += QLatin1Char(marks[int(b.change)]);
        out.append(s);
    }
    return out;
}

Hop hop(const QString &node, const QString &link, const Identity &arrives, const Identity &leaves,
        const QList<Check> &checks = {})
{
    return {node, QStringLiteral("client"), link, arrives, checks, leaves};
}

Identity user(const QString &id)
{
    Identity i;
    i.set(Identity::Userid, id);
    return i;
}

} // namespace

class TestTraceTimeline : public QObject
{
    Q_OBJECT

private slots:
    void acceptedRequestHasTwoStopsPerHop()
    {
        const Trace trace = runExample(QStringLiteral("jsmith_payinq"));
        QVERIFY(trace.accepted);
        const TraceTimeline t(trace);
        QCOMPARE(t.stepCount(), 2 * trace.hops.size());  // the last hop (IMS) carries an ACEE on
        for (int i = 0; i < t.stepCount(); ++i) {
            const TimelineStep &s = t.step(i);
            QCOMPARE(s.hop, i / 2);
            QCOMPARE(s.node, trace.hops.at(i / 2).node);
            QCOMPARE(s.phase, i % 2 == 0 ? Phase::Arrive : Phase::Leave);
            QCOMPARE(s.link, s.phase == Phase::Arrive ? trace.hops.at(i / 2).link : QString());
            QCOMPARE(s.last, i == t.stepCount() - 1);
            QVERIFY(!s.failed);
        }
        QVERIFY(t.step(0).link.isEmpty());
        QVERIFY(!t.step(2).link.isEmpty());
    }

    void badgesFollowTheIdentity()
    {
        const TraceTimeline t(runExample(QStringLiteral("jsmith_payinq")));
        QCOMPARE(t.step(0).node, QStringLiteral("portal"));
        QCOMPARE(describe(t.step(0).badges), QStringList());
        QCOMPARE(describe(t.step(1).badges), QStringList({"untp=JSMITH+"}));
        // Nothing changes on the way to the gateway.
        QCOMPARE(describe(t.step(2).badges), QStringList({"untp=JSMITH"}));
        // The gateway turns the UsernameToken into user ID and password; vanished elements come last.
        QCOMPARE(t.step(3).node, QStringLiteral("sgpay"));
        QCOMPARE(describe(t.step(3).badges), QStringList({"userid=JSMITH+", "password+", "untp=JSMITH-"}));
        QCOMPARE(describe(t.step(4).badges), QStringList({"userid=JSMITH", "password"}));
        // IMS Connect drops the password and sends a UTOKEN on, in element order.
        QCOMPARE(t.step(5).node, QStringLiteral("hws1"));
        QCOMPARE(describe(t.step(5).badges),
                 QStringList({"userid=JSMITH", "group=PAYCLERK+", "utoken=JSMITH+", "password-"}));
        QCOMPARE(t.step(5).badges.first().label(), QStringLiteral("USERID"));
        QCOMPARE(t.stepOf(QStringLiteral("hws1"), Phase::Leave), 5);
        QCOMPARE(t.stepOf(QStringLiteral("hws1")), 4);
        QCOMPARE(t.stepOf(QStringLiteral("nowhere")), -1);
    }

    void rejectedRequestStopsAtTheFailingHop()
    {
        const Trace trace = runExample(QStringLiteral("jsmith_payupd_denied"));
        QVERIFY(!trace.accepted);
        QCOMPARE(trace.rejectedAt, QStringLiteral("otma"));
        const TraceTimeline t(trace);
        QCOMPARE(t.stepCount(), 7);
        const TimelineStep &last = t.step(6);
        QCOMPARE(last.node, QStringLiteral("otma"));
        QCOMPARE(last.phase, Phase::Arrive);
        QVERIFY(last.failed);
        QVERIFY(last.last);
        QCOMPARE(t.stepOf(QStringLiteral("otma"), Phase::Leave), -1);
        for (int i = 0; i < 6; ++i)
            QVERIFY(!t.step(i).failed && !t.step(i).last);

        // Checks met so far: every hop arrived at, nothing beyond.
        QStringList rules;
        for (const Check *c : t.checksUpTo(6))
            rules.append(c->rule + QLatin1Char(' ') + Check::resultName(c->result));
        QVERIFY(rules.contains(QStringLiteral("OTMA-02 fail")));
        QVERIFY(rules.contains(QStringLiteral("ICON-01 pass")));
        qsizetype upToHws1 = 0;
        for (int h = 0; h <= 2; ++h)
            upToHws1 += trace.hops.at(h).checks.size();
        QCOMPARE(t.checksUpTo(5).size(), upToHws1);
        QCOMPARE(t.checksUpTo(0).size(), trace.hops.at(0).checks.size());
        QVERIFY(t.checksUpTo(7).isEmpty());
        QVERIFY(t.checksUpTo(-1).isEmpty());
    }

    void failureAtTheFirstGateway()
    {
        const TraceTimeline t(runExample(QStringLiteral("paytest_jaas_denied")));
        QCOMPARE(t.stepCount(), 3);
        QCOMPARE(t.step(2).node, QStringLiteral("sgpay"));
        QVERIFY(t.step(2).failed);
        QVERIFY(t.step(2).last);
    }

    void changedValueAndVanishedValue()
    {
        Identity before = user(QStringLiteral("ALICE"));
        before.setFlag(Identity::Password);
        Identity now = user(QStringLiteral("BOB"));
        now.set(Identity::Utoken, QStringLiteral("BOB"));
        const QList<IdentityBadge> badges = TraceTimeline::badges(now, before);
        QCOMPARE(describe(badges), QStringList({"userid=ALICE>BOB~", "utoken=BOB+", "password-"}));
        QCOMPARE(badges.at(0).previous, QStringLiteral("ALICE"));
        QCOMPARE(badges.at(2).label(), QStringLiteral("PASSWORD"));
        QCOMPARE(describe(TraceTimeline::badges(now, now)), QStringList({"userid=BOB", "utoken=BOB"}));
    }

    void lastHopLeavingNothingHasNoLeaveStop()
    {
        Trace trace;
        trace.accepted = true;
        trace.hops = {hop("a", "", {}, user("ALICE")), hop("b", "l1", user("ALICE"), {})};
        const TraceTimeline t(trace);
        QCOMPARE(t.stepCount(), 3);
        QCOMPARE(t.step(2).phase, Phase::Arrive);
        QCOMPARE(t.step(2).link, QStringLiteral("l1"));
        QVERIFY(t.step(2).last);
        // A middle hop leaving nothing still has its Leave stop: everything vanished there.
        trace.hops.append(hop("c", "l2", {}, user("ALICE")));
        const TraceTimeline t2(trace);
        QCOMPARE(t2.stepCount(), 6);
        QCOMPARE(describe(t2.step(3).badges), QStringList({"userid=ALICE-"}));
    }

    void failedCheckThatDoesNotStopTheRequest()
    {
        Trace trace;
        trace.accepted = true;
        const Check failed{QStringLiteral("X-1"), Check::Result::Fail, {}};
        trace.hops = {hop("a", "", {}, user("ALICE"), {failed}), hop("b", "l1", user("ALICE"), user("ALICE"))};
        const TraceTimeline t(trace);
        QCOMPARE(t.stepCount(), 4);
        QVERIFY(t.step(0).failed);
        QCOMPARE(t.step(1).phase, Phase::Leave);
        QVERIFY(!t.step(2).failed);
    }

    void emptyTrace()
    {
        const TraceTimeline t{Trace()};
        QVERIFY(t.isEmpty());
        QVERIFY(TraceTimeline().isEmpty());
        QVERIFY(t.checksUpTo(0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTraceTimeline)
#include "tst_tracetimeline.moc"
