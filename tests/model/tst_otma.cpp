// OTMA: client bid (ICON-11, IMS Connect and MQ), message security levels,
// exits, ACEEs and Resume TPIPE security (OTMA-01..OTMA-08). Network
// credentials in the IMS log (OTMA-09) are tested with ICON-10 in tst_imsconnect.
#include "scenario.h"

#include <QTest>

namespace {

const QStringList kTxPath{"app", "icon", "otma", "ims"};
const QStringList kMqPath{"app", "mq", "otma", "ims"};
const QStringList kCalloutPath{"ims", "otma", "icon", "dp", "svc"};

QJsonObject with(QJsonObject base, const QJsonObject &extra)
{
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

QJsonObject user(const QString &id)
{
    return {{"userid", id}};
}

QJsonObject denyExit(const QString &userid)
{
    return {{"denyUsers", QJsonArray{userid}}};
}

QString detail(const Trace &t, const QString &node, const QString &rule)
{
    const Check *c = Scenario::check(t, node, rule);
    return c ? c->detail : QString();
}

// Every result a rule reported at a hop (a rule may report more than once).
QStringList results(const Trace &t, const QString &node, const QString &rule)
{
    QStringList out;
    if (const Hop *h = t.hop(node)) {
        for (const Check &c : h->checks) {
            if (c.rule == rule)
                out.append(Check::resultName(c.result));
        }
    }
    return out;
}

// client -> IMS Connect -> OTMA -> IMS; IMS Connect RACF=N unless told, so OTMA decides alone.
Scenario chain(const QJsonObject &otma, const QJsonObject &icon = {{"RACF", "N"}})
{
    Scenario s;
    s.basicChain(icon, otma);
    return s;
}

// client -> MQ (the IMS bridge, an OTMA client) -> OTMA -> IMS.
Scenario viaMq(const QJsonObject &mq, const QJsonObject &otma)
{
    Scenario s;
    s.node("app", "client", {{"protocol", "mq"}}, {}).node("mq", "mq", mq).node("otma", "otma", otma).node("ims", "ims");
    return s.link("app", "mq").link("mq", "otma").link("otma", "ims");
}

// A synchronous callout: IMS -> OTMA -> IMS Connect -> DataPower, which resumes the TPIPE as `resumer`.
Scenario callout(const QJsonObject &otma, const QString &resumer = "DPUSER", const QString &password = "DPPW")
{
    Scenario s;
    s.node("ims", "ims").node("otma", "otma", with({{"OTMASE", "CHECK"}, {"tpipes", QJsonArray{"CALLOUT1", "CALLOUT2"}}}, otma));
    s.node("icon", "ims_connect", {{"RACF", "Y"}});
    s.node("dp", "datapower", {{"interface", "ims_callout"}, {"userid", resumer}, {"password", password}}, {});
    s.node("svc", "external_service", {}, {});
    return s.link("icon", "otma").link("otma", "ims").link("dp", "icon", "at_tls").link("dp", "svc", "https_server");
}

Trace resume(const Scenario &s, const QString &tpipe = "CALLOUT1")
{
    return s.run("sync_callout", tpipe, kCalloutPath, user("ALICE"));
}

} // namespace

class TestOtma : public QObject
{
    Q_OBJECT

private slots:
    // covers: ICON-11
    void clientBidNeedsReadOnImsxcf()
    {
        const QJsonObject alice{{"userid", "ALICE"}, {"password", "ALICEPW"}};
        const Trace ok = chain({{"OTMASE", "CHECK"}}, {{"RACF", "Y"}}).run("transaction", "PAYROLL", kTxPath, alice);
        QCOMPARE(Scenario::result(ok, "otma", "ICON-11"), QString("pass"));
        QVERIFY(detail(ok, "otma", "ICON-11").contains("IMSXCF.XCFGRP1.HWS1"));
        const Trace refused = chain({{"OTMASE", "CHECK"}}, {{"RACF", "Y"}, {"jobUserid", "DAVE"}}).run("transaction", "PAYROLL", kTxPath, alice);
        QCOMPARE(Scenario::result(refused, "icon", "ICON-01"), QString("pass"));
        QCOMPARE(refused.failedRule, QString("ICON-11"));
        QCOMPARE(refused.rejectedAt, QString("otma"));
        const Trace unprotected = chain({{"OTMASE", "CHECK"}}, {{"RACF", "Y"}, {"member", "HWS9"}, {"jobUserid", "DAVE"}}).run("transaction", "PAYROLL", kTxPath, alice);
        QVERIFY(detail(unprotected, "otma", "ICON-11").contains("not protected"));
        QVERIFY(unprotected.accepted);
    }

