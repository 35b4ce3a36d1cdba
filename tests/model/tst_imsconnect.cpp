// IMS Connect: authentication, exits, RACFID, trusted users, what goes on to
// OTMA and ODBM (ICON-01..ICON-04, ICON-06..ICON-09), and network credentials
// from IMS Connect to the IMS log (ICON-10, OTMA-09). PassTickets (ICON-05)
// are in tst_passticketflow, the client bid (ICON-11) in tst_otma.
#include "scenario.h"

#include <QTest>

namespace {

const QStringList kTxPath{"app", "icon", "otma", "ims"};
const QStringList kDbPath{"app", "icon", "odbm", "ims"};

QJsonObject signon(const QString &user, const QString &password)
{
    return {{"userid", user}, {"password", password}};
}

QString detail(const Trace &t, const QString &node, const QString &rule)
{
    const Check *c = Scenario::check(t, node, rule);
    return c ? c->detail : QString();
}

// Position of a rule's check at a hop, -1 if absent.
qsizetype checkIndex(const Trace &t, const QString &node, const QString &rule)
{
    const Hop *h = t.hop(node);
    for (qsizetype i = 0; h && i < h->checks.size(); ++i) {
        if (h->checks.at(i).rule == rule)
            return i;
    }
    return -1;
}

// The basic chain with OTMASE=CHECK, plus ODBM for database requests.
Scenario chain(const QJsonObject &icon)
{
    Scenario s;
    s.basicChain(icon, {{"OTMASE", "CHECK"}});
    s.node("odbm", "odbm").link("icon", "odbm").link("odbm", "ims");
    return s;
}

// A WAS with the IMS TM resource adapter between the client and IMS Connect.
Scenario withWas(const QJsonObject &icon, const QJsonObject &was, const QString &wasImage = {})
{
    Scenario s = chain(icon);
    s.node("was", "was_tmra", was, wasImage).link("app", "was", "https_server").link("was", "icon", "at_tls");
    return s;
}

} // namespace

class TestImsConnect : public QObject
{
    Q_OBJECT

private slots:
    // covers: ICON-01
    void racfYAuthenticatesTheUser()
    {
        const Scenario s = chain({{"RACF", "Y"}});
        const Trace ok = s.run("transaction", "PAYROLL", kTxPath, signon("ALICE", "ALICEPW"));
        QVERIFY(ok.accepted);
        QCOMPARE(Scenario::result(ok, "icon", "ICON-01"), QString("pass"));

        const Trace wrong = s.run("transaction", "PAYROLL", kTxPath, signon("ALICE", "BOBPW"));
        QCOMPARE(wrong.failedRule, QString("ICON-01"));
        QCOMPARE(wrong.rejectedAt, QString("icon"));
        QVERIFY(!wrong.hop("otma"));
    }

    // covers: ICON-01
    void racfYRejectsUseridWithoutCredential()
    {
        const Scenario s = chain({{"RACF", "Y"}});
        const Trace bare = s.run("transaction", "INQ1", kTxPath, {{"userid", "BOB"}});
        QCOMPARE(bare.failedRule, QString("ICON-01"));
        QCOMPARE(bare.rejectedAt, QString("icon"));
        QVERIFY(detail(bare, "icon", "ICON-01").contains("neither password"));
        const Trace none = s.run("transaction", "INQ1", kTxPath, {});
        QCOMPARE(none.failedRule, QString("ICON-01"));
        QVERIFY(detail(none, "icon", "ICON-01").contains("no user ID"));
        // Negative: RACF=N never authenticates, so the same bare user ID gets through.
        const Trace racfN = chain({{"RACF", "N"}}).run("transaction", "INQ1", kTxPath, {{"userid", "BOB"}});
        QVERIFY(racfN.accepted);
        QCOMPARE(Scenario::result(racfN, "icon", "ICON-01"), QString());
    }

