#include "designreview.h"

#include "nodeoptions.h"
#include "securitydomain.h"
#include "topologydata.h"
#include "topologyindex.h"

#include <QJsonObject>

namespace {

// More distinct users than this in one RACF database make the ACEE cache a
// real storage risk without TOACEE (RULES-NOTES.md, ADV-12).
constexpr int kManyUsers = 1000;

class Review
{
public:
    Review(const TopologyData &t, const QDateTime &clock) : mT(t), mIndex(t), mClock(clock) {}

    QList<Finding> run()
    {
        for (const Link &l : mT.links)
            reviewLink(l);
        for (const Node &n : mT.nodes)
            reviewNode(n);
        reviewCertificates();
        return mFindings;
    }

private:
    void add(const char *rule, const char *severity, const QString &node, const QString &link, const QString &message)
    {
        mFindings.append({QLatin1String(rule), QLatin1String(severity), node, link, message});
    }

    bool sendsCredentials(const Node &n, const Node &peer) const;
    bool requestsUsePassTickets(const QString &from, const QString &to) const;
    void reviewLink(const Link &l);
    void reviewNode(const Node &n);
    void reviewImsConnect(const Node &n);
    void reviewOtma(const Node &n);
    void reviewCertificates();
    QList<const Node *> neighboursOfKind(const Node &n, const char *kind) const;

