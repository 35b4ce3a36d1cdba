#include "imsconnectstage.h"

#include "datapowerstage.h"
#include "hopcontext.h"
#include "link.h"
#include "nodeoptions.h"
#include "passticketcheck.h"
#include "request.h"
#include "resumetpipeuser.h"
#include "safcalls.h"
#include "securitydomain.h"

#include <QJsonObject>

namespace {
constexpr int kMaxNetuid = 246;
constexpr int kMaxNetsid = 254;

const Link *remoteLink(HopContext &ctx, const Node *other)
{
    const Link *l = ctx.linkTo(other);
    return l && l->kind == QLatin1String("rmtimscon") ? l : nullptr;
}
} // namespace

ImsConnectStage::ImsConnectStage(const Node &node)
{
    const NodeOptions o(node);
    mVersion = o.number("version");
    mRacf = o.text("RACF") == QLatin1String("Y");
    mRacfid = o.text("RACFID");
    mExit = o.text("exit");
    mTrustedUser = o.flag("trustedUser");
    mHasImslsecx = o.hasExit("IMSLSECX");
    mHasHwsauth0 = o.hasExit("HWSAUTH0");
    mImslsecxDeny = o.exitDenies("IMSLSECX");
    mHwsauth0Deny = o.exitDenies("HWSAUTH0");
    mApplid = o.text("datastoreApplid");
    const QJsonObject remote = o.raw("rmtimscon").toObject();
    mRemoteAppl = remote.value(QStringLiteral("appl")).toString();
    mRemoteUser = remote.value(QStringLiteral("userid")).toString();
}

bool ImsConnectStage::supportsTrustedUser() const
{
    return mExit == QLatin1String("HWSSMPL0") || mExit == QLatin1String("HWSSMPL1") || mExit == QLatin1String("HWSJAVA0");
}

void ImsConnectStage::process(HopContext &ctx) const
{
    if (const Link *in = remoteLink(ctx, ctx.previous()))
        receiveRemote(ctx, *in);
    else if (const Link *out = remoteLink(ctx, ctx.next()))
        sendRemote(ctx, *out);
    else if (ctx.isCallout())
        callout(ctx);
    else
        inbound(ctx);
}

bool ImsConnectStage::runExit(HopContext &ctx, const QString &userid) const
{
    const bool db = ctx.isDatabase();
    if (!(db ? mHasHwsauth0 : mHasImslsecx))
        return true;
    const QString name = db ? QStringLiteral("HWSAUTH0") : QStringLiteral("IMSLSECX");
    if ((db ? mHwsauth0Deny : mImslsecxDeny).contains(userid))
        return ctx.fail(QStringLiteral("ICON-03"), [&] { return QStringLiteral("exit %1 rejects %2 before any RACF call").arg(name, userid); });
    ctx.pass(QStringLiteral("ICON-03"), [&] { return QStringLiteral("exit %1 accepts %2").arg(name, userid.isEmpty() ? QStringLiteral("the request") : userid); });
    return true;
}

bool ImsConnectStage::networkCredentials(HopContext &ctx) const
{
    const Identity &in = ctx.in();
    if (!in.has(Identity::Netuid) && !in.has(Identity::Netsid))
        return true;
    const QString rule = QStringLiteral("ICON-10");
    const qsizetype uidBytes = in.value(Identity::Netuid).toUtf8().size();
    const qsizetype sidBytes = in.value(Identity::Netsid).toUtf8().size();
    if (uidBytes > kMaxNetuid)
        return ctx.fail(rule, [&] { return QStringLiteral("NETUID is %1 bytes; IMS Connect accepts at most %2").arg(uidBytes).arg(kMaxNetuid); });
    if (sidBytes > kMaxNetsid)
        return ctx.fail(rule, [&] { return QStringLiteral("NETSID is %1 bytes; IMS Connect accepts at most %2").arg(sidBytes).arg(kMaxNetsid); });
    const bool exitCarries = mExit == QLatin1String("HWSSMPL0") || mExit == QLatin1String("HWSSMPL1");
    if (mVersion >= 15 && exitCarries) {
        ctx.pass(rule, QStringLiteral("NETUID/NETSID pass on for logging and audit, never for authentication"));
        return true;
    }
    ctx.out().remove(Identity::Netuid);
    ctx.out().remove(Identity::Netsid);
    ctx.info(rule, [&] { return mVersion < 15 ? QStringLiteral("IMS Connect %1 predates NETUID/NETSID: dropped").arg(mVersion)
                                 : QStringLiteral("exit %1 does not carry NETUID/NETSID (HWSSMPL0/1 do): dropped").arg(mExit); });
    return true;
}

