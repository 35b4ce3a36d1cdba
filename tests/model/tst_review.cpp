// The design review (ADV-01..ADV-14): each finding appears for the weak design,
// naming the right node or link with the right severity, and disappears once
// the design is fixed. The review reads the topology, not the simulation.
#include "designreview.h"
#include "scenario.h"

#include <QJsonDocument>
#include <QTest>

namespace {

const QString kNone = QStringLiteral("none");

// A certificate from `openssl req -x509 -days 20` on 2026-11-21: it ends on
// 2026-12-11T22:01:52Z whatever its logical fields say.
const char *kPemExpiring = "-----BEGIN CERTIFICATE-----\n"
                           "MIIBgzCCASmgAwIBAgIUWF+WRNJla1XQP8i9GXcm1Y1ZjDAwCgYIKoZIzj0EAwIw\n"
                           "FzEVMBMGA1UEAwwMcGVtLWV4cGlyaW5nMB4XDTI2MTEyMTIyMDE1MloXDTI2MTIx\n"
                           "MTIyMDE1MlowFzEVMBMGA1UEAwwMcGVtLWV4cGlyaW5nMFkwEwYHKoZIzj0CAQYI\n"
                           "KoZIzj0DAQcDQgAEQX5UxHayf8twGrb3X/JtU6oA077o6hR0c4dlw5Pa/YfwjVli\n"
                           "NJcXVLR87+IH1BnZLzKSxQXOYtsfJ8Oih4FieqNTMFEwHQYDVR0OBBYEFJ1YjDMj\n"
                           "YlHXb2INVR2BirbR2Nf8MB8GA1UdIwQYMBaAFJ1YjDMjYlHXb2INVR2BirbR2Nf8\n"
                           "MA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSAAwRQIgOlYSqw6dRhOlkImf\n"
                           "q3UVaCqNIAya+hR9NO7jtNW1dtoCIQDOqVVI8G0e5EzqTjQjtKryIQEHVrd//aCG\n"
                           "GQh5bDtmFw==\n"
                           "-----END CERTIFICATE-----\n";

QJsonObject with(QJsonObject base, const QJsonObject &extra)
{
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

// The finding of `rule` naming `nodeOrLink` (node or link), or null.
const Finding *find(const QList<Finding> &f, const QString &rule, const QString &nodeOrLink = {})
{
    for (const Finding &x : f) {
        if (x.rule == rule && (nodeOrLink.isEmpty() || x.node == nodeOrLink || x.link == nodeOrLink))
            return &x;
    }
    return nullptr;
}

QJsonArray json(const QList<Finding> &f)
{
    QJsonArray a;
    for (const Finding &x : f)
        a.append(x.toJson());
    return a;
}

// Empty when `f` holds a `rule` finding at exactly `node` and `link` ("": none)
// with `severity`, whose message names every word; else what differs.
QString mismatch(const QList<Finding> &f, const QString &rule, const QString &node, const QString &link,
                 const QString &severity, const QStringList &words)
{
    const auto x = std::find_if(f.cbegin(), f.cend(), [&](const Finding &y) { return y.rule == rule && y.node == node && y.link == link; });
    if (x == f.cend())
        return QStringLiteral("no %1 at node '%2', link '%3' in %4").arg(rule, node, link, QJsonDocument(json(f)).toJson());
    if (x->severity != severity)
        return QStringLiteral("%1 is %2, not %3").arg(rule, x->severity, severity);
    for (const QString &w : words) {
        if (!x->message.contains(w))
            return QStringLiteral("%1 does not name '%2': %3").arg(rule, w, x->message);
    }
    return {};
}

#define VERIFY_FINDING(f, rule, node, link, severity, ...) \
    QVERIFY2(mismatch(f, rule, node, link, severity, __VA_ARGS__).isEmpty(), qPrintable(mismatch(f, rule, node, link, severity, __VA_ARGS__)))

qsizetype count(const QList<Finding> &f, const QString &rule)
{
    return std::count_if(f.cbegin(), f.cend(), [&](const Finding &x) { return x.rule == rule; });
}

void addRequest(Scenario &s, const QString &id, const QStringList &path, const QJsonObject &identity,
                const QString &kind = QStringLiteral("transaction"), const QString &resource = QStringLiteral("PAYROLL"))
{
    QJsonArray requests = s.json().value(QStringLiteral("requests")).toArray();
    requests.append(QJsonObject{{"id", id}, {"kind", kind}, {"resource", resource},
                                {"path", QJsonArray::fromStringList(path)}, {"identity", identity}});
    s.set(QStringLiteral("requests"), requests);
}

// Grows RACFA to `total` users (U0001, ...) without touching the rest.
void growUsers(Scenario &s, int total)
{
    QJsonArray domains = s.json().value(QStringLiteral("domains")).toArray();
    QJsonObject d = domains.at(0).toObject();
    QJsonArray users = d.value(QStringLiteral("users")).toArray();
    for (int i = 1; users.size() < total; ++i)
        users.append(QJsonObject{{"id", QStringLiteral("U%1").arg(i, 4, 10, QLatin1Char('0'))}, {"groups", QJsonArray()}});
    d.insert(QStringLiteral("users"), users);
    domains[0] = d;
    s.set(QStringLiteral("domains"), domains);
}

QJsonObject cert(const QString &id, const QString &notAfter, const QString &issuer = {}, bool ca = false)
{
    return {{"id", id}, {"subject", "CN=" + id}, {"issuer", issuer.isEmpty() ? id : issuer},
            {"notBefore", "2025-01-01T00:00:00Z"}, {"notAfter", notAfter}, {"ca", ca}};
}

// client -> SOAP Gateway -> IMS Connect -> OTMA -> IMS.
Scenario gatewayChain(const QJsonObject &sg, const QJsonObject &icon)
{
    Scenario s;
    s.node("web", "client", {}, {}).node("sg", "soap_gateway", sg, {}).node("icon", "ims_connect", icon);
    s.node("otma", "otma").node("ims", "ims");
    s.link("web", "sg", "https_server").link("sg", "icon", "at_tls").link("icon", "otma").link("otma", "ims");
    return s;
}

// Two IMS Connects joined by an rmtimscon link.
Scenario remote(const QJsonObject &sender, const QJsonObject &receiver, bool persistent = true)
{
    Scenario s;
    s.node("icona", "ims_connect", sender).node("iconb", "ims_connect", receiver);
    s.link("icona", "iconb", "at_tls", {{"kind", "rmtimscon"}, {"persistent", persistent}});
    return s;
}

const QJsonObject kGenerates{{"RACF", "Y"}, {"rmtimscon", QJsonObject{{"appl", "IMSAPPL"}, {"userid", "ALICE"}}}};

// z/OS Connect -> IMS Connect (SAF registry, basic authentication: the caller's ID is used).
Scenario zosConnect(const QJsonObject &zc, const QJsonObject &icon = {})
{
    Scenario s;
    s.node("mobile", "client", {}, {}).node("zc", "zos_connect", zc).node("icon", "ims_connect", icon);
    s.link("mobile", "zc", "https_server").link("zc", "icon", "at_tls");
    return s;
}

// IMS -> OTMA -> IMS Connect -> DataPower callout gateway.
Scenario calloutChain(const QJsonObject &otma)
{
    Scenario s;
    s.node("ims", "ims").node("otma", "otma", otma).node("icon", "ims_connect", {{"RACF", "Y"}});
    s.node("dp", "datapower", {{"interface", "ims_callout"}, {"userid", "BOB"}, {"password", "BOBPW"}}, {});
    s.link("icon", "otma").link("otma", "ims").link("dp", "icon", "at_tls");
    return s;
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT

private slots:
    void configuredPasswordsInTheClear_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QJsonObject>("options");
        QTest::addColumn<QString>("named");
        QTest::newRow("bundle") << "soap_gateway" << QJsonObject{{"bundleUserid", "SGUSER"}, {"bundlePassword", "SGPW"}} << "SGUSER";
        QTest::newRow("UsernameTokens") << "soap_gateway" << QJsonObject{{"authMode", "per_message"}, {"wssToken", "UNTP"}} << "UsernameToken";
        QTest::newRow("J2C alias") << "was_tmra" << QJsonObject{{"aliasUserid", "BOB"}, {"aliasPassword", "BOBPW"}} << "J2C";
        QTest::newRow("factory") << "was_tmra" << QJsonObject{{"signon", "component"}, {"cfUserid", "BOB"}, {"cfPassword", "BOBPW"}} << "factory";
        QTest::newRow("static") << "datapower" << QJsonObject{{"userid", "DPUSER"}, {"password", "DPPW"}} << "DPUSER";
        QTest::newRow("technical") << "zos_connect" << QJsonObject{{"technicalId", "TECHID"}, {"technicalPassword", "TECHPW"}} << "TECHID";
    }

    // covers: ADV-01 NET-01
    void configuredPasswordsInTheClear()
    {
        QFETCH(QString, kind);
        QFETCH(QJsonObject, options);
        QFETCH(QString, named);
        const QString image = kind == "zos_connect" ? QStringLiteral("SYSA") : QString();
        for (const QString transport : {"none", "at_tls", "ipsec"}) {
            Scenario s;
            s.node("caller", "client", {}, {}).node("gw", kind, options, image).node("icon", "ims_connect", {{"RACF", "Y"}});
            s.link("caller", "gw").link("gw", "icon", transport);
            const QList<Finding> f = s.findings();
            // Credentials flow away from callers: the caller's link carries none of the gateway's.
            QVERIFY(!find(f, "ADV-01", "caller-gw"));
            QCOMPARE(count(f, "ADV-01"), transport == kNone ? 1 : 0);
            if (transport == kNone)
                VERIFY_FINDING(f, "ADV-01", "", "gw-icon", "warning", {named, "gw-icon", "AT-TLS"});
        }
    }

    // covers: ADV-01
    void nodesWithoutPasswordsSendNoneInTheClear()
    {
        Scenario s;
        s.node("gw", "was_tmra", {{"aliasUserid", "BOB"}}, {}).node("zc", "zos_connect", {{"technicalId", "TECHID"}});
        s.node("sg", "soap_gateway", {{"authMode", "per_message"}, {"wssToken", "SAML20"}}, {});
        s.node("icon", "ims_connect", {{"RACF", "N"}});
        s.link("gw", "icon").link("zc", "icon").link("sg", "icon");
        QCOMPARE(count(s.findings(), "ADV-01"), 0);
    }

    // covers: ADV-01
    void clientCredentialsComeFromTheDocumentsRequests()
    {
        Scenario s;
        s.node("app", "client", {}, {}).node("dp", "datapower", {{"interface", "ims_connect"}}, {});
        s.node("icon", "ims_connect", {{"RACF", "Y"}}).node("otma", "otma").node("ims", "ims");
        s.node("web", "client", {}, {}).node("sg", "soap_gateway", {{"authMode", "per_message"}, {"wssToken", "UNTP"}}, {});
        s.link("app", "dp").link("dp", "icon").link("icon", "otma").link("otma", "ims");
        s.link("web", "sg").link("sg", "icon", "at_tls");
        // A client's options say nothing about credentials: without requests, no finding.
        QCOMPARE(count(s.findings(), "ADV-01"), 0);

        addRequest(s, "r1", {"app", "dp", "icon", "otma", "ims"}, {{"userid", "ALICE"}, {"password", "ALICEPW"}});
        addRequest(s, "r2", {"web", "sg", "icon", "otma", "ims"}, {{"userid", "BOB"}, {"password", "BOBPW"}, {"token", "UNTP"}});
        const QList<Finding> f = s.findings();
        VERIFY_FINDING(f, "ADV-01", "", "app-dp", "warning", {"ALICE", "r1"});
        QVERIFY(find(f, "ADV-01", "dp-icon"));  // DataPower relays the caller's password (DP-01)
        QVERIFY(find(f, "ADV-01", "web-sg"));   // the UsernameToken
        QVERIFY(!find(f, "ADV-01", "sg-icon")); // AT-TLS
        QVERIFY(!find(f, "ADV-01", "icon-otma")); // a password never goes to OTMA (ICON-07)
        QCOMPARE(count(f, "ADV-01"), 3);
    }

    // covers: ADV-01
    void passTicketsAreNoCleartextCredentials()
    {
        Scenario s;
        s.basicChain({{"RACF", "Y"}, {"datastoreApplid", "IMSAPPL"}});
        s.link("app", "otma");  // an unrelated second link from the client
        addRequest(s, "r1", {"app", "icon", "otma", "ims"}, {{"userid", "ALICE"}, {"passticket", true}});
        QCOMPARE(count(s.findings(), "ADV-01"), 0);
    }

    // covers: ADV-02 ICON-01
    void samlToRacfYWillFail()
    {
        Scenario s = gatewayChain({{"authMode", "per_message"}, {"wssToken", "SAML20"}}, {{"RACF", "Y"}});
        s.node("icon2", "ims_connect", {{"RACF", "N"}, {"member", "HWS2"}}).link("sg", "icon2", "at_tls");
        const QList<Finding> f = s.findings();
        VERIFY_FINDING(f, "ADV-02", "icon", "sg-icon", "error", {"sg", "SAML20", "RACF=Y"});
        QCOMPARE(count(f, "ADV-02"), 1);  // not for icon2 (RACF=N)
        // "Will fail" is certain: the engine rejects the request there.
        const Trace t = s.run("transaction", "PAYROLL", {"web", "sg", "icon", "otma", "ims"}, {{"userid", "ALICE"}, {"token", "SAML20"}});
        QCOMPARE(t.rejectedAt, QString("icon"));
        QCOMPARE(t.failedRule, QString("ICON-01"));
    }

    // covers: ADV-02
    void noSamlFromCallersToRacfY()
    {
        QCOMPARE(count(gatewayChain({{"authMode", "per_message"}, {"wssToken", "UNTP"}}, {{"RACF", "Y"}}).findings(), "ADV-02"), 0);
        QCOMPARE(count(gatewayChain({{"wssToken", "SAML20"}, {"bundleUserid", "SGUSER"}}, {{"RACF", "Y"}}).findings(), "ADV-02"), 0);
        QCOMPARE(count(gatewayChain({{"authMode", "per_message"}, {"wssToken", "SAML11_SIGNED"}}, {{"RACF", "Y"}}).findings(), "ADV-02"), 1);
        // A gateway that only serves callouts (SG-07) receives no SAML token to pass on.
        Scenario callout;
        callout.node("sg", "soap_gateway", {{"authMode", "per_message"}, {"wssToken", "SAML20"}, {"bundleUserid", "SGUSER"}}, {});
        callout.node("icon", "ims_connect", {{"RACF", "Y"}}).node("svc", "external_service", {}, {});
        callout.link("sg", "icon", "at_tls").link("sg", "svc", "https_server");
        QCOMPARE(count(callout.findings(), "ADV-02"), 0);
        callout.node("web", "client", {}, {}).link("web", "sg", "https_server");
        VERIFY_FINDING(callout.findings(), "ADV-02", "icon", "sg-icon", "error", {"SAML20"});
    }

    // covers: ADV-03 PT-05
    void remotePassTicketsToRacfNAreWasted()
    {
        const QList<Finding> f = remote(kGenerates, {{"RACF", "N"}, {"member", "HWSB"}}).findings();
        VERIFY_FINDING(f, "ADV-03", "iconb", "icona-iconb", "info", {"icona", "IMSAPPL", "RACF=N"});
        QCOMPARE(count(f, "ADV-03"), 1);
        // Fixed: the receiver checks them, or the sender generates none.
        QCOMPARE(count(remote(kGenerates, {{"RACF", "Y"}, {"member", "HWSB"}}).findings(), "ADV-03"), 0);
        QCOMPARE(count(remote({{"RACF", "Y"}}, {{"RACF", "N"}, {"member", "HWSB"}}).findings(), "ADV-03"), 0);
        // The MSC return connection: the receiver generating towards a RACF=N sender.
        const QList<Finding> back = remote({{"RACF", "N"}}, with(kGenerates, {{"member", "HWSB"}})).findings();
        VERIFY_FINDING(back, "ADV-03", "icona", "icona-iconb", "info", {"iconb generates"});
    }

    // covers: ADV-03 ADV-04
    void clientPassTicketsComeFromTheDocumentsRequests()
    {
        Scenario s;
        s.node("app", "client", {}, {}).node("icon", "ims_connect", {{"RACF", "N"}, {"datastoreApplid", "IMSAPPL"}});
        s.node("otma", "otma").node("ims", "ims");
        s.link("app", "icon", "at_tls", {{"persistent", false}}).link("icon", "otma").link("otma", "ims");
        QCOMPARE(count(s.findings(), "ADV-03") + count(s.findings(), "ADV-04"), 0);
        addRequest(s, "plain", {"app", "icon", "otma", "ims"}, {{"userid", "ALICE"}, {"password", "ALICEPW"}});
        QCOMPARE(count(s.findings(), "ADV-03") + count(s.findings(), "ADV-04"), 0);

        addRequest(s, "pt", {"app", "icon", "otma", "ims"}, {{"userid", "ALICE"}, {"passticket", true}});
        const QList<Finding> f = s.findings();
        VERIFY_FINDING(f, "ADV-03", "icon", "app-icon", "info", {"request pt"});
        VERIFY_FINDING(f, "ADV-04", "", "app-icon", "info", {"request pt", "persistent"});
    }

    // covers: ADV-04 PT-05
    void remotePassTicketsOnNonPersistentConnections()
    {
        const QJsonObject receiver{{"RACF", "Y"}, {"member", "HWSB"}};
        const QList<Finding> f = remote(kGenerates, receiver, false).findings();
        VERIFY_FINDING(f, "ADV-04", "", "icona-iconb", "info", {"icona generates", "not persistent"});
        QCOMPARE(count(f, "ADV-04"), 1);
        // Fixed: a persistent connection, or no PassTickets generated on it.
        QCOMPARE(count(remote(kGenerates, receiver, true).findings(), "ADV-04"), 0);
        QCOMPARE(count(remote({{"RACF", "Y"}}, receiver, false).findings(), "ADV-04"), 0);
    }

    // covers: ADV-05 NET-04
    void nativeSslAdvisesAtTls()
    {
        Scenario s;
        s.basicChain();
        s.node("app2", "client", {}, {}).link("app2", "icon", "ims_connect_ssl");
        const QList<Finding> f = s.findings();
        VERIFY_FINDING(f, "ADV-05", "", "app2-icon", "info", {"AT-TLS"});
        QCOMPARE(count(f, "ADV-05"), 1);  // app-icon uses AT-TLS
    }

    void otmaWithoutAuthorization_data()
    {
        QTest::addColumn<QString>("otmase");
        QTest::addColumn<QString>("flag");
        QTest::addColumn<bool>("finding");
        QTest::addColumn<QString>("link");
        QTest::newRow("NONE") << "NONE" << "F" << true << "";
        QTest::newRow("JOIN") << "JOIN" << "F" << true << "";
        QTest::newRow("PROFILE, flag N") << "PROFILE" << "N" << true << "icon-otma";
        QTest::newRow("PROFILE, flag F") << "PROFILE" << "F" << false << "";
        QTest::newRow("CHECK") << "CHECK" << "N" << false << "";
        QTest::newRow("FULL") << "FULL" << "F" << false << "";
    }

    // covers: ADV-06 OTMA-01 OTMA-05
    void otmaWithoutAuthorization()
    {
        QFETCH(QString, otmase);
        QFETCH(QString, flag);
        QFETCH(bool, finding);
        QFETCH(QString, link);
        Scenario s;
        s.basicChain({{"RACF", "Y"}, {"otmaSecurityFlag", flag}}, {{"OTMASE", otmase}});
        const QList<Finding> f = s.findings();
        QCOMPARE(count(f, "ADV-06"), finding ? 1 : 0);
        if (finding)
            VERIFY_FINDING(f, "ADV-06", "otma", link, "warning", {"OTMASE=" + otmase});
        // The engine agrees: whenever the finding is there, TIMS is not checked.
        const Trace t = s.run("transaction", "PAYROLL", {"app", "icon", "otma", "ims"}, {{"userid", "BOB"}, {"password", "BOBPW"}});
        QCOMPARE(Scenario::result(t, "otma", "OTMA-02"), finding ? QString("skip") : QString("fail"));
    }

    // covers: ADV-07 ADV-06
    void racfNInFrontOfOtmaseNone()
    {
        Scenario s;
        s.basicChain({{"RACF", "N"}}, {{"OTMASE", "NONE"}});
        const QList<Finding> f = s.findings();
        VERIFY_FINDING(f, "ADV-07", "icon", "icon-otma", "warning", {"OTMA otma", "OTMASE=NONE", "no security at all"});
        // No security at all: an unknown user without a password runs a protected transaction.
        QVERIFY(s.run("transaction", "PAYROLL", {"app", "icon", "otma", "ims"}, {{"userid", "NOBODY"}}).accepted);

        Scenario racf;
        racf.basicChain({{"RACF", "Y"}}, {{"OTMASE", "NONE"}});
        QCOMPARE(count(racf.findings(), "ADV-07"), 0);
        QCOMPARE(count(racf.findings(), "ADV-06"), 1);
        Scenario otma;
        otma.basicChain({{"RACF", "N"}}, {{"OTMASE", "CHECK"}});
        QCOMPARE(count(otma.findings(), "ADV-07"), 0);
        Scenario join;  // JOIN checks the client bid, then runs transactions as NONE does (OTMA-01)
        join.basicChain({{"RACF", "N"}}, {{"OTMASE", "JOIN"}});
        VERIFY_FINDING(join.findings(), "ADV-07", "icon", "icon-otma", "warning", {"OTMASE=JOIN"});
        Scenario profile;
        profile.basicChain({{"RACF", "N"}, {"otmaSecurityFlag", "N"}}, {{"OTMASE", "PROFILE"}});
        VERIFY_FINDING(profile.findings(), "ADV-07", "icon", "icon-otma", "warning", {"security flag N"});
    }

    // covers: ADV-08 ICON-06
    void trustedUserBypass()
    {
        Scenario s;
        s.basicChain({{"RACF", "Y"}, {"trustedUser", true}, {"exit", "HWSSMPL1"}});
        VERIFY_FINDING(s.findings(), "ADV-08", "icon", "", "warning", {"trusted-user indicator", "HWSSMPL1"});
        const Trace t = s.run("transaction", "PAYROLL", {"app", "icon", "otma", "ims"}, {{"userid", "ALICE"}, {"trusted", true}});
        QCOMPARE(Scenario::result(t, "icon", "ICON-06"), QString("bypass"));

        for (const QJsonObject &fixed : {QJsonObject{{"RACF", "Y"}, {"trustedUser", false}},
                                         QJsonObject{{"RACF", "Y"}, {"trustedUser", true}, {"exit", "custom"}},
                                         QJsonObject{{"RACF", "N"}, {"trustedUser", true}}}) {
            Scenario n;
            n.basicChain(fixed);
            QCOMPARE(count(n.findings(), "ADV-08"), 0);
        }
    }

    // covers: ADV-09 ICON-10 ZC-06
    void distributedIdentityLost()
    {
        VERIFY_FINDING(zosConnect({}, {{"version", 14}}).findings(), "ADV-09", "icon", "zc-icon", "warning", {"zc", "version 14"});
        VERIFY_FINDING(zosConnect({}, {{"exit", "HWSJAVA0"}}).findings(), "ADV-09", "icon", "zc-icon", "warning", {"HWSJAVA0"});

        Scenario was;
        was.node("was", "was_tmra", {{"netuidModule", true}, {"aliasUserid", "BOB"}}, {});
        was.node("icon", "ims_connect", {{"version", 14}}).link("was", "icon", "at_tls");
        VERIFY_FINDING(was.findings(), "ADV-09", "icon", "was-icon", "warning", {"was"});

        // Fixed: IMS Connect 15 with HWSSMPL0/1, or nothing set to pass the identity.
        QCOMPARE(count(zosConnect({}, {{"exit", "HWSSMPL0"}}).findings(), "ADV-09"), 0);
        QCOMPARE(count(zosConnect({{"passNetworkCredentials", false}}, {{"version", 14}}).findings(), "ADV-09"), 0);
        QCOMPARE(count(zosConnect({{"version", "2.0.5"}}, {{"version", 14}}).findings(), "ADV-09"), 0);
    }

    // covers: ADV-10 SG-01
    void perWebServiceIdentity()
    {
        const QList<Finding> f = gatewayChain({{"bundleUserid", "SGUSER"}}, {{"RACF", "Y"}}).findings();
        VERIFY_FINDING(f, "ADV-10", "sg", "", "warning", {"SGUSER", "accountability"});
        QCOMPARE(count(gatewayChain({{"authMode", "per_message"}, {"wssToken", "UNTP"}}, {{"RACF", "Y"}}).findings(), "ADV-10"), 0);
    }

    // covers: ADV-10 ZC-03 ZC-04
    void zosConnectTechnicalId()
    {
        VERIFY_FINDING(zosConnect({{"registry", "LDAP"}, {"technicalId", "TECHID"}}).findings(), "ADV-10", "zc", "", "warning", {"TECHID", "LDAP"});
        // No technical ID: the started task user ID (ZC-04).
        VERIFY_FINDING(zosConnect({{"clientAuth", "none"}}).findings(), "ADV-10", "zc", "", "warning", {"ZCSTC", "authentication is off"});
        QCOMPARE(count(zosConnect({{"registry", "SAF"}, {"clientAuth", "basic"}, {"technicalId", "TECHID"}}).findings(), "ADV-10"), 0);
    }

    // covers: ADV-11 OTMA-07
    void resumeTpipeOpenToAnyUser()
    {
        Scenario s = calloutChain({{"OTMASE", "CHECK"}, {"tpipes", QJsonArray{"CALLOUT1"}}});
        s.activeClasses({"TIMS", "CIMS", "FACILITY"});
        VERIFY_FINDING(s.findings(), "ADV-11", "otma", "", "warning", {"CALLOUT1", "RIMS class is not active"});
        // Any user indeed: BOB has no RIMS permit, yet resumes the TPIPE.
        s.node("svc", "external_service", {}, {}).link("dp", "svc", "https_server");
        const Trace t = s.run("sync_callout", "CALLOUT1", {"ims", "otma", "icon", "dp", "svc"}, {{"userid", "ALICE"}});
        QCOMPARE(Scenario::result(t, "otma", "OTMA-07"), QString("pass"));

        // A TPIPE no RIMS profile covers is as open; one that is covered is protected.
        const QList<Finding> partly = calloutChain({{"OTMASE", "CHECK"}, {"tpipes", QJsonArray{"CALLOUT1", "CALLOUT9"}}}).findings();
        VERIFY_FINDING(partly, "ADV-11", "otma", "", "warning", {"resume CALLOUT9 and", "no RIMS profile"});
        QCOMPARE(count(calloutChain({{"OTMASE", "CHECK"}, {"tpipes", QJsonArray{"CALLOUT1"}}}).findings(), "ADV-11"), 0);
        // DFSYRTUX decides every resume.
        Scenario exit = calloutChain({{"OTMASE", "CHECK"}, {"tpipes", QJsonArray{"CALLOUT1"}}, {"DFSYRTUX", "deny"}});
        exit.activeClasses({"TIMS", "CIMS", "FACILITY"});
        QCOMPARE(count(exit.findings(), "ADV-11"), 0);
    }

    // covers: ADV-11 OTMA-01
    void resumeTpipeUnderOtmaseNone()
    {
        // NONE never calls RACF: even a TPIPE with a RIMS profile is open, and with
        // an ims_callout DataPower so is any TPIPE.
        VERIFY_FINDING(calloutChain({{"OTMASE", "NONE"}, {"tpipes", QJsonArray{"CALLOUT1"}}}).findings(), "ADV-11", "otma", "", "warning",
                       {"CALLOUT1", "OTMASE=NONE"});
        VERIFY_FINDING(calloutChain({{"OTMASE", "NONE"}}).findings(), "ADV-11", "otma", "", "warning", {"any TPIPE"});
        // No callout in the design: no TPIPEs, no callout gateway.
        Scenario plain;
        plain.basicChain({}, {{"OTMASE", "NONE"}});
        QCOMPARE(count(plain.findings(), "ADV-11"), 0);
        QCOMPARE(count(calloutChain({{"OTMASE", "NONE"}, {"DFSYRTUX", "allow"}}).findings(), "ADV-11"), 0);
    }

    // covers: ADV-12 OTMA-08
    void aceeCacheWithoutFloodControl()
    {
        Scenario s;
        s.basicChain({}, {{"OTMASE", "CHECK"}});
        growUsers(s, 1000);
        VERIFY_FINDING(s.findings(), "ADV-12", "otma", "", "warning", {"1000 users", "TOACEE"});

        Scenario fewer;
        fewer.basicChain({}, {{"OTMASE", "CHECK"}});
        growUsers(fewer, 999);
        QCOMPARE(count(fewer.findings(), "ADV-12"), 0);
        Scenario limited;
        limited.basicChain({}, {{"OTMASE", "CHECK"}, {"TOACEE", "YES"}});
        growUsers(limited, 1000);
        QCOMPARE(count(limited.findings(), "ADV-12"), 0);
        Scenario none;  // no ACEE is built per user
        none.basicChain({}, {{"OTMASE", "NONE"}});
        growUsers(none, 1000);
        QCOMPARE(count(none.findings(), "ADV-12"), 0);
    }

    // covers: ADV-12
    void aceeusrStatesTheExpectedUsers()
    {
        Scenario s;
        s.basicChain({}, {{"OTMASE", "FULL"}, {"ACEEUSR", 50000}});
        VERIFY_FINDING(s.findings(), "ADV-12", "otma", "", "warning", {"ACEEUSR is sized for 50000"});
        Scenario fixed;
        fixed.basicChain({}, {{"OTMASE", "FULL"}, {"ACEEUSR", 50000}, {"TOACEE", "YES"}});
        QCOMPARE(count(fixed.findings(), "ADV-12"), 0);
    }

    // covers: ADV-13
    void certificatesNearOrPastExpiry()
    {
        Scenario s;  // simulation time 2026-11-21T10:00:00Z
        s.certificate(cert("ca", "2030-01-01T00:00:00Z", {}, true));
        s.certificate(cert("soon", "2026-12-01T00:00:00Z", "ca"));
        s.certificate(cert("edge", "2026-12-21T10:00:00Z", "ca"));
        s.certificate(cert("later", "2026-12-21T10:00:01Z", "ca"));
        s.certificate(cert("old", "2026-11-01T00:00:00Z", "ca"));
        s.certificate(cert("unused", "2026-01-01T00:00:00Z", "ca"));
        s.node("a", "client", {{"certificate", "soon"}}, {}).node("b", "client", {{"certificate", "old"}}, {});
        s.node("c", "client", {{"certificate", "edge"}}, {}).node("d", "client", {{"certificate", "later"}}, {});
        const QList<Finding> f = s.findings();
        VERIFY_FINDING(f, "ADV-13", "a", "", "warning", {"certificate soon", "2026-12-01"});
        VERIFY_FINDING(f, "ADV-13", "c", "", "warning", {"certificate edge"});  // exactly 30 days: within
        QVERIFY(!find(f, "ADV-13", "d"));
        VERIFY_FINDING(f, "ADV-13", "b", "", "error", {"certificate old", "expired"});  // its TLS handshakes certainly fail
        VERIFY_FINDING(f, "ADV-13", "", "", "warning", {"certificate unused", "no node uses it"});  // nothing relies on it
        QCOMPARE(count(f, "ADV-13"), 4);
    }

    // covers: ADV-13
    void expiringCaConcernsItsUsers()
    {
        Scenario s;
        s.certificate(cert("ca", "2026-12-01T00:00:00Z", {}, true)).certificate(cert("leaf", "2030-01-01T00:00:00Z", "ca"));
        s.node("icon", "ims_connect", {{"certificate", "leaf"}}).node("app", "client", {{"truststore", QJsonArray{"ca"}}}, {});
        const QList<Finding> f = s.findings();
        QCOMPARE(count(f, "ADV-13"), 1);  // the leaf itself is fine
        VERIFY_FINDING(f, "ADV-13", "app", "", "warning", {"certificate ca", "used by app, icon"});
    }

    // covers: ADV-13
    void pemValidityWinsOverLogicalFields()
    {
        Scenario s;
        s.node("app", "client", {{"certificate", "pemcert"}}, {});
        Scenario pem = s;
        s.certificate(cert("pemcert", "2030-01-01T00:00:00Z"));
        QCOMPARE(count(s.findings(), "ADV-13"), 0);
        pem.certificate(with(cert("pemcert", "2030-01-01T00:00:00Z"), {{"pem", kPemExpiring}}));
        VERIFY_FINDING(pem.findings(), "ADV-13", "app", "", "warning", {"2026-12-11T22:01:52Z"});
    }

    // covers: ADV-14 ICON-11
    void clientBidWillFail()
    {
        Scenario s;
        s.basicChain({{"member", "HWS9"}}, {{"OTMASE", "CHECK"}});
        s.profile("FACILITY", "IMSXCF.XCFGRP1.*", "NONE", {});
        VERIFY_FINDING(s.findings(), "ADV-14", "icon", "icon-otma", "error", {"PERMIT IMSXCF.XCFGRP1.HWS9 CLASS(FACILITY) ID(HWS) ACCESS(READ)"});
        const Trace t = s.run("transaction", "PAYROLL", {"app", "icon", "otma", "ims"}, {{"userid", "ALICE"}});
        QCOMPARE(t.rejectedAt, QString("otma"));
        QCOMPARE(t.failedRule, QString("ICON-11"));

        Scenario permitted = s;
        permitted.profile("FACILITY", "IMSXCF.XCFGRP1.*", "NONE", {{"HWS", "READ"}});
        QCOMPARE(count(permitted.findings(), "ADV-14"), 0);
        Scenario unprotected;  // no profile covers IMSXCF.XCFGRP1.HWS9 (SAF-03)
        unprotected.basicChain({{"member", "HWS9"}}, {{"OTMASE", "CHECK"}});
        QCOMPARE(count(unprotected.findings(), "ADV-14"), 0);
        Scenario none;
        none.basicChain({{"member", "HWS9"}}, {{"OTMASE", "NONE"}});
        none.profile("FACILITY", "IMSXCF.XCFGRP1.*", "NONE", {});
        QCOMPARE(count(none.findings(), "ADV-14"), 0);
    }

    // covers: ADV-14
    void mqClientBidWillFail()
    {
        Scenario s;
        s.node("mq", "mq", {{"member", "MQ9"}}).node("otma", "otma").link("mq", "otma");
        s.profile("FACILITY", "IMSXCF.XCFGRP1.*", "NONE", {{"HWS", "READ"}});
        VERIFY_FINDING(s.findings(), "ADV-14", "mq", "mq-otma", "error", {"IMSXCF.XCFGRP1.MQ9", "ID(MQ)"});
    }

    // covers: ADV-06 ADV-13
    void everyTraceCarriesTheFindings()
    {
        Scenario s;
        s.basicChain({{"RACF", "Y"}}, {{"OTMASE", "NONE"}});
        s.certificate(cert("soon", "2026-12-01T00:00:00Z"));
        addRequest(s, "ok", {"app", "icon", "otma", "ims"}, {{"userid", "ALICE"}, {"password", "ALICEPW"}});
        addRequest(s, "bad", {"app", "icon", "otma", "ims"}, {{"userid", "ALICE"}, {"password", "WRONG"}});
        const auto t = s.load();
        QVERIFY(t);
        const Simulator sim(*t);
        const QJsonArray expected = json(sim.findings());
        QCOMPARE(expected, json(DesignReview::review(*t, sim.clock())));
        QVERIFY(find(sim.findings(), "ADV-06") && find(sim.findings(), "ADV-13"));
        QVERIFY(sim.run(t->requests.at(0)).accepted);
        QCOMPARE(sim.run(t->requests.at(1)).failedRule, QString("ICON-01"));
        for (const Request &q : t->requests)
            QCOMPARE(json(sim.run(q).findings), expected);
        Request replay = t->requests.at(0);
        replay.repeat = 3;
        QCOMPARE(json(sim.run(replay).findings), expected);
        Request lost;  // a path through a node that does not exist stops at once
        lost.id = QStringLiteral("lost");
        lost.path = {"app", "nowhere"};
        const Trace l = sim.run(lost);
        QCOMPARE(l.rejectedAt, QString("nowhere"));
        QCOMPARE(json(l.findings), expected);
    }

    // covers: ADV-02 ADV-06 ADV-08 ADV-10 ADV-11
    void reviewIgnoresRequestsAndTheirRuns()
    {
        Scenario s;
        s.node("web", "client", {}, {}).node("app", "client", {}, {});
        s.node("sg", "soap_gateway", {{"authMode", "per_message"}, {"wssToken", "SAML20"}}, {});
        s.node("sg2", "soap_gateway", {{"bundleUserid", "SGUSER"}}, {});
        s.node("dp", "datapower", {{"interface", "ims_callout"}, {"userid", "DPUSER"}}, {});
        s.node("icon", "ims_connect", {{"RACF", "Y"}, {"trustedUser", true}});
        s.node("otma", "otma", {{"OTMASE", "NONE"}}).node("ims", "ims");
        s.link("web", "sg", "https_server").link("web", "sg2", "https_server").link("app", "icon");
        s.link("sg", "icon", "at_tls").link("sg2", "icon", "at_tls").link("dp", "icon", "at_tls");
        s.link("icon", "otma").link("otma", "ims");
        const QList<Finding> review = s.findings();
        for (const QString &rule : {"ADV-02", "ADV-06", "ADV-08", "ADV-10", "ADV-11"})
            QVERIFY2(find(review, rule), qPrintable(rule));
        const QJsonArray before = json(review);
        // Requests that send neither a client password nor a PassTicket change nothing.
        addRequest(s, "saml", {"web", "sg", "icon", "otma", "ims"}, {{"userid", "ALICE"}, {"token", "SAML20"}});
        addRequest(s, "trusted", {"app", "icon", "otma", "ims"}, {{"userid", "ALICE"}, {"trusted", true}});
        addRequest(s, "callout", {"ims", "otma", "icon", "dp"}, {{"userid", "ALICE"}}, "sync_callout", "CALLOUT1");
        addRequest(s, "perservice", {"web", "sg2", "icon", "otma", "ims"}, {{"userid", "BOB"}});
        QCOMPARE(json(s.findings()), before);
        // Running them, in any order and repeatedly, changes nothing either.
        const auto t = s.load();
        const Simulator sim(*t);
        for (int round = 0; round < 2; ++round) {
            for (const Request &q : t->requests)
                QCOMPARE(json(sim.run(q).findings), before);
        }
        QCOMPARE(json(sim.findings()), before);
        // Without certificates the clock changes nothing (it decides ADV-13 only).
        QCOMPARE(json(DesignReview::review(*t, QDateTime::fromSecsSinceEpoch(0, Qt::UTC))), before);
    }
};

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
