#include "designreview.h"

#include "nodeoptions.h"
#include "resumetpipeuser.h"
#include "securitydomain.h"
#include "topologydata.h"
#include "topologyindex.h"
#include "zosconnectstage.h"

#include <openssl/pem.h>
#include <openssl/x509.h>

#include <QJsonObject>

#include <memory>

namespace {

// "Many users" for ADV-12: a RACF database with this many user IDs, or an
// ACEEUSR sized for this many, expects a crowd. Modelled assumption.
constexpr int kManyUsers = 1000;
constexpr int kExpiryWarningDays = 30;  // ADV-13, the limit included
constexpr int kMaxChain = 16;
constexpr int kMaxListed = 3;

bool is(const Node *n, const char *kind) { return n && n->kind == QLatin1String(kind); }

// The kinds each kind sends its own credentials to; its callers sit on the other side.
bool sendsDownstreamTo(const Node &n, const Node &peer)
{
    static const QHash<QString, QStringList> downstream{
        {QStringLiteral("soap_gateway"), {QStringLiteral("ims_connect"), QStringLiteral("external_service")}},
        {QStringLiteral("datapower"),
         {QStringLiteral("ims_connect"), QStringLiteral("soap_gateway"), QStringLiteral("mq"), QStringLiteral("external_service")}},
        {QStringLiteral("was_tmra"), {QStringLiteral("ims_connect")}},
        {QStringLiteral("zos_connect"), {QStringLiteral("ims_connect")}}};
    return downstream.value(n.kind).contains(peer.kind);
}

QString passwordOf(const QString &user, const QString &source)
{
    return QStringLiteral("the password of %1 from %2").arg(user.isEmpty() ? QStringLiteral("(no user ID)") : user, source);
}

// What WAS signs on with outside Local Option (WAS-01, WAS-03, WAS-04); empty without a password.
QString wasSignonPassword(const NodeOptions &o)
{
    const bool container = o.text("signon") == QLatin1String("container");
    const QString user = o.text(container ? "aliasUserid" : "appUserid");
    if (user.isEmpty())
        return o.text("cfPassword").isEmpty() ? QString() : passwordOf(o.text("cfUserid"), QStringLiteral("the connection factory"));
    if (o.text(container ? "aliasPassword" : "appPassword").isEmpty())
        return {};
    return passwordOf(user, container ? QStringLiteral("the J2C authentication alias") : QStringLiteral("the connection spec"));
}

// Whether OTMA authorizes transactions and commands from `client`: not under
// NONE or JOIN (OTMA-01), nor under PROFILE when the client's flag is N (OTMA-05).
bool authorizes(const Node &otma, const Node &client)
{
    const QString otmase = NodeOptions(otma).text("OTMASE");
    if (otmase == QLatin1String("PROFILE"))
        return !is(&client, "ims_connect") || NodeOptions(client).text("otmaSecurityFlag") != QLatin1String("N");
    return otmase != QLatin1String("NONE") && otmase != QLatin1String("JOIN");
}

QString describeLevel(const Node &otma, const Node &client)
{
    const QString otmase = NodeOptions(otma).text("OTMASE");
    if (otmase == QLatin1String("PROFILE"))
        return QStringLiteral("OTMASE=PROFILE and security flag %1 of %2").arg(NodeOptions(client).text("otmaSecurityFlag"), client.id);
    return QStringLiteral("OTMASE=%1").arg(otmase);
}

QString summarize(QStringList items)
{
    items.removeDuplicates();
    if (items.size() <= kMaxListed)
        return items.join(QStringLiteral("; "));
    return QStringLiteral("%1; and %2 more").arg(items.mid(0, kMaxListed).join(QStringLiteral("; "))).arg(items.size() - kMaxListed);
}

// FORMAT.md: when a certificate has a PEM, the PEM wins over the logical fields.
QDateTime notAfterOf(const Certificate &c)
{
    if (c.pem.isEmpty())
        return c.notAfter;
    const QByteArray bytes = c.pem.toLatin1();
    std::unique_ptr<BIO, decltype(&BIO_free_all)> bio(BIO_new_mem_buf(bytes.constData(), int(bytes.size())), BIO_free_all);
    std::unique_ptr<X509, decltype(&X509_free)> x(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr, X509_free);
    tm t{};
    if (!x || ASN1_TIME_to_tm(X509_get0_notAfter(x.get()), &t) != 1)
        return c.notAfter;
    return QDateTime(QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday), QTime(t.tm_hour, t.tm_min, t.tm_sec), Qt::UTC);
}

