// Open Database: whose identity ODBM passes to IMS, and which database
// security IMS applies (ODBM-01..ODBM-04).
#include "scenario.h"

#include <QTest>

namespace {

const QStringList kDbPath{"app", "icon", "odbm", "ims"};

QJsonObject signon(const QString &user)
{
    return {{"userid", user}, {"password", user + "PW"}};  // the fixture's passwords
}

QString detail(const Trace &t, const QString &node, const QString &rule)
{
    const Check *c = Scenario::check(t, node, rule);
    return c ? c->detail : QString();
}

// client -> IMS Connect -> ODBM -> IMS.
Scenario openDb(const QJsonObject &icon, const QJsonObject &odbm, const QJsonObject &ims)
{
    Scenario s;
    s.node("app", "client", {}, {}).node("icon", "ims_connect", icon).node("odbm", "odbm", odbm).node("ims", "ims", ims);
    return s.link("app", "icon", "at_tls").link("icon", "odbm").link("odbm", "ims");
}

const QJsonObject kRacfY{{"RACF", "Y"}};
const QJsonObject kRacfN{{"RACF", "N"}};
const QJsonObject kApsb{{"ODBASE", "Y"}};

} // namespace

class TestOpenDb : public QObject
{
    Q_OBJECT

private slots:
    // covers: ODBM-01
    void odbmUsesTheRacoFromImsConnect()
    {
        const Trace t = openDb(kRacfY, {}, kApsb).run("db", "PSB1", kDbPath, signon("ALICE"));
        QVERIFY(t.accepted);
        QCOMPARE(Scenario::result(t, "odbm", "ODBM-01"), QString("pass"));
        QCOMPARE(Scenario::arrives(t, "ims").value("userid").toString(), QString("ALICE"));
        QCOMPARE(Scenario::arrives(t, "ims").value("group").toString(), QString("PAYGRP"));
        QVERIFY(!Scenario::arrives(t, "ims").contains("raco"));
        QCOMPARE(t.authorizedUserid, QString("ALICE"));
    }

    // covers: ODBM-01
    void withoutRacoOdbmRunsUnderItsJobUser()
    {
        Scenario s = openDb(kRacfN, {{"jobUserid", "ODBM"}, {"jobGroup", "SYSGRP"}}, kApsb);
        s.profile("AIMS", "PSB3", "NONE", {{"ODBM", "READ"}});
        // BOB has no access to PSB3, the ODBM job user does: the job user decides.
        const Trace t = s.run("db", "PSB3", kDbPath, signon("BOB"));
        QVERIFY(t.accepted);
        QCOMPARE(Scenario::result(t, "odbm", "ODBM-01"), QString("info"));
        QCOMPARE(Scenario::arrives(t, "ims").value("userid").toString(), QString("ODBM"));
        QCOMPARE(Scenario::arrives(t, "ims").value("group").toString(), QString("SYSGRP"));
        QCOMPARE(t.authorizedUserid, QString("ODBM"));
        // ALICE may use PSB1, but without a RACO her identity does not reach IMS.
        const Trace alice = s.run("db", "PSB1", kDbPath, signon("ALICE"));
        QCOMPARE(alice.failedRule, QString("ODBM-03"));
        QCOMPARE(alice.authorizedUserid, QString("ODBM"));
    }

    // covers: ODBM-02
    void rrsYBuildsAnAceeInTheThread()
    {
        const Trace odba = openDb(kRacfY, {{"RRS", "Y"}}, {}).run("db", "PSB1", kDbPath, signon("ALICE"));
        QVERIFY(odba.accepted);
        QCOMPARE(Scenario::arrives(odba, "ims").value("acee").toString(), QString("ALICE"));
        QVERIFY(detail(odba, "odbm", "ODBM-02").contains("ODBA"));
        const Trace cctl = openDb(kRacfY, {{"RRS", "N"}}, {}).run("db", "PSB1", kDbPath, signon("ALICE"));
        QVERIFY(cctl.accepted);
        QVERIFY(!Scenario::arrives(cctl, "ims").contains("acee"));
        QVERIFY(detail(cctl, "odbm", "ODBM-02").contains("PAPL"));
        QCOMPARE(Scenario::arrives(cctl, "ims").value("userid").toString(), QString("ALICE"));
        QCOMPARE(Scenario::arrives(cctl, "ims").value("group").toString(), QString("PAYGRP"));
    }

    // covers: ODBM-03
    void odbaseYWithRrsChecksAimsAndIgnoresIsis()
    {
        // ISIS=C without DFSRAS00 would fail every request if ISIS were used.
        const Scenario s = openDb(kRacfY, {{"RRS", "Y"}}, {{"ODBASE", "Y"}, {"ISIS", "C"}});
        const Trace alice = s.run("db", "PSB1", kDbPath, signon("ALICE"));
        QVERIFY(alice.accepted);
        QCOMPARE(Scenario::result(alice, "ims", "ODBM-03"), QString("pass"));
        QVERIFY(detail(alice, "ims", "ODBM-03").contains("AIMS"));
        QCOMPARE(Scenario::result(alice, "ims", "ODBM-04"), QString());
        const Trace psb2 = s.run("db", "PSB2", kDbPath, signon("ALICE"));
        QCOMPARE(psb2.failedRule, QString("ODBM-03"));
        QCOMPARE(psb2.rejectedAt, QString("ims"));
        QCOMPARE(s.run("db", "PSB1", kDbPath, signon("BOB")).failedRule, QString("ODBM-03"));
    }