    // covers: ICON-02
    void racfNPassesUseridAndGroupAsTheyAre()
    {
        const QJsonObject id{{"userid", "bob"}, {"password", "NOTBOBS"}, {"group", "CLERKS"}};
        const Trace t = chain({{"RACF", "N"}}).run("transaction", "INQ1", kTxPath, id);
        QVERIFY(t.accepted);
        QCOMPARE(Scenario::result(t, "icon", "ICON-02"), QString("skip"));
        QCOMPARE(Scenario::result(t, "icon", "ICON-01"), QString());
        const QJsonObject atOtma = Scenario::arrives(t, "otma");
        QCOMPARE(atOtma.value("userid").toString(), QString("BOB"));
        QCOMPARE(atOtma.value("group").toString(), QString("CLERKS"));
        QVERIFY(!atOtma.contains("password"));
        QVERIFY(!atOtma.contains("utoken"));
        QCOMPARE(t.authorizedUserid, QString("BOB"));
        // Negative: with RACF=Y the wrong password stops the request and ICON-02 is not reported.
        const Trace racfY = chain({{"RACF", "Y"}}).run("transaction", "INQ1", kTxPath, id);
        QCOMPARE(racfY.failedRule, QString("ICON-01"));
        QCOMPARE(Scenario::result(racfY, "icon", "ICON-02"), QString());
    }

    // covers: ICON-03
    void imslsecxRejectsBeforeAnyRacfCall()
    {
        const Scenario s = chain({{"RACF", "Y"}, {"IMSLSECX", QJsonObject{{"denyUsers", QJsonArray{"bob"}}}}});
        const Trace denied = s.run("transaction", "INQ1", kTxPath, signon("BOB", "WRONGPW"));
        QCOMPARE(denied.failedRule, QString("ICON-03"));
        QCOMPARE(denied.rejectedAt, QString("icon"));
        QCOMPARE(Scenario::result(denied, "icon", "ICON-01"), QString());
        QCOMPARE(s.run("command", "/DIS TRAN", kTxPath, signon("BOB", "BOBPW")).failedRule, QString("ICON-03"));

        const Trace accepted = s.run("transaction", "PAYROLL", kTxPath, signon("ALICE", "ALICEPW"));
        QVERIFY(accepted.accepted);
        QCOMPARE(Scenario::result(accepted, "icon", "ICON-03"), QString("pass"));
        QVERIFY(checkIndex(accepted, "icon", "ICON-03") < checkIndex(accepted, "icon", "ICON-01"));
        // IMSLSECX is for transactions and commands, not database requests.
        const Trace db = s.run("db", "PSB1", kDbPath, signon("BOB", "BOBPW"));
        QCOMPARE(Scenario::result(db, "icon", "ICON-03"), QString());
        QCOMPARE(Scenario::result(db, "icon", "ICON-01"), QString("pass"));
    }

    // covers: ICON-03
    void hwsauth0GuardsDatabaseRequestsOnly()
    {
        const Scenario s = chain({{"RACF", "Y"}, {"HWSAUTH0", QJsonObject{{"denyUsers", QJsonArray{"BOB"}}}}});
        const Trace denied = s.run("db", "PSB1", kDbPath, signon("BOB", "BOBPW"));
        QCOMPARE(denied.failedRule, QString("ICON-03"));
        QVERIFY(detail(denied, "icon", "ICON-03").contains("HWSAUTH0"));
        QCOMPARE(Scenario::result(s.run("db", "PSB1", kDbPath, signon("ALICE", "ALICEPW")), "icon", "ICON-03"), QString("pass"));
        const Trace tx = s.run("transaction", "INQ1", kTxPath, signon("BOB", "BOBPW"));
        QVERIFY(tx.accepted);
        QCOMPARE(Scenario::result(tx, "icon", "ICON-03"), QString());
    }