bool ImsConnectStage::authenticate(HopContext &ctx, QString &userid, bool &authenticated) const
{
    const Identity &in = ctx.in();
    if (in.has(Identity::Utoken)) {
        ctx.pass(QStringLiteral("ICON-08"), [&] { return QStringLiteral("UTOKEN of %1 from WAS Local Option goes to OTMA; no authentication here")
                                                .arg(in.value(Identity::Utoken)); });
        return true;
    }
    const bool blank = in.blankUserid;
    if (userid.isEmpty() && !mRacfid.isEmpty()) {
        if (blank) {
            ctx.info(QStringLiteral("ICON-04"), [&] { return QStringLiteral("RACFID %1 does not replace the blank user ID of the resource adapter").arg(mRacfid); });
        } else {
            userid = mRacfid;
            ctx.info(QStringLiteral("ICON-04"), [&] { return QStringLiteral("no user ID: RACFID %1 placed in the header, not authenticated").arg(mRacfid); });
            return true;
        }
    }
    if (!mRacf) {
        ctx.skip(QStringLiteral("ICON-02"), QStringLiteral("RACF=N: no authentication; user ID and group go to OTMA as they are"));
        if (in.has(Identity::Passticket))
            ctx.skip(QStringLiteral("ICON-05"), QStringLiteral("RACF=N: the PassTicket is ignored"));
        return true;
    }
    if (in.has(Identity::Trusted)) {
        if (mTrustedUser && supportsTrustedUser()) {
            ctx.bypass(QStringLiteral("ICON-06"), [&] { return QStringLiteral("trusted user: RACF is not called for %1 (exit %2)").arg(userid, mExit); });
            return true;
        }
        ctx.info(QStringLiteral("ICON-06"), [&] { return mTrustedUser ? QStringLiteral("exit %1 does not support the trusted user option: indicator ignored").arg(mExit)
                                                         : QStringLiteral("trustedUser is off: the indicator is ignored"); });
    }
    const QString rule = QStringLiteral("ICON-01");
    if (userid.isEmpty())
        return ctx.fail(rule, blank ? QStringLiteral("RACF=Y: the resource adapter sent a blank user ID") : QStringLiteral("RACF=Y: no user ID to authenticate"));
    if (in.has(Identity::Passticket)) {
        const QString &appl = mApplid;
        if (!PassTicketCheck::validate(ctx, ctx.domain(), userid, appl))
            return false;
        ctx.pass(QStringLiteral("ICON-05"), [&] { return QStringLiteral("PassTicket of %1 validated by RACF with APPLID %2").arg(userid, appl); });
        authenticated = true;
        return true;
    }
    if (!in.has(Identity::Password))
        return ctx.fail(rule, [&] { return QStringLiteral("RACF=Y: %1 arrives with neither password, PassTicket, UTOKEN nor trusted indicator").arg(userid); });
    const SafCalls::Authentication a = SafCalls::authenticate(ctx.domain(), userid, in.passwordText, in.value(Identity::Group));
    if (!a.ok)
        return ctx.fail(rule, [&] { return QStringLiteral("RACF=Y: %1").arg(a.detail()); });
    ctx.pass(rule, [&] { return QStringLiteral("RACF=Y: %1").arg(a.detail()); });
    authenticated = true;
    return true;
}

void ImsConnectStage::inbound(HopContext &ctx) const
{
    const Identity &in = ctx.in();
    Identity &out = ctx.out();
    out = in;
    QString userid = in.has(Identity::Userid) ? in.value(Identity::Userid).toUpper() : QString();
    if (!runExit(ctx, userid) || !networkCredentials(ctx))
        return;
    bool authenticated = false;
    if (!authenticate(ctx, userid, authenticated))
        return;
    for (Identity::Element e : {Identity::Password, Identity::Passticket, Identity::Trusted, Identity::Untp,
                                Identity::Saml, Identity::Jwt, Identity::Userid})
        out.remove(e);
    if (!userid.isEmpty())
        out.set(Identity::Userid, userid);
    if (authenticated) {
        if (!out.has(Identity::Group)) {
            const RacfUser *u = ctx.domain()->user(userid);
            if (u && !u->defaultGroup.isEmpty())
                out.set(Identity::Group, u->defaultGroup);
        }
        if (ctx.isDatabase()) {
            out.set(Identity::Raco, userid);
            ctx.pass(QStringLiteral("ICON-09"), [&] { return QStringLiteral("%1 authenticated: a RACO goes to ODBM").arg(userid); });
        } else {
            out.set(Identity::Utoken, userid);
            ctx.pass(QStringLiteral("ICON-07"), [&] { return QStringLiteral("user ID, group and a UTOKEN of %1 go to OTMA; the password does not").arg(userid); });
        }
    } else if (ctx.isDatabase() && !in.has(Identity::Utoken)) {
        ctx.skip(QStringLiteral("ICON-09"), QStringLiteral("no authentication: no RACO goes to ODBM"));
    }
}

