#include "odbmstage.h"

#include "hopcontext.h"
#include "nodeoptions.h"

OdbmStage::OdbmStage(const Node &node)
{
    const NodeOptions o(node);
    mRrs = o.text("RRS") == QLatin1String("Y");
    mJobUser = o.text("jobUserid");
    mJobGroup = o.text("jobGroup");
}

void OdbmStage::process(HopContext &ctx) const
{
    const Identity &in = ctx.in();
    Identity &out = ctx.out();
    out = Identity();
    QString user, group;
    if (in.has(Identity::Raco)) {
        user = in.value(Identity::Raco);
        group = in.value(Identity::Group);
        ctx.pass(QStringLiteral("ODBM-01"), [&] { return QStringLiteral("ODBM uses the RACO of %1 from IMS Connect").arg(user); });
    } else {
        user = mJobUser;
        group = mJobGroup;
        ctx.info(QStringLiteral("ODBM-01"), [&] { return QStringLiteral("no RACO: ODBM runs the request under its job user ID %1").arg(user); });
    }
    out.set(Identity::Userid, user);
    if (!group.isEmpty())
        out.set(Identity::Group, group);
    if (mRrs) {
        out.set(Identity::Acee, user);
        ctx.info(QStringLiteral("ODBM-02"), [&] { return QStringLiteral("RRS=Y: ODBA interface, an ACEE for %1 is built in the thread").arg(user); });
    } else {
        ctx.info(QStringLiteral("ODBM-02"), QStringLiteral("RRS=N: CCTL interface, user ID and group travel in the PAPL"));
    }
}
