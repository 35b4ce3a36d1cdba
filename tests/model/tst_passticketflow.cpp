// PassTickets end to end through the engine: a client signing on to IMS
// Connect (ICON-05, PT-01..PT-04) and IMS-to-IMS connections (PT-05, PT-06).
// The algorithm itself is tested in tst_passticket.
#include "passticket.h"
#include "scenario.h"

#include <QTest>

namespace {

const QString kClassicKey = QStringLiteral("E001193519561977");
const QString kEnhancedKey = QStringLiteral("000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F");
const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-11-21T10:00:00Z"), Qt::ISODate);  // Scenario's clock
const QStringList kTxPath{"app", "icon", "otma", "ims"};
const QStringList kMscPath{"imsa", "icona", "iconb", "imsb"};
const QStringList kOtmaPath{"imsa", "icona", "iconb", "otmab", "imsb"};

QJsonObject with(QJsonObject base, const QJsonObject &extra)
{
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

QString detail(const Trace &t, const QString &node, const QString &rule)
{
    const Check *c = Scenario::check(t, node, rule);
    return c ? c->detail : QString();
}

// A client signs on with a PassTicket to IMS Connect (datastoreApplid IMSAPPL), OTMASE=CHECK.
Scenario clientScenario(const QJsonObject &iconExtra = {})
{
    Scenario s;
    s.basicChain(with({{"RACF", "Y"}, {"datastoreApplid", "IMSAPPL"}}, iconExtra), {{"OTMASE", "CHECK"}});
    return s;
}

QJsonObject ticketFor(const QString &user, const QJsonObject &extra = {})
{
    return with({{"userid", user}, {"passticket", true}}, extra);
}

QString timeAt(int offsetSeconds)
{
    return kNow.addSecs(offsetSeconds).toString(Qt::ISODate);
}

// A PTKTDATA entry with keys the fixture's ptktdata() does not take (e.g. "enhanced").
void addPtktdata(Scenario &s, const QJsonObject &entry)
{
    QJsonArray domains = s.json().value("domains").toArray();
    QJsonObject racfa = domains.at(0).toObject();
    QJsonArray profiles = racfa.value("ptktdata").toArray();
    profiles.append(entry);
    racfa.insert("ptktdata", profiles);
    domains[0] = racfa;
    s.set("domains", domains);
}

// IMS A (SYSA, RACFA) -> IMS Connect A =rmtimscon=> IMS Connect B (SYSB, RACFB)
// -> IMS B directly (MSC) or through OTMA B. As in seed 004: both sides know
// USER0001 and USER0002 and share the APPLI2I key; only USER0002 may use APPLI2I.
class ImsToIms
{
public:
    ImsToIms &sender(const QJsonObject &options) { mSender = options; return *this; }
    ImsToIms &receiver(const QJsonObject &options) { mReceiver = options; return *this; }
    ImsToIms &receiverKey(const QString &key) { mReceiverKey = key; return *this; }
    ImsToIms &nonPersistent() { mPersistent = false; return *this; }

    Scenario build() const
    {
        const QJsonObject base{{"RACF", "Y"}, {"rmtimscon", QJsonObject{{"appl", "APPLI2I"}, {"userid", "USER0002"}}}};
        Scenario s;
        s.domain("RACFB").image("SYSB", "RACFB");
        for (const QString domain : {"RACFA", "RACFB"})
            s.user("USER0001", "USER0001", {}, false, domain).user("USER0002", "USER0002", {}, false, domain);
        s.ptktdata("APPLI2I", kClassicKey, true, "RACFA").ptktdata("APPLI2I", mReceiverKey, true, "RACFB");
        s.profile("APPL", "APPLI2I", "NONE", {{"USER0002", "READ"}}, "RACFB");
        s.node("imsa", "ims").node("icona", "ims_connect", with(base, mSender));
        s.node("iconb", "ims_connect", with(base, mReceiver), "SYSB").node("otmab", "otma", {}, "SYSB").node("imsb", "ims", {}, "SYSB");
        s.link("imsa", "icona").link("icona", "iconb", "at_tls", {{"kind", "rmtimscon"}, {"persistent", mPersistent}});
        return s.link("iconb", "imsb").link("iconb", "otmab").link("otmab", "imsb");
    }

private:
    QJsonObject mSender, mReceiver;
    QString mReceiverKey = kClassicKey;
    bool mPersistent = true;
};

} // namespace

class TestPassTicketFlow : public QObject
{
    Q_OBJECT

private slots:
    // covers: ICON-05 PT-01
    void clientPassTicketValidatedWithDatastoreApplid()
    {
        const Trace t = clientScenario().run("transaction", "PAYROLL", kTxPath, ticketFor("alice", {{"password", "WRONG"}}));
        QVERIFY(t.accepted);
        const QString expected = PassTicket::generate("ALICE", "IMSAPPL", QByteArray::fromHex(kClassicKey.toLatin1()),
                                                      kNow.toSecsSinceEpoch(), PassTicket::Type::Classic);
        QVERIFY(detail(t, "app", "PT-01").contains(expected));
        // The ticket replaces the password, which never reaches IMS Connect.
        const QJsonObject atIcon = Scenario::arrives(t, "icon");
        QCOMPARE(atIcon.value("passticket").toString(), QString("ALICE"));
        QVERIFY(!atIcon.contains("password"));
        QCOMPARE(Scenario::result(t, "icon", "PT-01"), QString("pass"));
        QCOMPARE(Scenario::result(t, "icon", "ICON-05"), QString("pass"));
        QVERIFY(detail(t, "icon", "ICON-05").contains("IMSAPPL"));
        QCOMPARE(Scenario::result(t, "icon", "ICON-01"), QString());
        QCOMPARE(Scenario::arrives(t, "otma").value("utoken").toString(), QString("ALICE"));
        QVERIFY(!Scenario::arrives(t, "otma").contains("passticket"));
    }