    // covers: ICON-11
    void clientBidUsesTheXcfGroupAndSkipsWhereSecurityIsOff()
    {
        Scenario s = chain({{"OTMASE", "CHECK"}, {"xcfGroup", "XCFGRP2"}});
        s.profile("FACILITY", "IMSXCF.XCFGRP2.*", "NONE", {});
        QCOMPARE(s.run("transaction", "INQ1", kTxPath, user("BOB")).failedRule, QString("ICON-11"));
        const Trace none = chain({{"OTMASE", "NONE"}}, {{"jobUserid", "DAVE"}}).run("transaction", "INQ1", kTxPath, user("BOB"));
        QVERIFY(none.accepted);
        QCOMPARE(Scenario::result(none, "otma", "ICON-11"), QString("skip"));
        Scenario inactive = chain({{"OTMASE", "CHECK"}}, {{"jobUserid", "DAVE"}});
        inactive.activeClasses({"TIMS", "CIMS"});
        QCOMPARE(Scenario::result(inactive.run("transaction", "INQ1", kTxPath, user("BOB")), "otma", "ICON-11"), QString("skip"));
    }

    // covers: ICON-11 OTMA-06
    void mqBidsWithItsOwnJobUserAndMember()
    {
        const QJsonObject alice{{"userid", "ALICE"}, {"password", "ALICEPW"}};
        const Trace ok = viaMq({}, {{"OTMASE", "CHECK"}}).run("transaction", "PAYROLL", kMqPath, alice);
        QVERIFY(ok.accepted);
        QVERIFY(detail(ok, "otma", "ICON-11").contains("IMSXCF.XCFGRP1.MQ1"));
        QCOMPARE(Scenario::arrives(ok, "otma").value("utoken").toString(), QString("ALICE"));
        QVERIFY(detail(ok, "otma", "OTMA-06").contains("UTOKEN"));
        const Trace refused = viaMq({{"jobUserid", "DAVE"}}, {{"OTMASE", "CHECK"}}).run("transaction", "PAYROLL", kMqPath, alice);
        QCOMPARE(refused.failedRule, QString("ICON-11"));
        QCOMPARE(refused.rejectedAt, QString("otma"));
        const Trace otherMember = viaMq({{"jobUserid", "DAVE"}, {"member", "MQ2"}}, {{"OTMASE", "CHECK"}}).run("transaction", "PAYROLL", kMqPath, alice);
        QVERIFY(otherMember.accepted);
        QVERIFY(detail(otherMember, "otma", "ICON-11").contains("not protected"));
    }

    // covers: OTMA-01
    void noneNeverCallsRacf()
    {
        const Scenario none = chain({{"OTMASE", "NONE"}});
        const Trace t = none.run("transaction", "PAYROLL", kTxPath, user("BOB"));
        QVERIFY(t.accepted);
        QCOMPARE(Scenario::result(t, "otma", "OTMA-01"), QString("info"));
        QCOMPARE(Scenario::result(t, "otma", "OTMA-02"), QString("skip"));
        QCOMPARE(Scenario::result(t, "otma", "OTMA-06"), QString());
        QVERIFY(t.authorizedUserid.isEmpty());
        QVERIFY(!Scenario::arrives(t, "ims").contains("acee"));
        QVERIFY(none.run("transaction", "PAYROLL", kTxPath, user("NOBODY")).accepted);
        // Negative: CHECK asks RACF.
        QCOMPARE(chain({{"OTMASE", "CHECK"}}).run("transaction", "PAYROLL", kTxPath, user("BOB")).failedRule, QString("OTMA-02"));
    }

