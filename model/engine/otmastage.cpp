#include "otmastage.h"

#include "hopcontext.h"
#include "nodeoptions.h"
#include "request.h"
#include "resumetpipeuser.h"
#include "safcalls.h"
#include "securitydomain.h"
#include "topologyindex.h"

OtmaStage::OtmaStage(const Node &node)
{
    const NodeOptions o(node);
    mOtmase = o.text("OTMASE");
    mXcfGroup = o.text("xcfGroup");
    mHasTrnExit = o.hasExit("DFSTRN0");
    mHasCmdExit = o.hasExit("DFSCCMD0");
    mTrnDeny = o.exitDenies("DFSTRN0");
    mCmdDeny = o.exitDenies("DFSCCMD0");
    mResumeExit = o.text("DFSYRTUX");
    mToAcee = o.text("TOACEE") == QLatin1String("YES");
    mAceeUsers = o.number("ACEEUSR");
    mAceeAge = o.raw("ACEEAGE").isNull() ? -1 : o.number("ACEEAGE");
    mTpipes = o.list("tpipes");
}

void OtmaStage::prepare(const TopologyIndex &index, const Node &node)
{
    const SecurityDomain *d = index.domainOf(node);
    if (!d)
        return;
    for (const Node *client : index.neighbours(node.id)) {
        if (client->kind == QLatin1String("ims_connect") || client->kind == QLatin1String("mq"))
            mBids.insert(client, bidOf(*d, *client));
    }
}

OtmaStage::Bid OtmaStage::bidOf(const SecurityDomain &domain, const Node &client) const
{
    const NodeOptions o(client);
    Bid b;
    b.job = o.text("jobUserid");
    b.profile = QStringLiteral("IMSXCF.%1.%2").arg(mXcfGroup, o.text("member"));
    b.decision = domain.authorize(b.job, QStringLiteral("FACILITY"), b.profile);
    return b;
}

void OtmaStage::process(HopContext &ctx) const
{
    // The OTMA client (IMS Connect or MQ) is the neighbour on the far side from IMS.
    const Node *client = ctx.isCallout() ? ctx.next() : ctx.previous();
    if (client && client->kind != QLatin1String("ims_connect") && client->kind != QLatin1String("mq"))
        client = nullptr;
    const QString level = effectiveLevel(ctx, client);
    if (!clientBid(ctx, client))
        return;
    if (ctx.isCallout())
        resumeTpipe(ctx, level);
    else
        inbound(ctx, level);
}

QString OtmaStage::effectiveLevel(HopContext &ctx, const Node *client) const
{
    if (mOtmase != QLatin1String("PROFILE"))
        return mOtmase;
    // Sample IMS Connect exits set N or F; MQ asks for full security.
    const QString flag = client && client->kind == QLatin1String("ims_connect") ? NodeOptions(*client).text("otmaSecurityFlag")
                                                                                : QStringLiteral("F");
    const QString level = flag == QLatin1String("N") ? QStringLiteral("NONE") : flag == QLatin1String("C") ? QStringLiteral("CHECK")
                                                                                                          : QStringLiteral("FULL");
    ctx.info(QStringLiteral("OTMA-05"), [&] { return QStringLiteral("OTMASE=PROFILE: security flag %1 of %2 gives %3 for this message")
                                            .arg(flag, client ? client->id : QStringLiteral("the client"), level); });
    return level;
}

bool OtmaStage::clientBid(HopContext &ctx, const Node *client) const
{
    const QString rule = QStringLiteral("ICON-11");
    if (!client)
        return true;
    if (mOtmase == QLatin1String("NONE")) {
        ctx.skip(rule, [&] { return QStringLiteral("OTMASE=NONE: the client bid of %1 is not checked").arg(client->id); });
        return true;
    }
    const SecurityDomain *d = ctx.domain();
    if (!d)
        return ctx.fail(rule, QStringLiteral("OTMA is in no z/OS image: no RACF database for the client bid"));
    const auto it = mBids.constFind(client);
    const Bid bid = it != mBids.constEnd() ? *it : bidOf(*d, *client);
    const AccessDecision &dec = bid.decision;
    const auto detail = [&] {
        return QStringLiteral("client bid of %1: %2").arg(client->id, dec.describe(bid.job, QStringLiteral("FACILITY"), bid.profile));
    };
    switch (dec.result) {
    case AccessDecision::Result::ClassInactive:
        ctx.skip(rule, detail);
        return true;
    case AccessDecision::Result::Granted:
    case AccessDecision::Result::NotProtected:
        ctx.pass(rule, detail);
        return true;
    case AccessDecision::Result::Denied:
        break;
    }
    return ctx.fail(rule, [&] { return detail() + QStringLiteral("; %1 cannot join OTMA and every request through it fails").arg(client->id); });
}

bool OtmaStage::runExit(HopContext &ctx, const QString &rule, const QString &userid) const
{
    const bool command = ctx.isCommand();
    if (!(command ? mHasCmdExit : mHasTrnExit))
        return true;
    const QString name = command ? QStringLiteral("DFSCCMD0") : QStringLiteral("DFSTRN0");
    if ((command ? mCmdDeny : mTrnDeny).contains(userid))
        return ctx.fail(rule, [&] { return QStringLiteral("exit %1 rejects %2").arg(name, userid.isEmpty() ? QStringLiteral("the request") : userid); });
    ctx.pass(rule, [&] { return QStringLiteral("exit %1 accepts %2").arg(name, userid.isEmpty() ? QStringLiteral("the request") : userid); });
    return true;
}