    // covers: ICON-04
    void racfidFillsAMissingUseridWithoutAuthentication()
    {
        const Scenario s = chain({{"RACF", "Y"}, {"RACFID", "DEFUSR"}});
        const Trace t = s.run("transaction", "INQ1", kTxPath, {});
        QVERIFY(t.accepted);
        QCOMPARE(Scenario::result(t, "icon", "ICON-04"), QString("info"));
        QCOMPARE(Scenario::result(t, "icon", "ICON-01"), QString());
        QCOMPARE(Scenario::arrives(t, "otma").value("userid").toString(), QString("DEFUSR"));
        QVERIFY(!Scenario::arrives(t, "otma").contains("utoken"));
        QCOMPARE(t.authorizedUserid, QString("DEFUSR"));
        // Negative: a user ID in the request wins, and is authenticated.
        const Trace own = s.run("transaction", "INQ1", kTxPath, signon("BOB", "BOBPW"));
        QCOMPARE(Scenario::result(own, "icon", "ICON-04"), QString());
        QCOMPARE(Scenario::result(own, "icon", "ICON-01"), QString("pass"));
        QCOMPARE(Scenario::arrives(own, "otma").value("userid").toString(), QString("BOB"));
        // Negative: without RACFID nothing fills the gap.
        QCOMPARE(chain({{"RACF", "Y"}}).run("transaction", "INQ1", kTxPath, {}).failedRule, QString("ICON-01"));
    }

    // covers: ICON-04
    void racfidDoesNotReplaceResourceAdapterBlankUserid()
    {
        const QJsonObject was{{"signon", "component"}};
        const Trace racfY = withWas({{"RACF", "Y"}, {"RACFID", "DEFUSR"}}, was).run("transaction", "INQ1", {"app", "was", "icon", "otma", "ims"});
        QCOMPARE(Scenario::result(racfY, "icon", "ICON-04"), QString("info"));
        QVERIFY(detail(racfY, "icon", "ICON-04").contains("does not replace"));
        QCOMPARE(racfY.failedRule, QString("ICON-01"));
        const Trace racfN = withWas({{"RACF", "N"}, {"RACFID", "DEFUSR"}}, was).run("transaction", "INQ1", {"app", "was", "icon", "otma", "ims"});
        QCOMPARE(racfN.failedRule, QString("OTMA-02"));
        QVERIFY(!Scenario::arrives(racfN, "otma").contains("userid"));
    }

    void trustedUserBypass_data()
    {
        QTest::addColumn<QString>("exit");
        QTest::addColumn<bool>("trustedUser");
        QTest::addColumn<bool>("bypass");
        QTest::newRow("HWSSMPL0") << "HWSSMPL0" << true << true;
        QTest::newRow("HWSSMPL1") << "HWSSMPL1" << true << true;
        QTest::newRow("HWSJAVA0") << "HWSJAVA0" << true << true;
        QTest::newRow("custom exit") << "custom" << true << false;
        QTest::newRow("option off") << "HWSSMPL1" << false << false;
    }
    // covers: ICON-06
    void trustedUserBypass()
    {
        QFETCH(QString, exit);
        QFETCH(bool, trustedUser);
        QFETCH(bool, bypass);
        const Scenario s = chain({{"RACF", "Y"}, {"exit", exit}, {"trustedUser", trustedUser}});
        const Trace t = s.run("transaction", "PAYROLL", kTxPath, {{"userid", "ALICE"}, {"trusted", true}});
        QCOMPARE(Scenario::result(t, "icon", "ICON-06"), QString(bypass ? "bypass" : "info"));
        QCOMPARE(t.accepted, bypass);
        QCOMPARE(Scenario::result(t, "icon", "ICON-01"), QString(bypass ? "" : "fail"));
    }