    // covers: ICON-05
    void racfNIgnoresThePassTicket()
    {
        const Trace t = clientScenario({{"RACF", "N"}}).run("transaction", "PAYROLL", kTxPath, ticketFor("ALICE"));
        QVERIFY(t.accepted);
        QCOMPARE(Scenario::result(t, "icon", "ICON-05"), QString("skip"));
        QCOMPARE(Scenario::result(t, "icon", "PT-01"), QString());
        QVERIFY(!Scenario::arrives(t, "otma").contains("utoken"));
    }

    // covers: ICON-05
    void noDatastoreApplidNoPassTicket()
    {
        const Trace t = clientScenario({{"datastoreApplid", ""}}).run("transaction", "PAYROLL", kTxPath, ticketFor("ALICE"));
        QCOMPARE(Scenario::result(t, "app", "PT-01"), QString("info"));
        QVERIFY(detail(t, "app", "PT-01").contains("datastoreApplid"));
        QVERIFY(!Scenario::arrives(t, "icon").contains("passticket"));
        QCOMPARE(t.failedRule, QString("ICON-01"));
        QCOMPARE(Scenario::result(t, "icon", "ICON-05"), QString());
    }

    // covers: PT-01
    void ticketThatDoesNotValidateFailsPt01()
    {
        const Scenario s = clientScenario();
        const Trace wrongKey = s.run("transaction", "PAYROLL", kTxPath, ticketFor("ALICE", {{"passticketKey", "0123456789ABCDEF"}}));
        QCOMPARE(wrongKey.failedRule, QString("PT-01"));
        QCOMPARE(wrongKey.rejectedAt, QString("icon"));
        QVERIFY(detail(wrongKey, "icon", "PT-01").contains("key differs"));
        QCOMPARE(Scenario::result(wrongKey, "icon", "PT-02"), QString());
        QVERIFY(detail(s.run("transaction", "PAYROLL", kTxPath, ticketFor("NOBODY")), "icon", "PT-01").contains("not defined"));
        QVERIFY(detail(s.run("transaction", "PAYROLL", kTxPath, ticketFor("CAROL")), "icon", "PT-01").contains("revoked"));
        // The same key written in lower case is the same key.
        QVERIFY(s.run("transaction", "PAYROLL", kTxPath, ticketFor("ALICE", {{"passticketKey", kClassicKey.toLower()}})).accepted);
    }

