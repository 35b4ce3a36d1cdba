// WebSphere Application Server with the IMS TM resource adapter (WAS-01..WAS-06):
// where the identity sent to IMS Connect comes from, Local Option, the NETUID
// login module, and the user that resumes callout TPIPEs.
#include "scenario.h"

#include <QTest>

namespace {

const QStringList kIn{"browser", "was", "icon", "otma", "ims"};
const QStringList kOut{"ims", "otma", "icon", "was", "svc"};
const QJsonObject kEndUser{{"userid", "BOB"}, {"password", "BOBPW"}};
const QJsonObject kAlias{{"aliasUserid", "ALICE"}, {"aliasPassword", "ALICEPW"}, {"aliasGroup", "PAYGRP"}};
const QJsonObject kApp{{"appUserid", "BOB"}, {"appPassword", "BOBPW"}, {"appGroup", "CLERKS"}};
const QJsonObject kFactory{{"cfUserid", "DAVE"}, {"cfPassword", "DAVEPW"}};

QJsonObject with(QJsonObject base, const QJsonObject &more)
{
    for (auto it = more.constBegin(); it != more.constEnd(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

// browser -> was -> icon -> otma -> ims; for callouts ims -> otma -> icon -> was -> svc.
Scenario was(const QJsonObject &wasOptions, const QString &racf = "Y", const QString &wasImage = "SYSA",
             const QJsonObject &iconOptions = {})
{
    Scenario s;
    s.image("SYSB", "RACFA");
    s.node("browser", "client", {}, {}).node("was", "was_tmra", wasOptions, wasImage);
    s.node("icon", "ims_connect", with({{"RACF", racf}}, iconOptions));
    s.node("otma", "otma", {{"OTMASE", "CHECK"}, {"tpipes", QJsonArray{"CALLOUT1"}}}).node("ims", "ims");
    s.node("svc", "external_service", {}, {});
    s.link("browser", "was", "https_server").link("was", "icon", "at_tls").link("icon", "otma").link("otma", "ims");
    return s.link("was", "svc", "https_server");
}

Trace payroll(const Scenario &s, const QJsonObject &endUser = kEndUser, const QString &tran = "PAYROLL")
{
    return s.run("transaction", tran, kIn, endUser);
}

QJsonObject credentials(const QString &user, const QString &group)
{
    return {{"userid", user}, {"password", true}, {"group", group}};
}

} // namespace

class TestWas : public QObject
{
    Q_OBJECT

private slots:
    // covers: WAS-01
    void containerManagedUsesTheJ2cAlias()
    {
        const Trace t = payroll(was(with(kAlias, kApp)));
        QVERIFY(t.accepted);
        QVERIFY(Scenario::check(t, "was", "WAS-01")->detail.contains("user ID ALICE from the J2C authentication alias"));
        QCOMPARE(Scenario::arrives(t, "icon"), credentials("ALICE", "PAYGRP"));
        QCOMPARE(Scenario::result(t, "icon", "ICON-01"), QString("pass"));
        QCOMPARE(t.authorizedUserid, QString("ALICE"));
        // The alias password is what IMS Connect authenticates.
        QCOMPARE(payroll(was(with(kAlias, {{"aliasPassword", "BOBPW"}}))).failedRule, QString("ICON-01"));
        // Negative: component-managed sign-on ignores the alias.
        const Trace component = payroll(was(with(with(kAlias, kApp), {{"signon", "component"}})), kEndUser, "INQUIRY");
        QCOMPARE(Scenario::result(component, "was", "WAS-01"), QString());
        QCOMPARE(Scenario::arrives(component, "icon").value("userid").toString(), QString("BOB"));
    }

    // covers: WAS-02
    void localOptionCreatesAUtokenInTheSameImage()
    {
        for (const char *racf : {"Y", "N"}) {
            const Trace t = payroll(was(with(kAlias, {{"localOption", true}}), racf));
            QVERIFY(t.accepted);
            QCOMPARE(Scenario::result(t, "was", "WAS-02"), QString("pass"));
            QCOMPARE(Scenario::arrives(t, "icon"), (QJsonObject{{"userid", "ALICE"}, {"utoken", "ALICE"}, {"group", "PAYGRP"}}));
            QCOMPARE(Scenario::result(t, "icon", "ICON-08"), QString("pass"));
            QCOMPARE(Scenario::result(t, "icon", "ICON-01"), QString());
            QCOMPARE(Scenario::result(t, "icon", "ICON-02"), QString());
            QCOMPARE(t.authorizedUserid, QString("ALICE"));
        }
        // Thread identity: the authenticated end user instead of the alias.
        const Trace thread = payroll(was(with(kAlias, {{"localOption", true}, {"threadIdentity", true}})), kEndUser, "INQUIRY");
        QVERIFY(thread.accepted);
        QCOMPARE(Scenario::arrives(thread, "icon").value("utoken").toString(), QString("BOB"));
        QCOMPARE(thread.authorizedUserid, QString("BOB"));
        // Negative: without Local Option IMS Connect authenticates a password and no UTOKEN arrives.
        const Trace remote = payroll(was(kAlias));
        QVERIFY(!Scenario::arrives(remote, "icon").contains("utoken"));
        QCOMPARE(Scenario::result(remote, "icon", "ICON-01"), QString("pass"));
    }

    void localOptionConfigurationErrors_data()
    {
        QTest::addColumn<QJsonObject>("options");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QJsonObject>("endUser");
        QTest::addColumn<QString>("detail");
        const QJsonObject local = with(kAlias, {{"localOption", true}});
        QTest::newRow("other image") << local << "SYSB" << kEndUser << "WAS is in SYSB, IMS Connect in SYSA";
        QTest::newRow("off z/OS") << local << "" << kEndUser << "this WAS is in no z/OS image";
        QTest::newRow("component-managed") << with(local, {{"signon", "component"}}) << "SYSA" << kEndUser << "needs container-managed sign-on";
        QTest::newRow("alias password wrong") << with(local, {{"aliasPassword", "NOTIT"}}) << "SYSA" << kEndUser << "cannot authenticate the alias";
        QTest::newRow("end user password wrong") << with(local, {{"threadIdentity", true}}) << "SYSA"
                                                 << QJsonObject{{"userid", "BOB"}, {"password", "NOTIT"}} << "cannot authenticate the end user";
    }

    // covers: WAS-02
    void localOptionConfigurationErrors()
    {
        QFETCH(QJsonObject, options);
        QFETCH(QString, image);
        QFETCH(QJsonObject, endUser);
        QFETCH(QString, detail);
        const Trace t = payroll(was(options, "Y", image), endUser);
        QCOMPARE(t.failedRule, QString("WAS-02"));
        QCOMPARE(t.rejectedAt, QString("was"));
        QVERIFY2(Scenario::check(t, "was", "WAS-02")->detail.contains(detail), qPrintable(Scenario::check(t, "was", "WAS-02")->detail));
        QVERIFY(!t.hop("icon"));
    }

    // covers: WAS-03
    void componentManagedUsesTheConnectionSpec()
    {
        const Trace t = payroll(was(with(with(kAlias, kApp), {{"signon", "component"}})), {}, "INQUIRY");
        QVERIFY(t.accepted);
        QVERIFY(Scenario::check(t, "was", "WAS-03")->detail.contains("user ID BOB from the IMSConnectionSpec"));
        QCOMPARE(Scenario::arrives(t, "icon"), credentials("BOB", "CLERKS"));
        QCOMPARE(t.authorizedUserid, QString("BOB"));
        // The group of the connection spec is checked: BOB is not in PAYGRP.
        const Trace wrongGroup = payroll(was(with(kApp, {{"signon", "component"}, {"appGroup", "PAYGRP"}})), {}, "INQUIRY");
        QCOMPARE(wrongGroup.failedRule, QString("ICON-01"));
        // Negative: container-managed sign-on takes the alias, not the connection spec.
        const Trace container = payroll(was(with(kAlias, kApp)));
        QCOMPARE(Scenario::result(container, "was", "WAS-03"), QString());
        QCOMPARE(Scenario::arrives(container, "icon").value("userid").toString(), QString("ALICE"));
    }

    // covers: WAS-04
    void connectionFactoryThenBlankUserid()
    {
        for (const char *signon : {"container", "component"}) {
            const Trace t = payroll(was(with(kFactory, {{"signon", signon}})), kEndUser, "NOPROF");
            QVERIFY(t.accepted);
            QVERIFY(Scenario::check(t, "was", "WAS-04")->detail.contains("user ID DAVE from the connection factory"));
            QCOMPARE(Scenario::arrives(t, "icon"), (QJsonObject{{"userid", "DAVE"}, {"password", true}}));
        }
        // Nothing anywhere: a blank user ID, which RACFID does not replace.
        const Trace blank = payroll(was({}, "N", "SYSA", {{"RACFID", "DEFUSR"}}), kEndUser, "INQUIRY");
        QVERIFY(Scenario::check(blank, "was", "WAS-04")->detail.contains("blank user ID"));
        QVERIFY(Scenario::arrives(blank, "icon").isEmpty());
        QCOMPARE(Scenario::result(blank, "icon", "ICON-04"), QString("info"));
        QCOMPARE(blank.failedRule, QString("OTMA-02"));
        QVERIFY(!Scenario::arrives(blank, "otma").contains("userid"));
        // Negative: security information from the application wins over the factory.
        const Trace app = payroll(was(with(with(kApp, kFactory), {{"signon", "component"}})), kEndUser, "INQUIRY");
        QCOMPARE(Scenario::result(app, "was", "WAS-04"), QString());
        QCOMPARE(Scenario::arrives(app, "icon").value("userid").toString(), QString("BOB"));
    }

    // covers: WAS-05
    void netuidLoginModuleSendsTheDistributedIdentity()
    {
        const QJsonObject module{{"netuidModule", true}, {"registryName", "ldap.bank.example"}};
        const QJsonObject distributed{{"userid", "alice@bank.example"}, {"password", "webpw"}};
        const Trace t = payroll(was(with(kAlias, module)), distributed);
        QVERIFY(t.accepted);
        QCOMPARE(Scenario::result(t, "was", "WAS-05"), QString("pass"));
        QCOMPARE(Scenario::arrives(t, "icon").value("netuid").toString(), QString("alice@bank.example"));
        QCOMPARE(Scenario::arrives(t, "icon").value("netsid").toString(), QString("ldap.bank.example"));
        QCOMPARE(Scenario::arrives(t, "icon").value("userid").toString(), QString("ALICE"));
        QCOMPARE(Scenario::arrives(t, "otma").value("netuid").toString(), QString("alice@bank.example"));
        // Component-managed security cannot use the module: a configuration error.
        const Trace component = payroll(was(with(with(kApp, module), {{"signon", "component"}})), distributed);
        QCOMPARE(component.failedRule, QString("WAS-05"));
        QCOMPARE(component.rejectedAt, QString("was"));
        // Negative: without the module the distributed identity is not sent.
        const Trace none = payroll(was(kAlias), distributed);
        QCOMPARE(Scenario::result(none, "was", "WAS-05"), QString());
        QVERIFY(!Scenario::arrives(none, "icon").contains("netuid"));
    }

    void calloutResumeUser_data()
    {
        QTest::addColumn<QJsonObject>("options");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("source");
        QTest::newRow("MDB: activation spec") << with(with(kApp, kFactory), {{"activationSpecUserid", "MDBUSR"}}) << "MDBUSR" << "IMSActivationSpec";
        QTest::newRow("connection spec") << with(kApp, kFactory) << "BOB" << "connection spec";
        QTest::newRow("connection factory") << kFactory << "DAVE" << "connection factory";
    }

    // covers: WAS-06
    void calloutResumeUser()
    {
        QFETCH(QJsonObject, options);
        QFETCH(QString, user);
        QFETCH(QString, source);
        Scenario s = was(options, "N");
        s.user("MDBUSR", {}, {"SYSGRP"});
        s.profile("RIMS", "CALLOUT1", "NONE", {{user, "READ"}});
        const Trace t = s.run("sync_callout", "CALLOUT1", kOut, {{"userid", "ALICE"}});
        QVERIFY(t.accepted);
        QVERIFY(Scenario::check(t, "otma", "OTMA-07")->detail.contains("by " + user));
        QVERIFY(Scenario::check(t, "was", "WAS-06")->detail.contains(source));
        QCOMPARE(Scenario::arrives(t, "svc"), (QJsonObject{{"userid", user}}));
        QCOMPARE(Scenario::result(t, "svc", "WAS-06"), QString("pass"));
        // Negative: the same user without READ on RIMS.CALLOUT1 cannot resume the TPIPE.
        s.profile("RIMS", "CALLOUT1", "NONE", {{"ALICE", "READ"}});
        const Trace denied = s.run("sync_callout", "CALLOUT1", kOut, {{"userid", "ALICE"}});
        QCOMPARE(denied.failedRule, QString("OTMA-07"));
        QCOMPARE(denied.authorizedUserid, user);
    }
};

QTEST_GUILESS_MAIN(TestWas)
#include "tst_was.moc"
