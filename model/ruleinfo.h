#pragma once

#include <QString>

// One security rule of spec/RULES.md as a trainee reads it after clicking a check.
struct RuleInfo
{
    QString id;           // e.g. "ICON-06"
    QString title;        // short phrase for lists and tooltips
    QString explanation;  // what is checked, why it matters, what to change
    QString source;       // document and section the behaviour comes from
    bool modelledAssumption = false;  // the seeds are silent; we chose the behaviour
};