void OtmaStage::inbound(HopContext &ctx, const QString &level) const
{
    const Identity &in = ctx.in();
    Identity &out = ctx.out();
    out = in;
    for (Identity::Element e : {Identity::Utoken, Identity::Password, Identity::Passticket, Identity::Trusted, Identity::Raco})
        out.remove(e);
    const QString userid = in.value(Identity::Userid);
    if (level == QLatin1String("NONE") || level == QLatin1String("JOIN")) {
        ctx.info(QStringLiteral("OTMA-01"), level == QLatin1String("NONE") ? QStringLiteral("OTMASE=NONE: RACF is never called")
                                                                          : QStringLiteral("OTMASE=JOIN: only the client bid was checked"));
        if (!runExit(ctx, QStringLiteral("OTMA-01"), userid))
            return;
        ctx.skip(QStringLiteral("OTMA-02"), [&] { return QStringLiteral("OTMASE=%1: no %2 authorization").arg(level, ctx.isCommand() ? QStringLiteral("CIMS") : QStringLiteral("TIMS")); });
        return;
    }
    const QString rule = QStringLiteral("OTMA-02");
    if (userid.isEmpty()) {
        ctx.fail(rule, in.blankUserid ? QStringLiteral("blank user ID from the resource adapter: OTMA cannot authorize it")
                                      : QStringLiteral("no user ID in the message: OTMA cannot authorize it"));
        return;
    }
    if (in.has(Identity::Utoken)) {
        ctx.pass(QStringLiteral("OTMA-06"), [&] { return QStringLiteral("ACEE for %1 built from the UTOKEN without calling RACF again").arg(in.value(Identity::Utoken)); });
    } else {
        const SafCalls::Authentication a = SafCalls::verifyUser(ctx.domain(), userid);
        if (!a.ok) {
            ctx.fail(QStringLiteral("OTMA-06"), [&] { return QStringLiteral("OTMA cannot build an ACEE: %1").arg(a.detail()); });
            return;
        }
        ctx.pass(QStringLiteral("OTMA-06"), [&] { return QStringLiteral("RACF verified %1 without a password and built its ACEE").arg(userid); });
    }
    if (mToAcee) {
        ctx.info(QStringLiteral("OTMA-08"), [&] {
            const QString age = mAceeAge < 0 ? QStringLiteral("the client's aging value") : QStringLiteral("ACEEAGE %1 s").arg(mAceeAge);
            return QStringLiteral("TOACEE=YES: the ACEE stays cached; at most %1 user IDs, least recently used out first; %2 limits its life")
                .arg(mAceeUsers)
                .arg(age);
        });
    }
    if (!runExit(ctx, rule, userid))
        return;
    const QString cls = ctx.isCommand() ? QStringLiteral("CIMS") : QStringLiteral("TIMS");
    QString resource = ctx.request.resource.toUpper();
    if (ctx.isCommand()) {
        resource = resource.section(QLatin1Char(' '), 0, 0);
        if (resource.startsWith(QLatin1Char('/')))
            resource.remove(0, 1);
    }
    if (!SafCalls::authorize(ctx, rule, ctx.domain(), userid, cls, resource))
        return;
    if (level == QLatin1String("FULL")) {
        out.set(Identity::Acee, userid);
        ctx.info(QStringLiteral("OTMA-04"), [&] { return QStringLiteral("OTMASE=FULL: an ACEE for %1 goes to the dependent region").arg(userid); });
    }
}

void OtmaStage::resumeTpipe(HopContext &ctx, const QString &level) const
{
    ctx.out() = ctx.in();
    const QString rule = QStringLiteral("OTMA-07");
    const QString tpipe = ctx.request.resource.toUpper();
    const Node *gateway = ctx.index + 2 < ctx.path.size() ? ctx.path.at(ctx.index + 2) : nullptr;
    const QString user = gateway ? ResumeTpipeUser::of(*gateway).userid : QString();
    const bool secured = level != QLatin1String("NONE");
    if (secured && !mTpipes.contains(tpipe)) {
        ctx.fail(rule, [&] { return QStringLiteral("TPIPE %1 does not exist (known: %2)").arg(tpipe, mTpipes.isEmpty() ? QStringLiteral("none") : mTpipes.join(QStringLiteral(", "))); });
        return;
    }
    bool allowed = true;
    QString saf = QStringLiteral("OTMASE=NONE: RACF not called");
    if (secured) {
        const AccessDecision d = ctx.domain() ? ctx.domain()->authorize(user, QStringLiteral("RIMS"), tpipe) : AccessDecision{};
        saf = ctx.domain() ? d.describe(user, QStringLiteral("RIMS"), tpipe) : QStringLiteral("no RACF database");
        if (d.result == AccessDecision::Result::Granted || d.result == AccessDecision::Result::Denied)
            ctx.setAuthorized(user);
        allowed = d.allowed() || d.result == AccessDecision::Result::ClassInactive;
    }
    const QString who = QStringLiteral("resume of TPIPE %1 by %2").arg(tpipe, user.isEmpty() ? QStringLiteral("(no user ID)") : user);
    if (mResumeExit == QLatin1String("allow")) {
        ctx.pass(rule, [&] { return QStringLiteral("%1: DFSYRTUX allows (SAF said: %2)").arg(who, saf); });
    } else if (mResumeExit == QLatin1String("deny")) {
        ctx.fail(rule, [&] { return QStringLiteral("%1: DFSYRTUX denies (SAF said: %2)").arg(who, saf); });
    } else if (allowed) {
        ctx.pass(rule, [&] { return QStringLiteral("%1: %2").arg(who, saf); });
    } else {
        ctx.fail(rule, [&] { return QStringLiteral("%1: %2").arg(who, saf); });
    }
}