    // covers: OTMA-01 ICON-11
    void joinChecksOnlyTheClientBid()
    {
        const Trace t = chain({{"OTMASE", "JOIN"}}).run("transaction", "PAYROLL", kTxPath, user("BOB"));
        QVERIFY(t.accepted);
        QCOMPARE(Scenario::result(t, "otma", "ICON-11"), QString("pass"));
        QVERIFY(detail(t, "otma", "OTMA-01").contains("JOIN"));
        QCOMPARE(Scenario::result(t, "otma", "OTMA-02"), QString("skip"));
        const Trace bid = chain({{"OTMASE", "JOIN"}}, {{"RACF", "N"}, {"jobUserid", "DAVE"}}).run("transaction", "PAYROLL", kTxPath, user("BOB"));
        QCOMPARE(bid.failedRule, QString("ICON-11"));
    }

    void exitsDecideUnderNoneAndJoin_data()
    {
        QTest::addColumn<QString>("level");
        QTest::newRow("NONE") << "NONE";
        QTest::newRow("JOIN") << "JOIN";
    }
    // covers: OTMA-01
    void exitsDecideUnderNoneAndJoin()
    {
        QFETCH(QString, level);
        const Scenario s = chain({{"OTMASE", level}, {"DFSTRN0", denyExit("BOB")}, {"DFSCCMD0", denyExit("ALICE")}});
        const Trace bob = s.run("transaction", "PAYROLL", kTxPath, user("BOB"));
        QCOMPARE(bob.failedRule, QString("OTMA-01"));
        QCOMPARE(bob.rejectedAt, QString("otma"));
        QVERIFY(bob.hop("otma")->checks.last().detail.contains("exit DFSTRN0 rejects BOB"));
        const Trace alice = s.run("transaction", "PAYROLL", kTxPath, user("ALICE"));
        QVERIFY(alice.accepted);
        QVERIFY(results(alice, "otma", "OTMA-01").contains("pass"));
        // Each exit guards its own kind of request.
        QVERIFY(s.run("command", "/DIS TRAN", kTxPath, user("BOB")).accepted);
        QCOMPARE(s.run("command", "/DIS TRAN", kTxPath, user("ALICE")).failedRule, QString("OTMA-01"));
    }

    // covers: OTMA-01 OTMA-04
    void fullIsTheDefault()
    {
        const Scenario s = chain({});
        QCOMPARE(Scenario::arrives(s.run("transaction", "PAYROLL", kTxPath, user("ALICE")), "ims").value("acee").toString(), QString("ALICE"));
        QCOMPARE(s.run("transaction", "PAYROLL", kTxPath, user("BOB")).failedRule, QString("OTMA-02"));
    }

    void checkAndFullAuthorizeTransactions_data()
    {
        QTest::addColumn<QString>("level");
        QTest::newRow("CHECK") << "CHECK";
        QTest::newRow("FULL") << "FULL";
    }
    // covers: OTMA-02
    void checkAndFullAuthorizeTransactions()
    {
        QFETCH(QString, level);
        const Scenario s = chain({{"OTMASE", level}});
        const Trace alice = s.run("transaction", "PAYROLL", kTxPath, user("ALICE"));
        QVERIFY(alice.accepted);
        QVERIFY(detail(alice, "otma", "OTMA-02").contains("TIMS"));
        const Trace bob = s.run("transaction", "PAYROLL", kTxPath, user("BOB"));
        QCOMPARE(bob.failedRule, QString("OTMA-02"));
        QCOMPARE(bob.rejectedAt, QString("otma"));
        QCOMPARE(bob.authorizedUserid, QString("BOB"));
        QVERIFY(!bob.hop("ims"));
    }

