#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <array>
#include <optional>

// The identity elements a message carries at one point of its path (RULES.md,
// "Identity elements"). Each present element maps to the user or subject it
// stands for, or "true"; the credentials behind them are kept beside.
class Identity
{
public:
    enum Element {
        Userid, Group, Password, Passticket, Utoken, Raco, Acee, Pstusid, Netuid, Netsid,
        Certificate, Untp, Saml, Jwt, Trusted, ElementCount
    };

    static QString name(Element e);

    bool has(Element e) const { return mValues[e].has_value(); }
    QString value(Element e) const { return mValues[e].value_or(QString()); }
    void set(Element e, const QString &v) { mValues[e] = v; }
    void setFlag(Element e) { mValues[e] = QString(); }  // password, trusted: no value
    void remove(Element e) { mValues[e].reset(); }
    bool isEmpty() const;

    QJsonObject toJson() const;
    bool operator==(const Identity &o) const;

    // Credentials behind the elements.
    QString passwordText;      // with Password
    QString untpPassword;      // with Untp
    QString samlType;          // with Saml: SAML11, SAML20, SAML11_SIGNED, SAML20_SIGNED
    QString samlSigner;        // certificate id of a signed SAML token
    QString certificateId;     // with Certificate
    QJsonValue jwtToken;       // with Jwt
    struct Ticket {
        QString appl;
        QString keyHex;        // the sender's key: used only to explain a failure
        qint64 generatedAt = 0;
    } ticket;                  // with Passticket (value is the user, ticket text in ticketText)
    QString ticketText;
    bool blankUserid = false;  // the IMS TM resource adapter sent a blank user ID (ICON-04)

private:
    std::array<std::optional<QString>, ElementCount> mValues;
};