    // covers: ODBM-03
    void odbaseHasNoEffectWithoutRrs()
    {
        const Scenario s = openDb(kRacfY, {{"RRS", "N"}}, {{"ODBASE", "Y"}, {"ISIS", "N"}});
        const Trace t = s.run("db", "PSB2", kDbPath, signon("ALICE"));  // AIMS would deny PSB2
        QVERIFY(t.accepted);
        QCOMPARE(Scenario::result(t, "ims", "ODBM-03"), QString("skip"));
        QCOMPARE(Scenario::result(t, "ims", "ODBM-04"), QString("skip"));
        // Negative: ODBASE=N never reports ODBM-03.
        const Trace n = openDb(kRacfY, {{"RRS", "Y"}}, {{"ODBASE", "N"}}).run("db", "PSB2", kDbPath, signon("ALICE"));
        QCOMPARE(Scenario::result(n, "ims", "ODBM-03"), QString());
        QVERIFY(n.accepted);
    }

    void isisDecidesResourceAccess_data()
    {
        QTest::addColumn<QString>("rrs");
        QTest::addColumn<QString>("isis");
        QTest::addColumn<QJsonValue>("exit");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("result");
        QTest::addColumn<QString>("why");
        const QJsonValue none = QJsonValue::Null;
        const QJsonValue allowAll = QJsonObject{{"denyUsers", QJsonArray()}};
        const QJsonValue denyBob = QJsonObject{{"denyUsers", QJsonArray{"BOB"}}};
        const QJsonValue denyAlice = QJsonObject{{"denyUsers", QJsonArray{"ALICE"}}};
        for (const char *rrs : {"Y", "N"}) {
            QTest::addRow("RRS=%s ISIS=N", rrs) << rrs << "N" << none << "BOB" << "skip" << "no resource access";
            QTest::addRow("RRS=%s ISIS=R granted", rrs) << rrs << "R" << none << "ALICE" << "pass" << "IIMS";
            QTest::addRow("RRS=%s ISIS=R denied", rrs) << rrs << "R" << allowAll << "BOB" << "fail" << "IIMS";
            QTest::addRow("RRS=%s ISIS=C no exit", rrs) << rrs << "C" << none << "ALICE" << "fail" << "needs the DFSRAS00";
            QTest::addRow("RRS=%s ISIS=C exit allows", rrs) << rrs << "C" << denyAlice << "BOB" << "pass" << "accepts BOB";
            QTest::addRow("RRS=%s ISIS=C exit denies", rrs) << rrs << "C" << denyBob << "BOB" << "fail" << "rejects BOB";
            QTest::addRow("RRS=%s ISIS=A both allow", rrs) << rrs << "A" << denyBob << "ALICE" << "pass" << "accepts ALICE";
            QTest::addRow("RRS=%s ISIS=A RACF denies", rrs) << rrs << "A" << allowAll << "BOB" << "fail" << "IIMS";
            QTest::addRow("RRS=%s ISIS=A exit denies", rrs) << rrs << "A" << denyAlice << "ALICE" << "fail" << "rejects ALICE";
        }
    }
    // covers: ODBM-04
    void isisDecidesResourceAccess()
    {
        QFETCH(QString, rrs);
        QFETCH(QString, isis);
        QFETCH(QJsonValue, exit);
        QFETCH(QString, user);
        QFETCH(QString, result);
        QFETCH(QString, why);
        QJsonObject ims{{"ODBASE", "N"}, {"ISIS", isis}};
        if (!exit.isNull())
            ims.insert("DFSRAS00", exit);
        const Trace t = openDb(kRacfY, {{"RRS", rrs}}, ims).run("db", "PSB1", kDbPath, signon(user));
        QCOMPARE(t.accepted, result != "fail");
        QCOMPARE(t.failedRule, QString(result == "fail" ? "ODBM-04" : ""));
        // The last ODBM-04 check is the decisive one (ISIS=A reports RACF, then the exit).
        const Hop *ims_ = t.hop("ims");
        QVERIFY(ims_ && !ims_->checks.isEmpty());
        const Check &last = ims_->checks.last();
        QCOMPARE(last.rule, QString("ODBM-04"));
        QCOMPARE(Check::resultName(last.result), result);
        QVERIFY2(last.detail.contains(why), qPrintable(last.detail));
    }
};

QTEST_GUILESS_MAIN(TestOpenDb)
#include "tst_opendb.moc"