    // covers: OTMA-02
    void commandsAreCheckedAgainstTheCimsVerb()
    {
        const Scenario s = chain({{"OTMASE", "CHECK"}});
        const Trace tech = s.run("command", "/DIS TRAN ALL", kTxPath, user("TECHID"));
        QVERIFY(tech.accepted);
        QVERIFY(detail(tech, "otma", "OTMA-02").contains("CIMS DIS"));
        QVERIFY(s.run("command", "/dis tran", kTxPath, user("TECHID")).accepted);
        QCOMPARE(s.run("command", "/DIS TRAN", kTxPath, user("ALICE")).failedRule, QString("OTMA-02"));
        // Another verb is another resource: no profile covers STA.
        const Trace sta = s.run("command", "/STA TRAN PAYROLL", kTxPath, user("ALICE"));
        QVERIFY(sta.accepted);
        QVERIFY(detail(sta, "otma", "OTMA-02").contains("not protected"));
    }

    // covers: OTMA-02
    void requestWithoutUseridFailsWhenChecked()
    {
        const Trace check = chain({{"OTMASE", "CHECK"}}).run("transaction", "INQ1", kTxPath, {});
        QCOMPARE(check.failedRule, QString("OTMA-02"));
        QVERIFY(detail(check, "otma", "OTMA-02").contains("no user ID"));
        QVERIFY(chain({{"OTMASE", "NONE"}}).run("transaction", "INQ1", kTxPath, {}).accepted);
    }

    // covers: OTMA-02
    void exitsRunUnderCheckAndFull()
    {
        const Scenario s = chain({{"OTMASE", "CHECK"}, {"DFSTRN0", denyExit("ALICE")}});
        const Trace alice = s.run("transaction", "PAYROLL", kTxPath, user("ALICE"));
        QCOMPARE(alice.failedRule, QString("OTMA-02"));
        QVERIFY(detail(alice, "otma", "OTMA-02").contains("DFSTRN0 rejects"));
        const Trace bob = s.run("transaction", "INQ1", kTxPath, user("BOB"));
        QVERIFY(bob.accepted);
        QCOMPARE(results(bob, "otma", "OTMA-02"), QStringList({"pass", "pass"}));
    }

    // covers: OTMA-03
    void useridComesFromTheMessageHeader()
    {
        const Trace bob = chain({{"OTMASE", "CHECK"}}).run("transaction", "INQ1", kTxPath, {{"userid", "bob"}, {"group", "CLERKS"}});
        QVERIFY(bob.accepted);
        QCOMPARE(bob.authorizedUserid, QString("BOB"));  // not HWS, the IMS Connect job user
        const Scenario racfid = chain({{"OTMASE", "CHECK"}}, {{"RACF", "N"}, {"RACFID", "DEFUSR"}});
        const Trace defusr = racfid.run("transaction", "PAYROLL", kTxPath, {});
        QCOMPARE(defusr.failedRule, QString("OTMA-02"));
        QCOMPARE(defusr.authorizedUserid, QString("DEFUSR"));
        QVERIFY(racfid.run("transaction", "INQ1", kTxPath, {}).accepted);
    }

    // covers: OTMA-04
    void fullBuildsTheAceeForTheDependentRegion()
    {
        const QJsonObject alice{{"userid", "ALICE"}, {"password", "ALICEPW"}};
        const Trace full = chain({{"OTMASE", "FULL"}}, {{"RACF", "Y"}}).run("transaction", "PAYROLL", kTxPath, alice);
        QCOMPARE(Scenario::result(full, "otma", "OTMA-04"), QString("info"));
        const QJsonObject atIms = Scenario::arrives(full, "ims");
        QCOMPARE(atIms.value("acee").toString(), QString("ALICE"));
        QVERIFY(!atIms.contains("utoken"));
        const Trace check = chain({{"OTMASE", "CHECK"}}, {{"RACF", "Y"}}).run("transaction", "PAYROLL", kTxPath, alice);
        QVERIFY(check.accepted);
        QCOMPARE(Scenario::result(check, "otma", "OTMA-04"), QString());
        QVERIFY(!Scenario::arrives(check, "ims").contains("acee"));
    }

