#include "zosconnectstage.h"

#include "hopcontext.h"
#include "isotime.h"
#include "nodeoptions.h"
#include "safcalls.h"
#include "securitydomain.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonObject jwtClaims(const QJsonValue &jwt)
{
    if (jwt.isObject())
        return jwt.toObject();
    const QStringList parts = jwt.toString().split(QLatin1Char('.'));
    if (parts.size() < 2)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding)).object();
}

bool audienceMatches(const QJsonValue &aud, const QString &wanted)
{
    if (aud.isArray())
        return aud.toArray().contains(wanted);
    return aud.toString() == wanted;
}

} // namespace

ZosConnectStage::ZosConnectStage(const Node &node)
{
    const NodeOptions o(node);
    mVersion = o.text("version");
    mVersionPassesNetuid = versionPassesNetuid(mVersion);
    mClientAuth = o.text("clientAuth");
    mRegistry = o.text("registry");
    mRealm = o.text("realm");
    mLdapUsers = o.raw("ldapUsers").toArray();
    mServiceGroups = o.list("serviceGroups");
    mTechnicalId = o.text("technicalId");
    mTechnicalGroup = o.text("technicalGroup");
    mTechnicalPassword = o.text("technicalPassword");
    mStartedTask = o.text("startedTaskUserid");
    mJwtIssuer = o.text("jwtIssuer");
    mJwtAudience = o.text("jwtAudience");
    mPassNetwork = o.flag("passNetworkCredentials");
}

bool ZosConnectStage::versionPassesNetuid(const QString &version)
{
    const QStringList v = version.split(QLatin1Char('.'));
    const int major = v.value(0).toInt(), minor = v.value(1).toInt(), fix = v.value(2).toInt();
    return major >= 3 || (major == 2 && (minor > 0 || fix >= 10));
}

bool ZosConnectStage::authenticateJwt(HopContext &ctx, Subject &s) const
{
    const QString rule = QStringLiteral("ZC-07");
    const QJsonObject claims = jwtClaims(ctx.in().jwtToken);
    const QString iss = claims.value(QStringLiteral("iss")).toString();
    const QString sub = claims.value(QStringLiteral("sub")).toString();
    if (iss != mJwtIssuer)
        return ctx.fail(rule, [&] { return QStringLiteral("JWT issuer %1 is not the configured %2").arg(iss.isEmpty() ? QStringLiteral("(none)") : iss, mJwtIssuer); });
    if (!mJwtAudience.isEmpty() && !audienceMatches(claims.value(QStringLiteral("aud")), mJwtAudience))
        return ctx.fail(rule, [&] { return QStringLiteral("JWT audience does not include %1").arg(mJwtAudience); });
    const QJsonValue exp = claims.value(QStringLiteral("exp"));
    const qint64 expiry = exp.isString() ? IsoTime::parse(exp.toString()).toSecsSinceEpoch()
                                         : qint64(exp.toDouble());
    if (exp.isUndefined() || expiry <= ctx.state.now)
        return ctx.fail(rule, [&] { return QStringLiteral("JWT of %1 has expired or has no expiry").arg(sub); });
    const SecurityDomain *d = ctx.domain();
    const QString user = d ? d->userForDistributedIdentity(iss, sub) : QString();
    if (user.isEmpty())
        return ctx.fail(rule, [&] { return QStringLiteral("no identity mapping (RACMAP filter) maps %1 of %2 to a SAF user").arg(sub, iss); });
    // The distributed identity (the token's subject) is what NETUID carries.
    s = {true, sub, user};
    ctx.pass(rule, [&] { return QStringLiteral("JWT from %1 valid; subject %2 maps to %3").arg(iss, sub, user); });
    return true;
}

