#pragma once

#include "ruleinfo.h"

#include <QList>

// The explanation and source of every rule ID the engine reports.
namespace RuleCatalog {

// Every rule, grouped by component in the order of spec/RULES.md.
const QList<RuleInfo> &all();

// The rule with this ID, or nullptr when there is none.
const RuleInfo *find(const QString &id);

} // namespace RuleCatalog
