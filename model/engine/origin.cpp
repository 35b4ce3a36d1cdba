#include "origin.h"

#include "hopcontext.h"
#include "isotime.h"
#include "nodeoptions.h"
#include "passticketcheck.h"
#include "request.h"
#include "safcalls.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString jwtSubject(const QJsonValue &jwt)
{
    if (jwt.isObject())
        return jwt.toObject().value(QStringLiteral("sub")).toString();
    const QStringList parts = jwt.toString().split(QLatin1Char('.'));
    if (parts.size() < 2)
        return {};
    const QByteArray payload = QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding);
    return QJsonDocument::fromJson(payload).object().value(QStringLiteral("sub")).toString();
}

void presentPassTicket(HopContext &ctx, const RequestIdentity &id, Identity &out)
{
    const Node *icon = ctx.nextOfKind(QStringLiteral("ims_connect"));
    const QString user = SafCalls::safUserid(id.userid);
    const QString appl = icon ? NodeOptions(*icon).text("datastoreApplid") : QString();
    if (!icon || appl.isEmpty() || user.isEmpty()) {
        ctx.info(QStringLiteral("PT-01"), [&] { return !icon ? QStringLiteral("no IMS Connect on the path: no PassTicket generated")
                                         : user.isEmpty() ? QStringLiteral("%1 is not a RACF user ID: no PassTicket generated").arg(id.userid)
                                                          : QStringLiteral("IMS Connect %1 has no datastoreApplid: no PassTicket generated").arg(icon->id); });
        return;
    }
    qint64 when = ctx.state.now;
    if (!id.passticketTime.isEmpty())
        when = IsoTime::parse(id.passticketTime).toSecsSinceEpoch();
    const auto g = PassTicketCheck::generate(ctx.domainOf(*icon), user, appl, id.passticketKey, when);
    if (!g.ok) {
        ctx.info(QStringLiteral("PT-01"), [&] { return QStringLiteral("no PassTicket generated: %1").arg(g.problem); });
        return;
    }
    out.remove(Identity::Password);
    out.set(Identity::Passticket, user);
    out.ticketText = g.ticket;
    out.ticket = {appl, g.keyHex, when};
    ctx.info(QStringLiteral("PT-01"), [&] { return QStringLiteral("PassTicket %1 generated for %2 and application %3")
                                          .arg(g.ticket, user, appl); });
}

void presentFromClient(HopContext &ctx)
{
    const RequestIdentity &id = ctx.request.identity;
    Identity &out = ctx.out();
    if (!id.userid.isEmpty())
        out.set(Identity::Userid, id.userid);
    if (id.hasPassword) {
        out.setFlag(Identity::Password);
        out.passwordText = id.password;
    }
    if (!id.group.isEmpty())
        out.set(Identity::Group, id.group);
    if (id.token == QLatin1String("UNTP")) {
        out.set(Identity::Untp, id.userid);
        out.untpPassword = id.password;
        out.remove(Identity::Userid);
        out.remove(Identity::Password);
    } else if (id.token.startsWith(QLatin1String("SAML"))) {
        out.set(Identity::Saml, id.userid);
        out.samlType = id.token;
        out.samlSigner = id.samlSigner;
        out.remove(Identity::Userid);
        out.remove(Identity::Password);
    }
    if (!id.jwt.isNull() && !id.jwt.isUndefined()) {
        out.set(Identity::Jwt, jwtSubject(id.jwt));
        out.jwtToken = id.jwt;
    }
    if (!id.netuid.isEmpty())
        out.set(Identity::Netuid, id.netuid);
    if (!id.netsid.isEmpty())
        out.set(Identity::Netsid, id.netsid);
    if (id.trusted)
        out.setFlag(Identity::Trusted);
    if (id.passticket)
        presentPassTicket(ctx, id, out);

    const Node &n = ctx.node();
    if (n.kind == QLatin1String("client") && NodeOptions(n).text("clientApi") == QLatin1String("ims_enterprise_suite")
        && (out.has(Identity::Netuid) || out.has(Identity::Netsid))) {
        out.remove(Identity::Netuid);
        out.remove(Identity::Netsid);
        ctx.info(QStringLiteral("ICON-10"), QStringLiteral("the IMS Enterprise Suite API cannot send NETUID/NETSID: dropped"));
    }
}

} // namespace

void Origin::present(HopContext &ctx)
{
    if (ctx.node().kind != QLatin1String("ims")) {
        presentFromClient(ctx);
        return;
    }
    const QString user = SafCalls::safUserid(ctx.request.identity.userid);
    if (ctx.isCallout()) {
        if (!user.isEmpty())
            ctx.out().set(Identity::Pstusid, user);
        return;
    }
    if (!user.isEmpty())
        ctx.out().set(Identity::Userid, user);
}