class Review
{
public:
    Review(const TopologyData &t, const QDateTime &clock) : mT(t), mIndex(t), mClock(clock) {}
    QList<Finding> run();

private:
    struct ClientTraffic
    {
        QHash<QString, QStringList> credentials;  // link id -> what crosses it
        QHash<QString, QStringList> tickets;      // link id -> request ids
    };

    void add(const char *rule, const char *severity, const QString &node, const QString &link, const QString &message)
    {
        mFindings.append({QLatin1String(rule), QLatin1String(severity), node, link, message});
    }
    QString linkId(const Node &a, const Node &b) const;
    QList<const Node *> neighbours(const Node &n, const char *kind = nullptr) const;
    ClientTraffic clientTraffic() const;
    QStringList credentialsSentBy(const Node &n, const Node &peer) const;
    void reviewLink(const Link &l, const QStringList &clientCredentials);
    void reviewPassTickets(const Link &l, const QStringList &clientTickets);
    QString ignoredTickets(const Link &l, const Node &receiver, const QString &how);
    void reviewImsConnect(const Node &n);
    bool passesSamlIdentities(const Node &gateway) const;
    void reviewNetuid(const Node &icon, const Node &sender);
    void reviewOtma(const Node &n);
    void reviewClientBid(const Node &otma, const Node &client, const SecurityDomain &d);
    void reviewResumeTpipe(const Node &n, const SecurityDomain *d);
    bool hasCalloutGateway(const Node &otma) const;
    void reviewAceeCache(const Node &n, const SecurityDomain *d);
    void reviewSharedIdentity(const Node &n);
    QStringList certificateUsers(const Certificate &c, int depth = 0) const;
    void reviewCertificate(const Certificate &c);

    const TopologyData &mT;
    TopologyIndex mIndex;
    QDateTime mClock;
    QList<Finding> mFindings;
};

QList<Finding> Review::run()
{
    const ClientTraffic clients = clientTraffic();
    for (const Link &l : mT.links) {
        reviewLink(l, clients.credentials.value(l.id));
        reviewPassTickets(l, clients.tickets.value(l.id));
    }
    for (const Node &n : mT.nodes) {
        if (is(&n, "ims_connect"))
            reviewImsConnect(n);
        else if (is(&n, "otma"))
            reviewOtma(n);
        else
            reviewSharedIdentity(n);
    }
    for (const Certificate &c : mT.certificates)
        reviewCertificate(c);
    return mFindings;
}

QString Review::linkId(const Node &a, const Node &b) const
{
    const Link *l = mIndex.link(a.id, b.id);
    return l ? l->id : QString();
}

// Each neighbour once, even when two links join the same nodes.
QList<const Node *> Review::neighbours(const Node &n, const char *kind) const
{
    QList<const Node *> out;
    for (const Node *m : mIndex.neighbours(n.id)) {
        if ((!kind || is(m, kind)) && !out.contains(m))
            out.append(m);
    }
    return out;
}

// ADV-01, ADV-03, ADV-04 for clients: a client's options say nothing about
// credentials, so the document's requests tell what it sends over which link.
// DataPower relays a password (DP-01, DP-03, DP-06); a PassTicket reaches only
// an IMS Connect right after the client (Origin::present).
Review::ClientTraffic Review::clientTraffic() const
{
    ClientTraffic out;
    for (const Request &q : mT.requests) {
        const RequestIdentity &id = q.identity;
        if (q.path.size() < 2 || !is(mIndex.node(q.path.first()), "client"))
            continue;
        const Link *first = mIndex.link(q.path.at(0), q.path.at(1));
        if (first && id.passticket && is(mIndex.node(q.path.at(1)), "ims_connect"))
            out.tickets[first->id].append(q.id);
        const bool credentials = (id.hasPassword && !id.passticket) || id.token == QLatin1String("UNTP");
        for (qsizetype i = 0; credentials && i + 1 < q.path.size(); ++i) {
            const Link *l = mIndex.link(q.path.at(i), q.path.at(i + 1));
            const Node *next = mIndex.node(q.path.at(i + 1));
            if (!l)
                break;
            out.credentials[l->id].append(QStringLiteral("the password of %1 (request %2)").arg(id.userid, q.id));
            if (!is(next, "datapower") || NodeOptions(*next).text("interface") == QLatin1String("ims_callout"))
                break;
        }
    }
    return out;
}

