#include "wastmrastage.h"

#include "hopcontext.h"
#include "nodeoptions.h"
#include "resumetpipeuser.h"
#include "safcalls.h"
#include "securitydomain.h"

WasTmraStage::WasTmraStage(const Node &node)
{
    const NodeOptions o(node);
    mContainer = o.text("signon") == QLatin1String("container");
    mLocalOption = o.flag("localOption");
    mThreadIdentity = o.flag("threadIdentity");
    mAlias = {o.text("aliasUserid"), o.text("aliasPassword"), o.text("aliasGroup")};
    mApp = {o.text("appUserid"), o.text("appPassword"), o.text("appGroup")};
    mFactory = {o.text("cfUserid"), o.text("cfPassword"), o.text("cfGroup")};
    mNetuidModule = o.flag("netuidModule");
    mRegistry = o.text("registryName");
    mImage = node.image;
}

void WasTmraStage::process(HopContext &ctx) const
{
    if (ctx.isCallout()) {
        const ResumeTpipeUser r = ResumeTpipeUser::of(ctx.node());
        ctx.out() = Identity();
        if (!r.userid.isEmpty())
            ctx.out().set(Identity::Userid, r.userid);
        ctx.info(QStringLiteral("WAS-06"), [&] { return QStringLiteral("the callout is delivered to WAS, which resumed the TPIPE as %1 from %2")
                                               .arg(r.userid.isEmpty() ? QStringLiteral("(blank)") : r.userid, r.source); });
        return;
    }
    inbound(ctx);
}

WasTmraStage::Credentials WasTmraStage::credentials(HopContext &ctx) const
{
    const Credentials &primary = mContainer ? mAlias : mApp;
    if (!primary.userid.isEmpty()) {
        ctx.info(mContainer ? QStringLiteral("WAS-01") : QStringLiteral("WAS-03"),
                 [&] { return mContainer ? QStringLiteral("container-managed: user ID %1 from the J2C authentication alias").arg(primary.userid)
                            : QStringLiteral("component-managed: user ID %1 from the IMSConnectionSpec").arg(primary.userid); });
        return primary;
    }
    if (!mFactory.userid.isEmpty()) {
        ctx.info(QStringLiteral("WAS-04"), [&] { return QStringLiteral("no security information from the %1: user ID %2 from the connection factory")
                                               .arg(mContainer ? QStringLiteral("alias") : QStringLiteral("application"), mFactory.userid); });
        return mFactory;
    }
    ctx.info(QStringLiteral("WAS-04"), QStringLiteral("no security information anywhere: the resource adapter sends a blank user ID"));
    return {};
}

bool WasTmraStage::localOption(HopContext &ctx) const
{
    const QString rule = QStringLiteral("WAS-02");
    if (!mContainer)
        return ctx.fail(rule, QStringLiteral("Local Option needs container-managed sign-on"));
    const Node *icon = ctx.nextOfKind(QStringLiteral("ims_connect"));
    if (mImage.isEmpty())
        return ctx.fail(rule, QStringLiteral("Local Option needs WAS on z/OS; this WAS is in no z/OS image"));
    if (!icon || icon->image != mImage)
        return ctx.fail(rule, [&] { return QStringLiteral("Local Option works only within one z/OS image: WAS is in %1, IMS Connect in %2")
                                  .arg(mImage, icon ? (icon->image.isEmpty() ? QStringLiteral("no image") : icon->image)
                                                    : QStringLiteral("(none on the path)")); });
    const Identity &in = ctx.in();
    const QString user = mThreadIdentity ? SafCalls::safUserid(in.value(Identity::Userid)) : mAlias.userid;
    const QString password = mThreadIdentity ? in.passwordText : mAlias.password;
    const SafCalls::Authentication a = SafCalls::authenticate(ctx.domain(), user, password);
    if (!a.ok)
        return ctx.fail(rule, [&] { return QStringLiteral("WAS cannot authenticate %1 with SAF: %2")
                                  .arg(mThreadIdentity ? QStringLiteral("the end user") : QStringLiteral("the alias"), a.detail()); });
    Identity &out = ctx.out();
    out = Identity();
    out.set(Identity::Userid, user);
    out.set(Identity::Utoken, user);
    const RacfUser *u = ctx.domain()->user(user);
    const QString group = !mThreadIdentity && !mAlias.group.isEmpty() ? mAlias.group : u->defaultGroup;
    if (!group.isEmpty())
        out.set(Identity::Group, group);
    ctx.pass(rule, [&] { return QStringLiteral("Local Option: WAS authenticated %1 (%2) with SAF and created a UTOKEN")
                       .arg(user, mThreadIdentity ? QStringLiteral("thread identity") : QStringLiteral("alias")); });
    return true;
}

void WasTmraStage::netuidModule(HopContext &ctx) const
{
    const QString rule = QStringLiteral("WAS-05");
    if (!mContainer) {
        ctx.fail(rule, QStringLiteral("the NETUID login module needs container-managed security"));
        return;
    }
    const QString endUser = ctx.in().value(Identity::Userid);
    if (endUser.isEmpty()) {
        ctx.info(rule, QStringLiteral("no authenticated distributed user: nothing to send as NETUID"));
        return;
    }
    ctx.out().set(Identity::Netuid, endUser);
    if (!mRegistry.isEmpty())
        ctx.out().set(Identity::Netsid, mRegistry);
    ctx.pass(rule, [&] { return QStringLiteral("distributed user %1 of registry %2 sent as NETUID/NETSID")
                       .arg(endUser, mRegistry.isEmpty() ? QStringLiteral("(unnamed)") : mRegistry); });
}

void WasTmraStage::inbound(HopContext &ctx) const
{
    if (mLocalOption) {
        if (!localOption(ctx))
            return;
    } else {
        const Credentials c = credentials(ctx);
        Identity &out = ctx.out();
        out = Identity();
        if (c.userid.isEmpty()) {
            out.blankUserid = true;
        } else {
            out.set(Identity::Userid, c.userid);
            if (!c.password.isEmpty()) {
                out.setFlag(Identity::Password);
                out.passwordText = c.password;
            }
            if (!c.group.isEmpty())
                out.set(Identity::Group, c.group);
        }
    }
    if (mNetuidModule)
        netuidModule(ctx);
}
