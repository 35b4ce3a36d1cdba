#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// RACF PassTickets (docs: shared/spec/PASSTICKET.md): one-time passwords
// computed from user ID, application name, a shared secured sign-on key and
// the UTC time. Classic tickets use DES with an 8-byte key; enhanced tickets
// use HMAC-SHA-512 with a 32-byte key.
class PassTicket
{
public:
    enum class Type { Classic, EnhancedUpper, EnhancedMixed };

    // 16 hex digits -> 8-byte classic key; 64 hex digits -> 32-byte enhanced
    // key (surrounding blanks ignored). Else nullopt and *error set.
    static std::optional<QByteArray> parseKey(const QString &hex, QString *error = nullptr);
    // 8 bytes: Classic; otherwise enhanced, UPPER unless mixed is asked for.
    static Type typeForKey(const QByteArray &key, bool mixed = false);

    // User and application are trimmed, upper-cased and blank padded to 8.
    // Returns an empty string for caller errors: a name empty or longer than
    // 8, or a key of the wrong size for the type (8 bytes for Classic,
    // non-empty for enhanced).
    static QString generate(const QString &user, const QString &appl, const QByteArray &key,
                            qint64 unixSeconds, Type type);

    // The t within `window` seconds either side of `now` at which the ticket
    // was generated, or nullopt. Tries now, now-1, now+1, now-2, ... so that
    // a fresh ticket is found at once. The comparison is exact (case counts);
    // a negative window accepts nothing.
    static std::optional<qint64> validate(const QString &ticket, const QString &user,
                                          const QString &appl, const QByteArray &key, qint64 now,
                                          Type type, int window = 600);
};

// Steps of the classic algorithm, exposed so tests can check them against the
// intermediate values published with IBM's description of the algorithm.
namespace PassTicketSteps {
// Single DES-ECB of one 8-byte block; empty if key or block is not 8 bytes.
QByteArray desEncrypt(const QByteArray &key, const QByteArray &block);
// Time-coder padding: EBCDIC user ID right-padded with X'55' to 12 bytes.
QByteArray timeCoderPad(const QString &user);
// Time-coder permutation of round 1..6 (bit 1 is the most significant).
quint16 permute(quint16 value, int round);
// Result-5 (32 bits) to the eight PassTicket characters.
QString translate(quint32 r5);
} // namespace PassTicketSteps
