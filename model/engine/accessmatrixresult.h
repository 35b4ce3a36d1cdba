#pragma once

#include "accesscell.h"

#include <QStringList>

#include <vector>

// The outcome of every (user, resource) pair, row by row. Node and rule IDs
// are interned in `strings` (index 0 is the empty string), sorted, so two runs
// over the same input give equal results whatever the thread count.
struct AccessMatrixResult
{
    QStringList users;
    QStringList resources;
    std::vector<AccessCell> cells;  // users.size() x resources.size(), row-major
    QStringList strings{QString()};
    bool cancelled = false;

    const AccessCell &cell(qsizetype user, qsizetype resource) const
    {
        return cells[size_t(user * resources.size() + resource)];
    }
    QString rejectedAt(const AccessCell &c) const { return strings.value(c.rejectedAt); }
    QString failedRule(const AccessCell &c) const { return strings.value(c.failedRule); }
    qint64 pairs() const { return qint64(users.size()) * resources.size(); }
    qint64 count(AccessCell::State state) const;
    // "allowed", "denied: RULE at node" or "not computed": the CSV and tooltip wording.
    QString describe(const AccessCell &c) const;
    bool operator==(const AccessMatrixResult &) const = default;
};
