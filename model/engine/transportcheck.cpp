#include "transportcheck.h"

#include "certificate.h"
#include "certificateverifier.h"
#include "hopcontext.h"
#include "link.h"
#include "linkoptions.h"
#include "node.h"
#include "topologyindex.h"

namespace {

// NET-03: the server side proves itself to a client that has a truststore.
bool checkServer(HopContext &ctx, const Node &client, const Node &server)
{
    const QStringList trust = ctx.topology.truststore(client);
    if (trust.isEmpty()) {
        ctx.skip(QStringLiteral("NET-03"),
                 [&] { return QStringLiteral("%1 has no truststore: the certificate of %2 is not verified").arg(client.id, server.id); });
        return true;
    }
    // A server whose certificate the design does not describe is not judged:
    // the topology simply does not model that side of the handshake.
    const QString certId = ctx.topology.certificate(server);
    if (certId.isEmpty()) {
        ctx.skip(QStringLiteral("NET-03"),
                 [&] { return QStringLiteral("no certificate is configured for %1: server authentication not modelled").arg(server.id); });
        return true;
    }
    const auto r = ctx.topology.verifyCertificate(server, client, ctx.state.clock);
    if (!r.ok)
        return ctx.fail(QStringLiteral("NET-03"), [&] { return QStringLiteral("server certificate of %1 refused by %2: %3")
                                                       .arg(server.id, client.id, r.detail); });
    ctx.pass(QStringLiteral("NET-03"), [&] { return QStringLiteral("server %1 authenticated to %2: %3").arg(server.id, client.id, r.detail); });
    return true;
}

// NET-02: the client side presents a certificate the server trusts.
bool checkClient(HopContext &ctx, const Node &client, const Node &server, bool messageFromClient)
{
    const QString certId = ctx.topology.certificate(client);
    if (certId.isEmpty())
        return ctx.fail(QStringLiteral("NET-02"),
                        [&] { return QStringLiteral("mutual TLS: %1 presents no client certificate").arg(client.id); });
    const auto r = ctx.topology.verifyCertificate(client, server, ctx.state.clock);
    if (!r.ok)
        return ctx.fail(QStringLiteral("NET-02"),
                        [&] { return QStringLiteral("client certificate of %1 refused by %2: %3").arg(client.id, server.id, r.detail); });
    ctx.pass(QStringLiteral("NET-02"), [&] { return QStringLiteral("client %1 authenticated to %2: %3").arg(client.id, server.id, r.detail); });
    if (messageFromClient) {
        const Certificate *c = ctx.certificate(certId);
        ctx.hop.arrives.set(Identity::Certificate, c ? c->subject : certId);
        ctx.hop.arrives.certificateId = certId;
    }
    return true;
}

} // namespace

void TransportCheck::run(HopContext &ctx)
{
    const Node *prev = ctx.previous();
    const Link *link = ctx.linkTo(prev);
    if (!prev || !link)
        return;
    ctx.hop.link = link->id;
    const Node *opener = ctx.topology.node(link->from);
    const Node *acceptor = ctx.topology.node(link->to);
    const bool forward = link->from == prev->id;
    const QString &t = link->transport;

    if (t == QLatin1String("none")) {
        const Identity &in = ctx.in();
        if (in.has(Identity::Password) || in.has(Identity::Untp))
            ctx.info(QStringLiteral("NET-01"), [&] { return QStringLiteral("%1 crosses link %2 in the clear")
                                                    .arg(in.has(Identity::Untp) ? QStringLiteral("a UsernameToken")
                                                                                : QStringLiteral("a password"),
                                                         link->id); });
        return;
    }
    if (t == QLatin1String("ipsec")) {
        ctx.info(QStringLiteral("NET-05"), QStringLiteral("IPsec protects all traffic between the two TCP/IP stacks"));
        return;
    }
    if (t == QLatin1String("ims_connect_ssl"))
        ctx.info(QStringLiteral("NET-04"), QStringLiteral("IMS Connect SSL: one port only and being withdrawn; AT-TLS is preferred"));
    if (t.startsWith(QLatin1String("at_tls")))
        ctx.info(QStringLiteral("NET-05"), QStringLiteral("AT-TLS is transparent to IMS Connect: no IMS Connect option changes"));
    if (LinkOptions::isMutual(t)) {
        if (!checkClient(ctx, *opener, *acceptor, forward))
            return;
    }
    checkServer(ctx, *opener, *acceptor);
}
