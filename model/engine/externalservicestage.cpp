#include "externalservicestage.h"

#include "hopcontext.h"
#include "nodeoptions.h"
#include "request.h"

ExternalServiceStage::ExternalServiceStage(const Node &node)
{
    const NodeOptions o(node);
    mRequires = o.text("requires");
    for (const QString &u : o.list("acceptedUsers"))
        mAccepted.append(u.toUpper());
}

void ExternalServiceStage::process(HopContext &ctx) const
{
    const Identity &in = ctx.in();
    ctx.out() = in;
    // The decision belongs to the rule of the gateway that chose what to send.
    const Node *sender = ctx.previous();
    const QString kind = sender ? sender->kind : QString();
    const QString rule = kind == QLatin1String("datapower") ? QStringLiteral("DP-05")
                         : kind == QLatin1String("was_tmra") ? QStringLiteral("WAS-06")
                         : ctx.request.kind == QLatin1String("async_callout") ? QStringLiteral("SG-08")
                                                                                : QStringLiteral("SG-07");
    QString principal;
    if (mRequires == QLatin1String("basic")) {
        if (!in.has(Identity::Userid) || !in.has(Identity::Password)) {
            ctx.fail(rule, QStringLiteral("the service requires basic authentication; no user ID and password arrived"));
            return;
        }
        principal = in.value(Identity::Userid);
    } else if (mRequires == QLatin1String("saml")) {
        if (!in.has(Identity::Saml)) {
            ctx.fail(rule, QStringLiteral("the service requires a SAML token; none arrived"));
            return;
        }
        principal = in.value(Identity::Saml);
    } else if (mRequires == QLatin1String("client_cert")) {
        if (!in.has(Identity::Certificate)) {
            ctx.fail(rule, QStringLiteral("the service requires a client certificate (mutual TLS); none was presented"));
            return;
        }
        principal = in.value(Identity::Certificate);
    } else {
        principal = in.has(Identity::Userid) ? in.value(Identity::Userid) : in.value(Identity::Saml);
    }
    if (!mAccepted.isEmpty() && !mAccepted.contains(principal.toUpper())) {
        ctx.fail(rule, [&] { return QStringLiteral("the service does not accept %1").arg(principal.isEmpty() ? QStringLiteral("an anonymous caller") : principal); });
        return;
    }
    ctx.pass(rule, [&] { return principal.isEmpty() ? QStringLiteral("the service accepts the call (%1)").arg(mRequires)
                                       : QStringLiteral("the service accepts %1 (%2)").arg(principal, mRequires); });
}
