#pragma once

#include "secret.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

struct RacfUser
{
    QString id;
    Secret password;
    QStringList groups;
    QString defaultGroup;
    bool hasDefaultGroupKey = false;  // "defaultGroup": null is written back as null
    bool revoked = false;
    bool hasRevokedKey = false;
    QJsonObject extra;

    bool isConnectedTo(const QString &group) const { return groups.contains(group); }
};
