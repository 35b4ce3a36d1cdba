#include "passticket.h"

#include "ebcdic.h"

#include <QRegularExpression>
#include <QtEndian>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <bit>
#include <functional>
#include <memory>

namespace {
constexpr int kNameLen = 8;
constexpr int kClassicKeyLen = 8;
constexpr int kRounds = 6;
constexpr quint64 kLow48 = 0xFFFFFFFFFFFFull;

using TicketAt = std::function<QString(qint64)>;

// The 8-byte EBCDIC form RACF compares: trimmed, upper-cased, blank (X'40')
// padded. Empty when the name cannot be a RACF name (empty or too long).
QByteArray field(const QString &name)
{
    const QString n = name.trimmed().toUpper();
    if (n.isEmpty() || n.size() > kNameLen)
        return {};
    return Ebcdic::fromLatin1(n).leftJustified(kNameLen, char(0x40));
}

// Both algorithms work on blocks read as big-endian numbers.
quint64 be64(const void *p) { return qFromBigEndian<quint64>(p); }

// Single DES-ECB: the default provider of OpenSSL 3 lacks DES, but EDE with
// K1 = K2 = K3 is E(K, D(K, E(K, x))) = E(K, x). ECB keeps no state between
// blocks, so one context keyed once serves a whole ticket or validation search.
struct Des
{
    explicit Des(const QByteArray &key)
    {
        QByteArray k3 = key.repeated(3);
        const auto *k = reinterpret_cast<const unsigned char *>(k3.constData());
        ok = ctx && key.size() == kClassicKeyLen
             && EVP_EncryptInit_ex(ctx.get(), EVP_des_ede3_ecb(), nullptr, k, nullptr) == 1
             && EVP_CIPHER_CTX_set_padding(ctx.get(), 0) == 1;
        OPENSSL_cleanse(k3.data(), size_t(k3.size()));
    }
    quint64 operator()(quint64 block)
    {
        unsigned char in[8], out[8] = {};
        qToBigEndian(block, in);
        int len = 0;
        ok = ok && EVP_EncryptUpdate(ctx.get(), out, &len, in, 8) == 1 && len == 8;
        return be64(out);
    }
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx{EVP_CIPHER_CTX_new(),
                                                                        EVP_CIPHER_CTX_free};
    bool ok = false; // in both helpers: false from the first failure on
};

// HMAC-SHA-512 keyed once: re-initialising without a key reuses the prepared
// inner and outer pads, which matters at 6 MACs per candidate second.
struct Hmac
{
    explicit Hmac(const QByteArray &key)
    {
        EVP_MAC *mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
        ctx.reset(mac ? EVP_MAC_CTX_new(mac) : nullptr);
        EVP_MAC_free(mac); // the context holds its own reference
        char digest[] = "SHA512";
        const OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0), OSSL_PARAM_END};
        const auto *k = reinterpret_cast<const unsigned char *>(key.constData());
        ok = ctx && !key.isEmpty() && EVP_MAC_init(ctx.get(), k, size_t(key.size()), params) == 1;
    }
    // The first 8 bytes of the MAC, big-endian: all the algorithm uses.
    quint64 operator()(QByteArrayView data)
    {
        unsigned char out[64] = {};
        size_t outLen = 0;
        const auto *d = reinterpret_cast<const unsigned char *>(data.data());
        ok = ok && EVP_MAC_init(ctx.get(), nullptr, 0, nullptr) == 1
             && EVP_MAC_update(ctx.get(), d, size_t(data.size())) == 1
             && EVP_MAC_final(ctx.get(), out, &outLen, sizeof out) == 1;
        return be64(out);
    }
    std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)> ctx{nullptr, EVP_MAC_CTX_free};
    bool ok = false;
};

// Output bit i (1-based from the left) of round r takes input bit kPerm[r-1][i-1].
constexpr unsigned char kPerm[kRounds][16] = {
    {10, 2, 12, 4, 14, 6, 16, 8, 9, 1, 11, 3, 13, 5, 15, 7},
    {1, 10, 3, 12, 13, 16, 7, 15, 9, 2, 11, 4, 5, 14, 8, 6},
    {3, 10, 1, 12, 13, 16, 9, 15, 7, 2, 14, 4, 5, 11, 8, 6},
    {10, 4, 12, 2, 14, 8, 16, 6, 9, 1, 13, 3, 11, 5, 15, 7},
    {4, 10, 12, 1, 8, 16, 14, 5, 9, 2, 13, 3, 11, 7, 15, 6},
    {1, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2},
};

// Result-3 does not depend on the time, so it is computed here once; the
// returned function runs only the time-coder: six Feistel rounds over the
// 16-bit halves of Result-4, each keyed by DES of R || PAD1 (odd) or PAD2.
TicketAt classic(const QByteArray &user, const QByteArray &appl, const QString &userName,
                 const QByteArray &key)
{
    auto des = std::make_shared<Des>(key);
    const quint64 r2 = (*des)((*des)(be64(user.constData())) ^ be64(appl.constData()));
    const QByteArray pad = PassTicketSteps::timeCoderPad(userName);
    const quint64 pad1 = be64(pad.constData()) >> 16;        // bytes 0-5
    const quint64 pad2 = be64(pad.constData() + 4) & kLow48; // bytes 6-11
    if (!des->ok)
        return {};
    return [des, r3 = quint32(r2 >> 32), pad1, pad2](qint64 t) {
        const quint32 r4 = r3 ^ quint32(t); // T: the low 32 bits
        quint16 l = quint16(r4 >> 16), r = quint16(r4);
        for (int round = 1; round <= kRounds; ++round) {
            const quint64 c = (*des)(quint64(r) << 48 | (round % 2 ? pad1 : pad2));
            const quint16 e = quint16(c >> 48) ^ l;
            l = r;
            r = PassTicketSteps::permute(e, round);
        }
        return des->ok ? PassTicketSteps::translate(quint32(l) << 16 | r) : QString();
    };
}

