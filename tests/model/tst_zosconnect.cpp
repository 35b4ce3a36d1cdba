// z/OS Connect EE (ZC-01..ZC-07): client authentication (certificate with basic
// fallback, SAF or LDAP registry, JWT), service groups, the RACF ID sent to IMS
// Connect and the network credentials.
#include "scenario.h"

#include <QJsonDocument>
#include <QTest>

namespace {

const QString kIssuer = QStringLiteral("https://idp.bank.example");
const QStringList kPath{"mobile", "zc", "icon", "otma", "ims"};
const QJsonObject kAlice{{"userid", "ALICE"}, {"password", "ALICEPW"}};
const QJsonObject kLdapAlice{{"userid", "alice@bank.example"}, {"password", "ldappw"}};
const QJsonObject kLdap{{"registry", "LDAP"}, {"realm", "ldap.bank.example"},
                        {"ldapUsers", QJsonArray{QJsonObject{{"name", "alice@bank.example"}, {"password", "ldappw"}}}}};

QJsonObject with(QJsonObject base, const QJsonObject &more)
{
    for (auto it = more.constBegin(); it != more.constEnd(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

QJsonObject certificate(const QString &id, const QString &subject, const QString &issuer, bool ca = false)
{
    return {{"id", id}, {"subject", subject}, {"issuer", issuer}, {"notBefore", "2025-01-01T00:00:00Z"},
            {"notAfter", "2030-01-01T00:00:00Z"}, {"ca", ca}};
}

// Appends an entry to a list of the RACFA domain (certmaps, idmaps).
void addToDomain(Scenario &s, const QString &key, const QJsonObject &entry)
{
    QJsonArray domains = s.json().value("domains").toArray();
    QJsonObject d = domains.at(0).toObject();
    QJsonArray list = d.value(key).toArray();
    list.append(entry);
    d.insert(key, list);
    domains[0] = d;
    s.set("domains", domains);
}

// mobile -> zc -> icon (V15) or icon14 (V14) -> otma -> ims.
Scenario zosConnect(const QJsonObject &zcOptions, const QString &transport = "https_server", const QString &mobileCert = {},
                    const QString &racf = "N")
{
    Scenario s;
    for (const QJsonObject &c : {certificate("bankca", "CN=Bank CA", "bankca", true), certificate("rogueca", "CN=Rogue CA", "rogueca", true),
                                 certificate("alicecert", "CN=alice,O=Bank", "bankca"), certificate("bobcert", "CN=bob,O=Bank", "bankca"),
                                 certificate("roguecert", "CN=alice,O=Bank", "rogueca")})
        s.certificate(c);
    addToDomain(s, "certmaps", {{"subject", "CN=alice,O=Bank"}, {"user", "ALICE"}});
    addToDomain(s, "idmaps", {{"registry", kIssuer}, {"name", "alice@bank.example"}, {"user", "ALICE"}});
    addToDomain(s, "idmaps", {{"registry", "https://other.example"}, {"name", "bob@bank.example"}, {"user", "BOB"}});
    s.node("mobile", "client", mobileCert.isEmpty() ? QJsonObject() : QJsonObject{{"certificate", mobileCert}}, {});
    s.node("zc", "zos_connect", with({{"realm", "ZOSREALM"}, {"truststore", QJsonArray{"bankca"}}, {"jwtIssuer", kIssuer},
                                      {"jwtAudience", "payroll-api"}}, zcOptions));
    s.node("icon", "ims_connect", {{"RACF", racf}}).node("icon14", "ims_connect", {{"RACF", racf}, {"version", 14}});
    s.node("otma", "otma", {{"OTMASE", "CHECK"}}).node("ims", "ims");
    s.link("mobile", "zc", transport).link("zc", "icon", "at_tls").link("zc", "icon14", "at_tls");
    return s.link("icon", "otma").link("icon14", "otma").link("otma", "ims");
}

Trace run(const Scenario &s, const QJsonObject &identity, const QString &tran = "PAYROLL", const QString &icon = "icon")
{
    return s.run("transaction", tran, {"mobile", "zc", icon, "otma", "ims"}, identity);
}

QStringList results(const Trace &t, const QString &node, const QString &rule)
{
    QStringList out;
    for (const Check &c : t.hop(node)->checks) {
        if (c.rule == rule)
            out << Check::resultName(c.result);
    }
    return out;
}

const QString &detailOf(const Trace &t, const QString &node, const QString &rule)
{
    return Scenario::check(t, node, rule)->detail;
}

QJsonObject claims(const QJsonValue &exp, const QJsonValue &aud = "payroll-api", const QString &sub = "alice@bank.example",
                   const QString &iss = kIssuer)
{
    QJsonObject c{{"iss", iss}, {"sub", sub}, {"aud", aud}};
    if (!exp.isUndefined())
        c.insert("exp", exp);
    return c;
}

// A compact JWS: base64url header and payload without padding, signature not checked.
QString compactJwt(QJsonObject payload)
{
    payload.insert("note", "~~~~~~");  // guarantees a '-' in base64url, where base64 has '+'
    const auto part = [](const QJsonObject &o) {
        return QString::fromLatin1(QJsonDocument(o).toJson(QJsonDocument::Compact)
                                       .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    return part({{"alg", "RS256"}, {"typ", "JWT"}}) + '.' + part(payload) + ".c2lnbmF0dXJl";
}

const qint64 kNow = QDateTime::fromString("2026-11-21T10:00:00Z", Qt::ISODate).toSecsSinceEpoch();

} // namespace

class TestZosConnect : public QObject
{
    Q_OBJECT

private slots:
    // covers: ZC-01
    void trustedCertificateMapsToSafUser()
    {
        const QJsonObject certAuth{{"clientAuth", "cert_with_basic_fallback"}, {"serviceGroups", QJsonArray{"PAYGRP"}}};
        const Trace t = run(zosConnect(certAuth, "https_mutual", "alicecert"), {});
        QVERIFY(t.accepted);
        QCOMPARE(Scenario::result(t, "zc", "NET-02"), QString("pass"));
        QCOMPARE(Scenario::arrives(t, "zc").value("certificate").toString(), QString("CN=alice,O=Bank"));
        QCOMPARE(results(t, "zc", "ZC-01"), QStringList{"pass"});
        QVERIFY(detailOf(t, "zc", "ZC-01").contains("CN=alice,O=Bank maps to ALICE"));
        QCOMPARE(Scenario::arrives(t, "icon").value("userid").toString(), QString("ALICE"));
        QCOMPARE(t.authorizedUserid, QString("ALICE"));
        // A trusted certificate that no certmap names authenticates nobody.
        const Trace unmapped = run(zosConnect(certAuth, "https_mutual", "bobcert"), kAlice);
        QCOMPARE(unmapped.failedRule, QString("ZC-01"));
        QVERIFY(detailOf(unmapped, "zc", "ZC-01").contains("maps to no SAF user"));
        // The same subject from an untrusted CA never gets that far.
        QCOMPARE(run(zosConnect(certAuth, "https_mutual", "roguecert"), {}).failedRule, QString("NET-02"));
        // Negative: with basic authentication only, the certificate is not used.
        const Trace basicOnly = run(zosConnect({}, "https_mutual", "alicecert"), {});
        QCOMPARE(basicOnly.failedRule, QString("ZC-01"));
        QVERIFY(detailOf(basicOnly, "zc", "ZC-01").contains("needs a user and a password"));
    }

    // covers: ZC-01
    void withoutCertificateFallsBackToBasic()
    {
        const Scenario s = zosConnect({{"clientAuth", "cert_with_basic_fallback"}});
        const Trace t = run(s, kAlice);
        QVERIFY(t.accepted);
        QCOMPARE(results(t, "zc", "ZC-01"), (QStringList{"info", "pass"}));
        QVERIFY(detailOf(t, "zc", "ZC-01").contains("falling back to basic authentication"));
        QCOMPARE(run(s, {{"userid", "ALICE"}, {"password", "NOTIT"}}).failedRule, QString("ZC-01"));
        QCOMPARE(run(s, {}).failedRule, QString("ZC-01"));
    }

    // covers: ZC-01
    void ldapRegistryAuthenticatesItsOwnUsers()
    {
        const Scenario s = zosConnect(with(kLdap, {{"technicalId", "TECHID"}}));
        const Trace t = run(s, kLdapAlice);
        QVERIFY(t.accepted);
        QVERIFY(detailOf(t, "zc", "ZC-01").contains("LDAP registry ldap.bank.example authenticated alice@bank.example"));
        const Trace wrong = run(s, {{"userid", "alice@bank.example"}, {"password", "ALICEPW"}});
        QCOMPARE(wrong.failedRule, QString("ZC-01"));
        QVERIFY(detailOf(wrong, "zc", "ZC-01").contains("wrong password"));
        // A RACF user is not an LDAP user.
        const Trace racf = run(s, kAlice);
        QCOMPARE(racf.failedRule, QString("ZC-01"));
        QVERIFY(detailOf(racf, "zc", "ZC-01").contains("ALICE is not in the LDAP registry"));
    }

    // covers: ZC-02
    void userMustBelongToAServiceGroup()
    {
        const Scenario s = zosConnect({{"serviceGroups", QJsonArray{"ADMGRP", "PAYGRP"}}});
        const Trace alice = run(s, kAlice);
        QVERIFY(alice.accepted);
        QVERIFY(detailOf(alice, "zc", "ZC-02").contains("ALICE is in service group PAYGRP"));
        const Trace bob = run(s, {{"userid", "BOB"}, {"password", "BOBPW"}}, "INQUIRY");
        QCOMPARE(bob.failedRule, QString("ZC-02"));
        QCOMPARE(bob.rejectedAt, QString("zc"));
        QCOMPARE(bob.authorizedUserid, QString("BOB"));
        QVERIFY(!bob.hop("icon"));
        // An LDAP user is checked through its SAF identity (idmaps for the realm), or refused.
        Scenario ldap = zosConnect(with(kLdap, {{"serviceGroups", QJsonArray{"PAYGRP"}}, {"technicalId", "TECHID"}}));
        QCOMPARE(run(ldap, kLdapAlice).failedRule, QString("ZC-02"));
        addToDomain(ldap, "idmaps", {{"registry", "ldap.bank.example"}, {"name", "alice@bank.example"}, {"user", "ALICE"}});
        QVERIFY(run(ldap, kLdapAlice).accepted);
        // Negative: no service groups, no check.
        const Trace open = run(zosConnect({}), {{"userid", "BOB"}, {"password", "BOBPW"}}, "INQUIRY");
        QVERIFY(open.accepted);
        QCOMPARE(Scenario::result(open, "zc", "ZC-02"), QString("skip"));
    }

    void racfIdFromSubjectOrTechnicalId_data()
    {
        QTest::addColumn<QJsonObject>("options");
        QTest::addColumn<QJsonObject>("identity");
        QTest::addColumn<QString>("racfId");
        QTest::addColumn<QString>("why");  // "" : the subject is used
        QTest::newRow("SAF registry, authenticated") << QJsonObject{{"technicalId", "TECHID"}} << kAlice << "ALICE" << "";
        QTest::newRow("lower-case SAF subject") << QJsonObject{{"technicalId", "TECHID"}}
                                                << QJsonObject{{"userid", "alice"}, {"password", "ALICEPW"}} << "ALICE" << "";
        QTest::newRow("LDAP registry") << with(kLdap, {{"technicalId", "TECHID"}}) << kLdapAlice << "TECHID" << "the registry is LDAP";
        QTest::newRow("basic registry") << with(kLdap, {{"registry", "basic"}, {"technicalId", "TECHID"}}) << kLdapAlice << "TECHID"
                                        << "the registry is basic";
        QTest::newRow("authentication off") << QJsonObject{{"clientAuth", "none"}, {"technicalId", "TECHID"}} << kAlice << "TECHID"
                                            << "authentication is off";
    }

    // covers: ZC-03
    void racfIdFromSubjectOrTechnicalId()
    {
        QFETCH(QJsonObject, options);
        QFETCH(QJsonObject, identity);
        QFETCH(QString, racfId);
        QFETCH(QString, why);
        const Trace t = run(zosConnect(options), identity);
        QVERIFY(t.accepted);
        QCOMPARE(Scenario::result(t, "zc", "ZC-03"), QString(why.isEmpty() ? "pass" : "info"));
        QVERIFY(detailOf(t, "zc", "ZC-03").contains(why.isEmpty() ? "the RACF ID is the request subject " + racfId : why));
        QCOMPARE(Scenario::arrives(t, "icon").value("userid").toString(), racfId);
        QCOMPARE(t.authorizedUserid, racfId);
        QCOMPARE(Scenario::result(t, "zc", "ZC-04"), QString());
    }

    // covers: ZC-03
    void ldapSubjectMappedToSafUserStillUsesTechnicalId()
    {
        Scenario s = zosConnect(with(kLdap, {{"technicalId", "TECHID"}}));
        addToDomain(s, "idmaps", {{"registry", "ldap.bank.example"}, {"name", "alice@bank.example"}, {"user", "ALICE"}});
        const Trace t = run(s, kLdapAlice);
        QCOMPARE(Scenario::result(t, "zc", "ZC-03"), QString("info"));
        QCOMPARE(Scenario::arrives(t, "icon").value("userid").toString(), QString("TECHID"));
    }

    // covers: ZC-04
    void blankTechnicalIdFallsBackToStartedTask()
    {
        const Trace t = run(zosConnect(kLdap), kLdapAlice, "NOPROF");
        QVERIFY(t.accepted);
        QVERIFY(detailOf(t, "zc", "ZC-04").contains("started task user ID ZCSTC"));
        QCOMPARE(Scenario::arrives(t, "icon").value("userid").toString(), QString("ZCSTC"));
        QCOMPARE(t.authorizedUserid, QString("ZCSTC"));
        const Trace own = run(zosConnect(with(kLdap, {{"startedTaskUserid", "DAVE"}})), kLdapAlice, "NOPROF");
        QCOMPARE(Scenario::arrives(own, "icon").value("userid").toString(), QString("DAVE"));
        // Negative: a technical ID set, or a usable subject, leaves the started task out.
        const Trace tech = run(zosConnect(with(kLdap, {{"technicalId", "TECHID"}})), kLdapAlice);
        QCOMPARE(Scenario::result(tech, "zc", "ZC-04"), QString());
        QCOMPARE(Scenario::arrives(tech, "icon").value("userid").toString(), QString("TECHID"));
        QCOMPARE(Scenario::result(run(zosConnect({}), kAlice), "zc", "ZC-04"), QString());
    }

    // covers: ZC-05
    void technicalGroupAndPasswordFlowToImsConnect()
    {
        const QJsonObject tech = with(kLdap, {{"technicalId", "TECHID"}, {"technicalGroup", "SYSGRP"}, {"technicalPassword", "TECHPW"},
                                             {"passNetworkCredentials", false}});
        const Trace t = run(zosConnect(tech, "https_server", {}, "Y"), kLdapAlice);
        QVERIFY(t.accepted);
        QVERIFY(detailOf(t, "zc", "ZC-05").contains("user ID TECHID, group SYSGRP and the technical password"));
        QCOMPARE(Scenario::arrives(t, "icon"), (QJsonObject{{"userid", "TECHID"}, {"group", "SYSGRP"}, {"password", true}}));
        QCOMPARE(Scenario::result(t, "icon", "ICON-01"), QString("pass"));
        // IMS Connect checks what flowed: another group, or no password, fails there.
        QCOMPARE(run(zosConnect(with(tech, {{"technicalGroup", "PAYGRP"}}), "https_server", {}, "Y"), kLdapAlice).failedRule, QString("ICON-01"));
        const Trace noPassword = run(zosConnect(with(tech, {{"technicalPassword", ""}}), "https_server", {}, "Y"), kLdapAlice);
        QCOMPARE(noPassword.failedRule, QString("ICON-01"));
        QCOMPARE(Scenario::arrives(noPassword, "icon"), (QJsonObject{{"userid", "TECHID"}, {"group", "SYSGRP"}}));
        // The caller's own password never goes on.
        QVERIFY(!Scenario::arrives(run(zosConnect({}), kAlice), "icon").contains("password"));
    }

    void networkCredentials_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("icon");
        QTest::addColumn<bool>("pass");
        QTest::addColumn<QString>("netuid");  // "" : not sent
        QTest::newRow("3.0 to IMS Connect 15") << "3.0" << "icon" << true << "ALICE";
        QTest::newRow("2.0.10 to IMS Connect 15") << "2.0.10" << "icon" << true << "ALICE";
        QTest::newRow("2.0.11 to IMS Connect 15") << "2.0.11" << "icon" << true << "ALICE";
        QTest::newRow("2.0.9 to IMS Connect 15") << "2.0.9" << "icon" << true << "";
        QTest::newRow("2.0.1 to IMS Connect 15") << "2.0.1" << "icon" << true << "";
        QTest::newRow("3.0 to IMS Connect 14") << "3.0" << "icon14" << true << "";
        QTest::newRow("2.0.10 to IMS Connect 14") << "2.0.10" << "icon14" << true << "";
        QTest::newRow("switched off") << "3.0" << "icon" << false << "";
    }

    // covers: ZC-06
    void networkCredentials()
    {
        QFETCH(QString, version);
        QFETCH(QString, icon);
        QFETCH(bool, pass);
        QFETCH(QString, netuid);
        const Trace t = run(zosConnect({{"version", version}, {"passNetworkCredentials", pass}}), kAlice, "PAYROLL", icon);
        QVERIFY(t.accepted);
        QCOMPARE(Scenario::result(t, "zc", "ZC-06"), QString(netuid.isEmpty() ? "info" : "pass"));
        const QJsonObject atIcon = Scenario::arrives(t, icon);
        QCOMPARE(atIcon.value("netuid").toString(), netuid);
        QCOMPARE(atIcon.value("netsid").toString(), QString(netuid.isEmpty() ? "" : "ZOSREALM"));
        QCOMPARE(Scenario::arrives(t, "otma").value("netuid").toString(), netuid);
        QCOMPARE(atIcon.value("userid").toString(), QString("ALICE"));
    }

    // covers: ZC-06
    void networkUserIdIsTheRegistryUserName()
    {
        const Trace t = run(zosConnect(with(kLdap, {{"technicalId", "TECHID"}})), kLdapAlice);
        QCOMPARE(Scenario::arrives(t, "icon"), (QJsonObject{{"userid", "TECHID"}, {"netuid", "alice@bank.example"}, {"netsid", "ldap.bank.example"}}));
    }

    void jwt_data()
    {
        QTest::addColumn<QJsonValue>("token");
        QTest::addColumn<QString>("detail");  // "" : passes
        const QString later = "2026-11-21T11:00:00Z";
        QTest::newRow("object") << QJsonValue(claims(later)) << "";
        QTest::newRow("object, numeric exp, audience list") << QJsonValue(claims(double(kNow + 60), QJsonArray{"other", "payroll-api"})) << "";
        QTest::newRow("compact") << QJsonValue(compactJwt(claims(double(kNow + 3600)))) << "";
        QTest::newRow("compact, expired") << QJsonValue(compactJwt(claims(double(kNow - 1)))) << "has expired";
        QTest::newRow("object, expired") << QJsonValue(claims("2026-11-21T09:59:59Z")) << "has expired";
        QTest::newRow("no expiry") << QJsonValue(claims(QJsonValue::Undefined)) << "has no expiry";
        QTest::newRow("other issuer") << QJsonValue(claims(later, "payroll-api", "alice@bank.example", "https://evil.example"))
                                      << "issuer https://evil.example is not the configured";
        QTest::newRow("other audience") << QJsonValue(claims(later, "billing-api")) << "audience does not include payroll-api";
        QTest::newRow("compact, other audience") << QJsonValue(compactJwt(claims(double(kNow + 3600), "billing-api"))) << "audience";
        QTest::newRow("unmapped subject") << QJsonValue(claims(later, "payroll-api", "carol@bank.example")) << "no identity mapping";
        // bob@bank.example is mapped, but for another registry.
        QTest::newRow("mapped for another issuer") << QJsonValue(claims(later, "payroll-api", "bob@bank.example")) << "no identity mapping";
    }

    // covers: ZC-07
    void jwt()
    {
        QFETCH(QJsonValue, token);
        QFETCH(QString, detail);
        if (token.isString())
            QVERIFY(token.toString().contains('-'));
        const Trace t = run(zosConnect({{"serviceGroups", QJsonArray{"PAYGRP"}}}), {{"jwt", token}});
        QCOMPARE(Scenario::result(t, "zc", "ZC-07"), QString(detail.isEmpty() ? "pass" : "fail"));
        QVERIFY2(detailOf(t, "zc", "ZC-07").contains(detail), qPrintable(detailOf(t, "zc", "ZC-07")));
        QCOMPARE(t.accepted, detail.isEmpty());
        QCOMPARE(Scenario::result(t, "zc", "ZC-01"), QString());
        if (detail.isEmpty()) {
            QCOMPARE(Scenario::arrives(t, "zc").value("jwt").toString(), QString("alice@bank.example"));
            QVERIFY(detailOf(t, "zc", "ZC-07").contains("subject alice@bank.example maps to ALICE"));
            QCOMPARE(Scenario::arrives(t, "icon").value("userid").toString(), QString("ALICE"));
            QCOMPARE(t.authorizedUserid, QString("ALICE"));
        } else {
            QCOMPARE(t.rejectedAt, QString("zc"));
        }
    }

    // covers: ZC-07
    void jwtIgnoredWithoutConfiguredIssuer()
    {
        const Scenario s = zosConnect({{"jwtIssuer", ""}});
        const Trace t = run(s, with(kAlice, {{"jwt", claims("2026-11-21T11:00:00Z")}}));
        QVERIFY(t.accepted);
        QCOMPARE(Scenario::result(t, "zc", "ZC-07"), QString("info"));
        QCOMPARE(Scenario::result(t, "zc", "ZC-01"), QString("pass"));
        // Without basic credentials beside it, the ignored token authenticates nobody.
        QCOMPARE(run(s, {{"jwt", claims("2026-11-21T11:00:00Z")}}).failedRule, QString("ZC-01"));
    }
};

QTEST_GUILESS_MAIN(TestZosConnect)
#include "tst_zosconnect.moc"
