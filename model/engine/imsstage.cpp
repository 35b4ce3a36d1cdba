#include "imsstage.h"

#include "hopcontext.h"
#include "nodeoptions.h"
#include "request.h"
#include "safcalls.h"

ImsStage::ImsStage(const Node &node)
{
    const NodeOptions o(node);
    mVersion = o.number("version");
    mOdbase = o.text("ODBASE") == QLatin1String("Y");
    mIsis = o.text("ISIS");
    mHasExit = o.hasExit("DFSRAS00");
    mExitDeny = o.exitDenies("DFSRAS00");
}

void ImsStage::process(HopContext &ctx) const
{
    const Identity &in = ctx.in();
    ctx.out() = in;
    if (ctx.isDatabase()) {
        database(ctx);
        return;
    }
    if (!in.has(Identity::Netuid) && !in.has(Identity::Netsid))
        return;
    const QString rule = QStringLiteral("OTMA-09");
    if (mVersion >= 15)
        ctx.info(rule, [&] { return QStringLiteral("NETUID %1 and NETSID %2 reach the IMS log records with SAF user ID %3")
                           .arg(in.value(Identity::Netuid), in.value(Identity::Netsid), in.value(Identity::Userid)); });
    else if (ctx.request.kind == QLatin1String("transaction"))
        ctx.info(rule, [&] { return QStringLiteral("IMS %1 tolerates NETUID/NETSID for full-function transactions and logs them").arg(mVersion); });
    else
        ctx.info(rule, [&] { return QStringLiteral("IMS %1 does not log NETUID/NETSID for this request").arg(mVersion); });
}

bool ImsStage::resourceExit(HopContext &ctx, const QString &userid) const
{
    const QString rule = QStringLiteral("ODBM-04");
    if (!mHasExit)
        return ctx.fail(rule, [&] { return QStringLiteral("ISIS=%1 needs the DFSRAS00 exit, and none is installed").arg(mIsis); });
    if (mExitDeny.contains(userid))
        return ctx.fail(rule, [&] { return QStringLiteral("exit DFSRAS00 rejects %1 for PSB %2").arg(userid, ctx.request.resource.toUpper()); });
    ctx.pass(rule, [&] { return QStringLiteral("exit DFSRAS00 accepts %1 for PSB %2").arg(userid, ctx.request.resource.toUpper()); });
    return true;
}

void ImsStage::database(HopContext &ctx) const
{
    const Node *odbm = ctx.previousOfKind(QStringLiteral("odbm"));
    const bool rrs = odbm && NodeOptions(*odbm).text("RRS") == QLatin1String("Y");
    const QString userid = ctx.in().value(Identity::Userid);
    const QString psb = ctx.request.resource.toUpper();
    if (mOdbase && rrs) {
        SafCalls::authorize(ctx, QStringLiteral("ODBM-03"), ctx.domain(), userid, QStringLiteral("AIMS"), psb);
        return;
    }
    if (mOdbase)
        ctx.skip(QStringLiteral("ODBM-03"), QStringLiteral("ODBASE=Y has no effect with RRS=N: no APSB security"));
    const QString rule = QStringLiteral("ODBM-04");
    if (mIsis == QLatin1String("N")) {
        ctx.skip(rule, [&] { return QStringLiteral("ISIS=N: no resource access security check for PSB %1").arg(psb); });
        return;
    }
    if ((mIsis == QLatin1String("R") || mIsis == QLatin1String("A"))
        && !SafCalls::authorize(ctx, rule, ctx.domain(), userid, QStringLiteral("IIMS"), psb))
        return;
    if (mIsis == QLatin1String("C") || mIsis == QLatin1String("A"))
        resourceExit(ctx, userid);
}
