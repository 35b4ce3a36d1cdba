#pragma once

#include "check.h"

#include <QString>

// One check that differs between two traces at the same hop. Checks are
// paired by rule ID (and by order when a rule runs twice at a hop).
struct CheckDifference
{
    enum class Change { Added, Removed, ResultChanged, DetailChanged };

    QString rule;
    Change change = Change::ResultChanged;
    Check before;  // meaningful unless Added
    Check after;   // meaningful unless Removed
};