    void profileTakesTheLevelFromTheClientFlag_data()
    {
        QTest::addColumn<QString>("flag");
        QTest::addColumn<QString>("level");
        QTest::addColumn<bool>("bobAccepted");
        QTest::addColumn<bool>("acee");
        QTest::newRow("N") << "N" << "NONE" << true << false;
        QTest::newRow("C") << "C" << "CHECK" << false << false;
        QTest::newRow("F") << "F" << "FULL" << false << true;
    }
    // covers: OTMA-05
    void profileTakesTheLevelFromTheClientFlag()
    {
        QFETCH(QString, flag);
        QFETCH(QString, level);
        QFETCH(bool, bobAccepted);
        QFETCH(bool, acee);
        const Scenario s = chain({{"OTMASE", "PROFILE"}}, {{"RACF", "N"}, {"otmaSecurityFlag", flag}});
        const Trace alice = s.run("transaction", "PAYROLL", kTxPath, user("ALICE"));
        QVERIFY(alice.accepted);
        QCOMPARE(Scenario::result(alice, "otma", "OTMA-05"), QString("info"));
        QVERIFY(detail(alice, "otma", "OTMA-05").contains("gives " + level));
        QCOMPARE(Scenario::arrives(alice, "ims").contains("acee"), acee);
        QCOMPARE(s.run("transaction", "PAYROLL", kTxPath, user("BOB")).accepted, bobAccepted);
    }

    // covers: OTMA-05
    void flagCountsOnlyUnderProfile()
    {
        const Trace check = chain({{"OTMASE", "CHECK"}}, {{"RACF", "N"}, {"otmaSecurityFlag", "N"}}).run("transaction", "PAYROLL", kTxPath, user("BOB"));
        QCOMPARE(check.failedRule, QString("OTMA-02"));
        QCOMPARE(Scenario::result(check, "otma", "OTMA-05"), QString());
        QVERIFY(chain({{"OTMASE", "NONE"}}, {{"RACF", "N"}, {"otmaSecurityFlag", "F"}}).run("transaction", "PAYROLL", kTxPath, user("BOB")).accepted);
        // MQ asks for full security (modelled: the seeds name no MQ flag).
        const Trace mq = viaMq({}, {{"OTMASE", "PROFILE"}}).run("transaction", "PAYROLL", kMqPath, {{"userid", "ALICE"}, {"password", "ALICEPW"}});
        QVERIFY(detail(mq, "otma", "OTMA-05").contains("gives FULL"));
        QCOMPARE(Scenario::arrives(mq, "ims").value("acee").toString(), QString("ALICE"));
    }

    // covers: OTMA-06
    void otmaVerifiesTheUserWithoutPassword()
    {
        const Trace token = chain({{"OTMASE", "CHECK"}}, {{"RACF", "Y"}}).run("transaction", "PAYROLL", kTxPath, {{"userid", "ALICE"}, {"password", "ALICEPW"}});
        QCOMPARE(Scenario::result(token, "otma", "OTMA-06"), QString("pass"));
        QVERIFY(detail(token, "otma", "OTMA-06").contains("UTOKEN"));
        const Scenario s = chain({{"OTMASE", "CHECK"}});
        const Trace verified = s.run("transaction", "PAYROLL", kTxPath, user("ALICE"));
        QVERIFY(detail(verified, "otma", "OTMA-06").contains("verified ALICE"));
        const Trace revoked = s.run("transaction", "PAYROLL", kTxPath, user("CAROL"));
        QCOMPARE(revoked.failedRule, QString("OTMA-06"));
        QVERIFY(detail(revoked, "otma", "OTMA-06").contains("revoked"));
        QVERIFY(detail(s.run("transaction", "PAYROLL", kTxPath, user("NOBODY")), "otma", "OTMA-06").contains("not defined"));
        QVERIFY(chain({{"OTMASE", "NONE"}}).run("transaction", "PAYROLL", kTxPath, user("CAROL")).accepted);
    }

    // covers: OTMA-07
    void resumeTpipeNeedsReadOnRims()
    {
        const Trace dp = resume(callout({}));
        QVERIFY(dp.accepted);
        QCOMPARE(Scenario::result(dp, "otma", "OTMA-07"), QString("pass"));
        QVERIFY(detail(dp, "otma", "OTMA-07").contains("DPUSER"));
        const Trace bob = resume(callout({}, "BOB", "BOBPW"));
        QCOMPARE(bob.failedRule, QString("OTMA-07"));
        QCOMPARE(bob.rejectedAt, QString("otma"));
    }