    // covers: PT-01
    void ptktdataClassMustBeActive()
    {
        Scenario s = clientScenario();
        s.activeClasses({"TIMS", "CIMS", "APPL", "FACILITY"});
        const Trace t = s.run("transaction", "PAYROLL", kTxPath, ticketFor("ALICE"));
        QCOMPARE(t.failedRule, QString("PT-01"));
        QVERIFY(detail(t, "icon", "PT-01").contains("PTKTDATA is not active"));
    }

    // covers: PT-01 PT-02
    void genericPtktdataProfileIsIgnored()
    {
        Scenario s = clientScenario({{"datastoreApplid", "IMSAPPX"}});
        s.ptktdata("IMSAPP*", kClassicKey);
        const Trace generic = s.run("transaction", "PAYROLL", kTxPath, ticketFor("ALICE", {{"passticketKey", kClassicKey}}));
        QCOMPARE(generic.failedRule, QString("PT-01"));
        QVERIFY(detail(generic, "icon", "PT-01").contains("no discrete PTKTDATA profile IMSAPPX"));
        s.ptktdata("IMSAPPX", kClassicKey);
        QVERIFY(s.run("transaction", "PAYROLL", kTxPath, ticketFor("ALICE")).accepted);
    }

    void windowIsTenMinutesEitherSide_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<bool>("enhanced");
        QTest::addColumn<bool>("valid");
        for (bool enhanced : {false, true}) {
            const char *kind = enhanced ? "enhanced" : "classic";
            QTest::addRow("%s -600", kind) << -600 << enhanced << true;
            QTest::addRow("%s +600", kind) << 600 << enhanced << true;
            QTest::addRow("%s -601", kind) << -601 << enhanced << false;
            QTest::addRow("%s +601", kind) << 601 << enhanced << false;
            QTest::addRow("%s -1h", kind) << -3600 << enhanced << false;
        }
    }
    // covers: PT-02
    void windowIsTenMinutesEitherSide()
    {
        QFETCH(int, offset);
        QFETCH(bool, enhanced);
        QFETCH(bool, valid);
        Scenario s = clientScenario({{"datastoreApplid", "IMSENH"}});
        s.ptktdata("IMSENH", enhanced ? kEnhancedKey : kClassicKey);
        const Trace t = s.run("transaction", "PAYROLL", kTxPath, ticketFor("ALICE", {{"passticketTime", timeAt(offset)}}));
        QCOMPARE(t.accepted, valid);
        QCOMPARE(Scenario::result(t, "icon", "PT-02"), QString(valid ? "pass" : "fail"));
        if (!valid) {
            QCOMPARE(t.failedRule, QString("PT-02"));
            QVERIFY(detail(t, "icon", "PT-02").contains(QString::number(offset) + " s"));
        }
    }

    // covers: PT-03
    void replayIsRefusedWithinTheWindow()
    {
        const Scenario s = clientScenario();
        QCOMPARE(Scenario::result(s.run("transaction", "PAYROLL", kTxPath, ticketFor("ALICE")), "icon", "PT-03"), QString("pass"));
        const Trace replay = s.run("transaction", "PAYROLL", kTxPath, ticketFor("ALICE"), 2);
        QCOMPARE(replay.failedRule, QString("PT-03"));
        QCOMPARE(replay.rejectedAt, QString("icon"));
        QCOMPARE(Scenario::result(replay, "icon", "PT-01"), QString("pass"));
    }

