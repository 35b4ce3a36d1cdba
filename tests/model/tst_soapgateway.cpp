// IMS SOAP Gateway (SG-01..SG-09): per-web-service and per-message identity
// for inbound requests, and the identity of synchronous and asynchronous callouts.
#include "scenario.h"

#include <QTest>

namespace {

const QStringList kIn{"web", "sg", "icon", "otma", "ims"};
const QStringList kOut{"ims", "otma", "icon", "sg", "svc"};
const QJsonObject kBundle{{"bundleUserid", "SGUSER"}, {"bundlePassword", "SGPW"}};

QJsonObject with(QJsonObject base, const QJsonObject &more)
{
    for (auto it = more.constBegin(); it != more.constEnd(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

QJsonObject perMessage(const QString &token, const QJsonObject &more = {})
{
    return with(with(kBundle, {{"authMode", "per_message"}, {"wssToken", token}}), more);
}

QJsonObject untp(const QString &user, const QString &password)
{
    return {{"userid", user}, {"password", password}, {"token", "UNTP"}};
}

QJsonObject saml(const QString &user, const QString &type, const QString &signer = {})
{
    QJsonObject o{{"userid", user}, {"token", type}};
    if (!signer.isEmpty())
        o.insert("samlSigner", signer);
    return o;
}

// web -> sg -> icon -> otma -> ims, and ims -> otma -> icon -> sg -> svc for callouts.
Scenario gateway(const QJsonObject &sgOptions, const QString &racf = "Y", const QJsonObject &svcOptions = {},
                 const QString &calloutTransport = "https_server")
{
    Scenario s;
    s.certificate({{"id", "bankca"}, {"subject", "CN=Bank CA"}, {"issuer", "bankca"}, {"notBefore", "2025-01-01T00:00:00Z"},
                   {"notAfter", "2031-01-01T00:00:00Z"}, {"ca", true}});
    const auto signer = [&](const QString &id, const QString &to) {
        s.certificate({{"id", id}, {"subject", "CN=" + id}, {"issuer", "bankca"}, {"notBefore", "2026-01-01T00:00:00Z"}, {"notAfter", to}});
    };
    signer("sts", "2028-01-01T00:00:00Z");
    signer("othersts", "2028-01-01T00:00:00Z");
    signer("expiredsts", "2026-06-01T00:00:00Z");
    s.node("web", "client", {}, {}).node("sg", "soap_gateway", sgOptions, {}).node("icon", "ims_connect", {{"RACF", racf}});
    s.node("otma", "otma", {{"OTMASE", "CHECK"}, {"tpipes", QJsonArray{"CALLOUT1"}}}).node("ims", "ims");
    s.node("svc", "external_service", with({{"truststore", QJsonArray{"bankca"}}}, svcOptions), {});
    s.link("web", "sg", "https_server").link("sg", "icon", "at_tls").link("icon", "otma").link("otma", "ims");
    return s.link("sg", "svc", calloutTransport);
}

Trace callout(const Scenario &s, const QString &pstusid = "ALICE", const QString &kind = "sync_callout")
{
    return s.run(kind, "CALLOUT1", kOut, {{"userid", pstusid}});
}

} // namespace

class TestSoapGateway : public QObject
{
    Q_OBJECT

private slots:
    // covers: SG-01
    void perWebServiceSendsTheBundleIdentityForEveryCaller()
    {
        const Scenario s = gateway(kBundle);
        for (const QJsonObject &caller : {untp("ALICE", "ALICEPW"), saml("BOB", "SAML20"), QJsonObject()}) {
            const Trace t = s.run("transaction", "PAYROLL", kIn, caller);
            QVERIFY(t.accepted);
            QVERIFY(Scenario::check(t, "sg", "SG-01")->detail.contains("bundle user SGUSER"));
            QCOMPARE(Scenario::arrives(t, "icon"), (QJsonObject{{"userid", "SGUSER"}, {"password", true}}));
            QCOMPARE(Scenario::result(t, "icon", "ICON-01"), QString("pass"));
            QCOMPARE(t.authorizedUserid, QString("SGUSER"));
        }
        // The bundle password is the one IMS Connect checks.
        const Trace wrong = gateway(with(kBundle, {{"bundlePassword", "NOTIT"}})).run("transaction", "PAYROLL", kIn, untp("ALICE", "ALICEPW"));
        QCOMPARE(wrong.failedRule, QString("ICON-01"));
        QCOMPARE(wrong.rejectedAt, QString("icon"));
        // Negative: per message, the caller's own user ID goes on.
        const Trace own = gateway(perMessage("UNTP")).run("transaction", "PAYROLL", kIn, untp("ALICE", "ALICEPW"));
        QCOMPARE(Scenario::result(own, "sg", "SG-01"), QString());
        QCOMPARE(Scenario::arrives(own, "icon").value("userid").toString(), QString("ALICE"));
    }

    // covers: SG-02
    void usernameTokenSendsUserAndPasswordToImsConnect()
    {
        const Scenario s = gateway(perMessage("UNTP"));
        const Trace t = s.run("transaction", "PAYROLL", kIn, untp("ALICE", "ALICEPW"));
        QVERIFY(t.accepted);
        QCOMPARE(Scenario::result(t, "sg", "SG-02"), QString("pass"));
        QCOMPARE(Scenario::arrives(t, "sg").value("untp").toString(), QString("ALICE"));
        QCOMPARE(Scenario::arrives(t, "icon"), (QJsonObject{{"userid", "ALICE"}, {"password", true}}));
        QCOMPARE(Scenario::result(t, "icon", "ICON-01"), QString("pass"));
        QCOMPARE(t.authorizedUserid, QString("ALICE"));
        // The token's own password is what IMS Connect authenticates.
        const Trace wrong = s.run("transaction", "PAYROLL", kIn, untp("ALICE", "SGPW"));
        QCOMPARE(Scenario::result(wrong, "sg", "SG-02"), QString("pass"));
        QCOMPARE(wrong.failedRule, QString("ICON-01"));
        QVERIFY(Scenario::check(wrong, "icon", "ICON-01")->detail.contains("wrong password for ALICE"));
        // Each message its own user: BOB reaches OTMA as BOB.
        const Trace bob = s.run("transaction", "PAYROLL", kIn, untp("BOB", "BOBPW"));
        QCOMPARE(bob.failedRule, QString("OTMA-02"));
        QCOMPARE(bob.authorizedUserid, QString("BOB"));
    }

    // covers: SG-03
    void unsignedSamlSendsOnlyTheUserid()
    {
        for (const char *type : {"SAML11", "SAML20"}) {
            const Trace open = gateway(perMessage(type), "N").run("transaction", "PAYROLL", kIn, saml("ALICE", type));
            QVERIFY(open.accepted);
            QCOMPARE(Scenario::result(open, "sg", "SG-03"), QString("info"));
            QCOMPARE(Scenario::arrives(open, "icon"), (QJsonObject{{"userid", "ALICE"}}));
            QCOMPARE(open.authorizedUserid, QString("ALICE"));
            // Without a password, IMS Connect with RACF=Y cannot authenticate.
            const Trace racf = gateway(perMessage(type), "Y").run("transaction", "PAYROLL", kIn, saml("ALICE", type));
            QCOMPARE(racf.failedRule, QString("ICON-01"));
            QCOMPARE(racf.rejectedAt, QString("icon"));
            QVERIFY(Scenario::hasFinding(racf.findings, "ADV-02"));
            QVERIFY(!Scenario::hasFinding(open.findings, "ADV-02"));
        }
    }

    void signedSamlSignerTrust_data()
    {
        QTest::addColumn<QString>("trust");
        QTest::addColumn<QString>("truststore");
        QTest::addColumn<QString>("signer");
        QTest::addColumn<QString>("detail");  // empty: passes
        QTest::newRow("any: known signer") << "any" << "" << "sts" << "";
        QTest::newRow("any: any other valid signer") << "any" << "" << "othersts" << "";
        QTest::newRow("any: expired signer") << "any" << "" << "expiredsts" << "not valid at the simulation time";
        QTest::newRow("any: no signer") << "any" << "" << "" << "names no signing certificate";
        QTest::newRow("one: signer in truststore") << "one" << "sts" << "sts" << "";
        QTest::newRow("one: other signer") << "one" << "sts" << "othersts" << "not in the gateway truststore";
        QTest::newRow("one: only its CA trusted") << "one" << "bankca" << "sts" << "not in the gateway truststore";
        QTest::newRow("one: expired signer in truststore") << "one" << "expiredsts" << "expiredsts" << "not valid";
    }

    // covers: SG-04
    void signedSamlSignerTrust()
    {
        QFETCH(QString, trust);
        QFETCH(QString, truststore);
        QFETCH(QString, signer);
        QFETCH(QString, detail);
        const QJsonArray store = truststore.isEmpty() ? QJsonArray() : QJsonArray{truststore};
        const Scenario s = gateway(perMessage("SAML20_SIGNED", {{"samlTrust", trust}, {"truststore", store}}), "N");
        const Trace t = s.run("transaction", "PAYROLL", kIn, saml("ALICE", "SAML20_SIGNED", signer));
        const Check *c = Scenario::check(t, "sg", "SG-04");
        QVERIFY(c);
        QCOMPARE(Check::resultName(c->result), QString(detail.isEmpty() ? "pass" : "fail"));
        QVERIFY2(c->detail.contains(detail), qPrintable(c->detail));
        QCOMPARE(t.accepted, detail.isEmpty());
        QCOMPARE(t.rejectedAt, QString(detail.isEmpty() ? "" : "sg"));
        if (detail.isEmpty())
            QCOMPARE(Scenario::arrives(t, "icon"), (QJsonObject{{"userid", "ALICE"}}));
    }

    void oneTokenTypePerWebService_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("message");  // "" : no token
        QTest::addColumn<QString>("detail");   // "" : passes
        QTest::newRow("UNTP matches") << "UNTP" << "UNTP" << "";
        QTest::newRow("SAML11 matches") << "SAML11" << "SAML11" << "";
        QTest::newRow("SAML20 signed matches") << "SAML20_SIGNED" << "SAML20_SIGNED" << "";
        QTest::newRow("SAML to a UNTP service") << "UNTP" << "SAML20" << "carries SAML20; the service accepts only UNTP";
        QTest::newRow("SAML 2.0 to a SAML 1.1 service") << "SAML11" << "SAML20" << "accepts only SAML11";
        QTest::newRow("unsigned to a signed service") << "SAML20_SIGNED" << "SAML20" << "accepts only SAML20_SIGNED";
        QTest::newRow("no token") << "UNTP" << "" << "has no WS-Security token";
        QTest::newRow("service without token type") << "none" << "UNTP" << "needs a WS-Security token type";
    }

    // covers: SG-05
    void oneTokenTypePerWebService()
    {
        QFETCH(QString, service);
        QFETCH(QString, message);
        QFETCH(QString, detail);
        QJsonObject identity = message == QLatin1String("UNTP") ? untp("ALICE", "ALICEPW") : saml("ALICE", message, "sts");
        if (message.isEmpty())
            identity = {{"userid", "ALICE"}, {"password", "ALICEPW"}};
        const Trace t = gateway(perMessage(service), "N").run("transaction", "PAYROLL", kIn, identity);
        const Check *c = Scenario::check(t, "sg", "SG-05");
        QVERIFY(c);
        QCOMPARE(Check::resultName(c->result), QString(detail.isEmpty() ? "pass" : "fail"));
        QVERIFY2(c->detail.contains(detail), qPrintable(c->detail));
        QCOMPARE(t.accepted, detail.isEmpty());
        QCOMPARE(t.failedRule, QString(detail.isEmpty() ? "" : "SG-05"));
    }

    // covers: SG-06
    void jaasModuleCanRejectUsers()
    {
        const Scenario s = gateway(perMessage("UNTP", {{"jaasModule", true}, {"jaasDeny", QJsonArray{"bob"}}}));
        const Trace bob = s.run("transaction", "INQUIRY", kIn, untp("BOB", "BOBPW"));
        QCOMPARE(bob.failedRule, QString("SG-06"));
        QCOMPARE(bob.rejectedAt, QString("sg"));
        QVERIFY(!bob.hop("icon"));
        const Trace alice = s.run("transaction", "INQUIRY", kIn, untp("ALICE", "ALICEPW"));
        QCOMPARE(Scenario::result(alice, "sg", "SG-06"), QString("pass"));
        QVERIFY(alice.accepted);
        // Negative: the deny list means nothing without the module.
        const Trace noModule = gateway(perMessage("UNTP", {{"jaasDeny", QJsonArray{"BOB"}}})).run("transaction", "INQUIRY", kIn, untp("BOB", "BOBPW"));
        QCOMPARE(Scenario::result(noModule, "sg", "SG-06"), QString());
        QVERIFY(noModule.accepted);
    }

    // covers: SG-07
    void synchronousCalloutIdentity()
    {
        const QJsonObject onlyAlice{{"requires", "saml"}, {"acceptedUsers", QJsonArray{"ALICE"}}};
        const Scenario perMsg = gateway(perMessage("SAML11"), "Y", onlyAlice);
        const Trace t = callout(perMsg);
        QVERIFY(t.accepted);
        QVERIFY(Scenario::check(t, "sg", "SG-07")->detail.contains("PSTUSID ALICE goes to the service as an unsigned SAML11 token"));
        QCOMPARE(Scenario::arrives(t, "svc"), (QJsonObject{{"saml", "ALICE"}}));
        QCOMPARE(Scenario::result(t, "svc", "SG-07"), QString("pass"));
        // The PSTUSID, not the bundle user, is who the service sees.
        const Trace bob = callout(perMsg, "BOB");
        QCOMPARE(bob.failedRule, QString("SG-07"));
        QCOMPARE(bob.rejectedAt, QString("svc"));
        // Per web service: the bundle user ID goes, with no SAML token.
        const Trace bundle = callout(gateway(kBundle, "Y", {{"requires", "basic"}, {"acceptedUsers", QJsonArray{"SGUSER"}}}));
        QVERIFY(bundle.accepted);
        QCOMPARE(Scenario::arrives(bundle, "svc"), (QJsonObject{{"userid", "SGUSER"}, {"password", true}}));
        QCOMPARE(callout(gateway(kBundle, "Y", onlyAlice)).failedRule, QString("SG-07"));
    }

    // covers: SG-08
    void asynchronousCalloutHasTransportSecurityOnly()
    {
        const Trace t = callout(gateway(perMessage("SAML20"), "Y", {{"requires", "basic"}}), "ALICE", "async_callout");
        QVERIFY(t.accepted);
        QCOMPARE(Scenario::result(t, "sg", "SG-08"), QString("info"));
        QCOMPARE(Scenario::result(t, "sg", "SG-07"), QString());
        QCOMPARE(Scenario::arrives(t, "svc"), (QJsonObject{{"userid", "SGUSER"}, {"password", true}}));
        QCOMPARE(Scenario::result(t, "svc", "SG-08"), QString("pass"));
        // No per-message identity: a service that wants SAML gets none.
        const Trace samlSvc = callout(gateway(perMessage("SAML20"), "Y", {{"requires", "saml"}}), "ALICE", "async_callout");
        QCOMPARE(samlSvc.failedRule, QString("SG-08"));
        QCOMPARE(samlSvc.rejectedAt, QString("svc"));
        // Client authentication at the transport level: the gateway's certificate.
        const QJsonObject certSvc{{"requires", "client_cert"}};
        Scenario mutual = gateway(with(perMessage("SAML20"), {{"certificate", "sts"}}), "Y", certSvc, "https_mutual");
        const Trace cert = callout(mutual, "ALICE", "async_callout");
        QVERIFY(cert.accepted);
        QCOMPARE(Scenario::arrives(cert, "svc").value("certificate").toString(), QString("CN=sts"));
        QCOMPARE(callout(gateway(perMessage("SAML20"), "Y", certSvc), "ALICE", "async_callout").failedRule, QString("SG-08"));
    }

    // covers: SG-09
    void gatewayResumesTheTpipeAsItsBundleUser()
    {
        const Trace t = callout(gateway(perMessage("SAML20")));
        QVERIFY(t.accepted);
        QVERIFY(Scenario::check(t, "sg", "SG-09")->detail.contains("resumes TPIPE CALLOUT1 as bundle user SGUSER"));
        QCOMPARE(Scenario::result(t, "icon", "ICON-01"), QString("pass"));
        QVERIFY(Scenario::check(t, "otma", "OTMA-07")->detail.contains("by SGUSER"));
        QCOMPARE(t.authorizedUserid, QString("SGUSER"));
        // BOB has no READ on RIMS.CALLOUT1; the PSTUSID plays no part in the resume.
        const Trace bob = callout(gateway(perMessage("SAML20", {{"bundleUserid", "BOB"}, {"bundlePassword", "BOBPW"}})));
        QCOMPARE(bob.failedRule, QString("OTMA-07"));
        QCOMPARE(bob.rejectedAt, QString("otma"));
        QCOMPARE(bob.authorizedUserid, QString("BOB"));
        // IMS Connect authenticates the bundle user that resumes the TPIPE.
        const Trace wrong = callout(gateway(perMessage("SAML20", {{"bundlePassword", "NOTIT"}})));
        QCOMPARE(wrong.failedRule, QString("ICON-01"));
        QCOMPARE(wrong.rejectedAt, QString("icon"));
    }
};

QTEST_GUILESS_MAIN(TestSoapGateway)
#include "tst_soapgateway.moc"