    // covers: OTMA-07
    void rimsIsCheckedOnlyWhenActiveAndProtected()
    {
        Scenario inactive = callout({}, "BOB", "BOBPW");
        inactive.activeClasses({"TIMS", "CIMS", "FACILITY"});
        QVERIFY(resume(inactive).accepted);
        const Trace unprotected = resume(callout({}, "BOB", "BOBPW"), "CALLOUT2");
        QVERIFY(unprotected.accepted);
        QVERIFY(detail(unprotected, "otma", "OTMA-07").contains("not protected"));
    }

    // covers: OTMA-07
    void dfsyrtuxOverridesSaf()
    {
        const Trace allow = resume(callout({{"DFSYRTUX", "allow"}}, "BOB", "BOBPW"));
        QVERIFY(allow.accepted);
        QVERIFY(detail(allow, "otma", "OTMA-07").contains("DFSYRTUX allows"));
        QCOMPARE(resume(callout({{"DFSYRTUX", "deny"}})).failedRule, QString("OTMA-07"));
        // The exit runs even without the RIMS class.
        Scenario noRims = callout({{"DFSYRTUX", "deny"}});
        noRims.activeClasses({"TIMS", "CIMS", "FACILITY"});
        QCOMPARE(resume(noRims).failedRule, QString("OTMA-07"));
    }

    // covers: OTMA-07
    void unknownTpipeFailsWhenSecured()
    {
        const Trace missing = resume(callout({}), "CALLOUT9");
        QCOMPARE(missing.failedRule, QString("OTMA-07"));
        QVERIFY(detail(missing, "otma", "OTMA-07").contains("does not exist"));
        QVERIFY(resume(callout({{"OTMASE", "NONE"}}), "CALLOUT9").accepted);
        QVERIFY(resume(callout({{"OTMASE", "NONE"}}, "BOB", "BOBPW")).accepted);
    }

    // covers: OTMA-08
    void toaceeLimitsTheAceeCache()
    {
        const Trace limited = chain({{"OTMASE", "CHECK"}, {"TOACEE", "YES"}, {"ACEEUSR", 60000}, {"ACEEAGE", 300}}).run("transaction", "PAYROLL", kTxPath, user("ALICE"));
        QCOMPARE(Scenario::result(limited, "otma", "OTMA-08"), QString("info"));
        QVERIFY(detail(limited, "otma", "OTMA-08").contains("at most 60000"));
        QVERIFY(detail(limited, "otma", "OTMA-08").contains("ACEEAGE 300 s"));
        const Trace defaults = chain({{"OTMASE", "CHECK"}, {"TOACEE", "YES"}}).run("transaction", "PAYROLL", kTxPath, user("ALICE"));
        QVERIFY(detail(defaults, "otma", "OTMA-08").contains("at most 30000"));
        QVERIFY(detail(defaults, "otma", "OTMA-08").contains("client's aging value"));
        QCOMPARE(Scenario::result(chain({{"OTMASE", "CHECK"}}).run("transaction", "PAYROLL", kTxPath, user("ALICE")), "otma", "OTMA-08"), QString());
        // No ACEE, nothing cached.
        QCOMPARE(Scenario::result(chain({{"OTMASE", "NONE"}, {"TOACEE", "YES"}}).run("transaction", "PAYROLL", kTxPath, user("ALICE")), "otma", "OTMA-08"), QString());
    }

    // covers: OTMA-08
    void aceeusrIsAtMost60000()
    {
        QVERIFY(chain({{"TOACEE", "YES"}, {"ACEEUSR", 60000}}).load());
        QString errors;
        QVERIFY(!chain({{"TOACEE", "YES"}, {"ACEEUSR", 60001}}).load(&errors));
        QVERIFY(errors.contains("ACEEUSR"));
    }
};

QTEST_GUILESS_MAIN(TestOtma)
#include "tst_otma.moc"
