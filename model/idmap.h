#pragma once

#include <QJsonObject>
#include <QString>

// RACMAP distributed identity filter: (registry, name) -> SAF user ID.
struct IdMap
{
    QString registry;
    QString name;
    QString user;
    QJsonObject extra;
};
