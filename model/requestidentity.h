#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// What the first node of a request's path presents.
struct RequestIdentity
{
    QString userid;
    QString password;
    bool hasPassword = false;
    QString group;
    QString token;        // WS-Security token kind the caller puts in the message
    QString samlSigner;   // certificate id that signed a *_SIGNED SAML token
    QString netuid;
    QString netsid;
    QJsonValue jwt;       // compact string or {"iss","sub","aud","exp"}; Null when absent
    bool passticket = false;
    QString passticketKey;   // overrides the PTKTDATA key (16 or 64 hex digits)
    QString passticketTime;  // ISO time; empty: simulationTime
    bool trusted = false;
    QJsonObject extra;
};
