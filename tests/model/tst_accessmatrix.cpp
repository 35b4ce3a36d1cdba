// Access matrix: every cell is what Simulator::run says for that user and
// resource; identities follow the template's shape; defaults, cancel,
// progress, deterministic results and the CSV text.
#include "accessmatrix.h"
#include "accessmatrixcsv.h"
#include "accessmatrixdefaults.h"
#include "accessmatrixidentity.h"
#include "secflowreader.h"
#include "simulator.h"

#include <QBuffer>
#include <QDir>
#include <QTest>

namespace {

TopologyData example(const QString &name)
{
    SecflowReader reader;
    auto t = reader.readFile(QStringLiteral(SECFLOW_SOURCE_DIR "/resources/examples/") + name);
    if (!t)
        qFatal("%s", qPrintable(reader.errorString()));
    return *t;
}

AccessMatrixInput defaults(const TopologyData &t, const QString &requestId)
{
    const Request *templ = t.request(requestId);
    Q_ASSERT(templ);
    return {*templ, AccessMatrixDefaults::users(t, *templ), AccessMatrixDefaults::resources(t, *templ)};
}

QString stateName(AccessCell::State s)
{
    return s == AccessCell::State::Allowed ? "allowed" : s == AccessCell::State::Denied ? "denied" : "pending";
}

// Many users and resources, for runs long enough to cancel.
TopologyData widened(int users, int resources)
{
    TopologyData t = example(QStringLiteral("soap_gateway_untp.secflow"));
    SecurityDomain &d = t.domains.first();
    for (int i = 0; i < users; ++i) {
        RacfUser u;
        u.id = QStringLiteral("U%1").arg(i, 5, 10, QLatin1Char('0'));
        u.password = Secret::fromPlain(QStringLiteral("PW%1").arg(i));
        u.groups = {i % 2 ? QStringLiteral("PAYCLERK") : QStringLiteral("HRSTAFF")};
        d.users.append(u);
    }
    for (int i = 0; i < resources; ++i)
        d.profiles.append({QStringLiteral("TIMS"), QStringLiteral("TX%1").arg(i, 4, 10, QLatin1Char('0')), AccessLevel::None,
                           {{i % 3 ? QStringLiteral("PAYCLERK") : QStringLiteral("HRSTAFF"), AccessLevel::Read}}, {}});
    t.rebuildIndexes();
    return t;
}

} // namespace

