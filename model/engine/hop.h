#pragma once

#include "check.h"
#include "identity.h"

#include <QList>
#include <QString>

// What happened at one node of a request's path.
struct Hop
{
    QString node;
    QString kind;
    QString link;  // the link the message arrived on; empty at the first node
    Identity arrives;
    QList<Check> checks;
    Identity leaves;
};