void ImsConnectStage::callout(HopContext &ctx) const
{
    Identity &out = ctx.out();
    out = ctx.in();
    const Node *gateway = ctx.next();
    if (!gateway)
        return;
    const ResumeTpipeUser r = ResumeTpipeUser::of(*gateway);
    if (!mRacf) {
        ctx.skip(QStringLiteral("ICON-02"), [&] { return QStringLiteral("RACF=N: the Resume TPIPE user %1 is not authenticated").arg(r.userid); });
    } else {
        const SafCalls::Authentication a = r.hasPassword ? SafCalls::authenticate(ctx.domain(), r.userid, r.password)
                                                         : SafCalls::Authentication::other(QStringLiteral("%1 from %2 has no password").arg(r.userid, r.source));
        if (!a.ok) {
            ctx.fail(QStringLiteral("ICON-01"), [&] { return QStringLiteral("RACF=Y: Resume TPIPE user: %1").arg(a.detail()); });
            return;
        }
        ctx.pass(QStringLiteral("ICON-01"), [&] { return QStringLiteral("RACF=Y: Resume TPIPE user %1").arg(a.detail()); });
    }
    if (gateway->kind == QLatin1String("datapower") && out.has(Identity::Pstusid)) {
        const Node *ims = ctx.previousOfKind(QStringLiteral("ims"));
        const int imsVersion = ims ? NodeOptions(*ims).number("version") : 0;
        QString why;
        if (!DataPowerStage::receivesPstusid(*gateway, mVersion, imsVersion, &why)) {
            out.remove(Identity::Pstusid);
            ctx.info(QStringLiteral("DP-05"), why);
        }
    }
}

void ImsConnectStage::sendRemote(HopContext &ctx, const Link &link) const
{
    Identity &out = ctx.out();
    out = ctx.in();
    const bool msc = ctx.request.kind == QLatin1String("msc");
    if (msc && !mRacf) {
        ctx.fail(QStringLiteral("PT-06"), QStringLiteral("MSC: the sending IMS Connect needs RACF=Y for the return connection"));
        return;
    }
    // Reported when met too, so the trace shows both ends of the MSC requirement.
    if (msc)
        ctx.pass(QStringLiteral("PT-06"), QStringLiteral("MSC: RACF=Y here secures the return connection"));
    const QString rule = QStringLiteral("PT-05");
    if (mRemoteAppl.isEmpty() || mRemoteUser.isEmpty()) {
        ctx.fail(rule, QStringLiteral("RMTIMSCON needs APPL and USERID to generate the PassTicket"));
        return;
    }
    if (link.persistent && ctx.state.verifiedConnections.contains(link.id)) {
        ctx.info(rule, [&] { return QStringLiteral("persistent connection %1 already verified: no new PassTicket").arg(link.id); });
        return;
    }
    const auto g = PassTicketCheck::generate(ctx.domain(), mRemoteUser, mRemoteAppl, QString(), ctx.state.now);
    if (!g.ok) {
        ctx.fail(rule, [&] { return QStringLiteral("cannot generate the RMTIMSCON PassTicket: %1").arg(g.problem); });
        return;
    }
    out.set(Identity::Passticket, mRemoteUser);
    out.ticketText = g.ticket;
    out.ticket = {mRemoteAppl, g.keyHex, ctx.state.now};
    ctx.pass(rule, [&] { return QStringLiteral("PassTicket %1 generated for %2 and application %3 from RMTIMSCON").arg(g.ticket, mRemoteUser, mRemoteAppl); });
}

void ImsConnectStage::receiveRemote(HopContext &ctx, const Link &link) const
{
    Identity &out = ctx.out();
    out = ctx.in();
    out.remove(Identity::Passticket);
    if (ctx.request.kind == QLatin1String("msc")) {
        if (mRemoteAppl.isEmpty() || mRemoteUser.isEmpty()) {
            ctx.fail(QStringLiteral("PT-06"), QStringLiteral("MSC: the receiving IMS Connect needs RMTIMSCON APPL and USERID for the return connection"));
            return;
        }
        ctx.pass(QStringLiteral("PT-06"), [&] { return QStringLiteral("MSC: RMTIMSCON APPL %1 and USERID %2 secure the return connection").arg(mRemoteAppl, mRemoteUser); });
    }
    const QString rule = QStringLiteral("PT-05");
    const Identity &in = ctx.in();
    if (!mRacf) {
        ctx.skip(rule, QStringLiteral("RACF=N: the PassTicket is ignored; the connection is not checked"));
        return;
    }
    if (!in.has(Identity::Passticket)) {
        if (ctx.state.verifiedConnections.contains(link.id)) {
            ctx.pass(rule, [&] { return QStringLiteral("connection %1 was verified when it opened: trusted").arg(link.id); });
            return;
        }
        ctx.fail(rule, QStringLiteral("RACF=Y but the sending IMS Connect sent no PassTicket"));
        return;
    }
    if (!PassTicketCheck::validate(ctx, ctx.domain(), in.value(Identity::Passticket), in.ticket.appl))
        return;
    if (link.persistent)
        ctx.state.verifiedConnections.insert(link.id);
    ctx.pass(rule, [&] { return QStringLiteral("PassTicket of %1 verified: the connection is trusted and its messages are not checked again")
                       .arg(in.value(Identity::Passticket)); });
}
