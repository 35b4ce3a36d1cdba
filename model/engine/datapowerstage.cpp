#include "datapowerstage.h"

#include "hopcontext.h"
#include "nodeoptions.h"
#include "request.h"

DataPowerStage::DataPowerStage(const Node &node)
{
    const NodeOptions o(node);
    mInterface = o.text("interface");
    mFirmware = firmwareLevel(o.text("firmware"));
    mUser = o.text("userid");
    mPassword = o.text("password");
    mPstusidAsRequester = o.flag("pstusidAsRequester");
}

double DataPowerStage::firmwareLevel(const QString &firmware)
{
    const QStringList parts = firmware.split(QLatin1Char('.'));
    return parts.value(0).toInt() + parts.value(1).toInt() / 100.0;
}

bool DataPowerStage::receivesPstusid(const Node &datapower, int imsConnectVersion, int imsVersion, QString *why)
{
    const double fw = firmwareLevel(NodeOptions(datapower).text("firmware"));
    if (fw < 7.0)
        *why = QStringLiteral("DataPower firmware %1 predates the ims-callout-user-id header (7.0)").arg(NodeOptions(datapower).text("firmware"));
    else if (imsConnectVersion < 13 || imsVersion < 13)
        *why = QStringLiteral("the ims-callout-user-id header needs IMS Connect 13 and IMS 13");
    else
        *why = QStringLiteral("the ims-callout-user-id header carries the PSTUSID to DataPower");
    return fw >= 7.0 && imsConnectVersion >= 13 && imsVersion >= 13;
}

void DataPowerStage::process(HopContext &ctx) const
{
    if (ctx.isCallout())
        callout(ctx);
    else
        inbound(ctx);
}

void DataPowerStage::staticOrIncoming(HopContext &ctx) const
{
    const Identity &in = ctx.in();
    Identity &out = ctx.out();
    out = Identity();
    if (in.has(Identity::Userid)) {
        out.set(Identity::Userid, in.value(Identity::Userid));
        if (in.has(Identity::Password)) {
            out.setFlag(Identity::Password);
            out.passwordText = in.passwordText;
        }
        if (in.has(Identity::Group))
            out.set(Identity::Group, in.value(Identity::Group));
    } else if (!mUser.isEmpty()) {
        out.set(Identity::Userid, mUser);
        if (!mPassword.isEmpty()) {
            out.setFlag(Identity::Password);
            out.passwordText = mPassword;
        }
    }
}

void DataPowerStage::inbound(HopContext &ctx) const
{
    const Identity &in = ctx.in();
    if (in.has(Identity::Netuid) || in.has(Identity::Netsid))
        ctx.info(QStringLiteral("ICON-10"), QStringLiteral("DataPower cannot send NETUID/NETSID: dropped"));
    const QString who = [&] {
        if (in.has(Identity::Userid))
            return QStringLiteral("the caller's user ID %1").arg(in.value(Identity::Userid));
        return mUser.isEmpty() ? QStringLiteral("no user ID") : QStringLiteral("the static user ID %1").arg(mUser);
    }();
    if (mInterface == QLatin1String("ims_connect")) {
        staticOrIncoming(ctx);
        ctx.info(QStringLiteral("DP-01"), [&] { return QStringLiteral("IMS Connect interface: %1 and password go to IMS Connect").arg(who); });
    } else if (mInterface == QLatin1String("soap")) {
        ctx.out() = in;
        ctx.out().remove(Identity::Netuid);
        ctx.out().remove(Identity::Netsid);
        if (!in.has(Identity::Untp) && !in.has(Identity::Saml) && !mUser.isEmpty()) {
            ctx.out().set(Identity::Untp, mUser);
            ctx.out().untpPassword = mPassword;
        }
        ctx.info(QStringLiteral("DP-02"), QStringLiteral("SOAP interface: the request goes to the SOAP Gateway"));
    } else if (mInterface == QLatin1String("mq")) {
        staticOrIncoming(ctx);
        ctx.info(QStringLiteral("DP-03"), [&] { return QStringLiteral("MQ interface: %1 and password go through MQ to the IMS bridge").arg(who); });
    } else if (mInterface == QLatin1String("jdbc")) {
        if (mFirmware < 6.0) {
            ctx.fail(QStringLiteral("DP-06"), QStringLiteral("the JDBC interface needs firmware 6.0 or later"));
            return;
        }
        staticOrIncoming(ctx);
        ctx.pass(QStringLiteral("DP-06"), [&] { return QStringLiteral("JDBC interface: %1 and password go to IMS Connect (Open DB)").arg(who); });
    } else {
        ctx.fail(QStringLiteral("DP-04"), QStringLiteral("the ims_callout interface serves callouts, not inbound requests"));
    }
}

void DataPowerStage::callout(HopContext &ctx) const
{
    const QString dp04 = QStringLiteral("DP-04");
    if (mInterface != QLatin1String("ims_callout")) {
        ctx.fail(dp04, [&] { return QStringLiteral("interface %1 cannot resume a callout TPIPE; use ims_callout").arg(mInterface); });
        return;
    }
    if (mFirmware < 6.0) {
        ctx.fail(dp04, QStringLiteral("IMS callout needs firmware 6.0 or later"));
        return;
    }
    ctx.pass(dp04, [&] { return QStringLiteral("IMS callout: DataPower resumes TPIPE %1 as %2")
                       .arg(ctx.request.resource.toUpper(), mUser.isEmpty() ? QStringLiteral("(no user ID)") : mUser); });
    const Identity &in = ctx.in();
    Identity &out = ctx.out();
    out = Identity();
    const QString dp05 = QStringLiteral("DP-05");
    if (in.has(Identity::Pstusid) && mPstusidAsRequester) {
        out.set(Identity::Userid, in.value(Identity::Pstusid));
        ctx.pass(dp05, [&] { return QStringLiteral("PSTUSID %1 becomes the identity sent to the service").arg(in.value(Identity::Pstusid)); });
        return;
    }
    if (!mUser.isEmpty()) {
        out.set(Identity::Userid, mUser);
        if (!mPassword.isEmpty()) {
            out.setFlag(Identity::Password);
            out.passwordText = mPassword;
        }
    }
    ctx.info(dp05, [&] { return in.has(Identity::Pstusid) ? QStringLiteral("PSTUSID known but pstusidAsRequester is off: the service sees %1").arg(mUser)
                                             : QStringLiteral("no PSTUSID reached DataPower: the service sees %1").arg(mUser); });
}
