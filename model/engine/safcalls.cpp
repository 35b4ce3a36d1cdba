#include "safcalls.h"

#include "hopcontext.h"
#include "securitydomain.h"

#include <QRegularExpression>

SafCalls::Authentication SafCalls::verifyUser(const SecurityDomain *domain, const QString &userid)
{
    if (!domain)
        return {false, QStringLiteral("no RACF database: the node is not in a z/OS image")};
    if (userid.isEmpty())
        return {false, QStringLiteral("no user ID")};
    const RacfUser *u = domain->user(userid);
    if (!u)
        return {false, QStringLiteral("%1 is not defined to RACF %2").arg(userid, domain->id)};
    if (u->revoked)
        return {false, QStringLiteral("%1 is revoked").arg(userid)};
    return {true, QStringLiteral("%1 is a valid RACF user").arg(userid)};
}

SafCalls::Authentication SafCalls::authenticate(const SecurityDomain *domain, const QString &userid,
                                                const QString &password, const QString &group)
{
    Authentication a = verifyUser(domain, userid);
    if (!a.ok)
        return a;
    const RacfUser *u = domain->user(userid);
    if (u->password.locked)
        return {false, QStringLiteral("the password of %1 is encrypted and no passphrase was given").arg(userid)};
    if (!u->password.matches(password))
        return {false, QStringLiteral("wrong password for %1").arg(userid)};
    if (!group.isEmpty() && !u->isConnectedTo(group))
        return {false, QStringLiteral("%1 is not connected to group %2").arg(userid, group)};
    return {true, QStringLiteral("%1 authenticated by RACF %2").arg(userid, domain->id)};
}

bool SafCalls::authorize(HopContext &ctx, const QString &rule, const SecurityDomain *domain, const QString &userid,
                         const QString &cls, const QString &resource, bool recordUser)
{
    if (!domain)
        return ctx.fail(rule, QStringLiteral("no RACF database to check %1 %2: the node is not in a z/OS image")
                                  .arg(cls, resource));
    const AccessDecision d = domain->authorize(userid, cls, resource);
    const QString detail = d.describe(userid, cls, resource);
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
    static const QRegularExpression re(QStringLiteral("^[A-Z0-9#@$]{1,8}$"));
    const QString upper = principal.toUpper();
    return re.match(upper).hasMatch() ? upper : QString();
}
