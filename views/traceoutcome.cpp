#include "traceoutcome.h"

#include "request.h"
#include "rulecatalog.h"
#include "trace.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text) { return QCoreApplication::translate("TraceOutcome", text); }

// What running the request means for its kind (FORMAT.md, "Requests").
QString whatRan(const Request *request)
{
    const QString resource = request ? request->resource : QString();
    const QString kind = request ? request->kind : QString();
    if (kind == QLatin1String("db"))
        return tr("PSB %1 scheduled").arg(resource);
    if (kind.endsWith(QLatin1String("callout")))
        return tr("callout on TPIPE %1 delivered").arg(resource);
    if (kind == QLatin1String("command"))
        return tr("command %1 ran").arg(resource);
    return resource.isEmpty() ? tr("the request ran") : tr("%1 ran").arg(resource);
}

} // namespace

QString TraceOutcome::text(const Trace &t, const Request *request, const std::function<QString(const QString &)> &nodeName)
{
    if (t.accepted) {
        return t.authorizedUserid.isEmpty() ? tr("Accepted — %1").arg(whatRan(request))
                                            : tr("Accepted — %1 as %2").arg(whatRan(request), t.authorizedUserid);
    }
    const QString at = nodeName(t.rejectedAt);
    if (t.failedRule.isEmpty())
        return tr("Rejected at %1").arg(at);
    const RuleInfo *info = RuleCatalog::find(t.failedRule);
    return info ? tr("Rejected at %1 by %2 (%3)").arg(at, t.failedRule, info->title)
                : tr("Rejected at %1 by %2").arg(at, t.failedRule);
}
