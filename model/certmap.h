#pragma once

#include <QJsonObject>
#include <QString>

// RACMAP-style mapping of a certificate subject to a SAF user ID.
struct CertMap
{
    QString subject;
    QString user;
    QJsonObject extra;
};
