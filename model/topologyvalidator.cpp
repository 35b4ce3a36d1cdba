#include "topologyvalidator.h"

#include "jsonfieldreader.h"
#include "topologydata.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace {

QString join(const QString &a, const QString &b) { return JsonFieldReader::join(a, b); }
QString at(const QString &a, qsizetype i) { return JsonFieldReader::index(a, i); }

void checkCertificates(JsonFieldReader &r, const TopologyData &t, const QSet<QString> &certs)
{
    for (qsizetype i = 0; i < t.certificates.size(); ++i) {
        const Certificate &c = t.certificates.at(i);
        if (!c.issuer.isEmpty() && !certs.contains(c.issuer))
            r.error(join(at(QStringLiteral("certificates"), i), QStringLiteral("issuer")),
                    QStringLiteral("no certificate \"%1\"").arg(c.issuer));
    }
}

void checkNodes(JsonFieldReader &r, const TopologyData &t, const QSet<QString> &images,
                const QSet<QString> &certs)
{
    for (qsizetype i = 0; i < t.nodes.size(); ++i) {
        const Node &n = t.nodes.at(i);
        const QString p = at(QStringLiteral("nodes"), i);
        if (!n.image.isEmpty() && !images.contains(n.image))
            r.error(join(p, QStringLiteral("image")), QStringLiteral("no image \"%1\"").arg(n.image));
        const QJsonValue cert = n.options.value(QStringLiteral("certificate"));
        if (cert.isString() && !certs.contains(cert.toString()))
            r.error(join(join(p, QStringLiteral("options")), QStringLiteral("certificate")),
                    QStringLiteral("no certificate \"%1\"").arg(cert.toString()));
        const QJsonArray trust = n.options.value(QStringLiteral("truststore")).toArray();
        for (qsizetype k = 0; k < trust.size(); ++k) {
            if (!certs.contains(trust.at(k).toString()))
                r.error(at(join(join(p, QStringLiteral("options")), QStringLiteral("truststore")), k),
                        QStringLiteral("no certificate \"%1\"").arg(trust.at(k).toString()));
        }
    }
}

void checkLinks(JsonFieldReader &r, const TopologyData &t, const QHash<QString, QString> &kinds)
{
    QSet<QString> pairs;
    for (qsizetype i = 0; i < t.links.size(); ++i) {
        const Link &l = t.links.at(i);
        const QString p = at(QStringLiteral("links"), i);
        bool ok = true;
        for (const auto &[key, id] : {std::pair{QStringLiteral("from"), l.from}, std::pair{QStringLiteral("to"), l.to}}) {
            if (!id.isEmpty() && !kinds.contains(id)) {
                r.error(join(p, key), QStringLiteral("no node \"%1\"").arg(id));
                ok = false;
            }
        }
        if (!ok)
            continue;
        if (l.from == l.to)
            r.error(join(p, QStringLiteral("to")), QStringLiteral("a link cannot join \"%1\" to itself").arg(l.from));
        const QString pair = l.from < l.to ? l.from + QLatin1Char('\n') + l.to : l.to + QLatin1Char('\n') + l.from;
        if (pairs.contains(pair))
            r.error(p, QStringLiteral("\"%1\" and \"%2\" are already linked").arg(l.from, l.to));
        pairs.insert(pair);
        if (l.kind == QLatin1String("rmtimscon")
            && (kinds.value(l.from) != QLatin1String("ims_connect") || kinds.value(l.to) != QLatin1String("ims_connect")))
            r.error(join(p, QStringLiteral("kind")), QStringLiteral("an rmtimscon link must join two ims_connect nodes"));
    }
}

void checkRequests(JsonFieldReader &r, const TopologyData &t, const QHash<QString, QString> &kinds,
                   const QSet<QString> &certs)
{
    // Runs for every request of a file: pairs instead of joined strings, and
    // JSON paths built only for an error.
    QSet<std::pair<QString, QString>> linked;
    for (const Link &l : t.links) {
        linked.insert({l.from, l.to});
        linked.insert({l.to, l.from});
    }
    for (qsizetype i = 0; i < t.requests.size(); ++i) {
        const Request &q = t.requests.at(i);
        const auto p = [&] { return join(at(QStringLiteral("requests"), i), QStringLiteral("path")); };
        for (qsizetype k = 0; k < q.path.size(); ++k) {
            const QString &id = q.path.at(k);
            if (!kinds.contains(id)) {
                r.error(at(p(), k), QStringLiteral("no node \"%1\"").arg(id));
                continue;
            }
            if (std::find(q.path.cbegin(), q.path.cbegin() + k, id) != q.path.cbegin() + k)
                r.error(at(p(), k), QStringLiteral("the path visits \"%1\" twice; paths must not loop").arg(id));
            if (k > 0 && kinds.contains(q.path.at(k - 1)) && !linked.contains({q.path.at(k - 1), id}))
                r.error(at(p(), k), QStringLiteral("no link between \"%1\" and \"%2\"").arg(q.path.at(k - 1), id));
        }
        const auto ip = [&] { return join(at(QStringLiteral("requests"), i), QStringLiteral("identity")); };
        if (!q.identity.samlSigner.isEmpty() && !certs.contains(q.identity.samlSigner))
            r.error(join(ip(), QStringLiteral("samlSigner")), QStringLiteral("no certificate \"%1\"").arg(q.identity.samlSigner));
        const bool callout = q.kind.endsWith(QLatin1String("_callout")) || q.kind == QLatin1String("msc");
        if (callout && !q.path.isEmpty() && kinds.value(q.path.first()) != QLatin1String("ims"))
            r.error(at(p(), 0), QStringLiteral("a %1 request starts at an ims node").arg(q.kind));
    }
}

} // namespace

void TopologyValidator::check(JsonFieldReader &r, const TopologyData &t)
{
    QSet<QString> images, domains, certs;
    QHash<QString, QString> kinds;
    for (const ZosImage &i : t.images)
        images.insert(i.id);
    for (const SecurityDomain &d : t.domains)
        domains.insert(d.id);
    for (const Certificate &c : t.certificates)
        certs.insert(c.id);
    for (const Node &n : t.nodes)
        kinds.insert(n.id, n.kind);
    for (qsizetype i = 0; i < t.images.size(); ++i) {
        if (!domains.contains(t.images.at(i).domain))
            r.error(join(at(QStringLiteral("images"), i), QStringLiteral("domain")),
                    QStringLiteral("no domain \"%1\"").arg(t.images.at(i).domain));
    }
    checkCertificates(r, t, certs);
    checkNodes(r, t, images, certs);
    checkLinks(r, t, kinds);
    checkRequests(r, t, kinds, certs);
}