    // covers: ICON-06
    void otmaNeverSeesTheTrustedIndicator()
    {
        const Scenario s = chain({{"RACF", "Y"}, {"exit", "HWSSMPL1"}, {"trustedUser", true}});
        const Trace ok = s.run("transaction", "PAYROLL", kTxPath, {{"userid", "ALICE"}, {"trusted", true}});
        QVERIFY(Scenario::arrives(ok, "icon").contains("trusted"));
        QVERIFY(!Scenario::arrives(ok, "otma").contains("trusted"));
        QVERIFY(!Scenario::arrives(ok, "otma").contains("utoken"));
        // OTMA still applies its own checks to a bypassed user.
        const Trace bob = s.run("transaction", "PAYROLL", kTxPath, {{"userid", "BOB"}, {"trusted", true}});
        QCOMPARE(Scenario::result(bob, "icon", "ICON-06"), QString("bypass"));
        QCOMPARE(bob.failedRule, QString("OTMA-02"));
        QCOMPARE(bob.rejectedAt, QString("otma"));
        QCOMPARE(s.run("transaction", "PAYROLL", kTxPath, {{"userid", "CAROL"}, {"trusted", true}}).failedRule, QString("OTMA-06"));
        // Without the indicator the option changes nothing.
        const Trace plain = s.run("transaction", "PAYROLL", kTxPath, {{"userid", "ALICE"}});
        QCOMPARE(Scenario::result(plain, "icon", "ICON-06"), QString());
        QCOMPARE(plain.failedRule, QString("ICON-01"));
    }

    // covers: ICON-07
    void authenticatedUserGoesToOtmaWithGroupAndUtoken()
    {
        const Scenario s = chain({{"RACF", "Y"}});
        const Trace t = s.run("transaction", "PAYROLL", kTxPath, signon("alice", "ALICEPW"));
        QCOMPARE(Scenario::result(t, "icon", "ICON-07"), QString("pass"));
        const QJsonObject atOtma = Scenario::arrives(t, "otma");
        QCOMPARE(atOtma.value("userid").toString(), QString("ALICE"));
        QCOMPARE(atOtma.value("group").toString(), QString("PAYGRP"));
        QCOMPARE(atOtma.value("utoken").toString(), QString("ALICE"));
        QVERIFY(!atOtma.contains("password"));
        // Negative: no authentication, no UTOKEN; the password still stays behind.
        const Trace racfN = chain({{"RACF", "N"}}).run("transaction", "PAYROLL", kTxPath, signon("ALICE", "ALICEPW"));
        QCOMPARE(Scenario::result(racfN, "icon", "ICON-07"), QString());
        QVERIFY(!Scenario::arrives(racfN, "otma").contains("utoken"));
        QVERIFY(!Scenario::arrives(racfN, "otma").contains("password"));
        QVERIFY(!Scenario::arrives(racfN, "otma").contains("group"));
    }

    // covers: ICON-08
    void localOptionUtokenPassesWhateverRacfSays()
    {
        const QJsonObject local{{"signon", "container"}, {"localOption", true}, {"aliasUserid", "ALICE"}, {"aliasPassword", "ALICEPW"}};
        for (const char *racf : {"Y", "N"}) {
            const Trace t = withWas({{"RACF", racf}}, local, "SYSA").run("transaction", "PAYROLL", {"app", "was", "icon", "otma", "ims"});
            QVERIFY2(t.accepted, racf);
            QCOMPARE(Scenario::result(t, "icon", "ICON-08"), QString("pass"));
            QCOMPARE(Scenario::result(t, "icon", "ICON-01"), QString());
            QCOMPARE(Scenario::result(t, "icon", "ICON-02"), QString());
            QCOMPARE(Scenario::arrives(t, "otma").value("utoken").toString(), QString("ALICE"));
        }
        // Negative: the same alias without Local Option is a password, authenticated here.
        const QJsonObject remote{{"signon", "container"}, {"aliasUserid", "ALICE"}, {"aliasPassword", "ALICEPW"}};
        const Trace t = withWas({{"RACF", "Y"}}, remote).run("transaction", "PAYROLL", {"app", "was", "icon", "otma", "ims"});
        QCOMPARE(Scenario::result(t, "icon", "ICON-08"), QString());
        QCOMPARE(Scenario::result(t, "icon", "ICON-01"), QString("pass"));
        QVERIFY(!Scenario::arrives(t, "icon").contains("utoken"));
    }

