// SAF semantics: authentication and the authorization decision (SAF-01..04).
#include "scenario.h"
#include "securitydomain.h"

#include <QTest>

class TestSaf : public QObject
{
    Q_OBJECT

private slots:
    // covers: SAF-01
    void authenticationNeedsKnownUnrevokedUserAndRightPassword()
    {
        Scenario s;
        s.basicChain({{"RACF", "Y"}});
        const QStringList path{"app", "icon", "otma", "ims"};
        QCOMPARE(Scenario::result(s.run("transaction", "PAYROLL", path, {{"userid", "ALICE"}, {"password", "ALICEPW"}}), "icon", "ICON-01"), QString("pass"));
        const Trace wrong = s.run("transaction", "PAYROLL", path, {{"userid", "ALICE"}, {"password", "alicepw"}});
        QCOMPARE(wrong.failedRule, QString("ICON-01"));
        QVERIFY(Scenario::check(wrong, "icon", "ICON-01")->detail.contains("wrong password"));
        const Trace revoked = s.run("transaction", "PAYROLL", path, {{"userid", "CAROL"}, {"password", "CAROLPW"}});
        QVERIFY(Scenario::check(revoked, "icon", "ICON-01")->detail.contains("revoked"));
        const Trace unknown = s.run("transaction", "PAYROLL", path, {{"userid", "NOBODY"}, {"password", "X"}});
        QVERIFY(Scenario::check(unknown, "icon", "ICON-01")->detail.contains("not defined"));
        const Trace wrongGroup = s.run("transaction", "PAYROLL", path, {{"userid", "ALICE"}, {"password", "ALICEPW"}, {"group", "CLERKS"}});
        QCOMPARE(wrongGroup.failedRule, QString("ICON-01"));
    }

    // covers: SAF-02
    void discreteProfileBeatsGeneric()
    {
        Scenario s;
        s.profile("TIMS", "INQUIRY", "NONE", {{"BOB", "NONE"}});
        SecurityDomain d;
        {
            auto t = s.load();
            d = t->domains.first();
            d.rebuildIndex();
        }
        QCOMPARE(d.coveringProfile("TIMS", "INQUIRY")->name, QString("INQUIRY"));
        QCOMPARE(d.coveringProfile("TIMS", "INQ2")->name, QString("INQ*"));
        QCOMPARE(d.authorize("BOB", "TIMS", "INQUIRY").result, AccessDecision::Result::Denied);
        QCOMPARE(d.authorize("BOB", "TIMS", "INQ2").result, AccessDecision::Result::Granted);
    }

    // covers: SAF-02
    void userPermitThenGroupsThenIdStarThenUacc()
    {
        Scenario s;
        s.user("ERIN", "PW", {"PAYGRP", "ADMGRP"});
        s.profile("TIMS", "T1", "READ", {{"ERIN", "NONE"}, {"PAYGRP", "UPDATE"}});
        s.profile("TIMS", "T2", "NONE", {{"PAYGRP", "NONE"}, {"ADMGRP", "READ"}});
        s.profile("TIMS", "T3", "NONE", {{"*", "READ"}});
        s.profile("TIMS", "T4", "READ", {});
        auto t = s.load();
        SecurityDomain d = t->domains.first();
        d.rebuildIndex();
        // The user's own permit wins even when lower than the group's and the UACC.
        QCOMPARE(d.authorize("ERIN", "TIMS", "T1").level, AccessLevel::None);
        // The highest of the user's groups.
        QCOMPARE(d.authorize("ERIN", "TIMS", "T2").level, AccessLevel::Read);
        QCOMPARE(d.authorize("ERIN", "TIMS", "T2").basis, QString("group ADMGRP"));
        // ID(*) for any defined user, not for an unknown one.
        QCOMPARE(d.authorize("BOB", "TIMS", "T3").result, AccessDecision::Result::Granted);
        QCOMPARE(d.authorize("NOBODY", "TIMS", "T3").result, AccessDecision::Result::Denied);
        // UACC last.
        QCOMPARE(d.authorize("BOB", "TIMS", "T4").basis, QString("UACC"));
        QCOMPARE(d.authorize("BOB", "TIMS", "T4").result, AccessDecision::Result::Granted);
    }

    // covers: SAF-02
    void mostSpecificGenericWins()
    {
        Scenario s;
        s.profile("FACILITY", "IMSXCF.*", "READ", {});
        s.profile("FACILITY", "IMSXCF.XCF%RP9.*", "NONE", {});
        auto t = s.load();
        SecurityDomain d = t->domains.first();
        d.rebuildIndex();
        QCOMPARE(d.coveringProfile("FACILITY", "IMSXCF.XCFGRP9.HWS1")->name, QString("IMSXCF.XCF%RP9.*"));
        QCOMPARE(d.coveringProfile("FACILITY", "IMSXCF.OTHER.HWS1")->name, QString("IMSXCF.*"));
        QCOMPARE(d.coveringProfile("FACILITY", "IMSXCF.XCFGRP1.HWS1")->name, QString("IMSXCF.XCFGRP1.HWS1"));
        QVERIFY(!d.coveringProfile("FACILITY", "OTHER.THING"));
    }

    // covers: SAF-03
    void unprotectedResourcePassesWithRc4()
    {
        Scenario s;
        s.basicChain({{"RACF", "Y"}}, {{"OTMASE", "CHECK"}});
        const Trace t = s.run("transaction", "NOPROF", {"app", "icon", "otma", "ims"}, {{"userid", "DAVE"}, {"password", "DAVEPW"}});
        QVERIFY(t.accepted);
        QVERIFY(Scenario::check(t, "otma", "OTMA-02")->detail.contains("not protected"));
        QCOMPARE(Scenario::result(t, "otma", "OTMA-02"), QString("pass"));
        // Negative: a covered resource is decided by the profile.
        QCOMPARE(s.run("transaction", "PAYROLL", {"app", "icon", "otma", "ims"}, {{"userid", "DAVE"}, {"password", "DAVEPW"}}).failedRule,
                 QString("OTMA-02"));
    }

    // covers: SAF-04
    void inactiveClassIsNotChecked()
    {
        Scenario s;
        s.basicChain({{"RACF", "Y"}}, {{"OTMASE", "CHECK"}});
        s.activeClasses({"CIMS", "FACILITY", "APPL"});
        const Trace t = s.run("transaction", "PAYROLL", {"app", "icon", "otma", "ims"}, {{"userid", "BOB"}, {"password", "BOBPW"}});
        QVERIFY(t.accepted);
        QCOMPARE(Scenario::result(t, "otma", "OTMA-02"), QString("skip"));
        QVERIFY(t.authorizedUserid.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSaf)
#include "tst_saf.moc"
