#include "soapgatewaystage.h"

#include "certificate.h"
#include "hopcontext.h"
#include "nodeoptions.h"
#include "request.h"

SoapGatewayStage::SoapGatewayStage(const Node &node)
{
    const NodeOptions o(node);
    mPerMessage = o.text("authMode") == QLatin1String("per_message");
    mToken = o.text("wssToken");
    mTrustOne = o.text("samlTrust") == QLatin1String("one");
    mBundleUser = o.text("bundleUserid");
    mBundlePassword = o.text("bundlePassword");
    mJaas = o.flag("jaasModule");
    for (const QString &u : o.list("jaasDeny"))
        mJaasDeny.append(u.toUpper());
    mTruststore = o.list("truststore");
}

void SoapGatewayStage::process(HopContext &ctx) const
{
    if (ctx.isCallout())
        callout(ctx);
    else
        inbound(ctx);
}

void SoapGatewayStage::useBundle(Identity &out) const
{
    out = Identity();
    if (!mBundleUser.isEmpty())
        out.set(Identity::Userid, mBundleUser);
    if (!mBundlePassword.isEmpty()) {
        out.setFlag(Identity::Password);
        out.passwordText = mBundlePassword;
    }
}

bool SoapGatewayStage::checkSamlSigner(HopContext &ctx) const
{
    const QString rule = QStringLiteral("SG-04");
    const QString signer = ctx.in().samlSigner;
    const Certificate *cert = signer.isEmpty() ? nullptr : ctx.certificate(signer);
    if (!cert)
        return ctx.fail(rule, QStringLiteral("the signed SAML token names no signing certificate"));
    if (!cert->isValidAt(ctx.state.clock))
        return ctx.fail(rule, [&] { return QStringLiteral("signing certificate %1 is not valid at the simulation time").arg(cert->subject); });
    if (mTrustOne && !mTruststore.contains(cert->id))
        return ctx.fail(rule, [&] { return QStringLiteral("trust one: signer %1 is not in the gateway truststore").arg(cert->subject); });
    ctx.pass(rule, [&] { return mTrustOne ? QStringLiteral("trust one: signer %1 is in the gateway truststore").arg(cert->subject)
                             : QStringLiteral("trust any: signer %1 is valid").arg(cert->subject); });
    return true;
}

void SoapGatewayStage::inbound(HopContext &ctx) const
{
    const Identity &in = ctx.in();
    Identity &out = ctx.out();
    if (in.has(Identity::Netuid) || in.has(Identity::Netsid))
        ctx.info(QStringLiteral("ICON-10"), QStringLiteral("the SOAP Gateway cannot send NETUID/NETSID: dropped"));
    if (!mPerMessage) {
        useBundle(out);
        ctx.info(QStringLiteral("SG-01"), [&] { return mBundleUser.isEmpty()
                                              ? QStringLiteral("per web service, but the bundle has no user ID")
                                              : QStringLiteral("per web service: every request runs as bundle user %1").arg(mBundleUser); });
        return;
    }
    const QString sg05 = QStringLiteral("SG-05");
    if (mToken == QLatin1String("none")) {
        ctx.fail(sg05, QStringLiteral("per-message authentication needs a WS-Security token type (wssToken)"));
        return;
    }
    const QString arrived = in.has(Identity::Untp) ? QStringLiteral("UNTP")
                            : in.has(Identity::Saml) ? in.samlType
                                                     : QString();
    if (arrived != mToken) {
        ctx.fail(sg05, [&] { return arrived.isEmpty() ? QStringLiteral("the message has no WS-Security token; the service requires %1").arg(mToken)
                                         : QStringLiteral("the message carries %1; the service accepts only %2").arg(arrived, mToken); });
        return;
    }
    ctx.pass(sg05, [&] { return QStringLiteral("%1 token, the type this service accepts").arg(mToken); });
    const bool untp = mToken == QLatin1String("UNTP");
    const bool signedSaml = mToken.endsWith(QLatin1String("_SIGNED"));
    const QString user = in.value(untp ? Identity::Untp : Identity::Saml);
    if (signedSaml && !checkSamlSigner(ctx))
        return;
    if (mJaas) {
        if (mJaasDeny.contains(user.toUpper())) {
            ctx.fail(QStringLiteral("SG-06"), [&] { return QStringLiteral("the custom JAAS module rejects %1").arg(user); });
            return;
        }
        ctx.pass(QStringLiteral("SG-06"), [&] { return QStringLiteral("the custom JAAS module accepts %1").arg(user); });
    }
    out = Identity();
    out.set(Identity::Userid, user);
    if (untp) {
        out.setFlag(Identity::Password);
        out.passwordText = in.untpPassword;
        ctx.pass(QStringLiteral("SG-02"), [&] { return QStringLiteral("UsernameToken: user ID %1 and password go to IMS Connect").arg(user); });
    } else {
        ctx.info(QStringLiteral("SG-03"), [&] { return QStringLiteral("SAML: only user ID %1 goes on, without a password").arg(user); });
    }
}

void SoapGatewayStage::callout(HopContext &ctx) const
{
    const Identity &in = ctx.in();
    Identity &out = ctx.out();
    ctx.info(QStringLiteral("SG-09"), [&] { return QStringLiteral("the gateway resumes TPIPE %1 as bundle user %2")
                                          .arg(ctx.request.resource.toUpper(), mBundleUser.isEmpty() ? QStringLiteral("(none)") : mBundleUser); });
    if (ctx.request.kind == QLatin1String("async_callout")) {
        useBundle(out);
        ctx.info(QStringLiteral("SG-08"), QStringLiteral("asynchronous callout: transport-level security only, no per-message identity"));
        return;
    }
    if (!mPerMessage) {
        useBundle(out);
        ctx.info(QStringLiteral("SG-07"), [&] { return QStringLiteral("per web service: the service sees bundle user %1").arg(mBundleUser); });
        return;
    }
    out = Identity();
    if (!in.has(Identity::Pstusid)) {
        ctx.info(QStringLiteral("SG-07"), QStringLiteral("no PSTUSID arrived: no SAML token for the service"));
        return;
    }
    out.set(Identity::Saml, in.value(Identity::Pstusid));
    out.samlType = mToken == QLatin1String("SAML11") ? QStringLiteral("SAML11") : QStringLiteral("SAML20");
    ctx.pass(QStringLiteral("SG-07"), [&] { return QStringLiteral("PSTUSID %1 goes to the service as an unsigned %2 token")
                                          .arg(in.value(Identity::Pstusid), out.samlType); });
}