bool ZosConnectStage::authenticateBasic(HopContext &ctx, Subject &s) const
{
    const QString rule = QStringLiteral("ZC-01");
    const Identity &in = ctx.in();
    const QString user = in.value(Identity::Userid);
    if (user.isEmpty() || !in.has(Identity::Password))
        return ctx.fail(rule, QStringLiteral("basic authentication needs a user and a password"));
    if (mRegistry == QLatin1String("SAF")) {
        const QString saf = SafCalls::safUserid(user);
        const SafCalls::Authentication a = SafCalls::authenticate(ctx.domain(), saf.isEmpty() ? user : saf, in.passwordText);
        if (!a.ok)
            return ctx.fail(rule, [&] { return QStringLiteral("SAF registry: %1").arg(a.detail()); });
        s = {true, user, saf};
        ctx.pass(rule, [&] { return QStringLiteral("SAF registry: %1").arg(a.detail()); });
        return true;
    }
    for (const QJsonValue &v : mLdapUsers) {
        const QJsonObject u = v.toObject();
        if (u.value(QStringLiteral("name")).toString() == user) {
            if (u.value(QStringLiteral("password")).toString() != in.passwordText)
                return ctx.fail(rule, [&] { return QStringLiteral("%1 registry: wrong password for %2").arg(mRegistry, user); });
            const SecurityDomain *d = ctx.domain();
            s = {true, user, d ? d->userForDistributedIdentity(mRealm, user) : QString()};
            ctx.pass(rule, [&] { return QStringLiteral("%1 registry %2 authenticated %3").arg(mRegistry, mRealm, user); });
            return true;
        }
    }
    return ctx.fail(rule, [&] { return QStringLiteral("%1 is not in the %2 registry").arg(user, mRegistry); });
}

bool ZosConnectStage::authenticate(HopContext &ctx, Subject &s) const
{
    const Identity &in = ctx.in();
    if (in.has(Identity::Jwt)) {
        if (!mJwtIssuer.isEmpty())
            return authenticateJwt(ctx, s);
        ctx.info(QStringLiteral("ZC-07"), QStringLiteral("a JWT arrived but no issuer is configured: ignored"));
    }
    const QString rule = QStringLiteral("ZC-01");
    if (mClientAuth == QLatin1String("none")) {
        ctx.skip(rule, QStringLiteral("client authentication is off"));
        s.principal = in.value(Identity::Userid);
        return true;
    }
    if (mClientAuth == QLatin1String("cert_with_basic_fallback")) {
        if (in.has(Identity::Certificate)) {
            const SecurityDomain *d = ctx.domain();
            const QString user = d ? d->userForCertificate(in.value(Identity::Certificate)) : QString();
            if (user.isEmpty())
                return ctx.fail(rule, [&] { return QStringLiteral("trusted certificate %1 maps to no SAF user").arg(in.value(Identity::Certificate)); });
            s = {true, in.value(Identity::Certificate), user};
            ctx.pass(rule, [&] { return QStringLiteral("client certificate %1 maps to %2").arg(in.value(Identity::Certificate), user); });
            return true;
        }
        ctx.info(rule, QStringLiteral("no client certificate: falling back to basic authentication"));
    }
    return authenticateBasic(ctx, s);
}

bool ZosConnectStage::checkServiceGroups(HopContext &ctx, const Subject &s) const
{
    const QString rule = QStringLiteral("ZC-02");
    if (mServiceGroups.isEmpty()) {
        ctx.skip(rule, QStringLiteral("no service groups: any authenticated user may invoke the service"));
        return true;
    }
    const SecurityDomain *d = ctx.domain();
    const RacfUser *u = d && !s.safUser.isEmpty() ? d->user(s.safUser) : nullptr;
    if (!u)
        return ctx.fail(rule, [&] { return QStringLiteral("%1 has no SAF identity to check against %2")
                                  .arg(s.principal.isEmpty() ? QStringLiteral("the caller") : s.principal, mServiceGroups.join(QStringLiteral(", "))); });
    ctx.setAuthorized(u->id);
    for (const QString &g : mServiceGroups) {
        if (u->isConnectedTo(g)) {
            ctx.pass(rule, [&] { return QStringLiteral("%1 is in service group %2").arg(u->id, g); });
            return true;
        }
    }
    return ctx.fail(rule, [&] { return QStringLiteral("%1 is in none of %2: rejected to the client").arg(u->id, mServiceGroups.join(QStringLiteral(", "))); });
}