// ADV-01: the passwords a node's own configuration makes it send to `peer`.
QStringList Review::credentialsSentBy(const Node &n, const Node &peer) const
{
    if (!sendsDownstreamTo(n, peer))
        return {};
    const NodeOptions o(n);
    QStringList out;
    const ResumeTpipeUser r = ResumeTpipeUser::of(n);  // SG bundle, DataPower static user, WAS callout user
    if (r.hasPassword)
        out.append(passwordOf(r.userid, r.source));
    if (is(&n, "soap_gateway") && is(&peer, "ims_connect") && o.text("authMode") == QLatin1String("per_message")
        && o.text("wssToken") == QLatin1String("UNTP"))
        out.append(QStringLiteral("the UsernameToken passwords of its callers"));
    if (is(&n, "was_tmra") && !o.flag("localOption") && !wasSignonPassword(o).isEmpty())
        out.append(wasSignonPassword(o));
    if (is(&n, "zos_connect") && !o.text("technicalPassword").isEmpty())
        out.append(passwordOf(o.text("technicalId"), QStringLiteral("the technical password")));
    return out;
}

void Review::reviewLink(const Link &l, const QStringList &clientCredentials)
{
    const Node *from = mIndex.node(l.from);
    const Node *to = mIndex.node(l.to);
    if (!from || !to)
        return;
    const QString ends = QStringLiteral("%1 (%2 to %3)").arg(l.id, l.from, l.to);
    const QStringList clear = l.transport != QLatin1String("none")
                                  ? QStringList()
                                  : clientCredentials + credentialsSentBy(*from, *to) + credentialsSentBy(*to, *from);
    if (!clear.isEmpty())
        add("ADV-01", "warning", {}, l.id,
            QStringLiteral("link %1 has no transport security, yet carries credentials in the clear: %2; protect it with TLS, AT-TLS or IPsec")
                .arg(ends, summarize(clear)));
    if (l.transport == QLatin1String("ims_connect_ssl"))
        add("ADV-05", "info", {}, l.id,
            QStringLiteral("link %1 uses IMS Connect's own SSL, which serves a single port and is being withdrawn: configure "
                           "AT-TLS (at_tls or at_tls_mutual) instead; clients cannot tell the difference").arg(ends));
}

// ADV-03, ADV-04 for one link: PassTickets from RMTIMSCON (PT-05; both ways for
// the MSC return connection, PT-06) or from the clients that open it (ICON-05).
void Review::reviewPassTickets(const Link &l, const QStringList &clientTickets)
{
    const Node *from = mIndex.node(l.from);
    const Node *to = mIndex.node(l.to);
    if (!from || !to)
        return;
    const QString requests = QStringLiteral("request%1 %2").arg(clientTickets.size() > 1 ? QStringLiteral("s") : QString(),
                                                                  clientTickets.join(QStringLiteral(", ")));
    QStringList how;
    for (const auto &[sender, receiver] : {std::pair(from, to), std::pair(to, from)}) {
        const QJsonObject rmt = NodeOptions(*sender).raw("rmtimscon").toObject();
        const QString appl = rmt.value(QStringLiteral("appl")).toString();
        const QString user = rmt.value(QStringLiteral("userid")).toString();
        if (l.kind == QLatin1String("rmtimscon") && !appl.isEmpty() && !user.isEmpty())
            how.append(ignoredTickets(l, *receiver, QStringLiteral("%1 generates from RMTIMSCON APPL %2 USERID %3").arg(sender->id, appl, user)));
        else if (!clientTickets.isEmpty() && is(sender, "client") && is(receiver, "ims_connect"))
            how.append(ignoredTickets(l, *receiver, QStringLiteral("%1 sends for %2").arg(sender->id, requests)));
    }
    if (!how.isEmpty() && !l.persistent)
        add("ADV-04", "info", {}, l.id,
            QStringLiteral("link %1 is not persistent, yet carries the PassTickets %2: a new PassTicket is generated and validated "
                           "for every connection, a heavy overhead; make the connection persistent").arg(l.id, how.join(QStringLiteral(" and "))));
}

