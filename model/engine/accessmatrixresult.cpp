#include "accessmatrixresult.h"

#include <algorithm>

qint64 AccessMatrixResult::count(AccessCell::State state) const
{
    return std::count_if(cells.begin(), cells.end(), [state](const AccessCell &c) { return c.state == state; });
}

QString AccessMatrixResult::describe(const AccessCell &c) const
{
    switch (c.state) {
    case AccessCell::State::Allowed:
        return QStringLiteral("allowed");
    case AccessCell::State::Denied: {
        const QString rule = failedRule(c).isEmpty() ? QStringLiteral("(no rule)") : failedRule(c);
        return QStringLiteral("denied: %1 at %2").arg(rule, rejectedAt(c));
    }
    case AccessCell::State::Pending:
        break;
    }
    return QStringLiteral("not computed");
}
