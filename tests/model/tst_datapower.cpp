// DataPower (DP-01..DP-06): its IMS interfaces in front of IMS, and the IMS
// callout handler behind it with the PSTUSID header.
#include "scenario.h"

#include <QTest>

namespace {

const QJsonObject kAlice{{"userid", "ALICE"}, {"password", "ALICEPW"}};
const QJsonObject kStatic{{"userid", "DPUSER"}, {"password", "DPPW"}};

QJsonObject with(QJsonObject base, const QJsonObject &more)
{
    for (auto it = more.constBegin(); it != more.constEnd(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

// app -> dp, then the IMS side the interface needs: icon (ims_connect, jdbc), sg (soap), mq (mq).
Scenario datapower(const QJsonObject &dpOptions, const QJsonObject &iconOptions = {{"RACF", "Y"}},
                   const QJsonObject &imsOptions = {}, const QJsonObject &svcOptions = {})
{
    Scenario s;
    s.node("app", "client", {}, {}).node("dp", "datapower", with(kStatic, dpOptions), {});
    s.node("sg", "soap_gateway", {{"authMode", "per_message"}, {"wssToken", "UNTP"}}, {});
    s.node("icon", "ims_connect", iconOptions).node("mq", "mq").node("odbm", "odbm");
    s.node("otma", "otma", {{"OTMASE", "CHECK"}, {"tpipes", QJsonArray{"CALLOUT1"}}}).node("ims", "ims", imsOptions);
    s.node("svc", "external_service", svcOptions, {});
    s.link("app", "dp", "https_server").link("dp", "icon", "at_tls").link("dp", "sg", "https_server").link("dp", "mq", "tls");
    s.link("sg", "icon", "at_tls").link("mq", "otma").link("icon", "otma").link("icon", "odbm").link("odbm", "ims");
    return s.link("otma", "ims").link("dp", "svc", "https_server");
}

Trace transaction(const Scenario &s, const QStringList &path, const QJsonObject &identity, const QString &tran = "PAYROLL")
{
    return s.run("transaction", tran, path, identity);
}

Trace callout(const Scenario &s, const QString &pstusid = "ALICE")
{
    return s.run("sync_callout", "CALLOUT1", {"ims", "otma", "icon", "dp", "svc"}, {{"userid", pstusid}});
}

const QStringList kViaIcon{"app", "dp", "icon", "otma", "ims"};

} // namespace

class TestDataPower : public QObject
{
    Q_OBJECT

private slots:
    // covers: DP-01
    void imsConnectInterfaceSendsUserAndPasswordToImsConnect()
    {
        const Scenario s = datapower({{"interface", "ims_connect"}});
        const Trace t = transaction(s, kViaIcon, kAlice);
        QVERIFY(t.accepted);
        QVERIFY(Scenario::check(t, "dp", "DP-01")->detail.contains("the caller's user ID ALICE"));
        QCOMPARE(Scenario::arrives(t, "icon"), (QJsonObject{{"userid", "ALICE"}, {"password", true}}));
        QCOMPARE(Scenario::result(t, "icon", "ICON-01"), QString("pass"));
        // IMS Connect, not DataPower, authenticates.
        const Trace wrong = transaction(s, kViaIcon, {{"userid", "ALICE"}, {"password", "NOTIT"}});
        QCOMPARE(wrong.failedRule, QString("ICON-01"));
        QCOMPARE(wrong.rejectedAt, QString("icon"));
        // A caller without a user ID: the static one.
        const Trace anonymous = transaction(s, kViaIcon, {}, "NOPROF");
        QVERIFY(anonymous.accepted);
        QCOMPARE(Scenario::arrives(anonymous, "icon"), (QJsonObject{{"userid", "DPUSER"}, {"password", true}}));
        // Negative: the MQ interface does not go to IMS Connect.
        const Trace mq = transaction(datapower({{"interface", "mq"}}), {"app", "dp", "mq", "otma", "ims"}, kAlice);
        QCOMPARE(Scenario::result(mq, "dp", "DP-01"), QString());
        QVERIFY(!mq.hop("icon"));
    }

    // covers: DP-02
    void soapInterfaceFollowsSoapGatewayRules()
    {
        const Scenario s = datapower({{"interface", "soap"}});
        const QStringList path{"app", "dp", "sg", "icon", "otma", "ims"};
        const Trace t = transaction(s, path, with(kAlice, {{"token", "UNTP"}}));
        QVERIFY(t.accepted);
        QCOMPARE(Scenario::result(t, "dp", "DP-02"), QString("info"));
        QCOMPARE(Scenario::result(t, "sg", "SG-02"), QString("pass"));
        QCOMPARE(Scenario::arrives(t, "icon"), (QJsonObject{{"userid", "ALICE"}, {"password", true}}));
        // No token from the caller: the static user travels as the UsernameToken.
        const Trace anonymous = transaction(s, path, {}, "NOPROF");
        QCOMPARE(Scenario::arrives(anonymous, "sg").value("untp").toString(), QString("DPUSER"));
        QCOMPARE(Scenario::arrives(anonymous, "icon").value("userid").toString(), QString("DPUSER"));
        // The gateway's one-token-type rule applies to what DataPower forwards.
        const Trace saml = transaction(s, path, {{"userid", "ALICE"}, {"token", "SAML20"}});
        QCOMPARE(saml.failedRule, QString("SG-05"));
        QCOMPARE(saml.rejectedAt, QString("sg"));
    }

    // covers: DP-03
    void mqInterfaceIsAuthenticatedByTheImsBridge()
    {
        const Scenario s = datapower({{"interface", "mq"}});
        const QStringList path{"app", "dp", "mq", "otma", "ims"};
        const Trace t = transaction(s, path, kAlice);
        QVERIFY(t.accepted);
        QCOMPARE(Scenario::result(t, "dp", "DP-03"), QString("info"));
        QCOMPARE(Scenario::arrives(t, "mq"), (QJsonObject{{"userid", "ALICE"}, {"password", true}}));
        QCOMPARE(Scenario::result(t, "mq", "DP-03"), QString("pass"));
        QCOMPARE(Scenario::arrives(t, "otma"), (QJsonObject{{"userid", "ALICE"}, {"utoken", "ALICE"}}));
        QCOMPARE(t.authorizedUserid, QString("ALICE"));
        const Trace wrong = transaction(s, path, {{"userid", "ALICE"}, {"password", "NOTIT"}});
        QCOMPARE(wrong.failedRule, QString("DP-03"));
        QCOMPARE(wrong.rejectedAt, QString("mq"));
        // Negative: without a password nothing is authenticated and no UTOKEN is made.
        const Trace noPassword = transaction(datapower({{"interface", "mq"}, {"password", ""}}), path, {}, "NOPROF");
        QCOMPARE(Scenario::result(noPassword, "mq", "DP-03"), QString());
        QVERIFY(!Scenario::arrives(noPassword, "otma").contains("utoken"));
    }

    void calloutHandler_data()
    {
        QTest::addColumn<QString>("interface");
        QTest::addColumn<QString>("firmware");
        QTest::addColumn<QString>("detail");  // "" : passes
        QTest::newRow("firmware 6.0") << "ims_callout" << "6.0" << "";
        QTest::newRow("firmware 7.0") << "ims_callout" << "7.0" << "";
        QTest::newRow("firmware 5.0") << "ims_callout" << "5.0" << "needs firmware 6.0 or later";
        QTest::newRow("firmware 3.8") << "ims_callout" << "3.8" << "needs firmware 6.0 or later";
        QTest::newRow("not a callout interface") << "ims_connect" << "7.0" << "cannot resume a callout TPIPE";
    }

    // covers: DP-04
    void calloutHandler()
    {
        QFETCH(QString, interface);
        QFETCH(QString, firmware);
        QFETCH(QString, detail);
        const Trace t = callout(datapower({{"interface", interface}, {"firmware", firmware}}));
        const Check *c = Scenario::check(t, "dp", "DP-04");
        QVERIFY(c);
        QVERIFY2(c->detail.contains(detail), qPrintable(c->detail));
        QCOMPARE(t.accepted, detail.isEmpty());
        QCOMPARE(t.failedRule, QString(detail.isEmpty() ? "" : "DP-04"));
        QVERIFY(Scenario::check(t, "otma", "OTMA-07")->detail.contains("by DPUSER"));
    }

    // covers: DP-04
    void calloutResumesUnderTheConfiguredUser()
    {
        const Trace t = callout(datapower({{"interface", "ims_callout"}}));
        QVERIFY(Scenario::check(t, "dp", "DP-04")->detail.contains("resumes TPIPE CALLOUT1 as DPUSER"));
        QCOMPARE(Scenario::result(t, "icon", "ICON-01"), QString("pass"));
        QCOMPARE(t.authorizedUserid, QString("DPUSER"));
        // BOB lacks READ on RIMS.CALLOUT1; a wrong password fails at IMS Connect.
        QCOMPARE(callout(datapower({{"interface", "ims_callout"}, {"userid", "BOB"}, {"password", "BOBPW"}})).failedRule, QString("OTMA-07"));
        QCOMPARE(callout(datapower({{"interface", "ims_callout"}, {"password", "NOTIT"}})).failedRule, QString("ICON-01"));
        // The callout handler does not serve inbound requests.
        QCOMPARE(transaction(datapower({{"interface", "ims_callout"}}), kViaIcon, kAlice).failedRule, QString("DP-04"));
    }

    void pstusidHeader_data()
    {
        QTest::addColumn<QString>("firmware");
        QTest::addColumn<int>("iconVersion");
        QTest::addColumn<int>("imsVersion");
        QTest::addColumn<bool>("asRequester");
        QTest::addColumn<QString>("serviceSees");
        QTest::newRow("7.0, 15/15, as requester") << "7.0" << 15 << 15 << true << "ALICE";
        QTest::newRow("7.0, 13/13, as requester") << "7.0" << 13 << 13 << true << "ALICE";
        QTest::newRow("7.0, as requester off") << "7.0" << 15 << 15 << false << "DPUSER";
        QTest::newRow("6.0: no header") << "6.0" << 15 << 15 << true << "DPUSER";
        QTest::newRow("IMS Connect 12: no header") << "7.0" << 12 << 15 << true << "DPUSER";
        QTest::newRow("IMS 12: no header") << "7.0" << 15 << 12 << true << "DPUSER";
    }

    // covers: DP-05
    void pstusidHeader()
    {
        QFETCH(QString, firmware);
        QFETCH(int, iconVersion);
        QFETCH(int, imsVersion);
        QFETCH(bool, asRequester);
        QFETCH(QString, serviceSees);
        const Scenario s = datapower({{"interface", "ims_callout"}, {"firmware", firmware}, {"pstusidAsRequester", asRequester}},
                                     {{"RACF", "Y"}, {"version", iconVersion}}, {{"version", imsVersion}},
                                     {{"acceptedUsers", QJsonArray{serviceSees}}});
        const Trace t = callout(s);
        QVERIFY(t.accepted);
        const bool header = firmware == QLatin1String("7.0") && iconVersion >= 13 && imsVersion >= 13;
        QCOMPARE(Scenario::arrives(t, "dp").value("pstusid").toString(), QString(header ? "ALICE" : ""));
        QCOMPARE(Scenario::result(t, "icon", "DP-05"), QString(header ? "" : "info"));
        QCOMPARE(Scenario::result(t, "dp", "DP-05"), QString(serviceSees == QLatin1String("ALICE") ? "pass" : "info"));
        QCOMPARE(Scenario::arrives(t, "svc").value("userid").toString(), serviceSees);
        QCOMPARE(Scenario::result(t, "svc", "DP-05"), QString("pass"));
        // The service checks whom it was sent: another PSTUSID is refused when it becomes the requester.
        const Trace bob = callout(s, "BOB");
        QCOMPARE(bob.accepted, serviceSees != QLatin1String("ALICE"));
    }

    // covers: DP-06
    void jdbcInterfaceFollowsOpenDbRules()
    {
        const QStringList path{"app", "dp", "icon", "odbm", "ims"};
        const Scenario s = datapower({{"interface", "jdbc"}, {"firmware", "6.0"}}, {{"RACF", "Y"}}, {{"ODBASE", "Y"}});
        const Trace t = s.run("db", "PSB1", path, kAlice);
        QVERIFY(t.accepted);
        QCOMPARE(Scenario::result(t, "dp", "DP-06"), QString("pass"));
        QCOMPARE(Scenario::arrives(t, "icon"), (QJsonObject{{"userid", "ALICE"}, {"password", true}}));
        QCOMPARE(Scenario::arrives(t, "odbm").value("raco").toString(), QString("ALICE"));
        QCOMPARE(Scenario::result(t, "ims", "ODBM-03"), QString("pass"));
        QCOMPARE(s.run("db", "PSB2", path, kAlice).failedRule, QString("ODBM-03"));
        QCOMPARE(s.run("db", "PSB1", path, {{"userid", "ALICE"}, {"password", "NOTIT"}}).failedRule, QString("ICON-01"));
        // Firmware before 6.0 has no JDBC interface.
        const Trace old = datapower({{"interface", "jdbc"}, {"firmware", "5.0"}}).run("db", "PSB1", path, kAlice);
        QCOMPARE(old.failedRule, QString("DP-06"));
        QCOMPARE(old.rejectedAt, QString("dp"));
    }
};

QTEST_GUILESS_MAIN(TestDataPower)
#include "tst_datapower.moc"