// ADV-03; returns `how` for the caller's ADV-04.
QString Review::ignoredTickets(const Link &l, const Node &receiver, const QString &how)
{
    if (NodeOptions(receiver).text("RACF") == QLatin1String("N"))
        add("ADV-03", "info", receiver.id, l.id,
            QStringLiteral("IMS Connect %1 runs RACF=N and ignores the PassTickets %2 over link %3: wasted work; stop generating "
                           "them, or set RACF=Y on %1 so that they are checked").arg(receiver.id, how, l.id));
    return how;
}

void Review::reviewImsConnect(const Node &n)
{
    const NodeOptions o(n);
    const bool racf = o.text("RACF") == QLatin1String("Y");
    for (const Node *m : neighbours(n)) {
        if (racf && passesSamlIdentities(*m))
            add("ADV-02", "error", n.id, linkId(n, *m),
                QStringLiteral("SOAP Gateway %1 (per_message, %2) passes user IDs without passwords to IMS Connect %3, which runs "
                               "RACF=Y: every request will fail authentication there. SAML tokens carry no password: use "
                               "UsernameTokens, or an IMS Connect with RACF=N behind which OTMA authorizes the user")
                    .arg(m->id, NodeOptions(*m).text("wssToken"), n.id));
        if (!racf && is(m, "otma") && !authorizes(*m, n))
            add("ADV-07", "warning", n.id, linkId(n, *m),
                QStringLiteral("IMS Connect %1 runs RACF=N in front of OTMA %2 with %3: neither authentication nor transaction "
                               "authorization, so no security at all on that path; set RACF=Y or OTMASE=CHECK or FULL")
                    .arg(n.id, m->id, describeLevel(*m, n)));
        reviewNetuid(n, *m);
    }
    const QString exit = o.text("exit");
    const bool exitTrusts = exit == QLatin1String("HWSSMPL0") || exit == QLatin1String("HWSSMPL1") || exit == QLatin1String("HWSJAVA0");
    if (racf && o.flag("trustedUser") && exitTrusts)
        add("ADV-08", "warning", n.id, {},
            QStringLiteral("IMS Connect %1 (RACF=Y, exit %2) has trustedUser on: RACF is skipped for any message carrying the "
                           "trusted-user indicator, and any client can set it; turn trustedUser off unless only authenticated "
                           "clients can reach %1").arg(n.id, exit));
}

// SG-03: a per-message SAML gateway passes on user IDs without passwords. One
// joined only to IMS Connects and external services serves callouts alone
// (SG-07, SG-09): no inbound token reaches it.
bool Review::passesSamlIdentities(const Node &gateway) const
{
    const NodeOptions o(gateway);
    if (!is(&gateway, "soap_gateway") || o.text("authMode") != QLatin1String("per_message") || !o.text("wssToken").startsWith(QLatin1String("SAML")))
        return false;
    const QList<const Node *> all = neighbours(gateway);
    return std::any_of(all.cbegin(), all.cend(), [](const Node *m) { return !is(m, "ims_connect") && !is(m, "external_service"); });
}

// ADV-09: a sender set to pass NETUID/NETSID (WAS-05, ZC-06) to an IMS Connect
// that cannot carry them (ICON-10).
void Review::reviewNetuid(const Node &icon, const Node &sender)
{
    const NodeOptions s(sender);
    const bool sends = (is(&sender, "was_tmra") && s.flag("netuidModule"))
                       || (is(&sender, "zos_connect") && s.flag("passNetworkCredentials") && ZosConnectStage::versionPassesNetuid(s.text("version")));
    const NodeOptions o(icon);
    const QString exit = o.text("exit");
    const int version = o.number("version");
    if (!sends || (version >= 15 && (exit == QLatin1String("HWSSMPL0") || exit == QLatin1String("HWSSMPL1"))))
        return;
    const QString why = version < 15 ? QStringLiteral("IMS Connect %1 is version %2 (15 is needed): upgrade it").arg(icon.id).arg(version)
                                     : QStringLiteral("exit %1 of %2 does not carry it: use HWSSMPL0 or HWSSMPL1").arg(exit, icon.id);
    add("ADV-09", "warning", icon.id, linkId(icon, sender),
        QStringLiteral("%1 is set to pass the distributed identity (NETUID/NETSID) to %2, but it is lost and IMS logs only the SAF "
                       "user ID; %3").arg(sender.id, icon.id, why));
}