class TestAccessMatrix : public QObject
{
    Q_OBJECT

private slots:
    void everyCellIsTheEngineResult_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("request");
        QTest::newRow("untp") << "soap_gateway_untp.secflow" << "jsmith_payinq";
        QTest::newRow("trusted") << "trusted_user_pitfalls.secflow" << "trusted_jsmith_payinq";
        QTest::newRow("command") << "trusted_user_pitfalls.secflow" << "oper1_display";
        QTest::newRow("passticket") << "ims_to_ims_passtickets.secflow" << "branch_passticket";
        QTest::newRow("jwt") << "zos_connect_mobile.secflow" << "mgarcia_jwt";
        QTest::newRow("db") << "open_db.secflow" << "jsmith_payrpt_apsb";
        QTest::newRow("callout") << "datapower_callout.secflow" << "pwilson_callout_fw7";
        QTest::newRow("mq") << "mq_bridge.secflow" << "lchen_hrinq_mq";
    }
    void everyCellIsTheEngineResult()
    {
        QFETCH(QString, file);
        QFETCH(QString, request);
        const TopologyData t = example(file);
        const AccessMatrixInput in = defaults(t, request);
        QVERIFY(in.users.size() >= 10);
        QVERIFY(in.resources.size() >= 2);
        const AccessMatrixResult r = AccessMatrix::compute(t, in);
        QVERIFY(!r.cancelled);
        QCOMPARE(qsizetype(r.cells.size()), in.users.size() * in.resources.size());
        const Simulator direct(t);
        qint64 allowed = 0;
        for (qsizetype u = 0; u < in.users.size(); ++u) {
            for (qsizetype c = 0; c < in.resources.size(); ++c) {
                const Trace trace = direct.run(AccessMatrix::requestFor(t, in.templ, in.users.at(u), in.resources.at(c)));
                const AccessCell &cell = r.cell(u, c);
                const QString where = in.users.at(u) + " x " + in.resources.at(c);
                QVERIFY2(cell.state == (trace.accepted ? AccessCell::State::Allowed : AccessCell::State::Denied), qPrintable(where));
                QCOMPARE(r.rejectedAt(cell), trace.rejectedAt);
                QCOMPARE(r.failedRule(cell), trace.failedRule);
                allowed += trace.accepted;
            }
        }
        QCOMPARE(r.count(AccessCell::State::Allowed), allowed);
        QCOMPARE(r.count(AccessCell::State::Pending), 0);
    }

    // The file's own expectations hold in the matrix wherever the matrix
    // sends the same identity (the user's real password, same path).
    // covers: OTMA-02 ICON-01 SG-06
    void reproducesTheFileExpectations()
    {
        const TopologyData t = example(QStringLiteral("soap_gateway_untp.secflow"));
        const AccessMatrixInput in = defaults(t, QStringLiteral("jsmith_payinq"));
        const AccessMatrixResult r = AccessMatrix::compute(t, in);
        int compared = 0;
        for (const Request &req : t.requests) {
            const RacfUser *u = t.domains.first().user(req.identity.userid);
            if (!req.hasExpect || req.path != in.templ.path || req.identity.token != in.templ.identity.token || !u
                || u->password.plain != req.identity.password)
                continue;
            const AccessCell &cell = r.cell(in.users.indexOf(u->id), in.resources.indexOf(req.resource));
            const QString outcome = req.expect.value("outcome").toString();
            QCOMPARE(stateName(cell.state), outcome == "accepted" ? QString("allowed") : QString("denied"));
            QCOMPARE(r.rejectedAt(cell), req.expect.value("rejectedAt").toString());
            QCOMPARE(r.failedRule(cell), req.expect.value("failedRule").toString());
            ++compared;
        }
        QCOMPARE(compared, 5);  // jsmith_payinq, mgarcia_payupd, jsmith_payupd_denied, rkumar_revoked, paytest_jaas_denied
    }

    void identityFollowsTheTemplateShape()
    {
        const TopologyData soap = example(QStringLiteral("soap_gateway_untp.secflow"));
        const RequestIdentity untp = AccessMatrixIdentity(soap, *soap.request("jsmith_payinq")).forUser("MGARCIA");
        QCOMPARE(untp.userid, QString("MGARCIA"));
        QCOMPARE(untp.password, QString("Mgr4pay!"));
        QVERIFY(untp.hasPassword);
        QCOMPARE(untp.token, QString("UNTP"));
        const AccessMatrixIdentity saml(soap, *soap.request("partner_saml_racf_y"));
        QVERIFY(!saml.forUser("LCHEN").hasPassword);
        QCOMPARE(saml.forUser("LCHEN").token, QString("SAML20"));
        QVERIFY(saml.withoutPassword({"LCHEN"}).isEmpty());
        // HWSSTC has no password; NOBODY is not a user.
        QCOMPARE(AccessMatrixIdentity(soap, *soap.request("jsmith_payinq")).withoutPassword({"JSMITH", "HWSSTC", "NOBODY"}),
                 QStringList({"HWSSTC", "NOBODY"}));

        const TopologyData trusted = example(QStringLiteral("trusted_user_pitfalls.secflow"));
        const RequestIdentity tr = AccessMatrixIdentity(trusted, *trusted.request("trusted_jsmith_payinq")).forUser("LCHEN");
        QVERIFY(tr.trusted);
        QVERIFY(!tr.hasPassword);
        QCOMPARE(tr.userid, QString("LCHEN"));

        const TopologyData pt = example(QStringLiteral("ims_to_ims_passtickets.secflow"));
        const RequestIdentity ticket = AccessMatrixIdentity(pt, *pt.request("branch_passticket")).forUser("MGARCIA");
        QVERIFY(ticket.passticket);
        QCOMPARE(ticket.userid, QString("MGARCIA"));

        // covers: ZC-07
        const TopologyData zc = example(QStringLiteral("zos_connect_mobile.secflow"));
        const AccessMatrixIdentity jwt(zc, *zc.request("mgarcia_jwt"));
        QCOMPARE(jwt.forUser("JSMITH").jwt.toObject().value("sub").toString(), QString("jane.smith@bank.example"));
        QCOMPARE(jwt.forUser("LCHEN").jwt.toObject().value("sub").toString(), QString("LCHEN"));
        QVERIFY(jwt.forUser("JSMITH").userid.isEmpty());
        QCOMPARE(jwt.forUser("JSMITH").jwt.toObject().value("aud").toString(), QString("zosconnect-payroll"));
    }

    void defaultsComeFromTheDomainAndTheFile()
    {
        const TopologyData soap = example(QStringLiteral("soap_gateway_untp.secflow"));
        const Request &tx = *soap.request("jsmith_payinq");
        const QStringList users = AccessMatrixDefaults::users(soap, tx);
        QCOMPARE(users.size(), soap.domains.first().users.size());
        QVERIFY(std::is_sorted(users.begin(), users.end()));
        // PAY* gives PAY; discrete PAYUPD; request resources PAYINQ, RATEINQ.
        QCOMPARE(AccessMatrixDefaults::resources(soap, tx),
                 QStringList({"HR", "LOAN", "PAY", "PAYINQ", "PAYUPD", "RATE", "RATEINQ"}));

        const TopologyData pitfalls = example(QStringLiteral("trusted_user_pitfalls.secflow"));
        QCOMPARE(AccessMatrixDefaults::resources(pitfalls, *pitfalls.request("oper1_display")),
                 QStringList({"/DIS", "/DIS TMEMBER ALL", "/STO", "/STO TRAN PAYUPD"}));
        const TopologyData db = example(QStringLiteral("open_db.secflow"));
        QCOMPARE(AccessMatrixDefaults::resources(db, *db.request("jsmith_payrpt_apsb")), QStringList({"PAY", "PAYMAINT", "PAYRPT"}));
        const TopologyData callout = example(QStringLiteral("datapower_callout.secflow"));
        const QStringList tpipes = AccessMatrixDefaults::resources(callout, *callout.request("pwilson_callout_fw7"));
        QVERIFY(tpipes.contains("LOANTP1") && tpipes.contains("HRTPIPE") && tpipes.contains("LOANTP2"));
        QVERIFY(!tpipes.contains("PAY"));
    }

    void cancelledBeforeStartComputesNothing()
    {
        const TopologyData t = example(QStringLiteral("soap_gateway_untp.secflow"));
        std::atomic<bool> cancel{true};
        AccessMatrix::Options o;
        o.cancel = &cancel;
        const AccessMatrixResult r = AccessMatrix::compute(t, defaults(t, "jsmith_payinq"), o);
        QVERIFY(r.cancelled);
        QCOMPARE(r.count(AccessCell::State::Pending), r.pairs());
    }

    void cancelStopsARunningMatrix()
    {
        const TopologyData t = widened(2000, 100);  // 200,000 pairs: far longer than one progress tick
        AccessMatrixInput in = defaults(t, "jsmith_payinq");
        QCOMPARE(in.users.size() * in.resources.size(), qsizetype(2012 * 107));
        std::atomic<bool> cancel{false};
        AccessMatrix::Options o;
        o.cancel = &cancel;
        o.progress = [&](qint64, qint64) { cancel = true; };
        const AccessMatrixResult r = AccessMatrix::compute(t, in, o);
        QVERIFY(r.cancelled);
        QVERIFY(r.count(AccessCell::State::Pending) > 0);
        // What was computed before the cancel is still right.
        const Simulator direct(t);
        for (qsizetype u = 0; u < 3; ++u) {
            for (qsizetype c = 0; c < in.resources.size(); ++c) {
                const AccessCell &cell = r.cell(u, c);
                if (cell.state == AccessCell::State::Pending)
                    continue;
                const Trace trace = direct.run(AccessMatrix::requestFor(t, in.templ, in.users.at(u), in.resources.at(c)));
                QCOMPARE(cell.state == AccessCell::State::Allowed, trace.accepted);
                QCOMPARE(r.failedRule(cell), trace.failedRule);
            }
        }
    }

    void progressReachesTheTotal()
    {
        const TopologyData t = widened(300, 20);
        const AccessMatrixInput in = defaults(t, "jsmith_payinq");
        QList<QPair<qint64, qint64>> calls;
        AccessMatrix::Options o;
        o.progress = [&](qint64 done, qint64 total) { calls.append({done, total}); };
        const AccessMatrixResult r = AccessMatrix::compute(t, in, o);
        QVERIFY(!calls.isEmpty());
        QCOMPARE(calls.last(), qMakePair(r.pairs(), r.pairs()));
        for (qsizetype i = 1; i < calls.size(); ++i)
            QVERIFY(calls.at(i).first >= calls.at(i - 1).first);
    }

    void resultsDoNotDependOnThreads()
    {
        const TopologyData t = widened(200, 30);
        const AccessMatrixInput in = defaults(t, "jsmith_payinq");
        AccessMatrix::Options one;
        one.threads = 1;
        AccessMatrix::Options many;
        many.threads = 5;
        const AccessMatrixResult a = AccessMatrix::compute(t, in, one);
        const AccessMatrixResult b = AccessMatrix::compute(t, in, many);
        QVERIFY(a == b);
        QVERIFY(std::is_sorted(a.strings.begin(), a.strings.end()));
        QVERIFY(a.count(AccessCell::State::Allowed) > 0);
        QVERIFY(a.count(AccessCell::State::Denied) > 0);
    }

    void csvIsRfc4180()
    {
        AccessMatrixResult r;
        r.users = {"ALICE", "BOB"};
        r.resources = {"PAYINQ", "/DIS TMEMBER, ALL", "SAY\"HI\""};
        r.strings = {QString(), "OTMA-02", "otma"};
        r.cells = {{AccessCell::State::Allowed, 0, 0}, {AccessCell::State::Denied, 2, 1}, {AccessCell::State::Pending, 0, 0},
                   {AccessCell::State::Denied, 2, 1}, {AccessCell::State::Allowed, 0, 0}, {AccessCell::State::Allowed, 0, 0}};
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(AccessMatrixCsv::write(buffer, r, {1, 0}, {0, 1, 2}));
        const QStringList lines = QString::fromUtf8(buffer.data()).split("\r\n");
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), QString(R"(user,PAYINQ,"/DIS TMEMBER, ALL","SAY""HI""")"));
        QCOMPARE(lines.at(1), QString("BOB,denied: OTMA-02 at otma,allowed,allowed"));
        QCOMPARE(lines.at(2), QString("ALICE,allowed,denied: OTMA-02 at otma,not computed"));
        QCOMPARE(lines.at(3), QString());
    }
};

QTEST_GUILESS_MAIN(TestAccessMatrix)
#include "tst_accessmatrix.moc"