    const TopologyData &mT;
    TopologyIndex mIndex;
    QDateTime mClock;
    QList<Finding> mFindings;
};

QList<const Node *> Review::neighboursOfKind(const Node &n, const char *kind) const
{
    QList<const Node *> out;
    for (const Node *m : mIndex.neighbours(n.id)) {
        if (m->kind == QLatin1String(kind))
            out.append(m);
    }
    return out;
}

bool Review::sendsCredentials(const Node &n, const Node &peer) const
{
    const NodeOptions o(n);
    if (n.kind == QLatin1String("client")) {
        for (const Request &q : mT.requests) {
            if (q.path.size() > 1 && q.path.at(0) == n.id && q.path.at(1) == peer.id
                && (q.identity.hasPassword || q.identity.token == QLatin1String("UNTP")) && !q.identity.passticket)
                return true;
        }
        return false;
    }
    if (n.kind == QLatin1String("soap_gateway"))
        return peer.kind == QLatin1String("ims_connect")
               && (!o.text("bundlePassword").isEmpty() || o.text("wssToken") == QLatin1String("UNTP"));
    if (n.kind == QLatin1String("was_tmra"))
        return !o.flag("localOption")
               && (!o.text("aliasPassword").isEmpty() || !o.text("appPassword").isEmpty() || !o.text("cfPassword").isEmpty());
    if (n.kind == QLatin1String("datapower"))
        return !o.text("password").isEmpty();
    if (n.kind == QLatin1String("zos_connect"))
        return !o.text("technicalPassword").isEmpty();
    return false;
}

bool Review::requestsUsePassTickets(const QString &from, const QString &to) const
{
    for (const Request &q : mT.requests) {
        if (q.identity.passticket && q.path.size() > 1 && q.path.at(0) == from && q.path.at(1) == to)
            return true;
    }
    return false;
}

void Review::reviewLink(const Link &l)
{
    const Node *from = mIndex.node(l.from);
    const Node *to = mIndex.node(l.to);
    if (!from || !to)
        return;
    if (l.transport == QLatin1String("none") && (sendsCredentials(*from, *to) || sendsCredentials(*to, *from)))
        add("ADV-01", "warning", {}, l.id,
            QStringLiteral("credentials cross %1 between %2 and %3 in the clear; use TLS or AT-TLS").arg(l.id, from->id, to->id));
    if (l.transport == QLatin1String("ims_connect_ssl"))
        add("ADV-05", "info", {}, l.id,
            QStringLiteral("%1 uses IMS Connect's own SSL: one port only and being withdrawn; prefer AT-TLS").arg(l.id));

    const bool remote = l.kind == QLatin1String("rmtimscon");
    const QJsonObject rmt = remote ? NodeOptions(*from).raw("rmtimscon").toObject() : QJsonObject();
    const bool generates = remote && !rmt.value(QStringLiteral("appl")).toString().isEmpty()
                           && !rmt.value(QStringLiteral("userid")).toString().isEmpty();
    const bool clientTickets = to->kind == QLatin1String("ims_connect") && requestsUsePassTickets(from->id, to->id);
    if ((generates || clientTickets) && to->kind == QLatin1String("ims_connect")
        && NodeOptions(*to).text("RACF") == QLatin1String("N"))
        add("ADV-03", "warning", to->id, l.id,
            QStringLiteral("PassTickets are sent to %1, which runs RACF=N and ignores them: wasted work").arg(to->id));
    if ((generates || clientTickets) && !l.persistent)
        add("ADV-04", "warning", {}, l.id,
            QStringLiteral("%1 is not persistent: a new PassTicket for every connection costs heavily").arg(l.id));
}

void Review::reviewImsConnect(const Node &n)
{
    const NodeOptions o(n);
    const bool racf = o.text("RACF") == QLatin1String("Y");
    const QString exit = o.text("exit");
    if (racf) {
        for (const Node *sg : neighboursOfKind(n, "soap_gateway")) {
            const NodeOptions s(*sg);
            if (s.text("authMode") == QLatin1String("per_message") && s.text("wssToken").startsWith(QLatin1String("SAML")))
                add("ADV-02", "error", sg->id, {},
                    QStringLiteral("%1 sends SAML identities without passwords to %2, which runs RACF=Y: authentication will fail")
                        .arg(sg->id, n.id));
        }
    }
    if (racf && o.flag("trustedUser")
        && (exit == QLatin1String("HWSSMPL0") || exit == QLatin1String("HWSSMPL1") || exit == QLatin1String("HWSJAVA0")))
        add("ADV-08", "warning", n.id, {},
            QStringLiteral("%1 lets any client that sets the trusted-user flag skip authentication").arg(n.id));
    const bool carries = o.number("version") >= 15 && (exit == QLatin1String("HWSSMPL0") || exit == QLatin1String("HWSSMPL1"));
    if (!carries) {
        for (const Node *m : mIndex.neighbours(n.id)) {
            const NodeOptions mo(*m);
            const bool sends = (m->kind == QLatin1String("was_tmra") && mo.flag("netuidModule"))
                               || (m->kind == QLatin1String("zos_connect") && mo.flag("passNetworkCredentials"));
            if (sends)
                add("ADV-09", "warning", n.id, {},
                    QStringLiteral("%1 sends the distributed identity, but %2 (version %3, exit %4) cannot carry it: it is lost")
                        .arg(m->id, n.id).arg(o.number("version")).arg(exit));
        }
    }
    for (const Node *otma : neighboursOfKind(n, "otma")) {
        const NodeOptions t(*otma);
        if (!racf && t.text("OTMASE") == QLatin1String("NONE"))
            add("ADV-07", "error", n.id, {},
                QStringLiteral("%1 runs RACF=N in front of %2 with OTMASE=NONE: no security at all on that path").arg(n.id, otma->id));
    }
}

void Review::reviewOtma(const Node &n)
{
    const NodeOptions o(n);
    const QString otmase = o.text("OTMASE");
    if (otmase == QLatin1String("NONE"))
        add("ADV-06", "warning", n.id, {}, QStringLiteral("%1 runs OTMASE=NONE: no transaction or command authorization").arg(n.id));
    const SecurityDomain *d = mIndex.domainOf(n);
    const bool callouts = !o.list("tpipes").isEmpty() || std::any_of(mT.requests.cbegin(), mT.requests.cend(), [&](const Request &q) {
        return q.kind.endsWith(QLatin1String("_callout")) && q.path.contains(n.id);
    });
    if (callouts && o.text("DFSYRTUX") == QLatin1String("none") && (!d || !d->isClassActive(QStringLiteral("RIMS"))))
        add("ADV-11", "warning", n.id, {},
            QStringLiteral("%1 protects Resume TPIPE with neither the RIMS class nor DFSYRTUX: any user ID can pull callout messages").arg(n.id));
    if (o.text("TOACEE") != QLatin1String("YES") && otmase != QLatin1String("NONE") && d && d->users.size() > kManyUsers)
        add("ADV-12", "warning", n.id, {},
            QStringLiteral("%1 has %2 users and TOACEE is not set: the ACEE cache can exhaust control-region storage")
                .arg(d->id).arg(d->users.size()));
    if (otmase == QLatin1String("NONE") || !d)
        return;
    for (const Node *m : mIndex.neighbours(n.id)) {
        if (m->kind != QLatin1String("ims_connect") && m->kind != QLatin1String("mq"))
            continue;
        const NodeOptions mo(*m);
        const QString job = mo.text("jobUserid");
        const QString profile = QStringLiteral("IMSXCF.%1.%2").arg(o.text("xcfGroup"), mo.text("member"));
        if (d->authorize(job, QStringLiteral("FACILITY"), profile).result == AccessDecision::Result::Denied)
            add("ADV-14", "error", m->id, {},
                QStringLiteral("client bid will fail: %1 lacks READ on FACILITY %2, so %3 cannot join %4").arg(job, profile, m->id, n.id));
    }
}

void Review::reviewNode(const Node &n)
{
    const NodeOptions o(n);
    if (n.kind == QLatin1String("ims_connect"))
        reviewImsConnect(n);
    else if (n.kind == QLatin1String("otma"))
        reviewOtma(n);
    else if (n.kind == QLatin1String("soap_gateway") && o.text("authMode") == QLatin1String("per_web_service"))
        add("ADV-10", "warning", n.id, {},
            QStringLiteral("%1 authenticates per web service: every caller runs as %2 and accountability is lost")
                .arg(n.id, o.text("bundleUserid").isEmpty() ? QStringLiteral("the bundle user") : o.text("bundleUserid")));
    else if (n.kind == QLatin1String("zos_connect")
             && (o.text("registry") != QLatin1String("SAF") || o.text("clientAuth") == QLatin1String("none")))
        add("ADV-10", "warning", n.id, {},
            QStringLiteral("%1 runs every caller under technical ID %2: accountability is lost")
                .arg(n.id, o.text("technicalId").isEmpty() ? o.text("startedTaskUserid") : o.text("technicalId")));
}

void Review::reviewCertificates()
{
    for (const Certificate &c : mT.certificates) {
        if (c.notAfter < mClock)
            add("ADV-13", "error", {}, {}, QStringLiteral("certificate %1 (%2) expired on %3").arg(c.id, c.subject, c.notAfter.toString(Qt::ISODate)));
        else if (c.notAfter < mClock.addDays(30))
            add("ADV-13", "warning", {}, {},
                QStringLiteral("certificate %1 (%2) expires on %3, within 30 days").arg(c.id, c.subject, c.notAfter.toString(Qt::ISODate)));
    }
}

} // namespace

QList<Finding> DesignReview::review(const TopologyData &topology, const QDateTime &clock)
{
    return Review(topology, clock).run();
}