    // covers: PT-03
    void noReplayProtectionOnTheApplUserProfile()
    {
        Scenario s = clientScenario();
        s.ptktdata("IMSAPPL.BOB", kClassicKey, false);
        // Another user's profile does not lift ALICE's protection.
        QCOMPARE(s.run("transaction", "PAYROLL", kTxPath, ticketFor("ALICE"), 2).failedRule, QString("PT-03"));
        s.ptktdata("IMSAPPL.ALICE", kClassicKey, false);
        const Trace t = s.run("transaction", "PAYROLL", kTxPath, ticketFor("ALICE"), 2);
        QVERIFY(t.accepted);
        QCOMPARE(Scenario::result(t, "icon", "PT-03"), QString("skip"));
        QVERIFY(detail(t, "icon", "PT-03").contains("IMSAPPL.ALICE"));
    }

    // covers: PT-04
    void userNeedsReadOnTheApplProfile()
    {
        const Scenario s = clientScenario();
        const Trace bob = s.run("transaction", "INQ1", kTxPath, ticketFor("BOB"));
        QCOMPARE(Scenario::result(bob, "icon", "PT-01"), QString("pass"));
        QCOMPARE(bob.failedRule, QString("PT-04"));
        QCOMPARE(bob.rejectedAt, QString("icon"));
        QCOMPARE(bob.authorizedUserid, QString("BOB"));
        QCOMPARE(Scenario::result(s.run("transaction", "INQ1", kTxPath, ticketFor("ALICE")), "icon", "PT-04"), QString("pass"));
    }

    // covers: PT-04
    void applCheckOnlyWhereActiveAndProtected()
    {
        Scenario inactive = clientScenario();
        inactive.activeClasses({"TIMS", "CIMS", "PTKTDATA", "FACILITY"});
        const Trace t = inactive.run("transaction", "INQ1", kTxPath, ticketFor("BOB"));
        QVERIFY(t.accepted);
        QCOMPARE(Scenario::result(t, "icon", "PT-04"), QString("skip"));

        Scenario unprotected = clientScenario({{"datastoreApplid", "IMSAPP2"}});
        unprotected.ptktdata("IMSAPP2", kClassicKey);
        const Trace u = unprotected.run("transaction", "INQ1", kTxPath, ticketFor("BOB"));
        QVERIFY(u.accepted);
        QVERIFY(detail(u, "icon", "PT-04").contains("not protected"));
    }

    // covers: PT-01 PT-02
    void enhancedKeyWorksEndToEnd()
    {
        Scenario s = clientScenario({{"datastoreApplid", "IMSENH"}});
        s.ptktdata("IMSENH", kEnhancedKey);
        const Trace t = s.run("transaction", "PAYROLL", kTxPath, ticketFor("ALICE"));
        QVERIFY(t.accepted);
        const QString expected = PassTicket::generate("ALICE", "IMSENH", QByteArray::fromHex(kEnhancedKey.toLatin1()),
                                                      kNow.toSecsSinceEpoch(), PassTicket::Type::EnhancedUpper);
        QVERIFY(detail(t, "icon", "PT-01").contains(expected));
        QString otherKey = kEnhancedKey;
        otherKey.replace(0, 2, "FF");
        QCOMPARE(s.run("transaction", "PAYROLL", kTxPath, ticketFor("ALICE", {{"passticketKey", otherKey}})).failedRule, QString("PT-01"));
        // A classic ticket never validates against an enhanced profile.
        QCOMPARE(s.run("transaction", "PAYROLL", kTxPath, ticketFor("ALICE", {{"passticketKey", kClassicKey}})).failedRule, QString("PT-01"));
    }

