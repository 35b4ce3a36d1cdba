#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One X.509 certificate of the document, described logically (subject, issuer,
// validity, CA flag) and optionally by its PEM, which then wins.
struct Certificate
{
    QString id;
    QString subject;
    QString issuer;  // id of the issuing certificate; == id for a self-signed root
    QDateTime notBefore;
    QDateTime notAfter;
    bool ca = false;
    QString pem;
    QJsonObject extra;  // keys this version does not know, written back unchanged

    bool isValidAt(const QDateTime &t) const { return notBefore <= t && t <= notAfter; }
};
