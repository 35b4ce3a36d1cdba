#include "ebcdic.h"
#include "passticket.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using Type = PassTicket::Type;
using OptTime = std::optional<qint64>;

namespace {
const QByteArray kClassicKey = QByteArray::fromHex("E001193519561977");
const QByteArray kEnhancedKey = QByteArray::fromHex( // bytes 00..1F, as in PASSTICKET.md
    "000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F");
constexpr qint64 kT = 1700000000;

QByteArray keyFor(Type type)
{
    return type == Type::Classic ? kClassicKey : kEnhancedKey;
}

QString ticketAt(qint64 t, Type type)
{
    return PassTicket::generate("USER01", "IMSA", keyFor(type), t, type);
}

void addTypeRows()
{
    QTest::addColumn<Type>("type");
    QTest::newRow("classic") << Type::Classic;
    QTest::newRow("enhanced upper") << Type::EnhancedUpper;
    QTest::newRow("enhanced mixed") << Type::EnhancedMixed;
}

QByteArray ebcdicHex(QStringView s)
{
    return Ebcdic::fromLatin1(s).toHex().toUpper();
}
} // namespace

class TestPassTicket : public QObject
{
    Q_OBJECT

private slots:
    void vectors_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("appl");
        QTest::addColumn<qint64>("time");
        QTest::addColumn<Type>("type");
        QTest::addColumn<QString>("ticket");
        // shared/spec/PASSTICKET.md, "Vectors computed by an independent implementation".
        const QString u = QStringLiteral("USER01"), a = QStringLiteral("IMSA");
        QTest::newRow("spec classic") << u << a << kT << Type::Classic << "8AB2JRV0";
        QTest::newRow("spec classic +1") << u << a << kT + 1 << Type::Classic << "7VZUIGC8";
        QTest::newRow("spec upper") << u << a << kT << Type::EnhancedUpper << "85LH5SCH";
        QTest::newRow("spec mixed") << u << a << kT << Type::EnhancedMixed << "WvnxC0w6";
        // github.com/mikemc356/passgen, PassGenJava/src/test/java/com/systemwerx/PassGen/
        // PassTicketTest.java, testPasstickerGen (same key, debug time 1111111, GMT offset 0).
        QTest::newRow("mikemc356/passgen") << "MIKEM" << "TSOSYS1" << qint64(1111111)
                                           << Type::Classic << "AEPRRZ3S";
    }
    // covers: PT-01 PT-02
    void vectors()
    {
        QFETCH(QString, user);
        QFETCH(QString, appl);
        QFETCH(qint64, time);
        QFETCH(Type, type);
        QFETCH(QString, ticket);
        QCOMPARE(PassTicket::generate(user, appl, keyFor(type), time, type), ticket);
        QCOMPARE(PassTicket::validate(ticket, user, appl, keyFor(type), time, type), OptTime(time));
    }

    // Intermediate values from github.com/chrrel/racf-passticket-generator,
    // src/test/java/racfPassTicket/: DESEncrypterTest.java (DES known answer),
    // TimeCoderTest.java (padding "from PassTicket documentation"; round-1
    // permutation of {1, 123}), PassTicketGeneratorTest.java (translation of
    // X'07247F79', the example of IBM's "Incorporating the PassTicket generator
    // algorithm into your program", z/OS RACF Macros and Interfaces).
    // covers: PT-01
    void classicSteps()
    {
        const QByteArray des = PassTicketSteps::desEncrypt(QByteArray::fromHex("098d61a85585d2ab"),
                                                           "TestByte");
        QCOMPARE(des.toHex(), QByteArray("1ec3753d7a79e3ce"));
        QVERIFY(PassTicketSteps::desEncrypt(QByteArray(7, 'k'), "TestByte").isEmpty());
        QVERIFY(PassTicketSteps::desEncrypt(kClassicKey, "short").isEmpty());
        QCOMPARE(PassTicketSteps::timeCoderPad("TOM").toHex().toUpper(),
                 QByteArray("E3D6D4555555555555555555"));
        QCOMPARE(PassTicketSteps::timeCoderPad("IBMUSER").toHex().toUpper(),
                 QByteArray("C9C2D4E4E2C5D95555555555"));
        QCOMPARE(PassTicketSteps::permute(0x017B, 1), quint16(0xA32A));
        QCOMPARE(PassTicketSteps::translate(0x07247F79), QStringLiteral("QHOAH1TV"));
    }

    // covers: PT-01
    void permutations()
    {
        for (int round = 1; round <= 6; ++round) { // every table is a bijection
            quint16 seen = 0;
            for (int bit = 0; bit < 16; ++bit) {
                const quint16 out = PassTicketSteps::permute(quint16(1u << bit), round);
                QCOMPARE(qPopulationCount(out), 1u);
                QVERIFY(!(seen & out));
                seen |= out;
            }
            QCOMPARE(seen, quint16(0xFFFF));
        }
    }

    void alphabets_data() { addTypeRows(); }
    // covers: PT-01
    void alphabets()
    {
        QFETCH(Type, type);
        const QRegularExpression re(type == Type::EnhancedMixed ? "^[A-Za-z0-9_-]{8}$"
                                                                : "^[A-Z0-9]{8}$");
        QSet<QString> distinct;
        for (qint64 t = kT; t < kT + 50; ++t) {
            const QString ticket = ticketAt(t, type);
            QVERIFY2(re.match(ticket).hasMatch(), qPrintable(ticket));
            distinct.insert(ticket);
        }
        QVERIFY(distinct.size() > 45); // a new ticket every second, collisions rare
    }

    void lowerCaseEqualsUpperCase_data() { addTypeRows(); }
    // covers: PT-01 PT-02
    void lowerCaseEqualsUpperCase()
    {
        QFETCH(Type, type);
        const QByteArray key = keyFor(type);
        const QString upper = ticketAt(kT, type);
        QCOMPARE(PassTicket::generate("user01", "imsa", key, kT, type), upper);
        QCOMPARE(PassTicket::generate("User01", "ImsA", key, kT, type), upper);
        QCOMPARE(PassTicket::generate(" USER01 ", "IMSA ", key, kT, type), upper);
        QCOMPARE(PassTicket::validate(upper, "user01", "imsa", key, kT, type), OptTime(kT));
    }

    // covers: PT-01
    void callerErrorsGiveEmptyTicket()
    {
        auto gen = [](const QString &user, const QString &appl, const QByteArray &key, Type type) {
            return PassTicket::generate(user, appl, key, kT, type);
        };
        QCOMPARE(gen("USER0001", "APPLNAME", kClassicKey, Type::Classic).size(), 8);
        QVERIFY(gen("USER0001X", "IMSA", kClassicKey, Type::Classic).isEmpty());
        QVERIFY(gen("USER01", "APPLNAME9", kClassicKey, Type::Classic).isEmpty());
        QVERIFY(gen("USER0001X", "IMSA", kEnhancedKey, Type::EnhancedUpper).isEmpty());
        QVERIFY(gen("", "IMSA", kClassicKey, Type::Classic).isEmpty());
        QVERIFY(gen("USER01", "   ", kClassicKey, Type::Classic).isEmpty());
        QVERIFY(gen("USER01", "IMSA", kEnhancedKey, Type::Classic).isEmpty());
        QVERIFY(gen("USER01", "IMSA", QByteArray(), Type::EnhancedMixed).isEmpty());
    }

    void validateWindow_data() { addTypeRows(); }
    // covers: PT-02
    void validateWindow()
    {
        QFETCH(Type, type);
        const QString ticket = ticketAt(kT, type);
        auto check = [&](qint64 now, int window = 600) {
            return PassTicket::validate(ticket, "USER01", "IMSA", keyFor(type), now, type, window);
        };
        // The evaluator's clock may be up to 600 s after or before generation.
        for (qint64 offset : {0, 1, -1, 5, -5, 599, -599, 600, -600})
            QCOMPARE(check(kT + offset), OptTime(kT));
        QCOMPARE(check(kT + 601), std::nullopt);
        QCOMPARE(check(kT - 601), std::nullopt);
        QCOMPARE(check(kT + 3600), std::nullopt);
        QCOMPARE(check(kT, 0), OptTime(kT));
        QCOMPARE(check(kT + 1, 0), std::nullopt);
        QCOMPARE(check(kT + 30, 30), OptTime(kT));
        QCOMPARE(check(kT - 31, 30), std::nullopt);
        QCOMPARE(check(kT, -1), std::nullopt);
    }

    void validateRejectsOtherInputs_data() { addTypeRows(); }
    // covers: PT-02
    void validateRejectsOtherInputs()
    {
        QFETCH(Type, type);
        const QString t = ticketAt(kT, type);
        const QByteArray key = keyFor(type);
        QByteArray otherKey = key;
        otherKey[1] = char(otherKey[1] ^ 0x20); // a data bit, not a DES parity bit
        QCOMPARE(PassTicket::validate(t, "USER01", "IMSA", key, kT, type), OptTime(kT));
        QCOMPARE(PassTicket::validate(t, "USER01", "IMSA", otherKey, kT, type), std::nullopt);
        QCOMPARE(PassTicket::validate(t, "USER02", "IMSA", key, kT, type), std::nullopt);
        QCOMPARE(PassTicket::validate(t, "USER01", "IMSB", key, kT, type), std::nullopt);
        QCOMPARE(PassTicket::validate(t.left(7), "USER01", "IMSA", key, kT, type), std::nullopt);
        QCOMPARE(PassTicket::validate(t + 'A', "USER01", "IMSA", key, kT, type), std::nullopt);
        QCOMPARE(PassTicket::validate(t, "USER0001X", "IMSA", key, kT, type), std::nullopt);
        const Type other = type == Type::EnhancedMixed ? Type::EnhancedUpper : Type::EnhancedMixed;
        QCOMPARE(PassTicket::validate(t, "USER01", "IMSA", kEnhancedKey, kT, other), std::nullopt);
    }

    // covers: PT-01
    void keys()
    {
        const std::pair<QString, QByteArray> good[] = {
            {"E001193519561977", kClassicKey},
            {"e001193519561977", kClassicKey},
            {"  E001193519561977\n", kClassicKey},
            {"000102030405060708090a0b0c0d0e0f101112131415161718191A1B1C1D1E1F", kEnhancedKey}};
        for (const auto &[hex, bytes] : good) {
            QString error = QStringLiteral("untouched");
            QCOMPARE(PassTicket::parseKey(hex, &error), std::optional<QByteArray>(bytes));
            QCOMPARE(error, QStringLiteral("untouched"));
        }
        const QString bad[] = {
            "", "E00119351956197", "E0011935195619770", "000102030405060708090A0B0C0D0E0F",
            "000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1", "G001193519561977",
            "E0011935 9561977", "0xE001193519561977", "E001193519561977\nA",
            QString::fromUtf8("E00119351956197\xEF\xBC\x97")}; // fullwidth digit 7
        for (const QString &hex : bad) {
            QString error;
            QVERIFY2(!PassTicket::parseKey(hex, &error), qPrintable(hex));
            QCOMPARE(error, QStringLiteral("key must be 16 or 64 hexadecimal digits"));
            QVERIFY(!PassTicket::parseKey(hex)); // no error pointer: no crash
        }
        QCOMPARE(PassTicket::typeForKey(kClassicKey), Type::Classic);
        QCOMPARE(PassTicket::typeForKey(kClassicKey, true), Type::Classic);
        QCOMPARE(PassTicket::typeForKey(kEnhancedKey), Type::EnhancedUpper);
        QCOMPARE(PassTicket::typeForKey(kEnhancedKey, true), Type::EnhancedMixed);
    }

    // covers: PT-01
    void ebcdic()
    {
        QCOMPARE(ebcdicHex(u"USER01"), QByteArray("E4E2C5D9F0F1"));
        QCOMPARE(ebcdicHex(u"user01"), QByteArray("A4A28599F0F1"));
        QCOMPARE(ebcdicHex(u"AZ az 09"), QByteArray("C1E94081A940F0F9"));
        QCOMPARE(ebcdicHex(u"#@$"), QByteArray("7B7C5B")); // RACF's national characters
        QCOMPARE(ebcdicHex(u".,-_/*()?!&"), QByteArray("4B6B606D615C4D5D6F5A50"));
        QCOMPARE(ebcdicHex(u"[]\u00AC\u00E9"), QByteArray("BABB5F51")); // code page 037 specifics
        QCOMPARE(ebcdicHex(u"\t\u0100\u20AC"), QByteArray("6F6F6F"));  // unknown: '?'
        QVERIFY(Ebcdic::fromLatin1(u"").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPassTicket)
#include "tst_passticket.moc"
