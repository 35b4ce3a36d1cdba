#pragma once

#include "accesslevel.h"

#include <QString>

struct RacfProfile;

// The outcome of one SAF authorization call (SAF-02..SAF-04).
struct AccessDecision
{
    enum class Result { Granted, Denied, NotProtected, ClassInactive };

    Result result = Result::Denied;
    AccessLevel level = AccessLevel::None;
    const RacfProfile *profile = nullptr;
    QString basis;  // "user permit", "group PAYGRP", "ID(*)", "UACC"

    bool allowed() const { return result == Result::Granted || result == Result::NotProtected; }
    QString describe(const QString &userid, const QString &cls, const QString &resource) const;
};
