#pragma once

#include <QJsonObject>
#include <QString>

// A password, PassTicket key or private key. It may be stored encrypted in the
// file; the envelope is kept so that saving writes it back unchanged.
struct Secret
{
    QString plain;
    QJsonObject envelope;  // {"enc": "aes-256-gcm", ...} when stored encrypted
    bool set = false;
    bool locked = false;   // encrypted and not decrypted (no passphrase given)

    bool isEncrypted() const { return !envelope.isEmpty(); }
    bool matches(const QString &candidate) const { return set && !locked && plain == candidate; }
    static Secret fromPlain(const QString &s)
    {
        Secret r;
        r.plain = s;
        r.set = true;
        return r;
    }
};
