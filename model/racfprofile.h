#pragma once

#include "accesslevel.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// A general resource profile: discrete, or generic with *, ** or %.
struct RacfProfile
{
    QString cls;
    QString name;
    AccessLevel uacc = AccessLevel::None;
    QList<QPair<QString, AccessLevel>> permits;  // user, group or "*", in file order
    QJsonObject extra;

    bool isGeneric() const
    {
        return name.contains(QLatin1Char('*')) || name.contains(QLatin1Char('%'));
    }
};