    // covers: ICON-09
    void databaseRequestsGetARacoOnlyWithRacfY()
    {
        const Trace y = chain({{"RACF", "Y"}}).run("db", "PSB1", kDbPath, signon("ALICE", "ALICEPW"));
        QCOMPARE(Scenario::result(y, "icon", "ICON-09"), QString("pass"));
        QCOMPARE(Scenario::arrives(y, "odbm").value("raco").toString(), QString("ALICE"));
        QVERIFY(!Scenario::arrives(y, "odbm").contains("utoken"));
        QVERIFY(!Scenario::arrives(y, "odbm").contains("password"));
        QCOMPARE(Scenario::result(y, "icon", "ICON-07"), QString());

        const Trace n = chain({{"RACF", "N"}}).run("db", "PSB1", kDbPath, signon("ALICE", "ALICEPW"));
        QCOMPARE(Scenario::result(n, "icon", "ICON-09"), QString("skip"));
        QVERIFY(!Scenario::arrives(n, "odbm").contains("raco"));
        QCOMPARE(Scenario::arrives(n, "odbm").value("userid").toString(), QString("ALICE"));

        const Trace bad = chain({{"RACF", "Y"}}).run("db", "PSB1", kDbPath, signon("ALICE", "WRONG"));
        QCOMPARE(bad.failedRule, QString("ICON-01"));
        QVERIFY(!bad.hop("odbm"));
    }