    // covers: PT-01
    void enhancedMixedCaseProfile()
    {
        Scenario s = clientScenario({{"datastoreApplid", "IMSMIX"}});
        addPtktdata(s, {{"appl", "IMSMIX"}, {"key", kEnhancedKey}, {"enhanced", "mixed"}});
        const Trace t = s.run("transaction", "PAYROLL", kTxPath, ticketFor("ALICE"));
        QVERIFY(t.accepted);
        const QByteArray key = QByteArray::fromHex(kEnhancedKey.toLatin1());
        const qint64 now = kNow.toSecsSinceEpoch();
        const QString mixed = PassTicket::generate("ALICE", "IMSMIX", key, now, PassTicket::Type::EnhancedMixed);
        QVERIFY(detail(t, "icon", "PT-01").contains(mixed));
        QVERIFY(mixed != PassTicket::generate("ALICE", "IMSMIX", key, now, PassTicket::Type::EnhancedUpper));
    }

    // covers: PT-05 PT-01 PT-04
    void receiverVerifiesTheRmtimsconPassTicket()
    {
        const Trace t = ImsToIms().build().run("msc", "PAYROLL", kMscPath, {{"userid", "ALICE"}});
        QVERIFY(t.accepted);
        QCOMPARE(Scenario::result(t, "icona", "PT-05"), QString("pass"));
        QVERIFY(detail(t, "icona", "PT-05").contains("USER0002"));
        QCOMPARE(Scenario::arrives(t, "iconb").value("passticket").toString(), QString("USER0002"));
        QCOMPARE(Scenario::result(t, "iconb", "PT-05"), QString("pass"));
        QCOMPARE(Scenario::result(t, "iconb", "PT-01"), QString("pass"));
        QCOMPARE(Scenario::result(t, "iconb", "PT-04"), QString("pass"));
        // The message itself is not checked again: its user goes on, the ticket does not.
        QCOMPARE(Scenario::result(t, "iconb", "ICON-01"), QString());
        QCOMPARE(Scenario::arrives(t, "imsb").value("userid").toString(), QString("ALICE"));
        QVERIFY(!Scenario::arrives(t, "imsb").contains("passticket"));
    }

    // covers: PT-05
    void receiverWithRacfNIgnoresThePassTicket()
    {
        const Trace t = ImsToIms().receiver({{"RACF", "N"}}).build().run("msc", "PAYROLL", kMscPath, {{"userid", "ALICE"}});
        QVERIFY(t.accepted);
        QCOMPARE(Scenario::result(t, "iconb", "PT-05"), QString("skip"));
        QCOMPARE(Scenario::result(t, "iconb", "PT-01"), QString());
        // Even a ticket that would not validate goes through unchecked.
        QVERIFY(ImsToIms().receiver({{"RACF", "N"}}).receiverKey("0123456789ABCDEF").build().run("msc", "PAYROLL", kMscPath, {{"userid", "ALICE"}}).accepted);
    }

    // covers: PT-05 PT-01 PT-04
    void receiverRefusesAnUnverifiedConnection()
    {
        const QJsonObject alice{{"userid", "ALICE"}};
        const Trace keys = ImsToIms().receiverKey("0123456789ABCDEF").build().run("msc", "PAYROLL", kMscPath, alice);
        QCOMPARE(keys.failedRule, QString("PT-01"));
        QCOMPARE(keys.rejectedAt, QString("iconb"));
        QVERIFY(detail(keys, "iconb", "PT-01").contains("key differs"));
        const QJsonObject user1{{"rmtimscon", QJsonObject{{"appl", "APPLI2I"}, {"userid", "USER0001"}}}};
        const Trace noAppl = ImsToIms().sender(user1).build().run("msc", "PAYROLL", kMscPath, alice);
        QCOMPARE(noAppl.failedRule, QString("PT-04"));
        QCOMPARE(noAppl.rejectedAt, QString("iconb"));
        const QJsonObject unset{{"rmtimscon", QJsonObject{{"appl", ""}, {"userid", ""}}}};
        const Trace noTicket = ImsToIms().sender(unset).build().run("transaction", "PAYROLL", kOtmaPath, alice);
        QCOMPARE(noTicket.failedRule, QString("PT-05"));
        QCOMPARE(noTicket.rejectedAt, QString("icona"));
    }