void ZosConnectStage::passNetworkCredentials(HopContext &ctx, const Subject &s) const
{
    const QString rule = QStringLiteral("ZC-06");
    if (!mPassNetwork) {
        ctx.info(rule, QStringLiteral("passing network credentials is switched off"));
        return;
    }
    if (!mVersionPassesNetuid) {
        ctx.info(rule, [&] { return QStringLiteral("z/OS Connect %1 cannot pass network credentials (3.0 or 2.0.10 and later can)").arg(mVersion); });
        return;
    }
    const Node *icon = ctx.next();
    const int iconVersion = icon && icon->kind == QLatin1String("ims_connect") ? NodeOptions(*icon).number("version") : 0;
    if (iconVersion < 15)
        ctx.info(rule, [&] { return QStringLiteral("IMS Connect %1 is older than 15: no NETUID/NETSID sent").arg(iconVersion); });
    else if (s.principal.isEmpty())
        ctx.info(rule, QStringLiteral("no authenticated user name to pass"));
    else {
        ctx.out().set(Identity::Netuid, s.principal);
        if (!mRealm.isEmpty())
            ctx.out().set(Identity::Netsid, mRealm);
        ctx.pass(rule, [&] { return QStringLiteral("NETUID %1 and NETSID %2 go to IMS Connect %3").arg(s.principal, mRealm).arg(iconVersion); });
    }
}

void ZosConnectStage::process(HopContext &ctx) const
{
    Subject s;
    if (!authenticate(ctx, s) || !checkServiceGroups(ctx, s))
        return;
    QString racfId;
    const bool subjectUsable = mRegistry == QLatin1String("SAF") && mClientAuth != QLatin1String("none")
                               && s.authenticated && !s.safUser.isEmpty() && s.safUser.size() <= 8;
    if (subjectUsable) {
        racfId = s.safUser;
        ctx.pass(QStringLiteral("ZC-03"), [&] { return QStringLiteral("the RACF ID is the request subject %1").arg(racfId); });
    } else {
        const QString why = mRegistry != QLatin1String("SAF") ? QStringLiteral("the registry is %1, not SAF").arg(mRegistry)
                            : mClientAuth == QLatin1String("none") ? QStringLiteral("authentication is off")
                                                                    : QStringLiteral("the subject is not a SAF user ID of 8 bytes or less");
        racfId = mTechnicalId;
        ctx.info(QStringLiteral("ZC-03"), [&] { return QStringLiteral("%1: the technical ID is used").arg(why); });
        if (racfId.isEmpty()) {
            racfId = mStartedTask;
            ctx.info(QStringLiteral("ZC-04"), [&] { return QStringLiteral("no technical ID: the started task user ID %1 is used").arg(racfId); });
        }
    }
    Identity &out = ctx.out();
    out = Identity();
    out.set(Identity::Userid, racfId);
    if (!mTechnicalGroup.isEmpty())
        out.set(Identity::Group, mTechnicalGroup);
    if (!mTechnicalPassword.isEmpty()) {
        out.setFlag(Identity::Password);
        out.passwordText = mTechnicalPassword;
    }
    ctx.info(QStringLiteral("ZC-05"), [&] { return QStringLiteral("user ID %1%2%3 flow to IMS Connect")
                                          .arg(racfId, mTechnicalGroup.isEmpty() ? QString() : QStringLiteral(", group ") + mTechnicalGroup,
                                               mTechnicalPassword.isEmpty() ? QString() : QStringLiteral(" and the technical password")); });
    passNetworkCredentials(ctx, s);
}