void Review::reviewOtma(const Node &n)
{
    const QString otmase = NodeOptions(n).text("OTMASE");
    const SecurityDomain *d = mIndex.domainOf(n);
    if (otmase == QLatin1String("NONE") || otmase == QLatin1String("JOIN"))
        add("ADV-06", "warning", n.id, {},
            QStringLiteral("OTMA %1 runs OTMASE=%2: no transaction or command authorization (TIMS, CIMS): only the exits "
                           "DFSTRN0 and DFSCCMD0 can refuse a user; set OTMASE=CHECK or FULL").arg(n.id, otmase));
    for (const Node *client : neighbours(n)) {
        if (!is(client, "ims_connect") && !is(client, "mq"))
            continue;
        if (otmase == QLatin1String("PROFILE") && !authorizes(n, *client))
            add("ADV-06", "warning", n.id, linkId(n, *client),
                QStringLiteral("OTMA %1 runs %2: messages from %3 get no transaction or command authorization; set "
                               "otmaSecurityFlag F on %3").arg(n.id, describeLevel(n, *client), client->id));
        if (otmase != QLatin1String("NONE") && d)
            reviewClientBid(n, *client, *d);
    }
    reviewResumeTpipe(n, d);
    reviewAceeCache(n, d);
}

// ADV-14, the design-time view of ICON-11.
void Review::reviewClientBid(const Node &otma, const Node &client, const SecurityDomain &d)
{
    const QString job = NodeOptions(client).text("jobUserid");
    const QString profile = QStringLiteral("IMSXCF.%1.%2").arg(NodeOptions(otma).text("xcfGroup"), NodeOptions(client).text("member"));
    if (d.authorize(job, QStringLiteral("FACILITY"), profile).result == AccessDecision::Result::Denied)
        add("ADV-14", "error", client.id, linkId(otma, client),
            QStringLiteral("client bid will fail: job user ID %1 of %2 lacks READ on FACILITY %3, so %2 cannot join OTMA %4 and "
                           "every request through it fails; PERMIT %3 CLASS(FACILITY) ID(%1) ACCESS(READ)")
                .arg(job, client.id, profile, otma.id));
}

// ADV-11: Resume TPIPE is protected by DFSYRTUX, or by RIMS with a profile
// covering the TPIPE under an OTMASE that calls RACF (OTMA-07).
void Review::reviewResumeTpipe(const Node &n, const SecurityDomain *d)
{
    const NodeOptions o(n);
    if (o.text("DFSYRTUX") != QLatin1String("none"))
        return;
    const bool none = o.text("OTMASE") == QLatin1String("NONE");
    const bool rims = d && d->isClassActive(QStringLiteral("RIMS"));
    QStringList open;
    for (const QString &tpipe : o.list("tpipes")) {
        if (none || !rims || !d->coveringProfile(QStringLiteral("RIMS"), tpipe.toUpper()))
            open.append(tpipe);
    }
    if (none && open.isEmpty() && hasCalloutGateway(n))
        open.append(QStringLiteral("any TPIPE"));
    if (open.isEmpty())
        return;
    const QString why = none ? QStringLiteral("OTMASE=NONE never calls RACF")
                        : !rims ? QStringLiteral("the RIMS class is not active") : QStringLiteral("no RIMS profile covers it");
    add("ADV-11", "warning", n.id, {},
        QStringLiteral("OTMA %1 lets any user ID resume %2 and pull its callout messages: %3 and no DFSYRTUX exit is "
                       "installed; define RIMS profiles (with OTMASE other than NONE) or install DFSYRTUX")
            .arg(n.id, open.join(QStringLiteral(", ")), why));
}

// An ims_callout DataPower serves nothing but callouts (DP-04).
bool Review::hasCalloutGateway(const Node &otma) const
{
    for (const Node *icon : neighbours(otma, "ims_connect")) {
        for (const Node *g : neighbours(*icon, "datapower")) {
            if (NodeOptions(*g).text("interface") == QLatin1String("ims_callout"))
                return true;
        }
    }
    return false;
}

