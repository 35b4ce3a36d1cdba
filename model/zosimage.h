#pragma once

#include <QJsonObject>
#include <QString>

// A z/OS image (LPAR) that groups nodes and names the RACF database they use.
struct ZosImage
{
    QString id;
    QString label;
    QString domain;
    QJsonObject view;
    QJsonObject extra;
};