    void netuidNeedsV15AndHwssmplExit_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("exit");
        QTest::addColumn<bool>("passes");
        QTest::newRow("15 HWSSMPL1") << 15 << "HWSSMPL1" << true;
        QTest::newRow("15 HWSSMPL0") << 15 << "HWSSMPL0" << true;
        QTest::newRow("16 HWSSMPL1") << 16 << "HWSSMPL1" << true;
        QTest::newRow("14 HWSSMPL1") << 14 << "HWSSMPL1" << false;
        QTest::newRow("15 HWSJAVA0") << 15 << "HWSJAVA0" << false;
        QTest::newRow("15 custom") << 15 << "custom" << false;
    }
    // covers: ICON-10
    void netuidNeedsV15AndHwssmplExit()
    {
        QFETCH(int, version);
        QFETCH(QString, exit);
        QFETCH(bool, passes);
        const Scenario s = chain({{"RACF", "Y"}, {"version", version}, {"exit", exit}});
        const QJsonObject id{{"userid", "ALICE"}, {"password", "ALICEPW"}, {"netuid", "alice@bank"}, {"netsid", "ldap://bank"}};
        const Trace t = s.run("transaction", "PAYROLL", kTxPath, id);
        QVERIFY(t.accepted);
        QCOMPARE(Scenario::result(t, "icon", "ICON-10"), QString(passes ? "pass" : "info"));
        const QJsonObject atOtma = Scenario::arrives(t, "otma");
        QCOMPARE(atOtma.value("netuid").toString(), QString(passes ? "alice@bank" : ""));
        QCOMPARE(atOtma.contains("netsid"), passes);
    }

    void netuidAndNetsidLengthLimits_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("fits");
        QTest::newRow("netuid 246 bytes") << "netuid" << QString(246, 'u') << true;
        QTest::newRow("netuid 247 bytes") << "netuid" << QString(247, 'u') << false;
        // Bytes count, not characters: 124 two-byte characters are 248 bytes.
        QTest::newRow("netuid 124 e-acute") << "netuid" << QString(124, QChar(0xE9)) << false;
        QTest::newRow("netsid 254 bytes") << "netsid" << QString(254, 's') << true;
        QTest::newRow("netsid 255 bytes") << "netsid" << QString(255, 's') << false;
    }
    // covers: ICON-10
    void netuidAndNetsidLengthLimits()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(bool, fits);
        const QJsonObject id{{"userid", "ALICE"}, {"password", "ALICEPW"}, {key, value}};
        const Trace t = chain({{"RACF", "Y"}}).run("transaction", "PAYROLL", kTxPath, id);
        QCOMPARE(t.accepted, fits);
        QCOMPARE(Scenario::result(t, "icon", "ICON-10"), QString(fits ? "pass" : "fail"));
        if (!fits) {
            QCOMPARE(t.failedRule, QString("ICON-10"));
            QVERIFY(detail(t, "icon", "ICON-10").contains(key.toUpper()));
        }
    }

    // covers: ICON-10
    void netuidIsNeverUsedForAuthentication()
    {
        const Scenario s = chain({{"RACF", "Y"}});
        const Trace alone = s.run("transaction", "PAYROLL", kTxPath, {{"netuid", "ALICE"}, {"password", "ALICEPW"}});
        QCOMPARE(alone.failedRule, QString("ICON-01"));
        const Trace bob = s.run("transaction", "PAYROLL", kTxPath, {{"userid", "BOB"}, {"password", "BOBPW"}, {"netuid", "ALICE"}});
        QCOMPARE(Scenario::result(bob, "icon", "ICON-10"), QString("pass"));
        QCOMPARE(bob.failedRule, QString("OTMA-02"));
        QCOMPARE(bob.authorizedUserid, QString("BOB"));
    }

    // covers: ICON-10
    void enterpriseSuiteClientCannotSendNetuid()
    {
        Scenario s = chain({{"RACF", "Y"}});
        s.node("es", "client", {{"clientApi", "ims_enterprise_suite"}}, {}).link("es", "icon", "at_tls");
        const QJsonObject id{{"userid", "ALICE"}, {"password", "ALICEPW"}, {"netuid", "alice@bank"}};
        const Trace es = s.run("transaction", "PAYROLL", {"es", "icon", "otma", "ims"}, id);
        QVERIFY(es.accepted);
        QCOMPARE(Scenario::result(es, "es", "ICON-10"), QString("info"));
        QVERIFY(!Scenario::arrives(es, "icon").contains("netuid"));
        QCOMPARE(Scenario::result(es, "icon", "ICON-10"), QString());
        // Negative: a custom client sends it.
        QCOMPARE(Scenario::arrives(s.run("transaction", "PAYROLL", kTxPath, id), "icon").value("netuid").toString(), QString("alice@bank"));
    }

    void networkCredentialsReachTheLog_data()
    {
        QTest::addColumn<int>("imsVersion");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("logged");
        QTest::newRow("IMS 15 transaction") << 15 << "transaction" << "reach the IMS log records with SAF user ID ALICE";
        QTest::newRow("IMS 15 command") << 15 << "command" << "reach the IMS log records with SAF user ID ALICE";
        QTest::newRow("IMS 14 transaction") << 14 << "transaction" << "tolerates";
        QTest::newRow("IMS 14 command") << 14 << "command" << "does not log";
    }
    // covers: OTMA-09
    void networkCredentialsReachTheLog()
    {
        QFETCH(int, imsVersion);
        QFETCH(QString, kind);
        QFETCH(QString, logged);
        Scenario s;
        s.node("app", "client", {}, {}).node("icon", "ims_connect").node("otma", "otma", {{"OTMASE", "NONE"}});
        s.node("ims", "ims", {{"version", imsVersion}}).link("app", "icon").link("icon", "otma").link("otma", "ims");
        const QJsonObject id{{"userid", "ALICE"}, {"netuid", "alice@bank"}, {"netsid", "ldap://bank"}};
        const Trace t = s.run(kind, kind == "command" ? "/DIS TRAN" : "PAYROLL", kTxPath, id);
        QVERIFY(t.accepted);
        QCOMPARE(Scenario::arrives(t, "ims").value("netuid").toString(), QString("alice@bank"));
        QCOMPARE(Scenario::result(t, "ims", "OTMA-09"), QString("info"));
        QVERIFY(detail(t, "ims", "OTMA-09").contains(logged));
    }

    // covers: OTMA-09
    void nothingToLogWhenImsConnectDroppedThem()
    {
        const QJsonObject id{{"userid", "ALICE"}, {"netuid", "alice@bank"}};
        Scenario s;
        s.basicChain({{"version", 14}}, {{"OTMASE", "NONE"}});
        const Trace t = s.run("transaction", "PAYROLL", kTxPath, id);
        QVERIFY(!Scenario::arrives(t, "ims").contains("netuid"));
        QCOMPARE(Scenario::result(t, "ims", "OTMA-09"), QString());
    }
};

QTEST_GUILESS_MAIN(TestImsConnect)
#include "tst_imsconnect.moc"
