#include "safcalls.h"

#include "hopcontext.h"
#include "securitydomain.h"

#include <algorithm>

namespace {

SafCalls::Authentication result(bool ok, SafCalls::Authentication::Reason reason, const QString &userid = {},
                                const QString &domain = {}, const QString &group = {})
{
    SafCalls::Authentication a;
    a.ok = ok;
    a.reason = reason;
    a.userid = userid;
    a.domain = domain;
    a.group = group;
    return a;
}

} // namespace

QString SafCalls::Authentication::detail() const
{
    switch (reason) {
    case Reason::Verified: return QStringLiteral("%1 is a valid RACF user").arg(userid);
    case Reason::Authenticated: return QStringLiteral("%1 authenticated by RACF %2").arg(userid, domain);
    case Reason::NoDomain: return QStringLiteral("no RACF database: the node is not in a z/OS image");
    case Reason::NoUserid: return QStringLiteral("no user ID");
    case Reason::Undefined: return QStringLiteral("%1 is not defined to RACF %2").arg(userid, domain);
    case Reason::Revoked: return QStringLiteral("%1 is revoked").arg(userid);
    case Reason::Locked:
        return QStringLiteral("the password of %1 is encrypted and no passphrase was given").arg(userid);
    case Reason::WrongPassword: return QStringLiteral("wrong password for %1").arg(userid);
    case Reason::NotConnected: return QStringLiteral("%1 is not connected to group %2").arg(userid, group);
    case Reason::Other: break;
    }
    return text;
}

SafCalls::Authentication SafCalls::verifyUser(const SecurityDomain *domain, const QString &userid)
{
    using R = Authentication::Reason;
    if (!domain)
        return result(false, R::NoDomain);
    if (userid.isEmpty())
        return result(false, R::NoUserid);
    const RacfUser *u = domain->user(userid);
    if (!u)
        return result(false, R::Undefined, userid, domain->id);
    if (u->revoked)
        return result(false, R::Revoked, userid);
    return result(true, R::Verified, userid);
}

SafCalls::Authentication SafCalls::authenticate(const SecurityDomain *domain, const QString &userid,
                                                const QString &password, const QString &group)
{
    using R = Authentication::Reason;
    Authentication a = verifyUser(domain, userid);
    if (!a.ok)
        return a;
    const RacfUser *u = domain->user(userid);
    if (u->password.locked)
        return result(false, R::Locked, userid);
    if (!u->password.matches(password))
        return result(false, R::WrongPassword, userid);
    if (!group.isEmpty() && !u->isConnectedTo(group))
        return result(false, R::NotConnected, userid, {}, group);
    return result(true, R::Authenticated, userid, domain->id);
}

bool SafCalls::authorize(HopContext &ctx, const QString &rule, const SecurityDomain *domain, const QString &userid,
                         const QString &cls, const QString &resource, bool recordUser)
{
    if (!domain)
        return ctx.fail(rule, [&] { return QStringLiteral("no RACF database to check %1 %2: the node is not in a z/OS image")
                                  .arg(cls, resource); });
    const AccessDecision d = domain->authorize(userid, cls, resource);
    const auto detail = [&] { return d.describe(userid, cls, resource); };
    if (d.result != AccessDecision::Result::ClassInactive && recordUser)
        ctx.setAuthorized(userid);
    switch (d.result) {
    case AccessDecision::Result::ClassInactive:
        ctx.skip(rule, detail);
        return true;
    case AccessDecision::Result::NotProtected:
    case AccessDecision::Result::Granted:
        ctx.pass(rule, detail);
        return true;
    case AccessDecision::Result::Denied:
        break;
    }
    return ctx.fail(rule, detail);
}

QString SafCalls::safUserid(const QString &principal)
{
    const QString upper = principal.toUpper();
    if (upper.isEmpty() || upper.size() > 8)
        return {};
    const bool valid = std::all_of(upper.cbegin(), upper.cend(), [](QChar c) {
        return (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'#' || c == u'@' || c == u'$';
    });
    return valid ? upper : QString();
}
