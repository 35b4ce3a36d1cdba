#pragma once

#include "requestidentity.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

// A request to play through the topology, with an optional expectation.
struct Request
{
    QString id;
    QString label;
    QString kind = QStringLiteral("transaction");
    QString resource;
    QStringList path;
    RequestIdentity identity;
    int repeat = 1;
    QJsonObject expect;  // empty: nothing to check
    bool hasExpect = false;
    QJsonObject view;
    QJsonObject extra;
};
