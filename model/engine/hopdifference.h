#pragma once

#include "checkdifference.h"
#include "elementdifference.h"

#include <QList>
#include <QString>

// One node of two aligned traces: present in both (Same or Changed) or in one
// only (Added: only in the second trace, Removed: only in the first).
struct HopDifference
{
    enum class Change { Same, Added, Removed, Changed };

    QString node;
    Change change = Change::Same;
    int beforeIndex = -1;  // index into the first trace's hops, -1 when Added
    int afterIndex = -1;   // index into the second trace's hops, -1 when Removed
    QList<ElementDifference> arrives;
    QList<ElementDifference> leaves;
    QList<CheckDifference> checks;
    bool outcomeChanged = false;  // the request stops here in one trace and not (or for another rule) in the other

    bool isChanged() const { return change != Change::Same; }
    const CheckDifference *check(const QString &rule) const
    {
        for (const CheckDifference &c : checks) {
            if (c.rule == rule)
                return &c;
        }
        return nullptr;
    }
};
