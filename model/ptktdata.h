#pragma once

#include "secret.h"

#include <QJsonObject>
#include <QString>

// A PTKTDATA profile: the secured sign-on key of an application, or, named
// APPL.USER, a per-user override (replay protection).
struct PtktData
{
    QString appl;
    Secret key;  // 16 hex digits: classic; 64 hex digits: enhanced
    bool replayProtection = true;
    bool hasReplayKey = false;
    QString enhancedType;  // "upper" (default) or "mixed"; enhanced keys only
    QJsonObject extra;
};