// ADV-12: without TOACEE=YES the ACEE cache of OTMA-08 has no limit. NONE and
// JOIN build no ACEE per user.
void Review::reviewAceeCache(const Node &n, const SecurityDomain *d)
{
    const NodeOptions o(n);
    const QString otmase = o.text("OTMASE");
    if (o.text("TOACEE") == QLatin1String("YES") || otmase == QLatin1String("NONE") || otmase == QLatin1String("JOIN"))
        return;
    const int users = d ? int(d->users.size()) : 0;
    const int sized = n.options.contains(QStringLiteral("ACEEUSR")) ? o.number("ACEEUSR") : 0;
    if (qMax(users, sized) < kManyUsers)
        return;
    const QString why = users >= sized ? QStringLiteral("RACF database %1 defines %2 users").arg(d->id).arg(users)
                                       : QStringLiteral("ACEEUSR is sized for %1 users but has no effect").arg(sized);
    add("ADV-12", "warning", n.id, {},
        QStringLiteral("OTMA %1 caches an ACEE for every user ID without limit (TOACEE is not YES) while %2: the ACEE cache "
                       "can exhaust control-region storage; set TOACEE=YES (ACEEUSR, default 30,000) and consider ACEEAGE")
            .arg(n.id, why));
}

// ADV-10: SG-01 and ZC-03/ZC-04 put every caller under one user ID.
void Review::reviewSharedIdentity(const Node &n)
{
    const NodeOptions o(n);
    if (is(&n, "soap_gateway") && o.text("authMode") == QLatin1String("per_web_service")) {
        const QString bundle = o.text("bundleUserid");
        add("ADV-10", "warning", n.id, {},
            QStringLiteral("SOAP Gateway %1 authenticates per web service: every caller runs as %2, so IMS cannot tell callers "
                           "apart and accountability is lost; use per_message authentication with UsernameTokens or SAML")
                .arg(n.id, bundle.isEmpty() ? QStringLiteral("the (empty) bundle user ID") : QStringLiteral("bundle user ") + bundle));
    } else if (is(&n, "zos_connect") && (o.text("registry") != QLatin1String("SAF") || o.text("clientAuth") == QLatin1String("none"))) {
        const QString id = o.text("technicalId").isEmpty() ? QStringLiteral("the started task user ID %1").arg(o.text("startedTaskUserid"))
                                                           : QStringLiteral("the technical ID %1").arg(o.text("technicalId"));
        const QString why = o.text("clientAuth") == QLatin1String("none") ? QStringLiteral("client authentication is off")
                                                                          : QStringLiteral("the registry is %1, not SAF").arg(o.text("registry"));
        add("ADV-10", "warning", n.id, {},
            QStringLiteral("z/OS Connect %1 runs every caller under %2 because %3: accountability is lost; use the SAF "
                           "registry with authentication on so that each caller's RACF ID reaches IMS").arg(n.id, id, why));
    }
}

// The nodes a certificate matters to: those presenting or trusting it, and
// those relying on the certificates it issued.
QStringList Review::certificateUsers(const Certificate &c, int depth) const
{
    QStringList users;
    for (const Node &n : mT.nodes) {
        const NodeOptions o(n);
        if (o.text("certificate") == c.id || o.list("truststore").contains(c.id))
            users.append(n.id);
    }
    for (const Certificate &issued : mT.certificates) {
        if (depth < kMaxChain && issued.issuer == c.id && issued.id != c.id)
            users += certificateUsers(issued, depth + 1);
    }
    users.removeDuplicates();
    return users;
}

// ADV-13: expired and used (its TLS handshakes and signatures certainly fail:
// error), expired and unused, or expiring within 30 days (warning).
void Review::reviewCertificate(const Certificate &c)
{
    const QDateTime notAfter = notAfterOf(c);
    if (!notAfter.isValid() || notAfter > mClock.addDays(kExpiryWarningDays))
        return;
    const QStringList users = certificateUsers(c);
    const QString what = QStringLiteral("certificate %1 (%2), %3,").arg(c.id, c.subject,
        users.isEmpty() ? QStringLiteral("no node uses it") : QStringLiteral("used by ") + users.join(QStringLiteral(", ")));
    const QString when = notAfter.toUTC().toString(Qt::ISODate);
    if (notAfter >= mClock)
        add("ADV-13", "warning", users.value(0), {},
            QStringLiteral("%1 expires on %2, within %3 days of the simulation time: renew it before it fails")
                .arg(what, when).arg(kExpiryWarningDays));
    else if (users.isEmpty())
        add("ADV-13", "warning", {}, {}, QStringLiteral("%1 expired on %2: renew or remove it").arg(what, when));
    else
        add("ADV-13", "error", users.first(), {},
            QStringLiteral("%1 expired on %2: TLS handshakes and signatures that rely on it fail; renew it").arg(what, when));
}

} // namespace

QList<Finding> DesignReview::review(const TopologyData &topology, const QDateTime &clock)
{
    return Review(topology, clock).run();
}