// 48 bits as 8 digits, most significant first: UPPER base 36, MIXED base 64.
QString enhancedDigits(quint64 v, bool mixed)
{
    constexpr char kDigits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
    const quint64 base = mixed ? 64 : 36;
    QString s(kNameLen, QLatin1Char('0'));
    for (int i = kNameLen - 1; i >= 0; --i, v /= base)
        s[i] = QLatin1Char(kDigits[v % base]);
    return s;
}

// HMAC(user || appl) is computed here once; the returned function runs the
// six rounds over 24-bit halves, each keyed by HMAC(R || round || user || appl).
TicketAt enhanced(const QByteArray &user, const QByteArray &appl, const QByteArray &key, bool mixed)
{
    auto hmac = std::make_shared<Hmac>(key);
    QByteArray msg = QByteArray(4, '\0') + user + appl;
    const quint64 h = (*hmac)(QByteArrayView(msg).sliced(4)) >> 16; // first 6 bytes
    if (!hmac->ok)
        return {};
    return [hmac, msg, h, mixed](qint64 t) mutable {
        const quint64 b = (quint64(t) & kLow48) ^ h; // T: the low 48 bits
        quint32 l = quint32(b >> 24), r = quint32(b) & 0xFFFFFF;
        for (int round = 1; round <= kRounds; ++round) {
            qToBigEndian(r << 8 | quint32(round), msg.data()); // R || round
            quint32 x = l ^ quint32((*hmac)(msg) >> 40);
            if (!mixed && round % 2)
                x &= 0x01FFFF; // UPPER keeps the final value below 36^8
            l = r;
            r = x;
        }
        return hmac->ok ? enhancedDigits(quint64(l) << 24 | r, mixed) : QString();
    };
}

// Empty function on caller errors (bad name, wrong key size, crypto failure).
TicketAt ticketFunction(const QString &user, const QString &appl, const QByteArray &key,
                        PassTicket::Type type)
{
    const QByteArray u = field(user), a = field(appl);
    if (u.isEmpty() || a.isEmpty())
        return {};
    return type == PassTicket::Type::Classic
               ? classic(u, a, user, key)
               : enhanced(u, a, key, type == PassTicket::Type::EnhancedMixed);
}
} // namespace

std::optional<QByteArray> PassTicket::parseKey(const QString &hex, QString *error)
{
    static const QRegularExpression re(QStringLiteral("\\A([0-9A-Fa-f]{16}|[0-9A-Fa-f]{64})\\z"));
    const QString s = hex.trimmed();
    if (re.match(s).hasMatch())
        return QByteArray::fromHex(s.toLatin1());
    if (error)
        *error = QStringLiteral("key must be 16 or 64 hexadecimal digits");
    return std::nullopt;
}

PassTicket::Type PassTicket::typeForKey(const QByteArray &key, bool mixed)
{
    return key.size() == kClassicKeyLen ? Type::Classic
                                        : (mixed ? Type::EnhancedMixed : Type::EnhancedUpper);
}

QString PassTicket::generate(const QString &user, const QString &appl, const QByteArray &key,
                             qint64 unixSeconds, Type type)
{
    const TicketAt at = ticketFunction(user, appl, key, type);
    return at ? at(unixSeconds) : QString();
}

std::optional<qint64> PassTicket::validate(const QString &ticket, const QString &user,
                                           const QString &appl, const QByteArray &key, qint64 now,
                                           Type type, int window)
{
    const TicketAt at = ticket.size() == kNameLen ? ticketFunction(user, appl, key, type) : nullptr;
    for (qint64 d = 0; at && d <= window; ++d) {
        if (at(now - d) == ticket)
            return now - d;
        if (d != 0 && at(now + d) == ticket)
            return now + d;
    }
    return std::nullopt;
}

QByteArray PassTicketSteps::desEncrypt(const QByteArray &key, const QByteArray &block)
{
    Des des(key);
    QByteArray out(8, '\0');
    qToBigEndian(des(block.size() == 8 ? be64(block.constData()) : 0), out.data());
    return des.ok && block.size() == 8 ? out : QByteArray();
}

QByteArray PassTicketSteps::timeCoderPad(const QString &user)
{
    return Ebcdic::fromLatin1(user.trimmed().toUpper()).leftJustified(12, char(0x55));
}

quint16 PassTicketSteps::permute(quint16 value, int round)
{
    if (round < 1 || round > kRounds)
        return value;
    quint16 out = 0;
    for (int i = 0; i < 16; ++i)
        out |= quint16(((value >> (16 - kPerm[round - 1][i])) & 1) << (15 - i));
    return out;
}

QString PassTicketSteps::translate(quint32 r5)
{
    static const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString s(kNameLen, QLatin1Char('A'));
    for (int k = 0; k < kNameLen; ++k) {
        // Character 1 takes bits 31, 32, 1..4; character k+1 starts at bit 4k-1.
        const int start = k == 0 ? 31 : 4 * k - 1;
        s[k] = QLatin1Char(kAlphabet[(std::rotl(r5, start - 1) >> 26) % 36]);
    }
    return s;
}