    // covers: PT-05
    void persistentConnectionIsVerifiedOnce()
    {
        const Trace t = ImsToIms().build().run("msc", "PAYROLL", kMscPath, {{"userid", "ALICE"}}, 2);
        QVERIFY(t.accepted);
        QCOMPARE(Scenario::result(t, "icona", "PT-05"), QString("info"));
        QVERIFY(!Scenario::arrives(t, "iconb").contains("passticket"));
        QCOMPARE(Scenario::result(t, "iconb", "PT-05"), QString("pass"));
        QCOMPARE(Scenario::result(t, "iconb", "PT-01"), QString());
    }

    // covers: PT-05 PT-03
    void nonPersistentConnectionSendsATicketEveryTime()
    {
        // At the same instant the new ticket equals the first one: a replay, unless the
        // user's PTKTDATA profile lifts replay protection as seed 004 does for USER0002.
        Scenario s = ImsToIms().nonPersistent().build();
        const Trace replay = s.run("msc", "PAYROLL", kMscPath, {{"userid", "ALICE"}}, 2);
        QCOMPARE(replay.failedRule, QString("PT-03"));
        QCOMPARE(replay.rejectedAt, QString("iconb"));
        s.ptktdata("APPLI2I.USER0002", kClassicKey, false, "RACFB");
        const Trace t = s.run("msc", "PAYROLL", kMscPath, {{"userid", "ALICE"}}, 2);
        QVERIFY(t.accepted);
        QCOMPARE(Scenario::result(t, "icona", "PT-05"), QString("pass"));
        QCOMPARE(Scenario::arrives(t, "iconb").value("passticket").toString(), QString("USER0002"));
        QCOMPARE(Scenario::result(t, "iconb", "PT-03"), QString("skip"));
    }

    // covers: PT-06
    void mscNeedsRacfYAtTheSender()
    {
        const QJsonObject alice{{"userid", "ALICE"}};
        const Trace both = ImsToIms().build().run("msc", "PAYROLL", kMscPath, alice);
        QCOMPARE(Scenario::result(both, "icona", "PT-06"), QString("pass"));
        const Scenario s = ImsToIms().sender({{"RACF", "N"}}).build();
        const Trace msc = s.run("msc", "PAYROLL", kMscPath, alice);
        QCOMPARE(msc.failedRule, QString("PT-06"));
        QCOMPARE(msc.rejectedAt, QString("icona"));
        // OTMA over the same connection needs no return connection.
        const Trace otma = s.run("transaction", "PAYROLL", kOtmaPath, alice);
        QVERIFY(otma.accepted);
        QCOMPARE(Scenario::result(otma, "icona", "PT-06"), QString());
        QCOMPARE(Scenario::result(otma, "iconb", "PT-05"), QString("pass"));
    }

    // covers: PT-06
    void mscNeedsRmtimsconAtTheReceiver()
    {
        const QJsonObject alice{{"userid", "ALICE"}};
        const Trace both = ImsToIms().build().run("msc", "PAYROLL", kMscPath, alice);
        QCOMPARE(Scenario::result(both, "iconb", "PT-06"), QString("pass"));
        const Scenario s = ImsToIms().receiver({{"rmtimscon", QJsonObject{{"appl", ""}, {"userid", ""}}}}).build();
        const Trace msc = s.run("msc", "PAYROLL", kMscPath, alice);
        QCOMPARE(msc.failedRule, QString("PT-06"));
        QCOMPARE(msc.rejectedAt, QString("iconb"));
        const Trace otma = s.run("transaction", "PAYROLL", kOtmaPath, alice);
        QVERIFY(otma.accepted);
        QCOMPARE(Scenario::result(otma, "iconb", "PT-06"), QString());
    }
};

QTEST_GUILESS_MAIN(TestPassTicketFlow)
#include "tst_passticketflow.moc"
