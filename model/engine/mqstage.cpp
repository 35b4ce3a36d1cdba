#include "mqstage.h"

#include "hopcontext.h"
#include "safcalls.h"

void MqStage::process(HopContext &ctx) const
{
    const Identity &in = ctx.in();
    Identity &out = ctx.out();
    out = Identity();
    const QString userid = SafCalls::safUserid(in.value(Identity::Userid));
    if (!userid.isEmpty())
        out.set(Identity::Userid, userid);
    if (in.has(Identity::Group))
        out.set(Identity::Group, in.value(Identity::Group));
    if (!in.has(Identity::Password))
        return;
    const QString rule = QStringLiteral("DP-03");
    const SafCalls::Authentication a = SafCalls::authenticate(ctx.domain(), userid, in.passwordText);
    if (!a.ok) {
        ctx.fail(rule, [&] { return QStringLiteral("the MQ IMS bridge refuses the credentials: %1").arg(a.detail()); });
        return;
    }
    out.set(Identity::Utoken, userid);
    ctx.pass(rule, [&] { return QStringLiteral("the MQ IMS bridge authenticated %1 and passes its UTOKEN to OTMA").arg(userid); });
}
