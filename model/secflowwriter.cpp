#include "secflowwriter.h"

#include "jsonwriter.h"

#include <QJsonArray>
#include <QSaveFile>

namespace {

const QStringList kKeyOrder = {
    // top level, in FORMAT.md order
    "format", "version", "name", "simulationTime", "images", "domains", "certificates", "nodes", "links",
    "requests", "lessons",
    // entities
    "id", "kind", "label", "class", "appl", "subject", "registry", "from", "to", "transport", "persistent",
    "image", "domain", "issuer", "notBefore", "notAfter", "ca", "pem", "resource", "path", "identity",
    "repeat", "activeClasses", "users", "groups", "profiles", "ptktdata", "certmaps", "idmaps", "password",
    "defaultGroup", "revoked", "uacc", "permits", "key", "replayProtection", "user", "options", "expect",
    "outcome", "rejectedAt", "failedRule", "authorizedUserid", "arrives", "absent", "checks", "findings",
    "view"};

QJsonValue secretToJson(const Secret &s)
{
    if (s.isEncrypted())
        return s.envelope;
    return s.set ? QJsonValue(s.plain) : QJsonValue(QJsonValue::Null);
}

QString isoTime(const QDateTime &t)
{
    // Milliseconds only when there are some, so ordinary files keep their short form.
    const QDateTime utc = t.toUTC();
    return utc.toString(utc.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
}

void putIfNotEmpty(QJsonObject &o, const char *key, const QJsonObject &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

void merge(QJsonObject &o, const QJsonObject &extra)
{
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        o.insert(it.key(), it.value());
}

QJsonObject identityToJson(const RequestIdentity &id)
{
    QJsonObject o;
    if (!id.userid.isEmpty()) o.insert(QStringLiteral("userid"), id.userid);
    if (id.hasPassword) o.insert(QStringLiteral("password"), id.password);
    if (!id.group.isEmpty()) o.insert(QStringLiteral("group"), id.group);
    if (!id.token.isEmpty()) o.insert(QStringLiteral("token"), id.token);
    if (!id.samlSigner.isEmpty()) o.insert(QStringLiteral("samlSigner"), id.samlSigner);
    if (!id.netuid.isEmpty()) o.insert(QStringLiteral("netuid"), id.netuid);
    if (!id.netsid.isEmpty()) o.insert(QStringLiteral("netsid"), id.netsid);
    if (!id.jwt.isNull() && !id.jwt.isUndefined()) o.insert(QStringLiteral("jwt"), id.jwt);
    if (id.passticket) o.insert(QStringLiteral("passticket"), true);
    if (!id.passticketKey.isEmpty()) o.insert(QStringLiteral("passticketKey"), id.passticketKey);
    if (!id.passticketTime.isEmpty()) o.insert(QStringLiteral("passticketTime"), id.passticketTime);
    if (id.trusted) o.insert(QStringLiteral("trusted"), true);
    merge(o, id.extra);
    return o;
}

template<typename T, typename F>
QJsonArray arrayOf(const QList<T> &list, F toJson)
{
    QJsonArray a;
    for (const T &item : list)
        a.append(toJson(item));
    return a;
}

} // namespace

QJsonObject SecflowWriter::imageToJson(const ZosImage &i)
{
    QJsonObject o{{"id", i.id}, {"label", i.label}, {"domain", i.domain}};
    putIfNotEmpty(o, "view", i.view);
    merge(o, i.extra);
    return o;
}

QJsonObject SecflowWriter::domainToJson(const SecurityDomain &d)
{
    QJsonObject o{{"id", d.id}, {"activeClasses", QJsonArray::fromStringList(d.activeClasses)}};
    o.insert(QStringLiteral("users"), arrayOf(d.users, [](const RacfUser &u) {
                 QJsonObject j{{"id", u.id}, {"groups", QJsonArray::fromStringList(u.groups)}};
                 if (u.password.set) j.insert(QStringLiteral("password"), secretToJson(u.password));
                 if (!u.defaultGroup.isEmpty()) j.insert(QStringLiteral("defaultGroup"), u.defaultGroup);
                 else if (u.hasDefaultGroupKey) j.insert(QStringLiteral("defaultGroup"), QJsonValue::Null);
                 if (u.revoked || u.hasRevokedKey) j.insert(QStringLiteral("revoked"), u.revoked);
                 merge(j, u.extra);
                 return j;
             }));
    o.insert(QStringLiteral("groups"), QJsonArray::fromStringList(d.groups));
    o.insert(QStringLiteral("profiles"), arrayOf(d.profiles, [](const RacfProfile &p) {
                 QJsonObject permits;
                 for (const auto &permit : p.permits)
                     permits.insert(permit.first, AccessLevels::toString(permit.second));
                 QJsonObject j{{"class", p.cls}, {"name", p.name}, {"uacc", AccessLevels::toString(p.uacc)},
                               {"permits", permits}};
                 merge(j, p.extra);
                 return j;
             }));
    o.insert(QStringLiteral("ptktdata"), arrayOf(d.ptktdata, [](const PtktData &p) {
                 QJsonObject j{{"appl", p.appl}, {"key", secretToJson(p.key)}};
                 if (!p.replayProtection || p.hasReplayKey) j.insert(QStringLiteral("replayProtection"), p.replayProtection);
                 if (!p.enhancedType.isEmpty()) j.insert(QStringLiteral("enhanced"), p.enhancedType);
                 merge(j, p.extra);
                 return j;
             }));
    o.insert(QStringLiteral("certmaps"), arrayOf(d.certmaps, [](const CertMap &m) {
                 QJsonObject j{{"subject", m.subject}, {"user", m.user}};
                 merge(j, m.extra);
                 return j;
             }));
    o.insert(QStringLiteral("idmaps"), arrayOf(d.idmaps, [](const IdMap &m) {
                 QJsonObject j{{"registry", m.registry}, {"name", m.name}, {"user", m.user}};
                 merge(j, m.extra);
                 return j;
             }));
    merge(o, d.extra);
    return o;
}

QJsonObject SecflowWriter::certificateToJson(const Certificate &c)
{
    QJsonObject o{{"id", c.id},
                  {"subject", c.subject},
                  {"issuer", c.issuer},
                  {"notBefore", isoTime(c.notBefore)},
                  {"notAfter", isoTime(c.notAfter)},
                  {"ca", c.ca}};
    if (!c.pem.isEmpty())
        o.insert(QStringLiteral("pem"), c.pem);
    merge(o, c.extra);
    return o;
}

QJsonObject SecflowWriter::nodeToJson(const Node &n)
{
    QJsonObject o{{"id", n.id}, {"kind", n.kind}, {"label", n.label}, {"options", n.options}};
    if (!n.image.isEmpty())
        o.insert(QStringLiteral("image"), n.image);
    putIfNotEmpty(o, "view", n.view);
    merge(o, n.extra);
    return o;
}

QJsonObject SecflowWriter::linkToJson(const Link &l)
{
    QJsonObject o{{"id", l.id}, {"from", l.from}, {"to", l.to}, {"transport", l.transport}};
    if (!l.persistent)
        o.insert(QStringLiteral("persistent"), false);
    if (l.kind != QLatin1String("normal"))
        o.insert(QStringLiteral("kind"), l.kind);
    putIfNotEmpty(o, "view", l.view);
    merge(o, l.extra);
    return o;
}

QJsonObject SecflowWriter::requestToJson(const Request &q)
{
    QJsonObject o{{"id", q.id},
                  {"label", q.label},
                  {"kind", q.kind},
                  {"resource", q.resource},
                  {"path", QJsonArray::fromStringList(q.path)},
                  {"identity", identityToJson(q.identity)}};
    if (q.repeat != 1)
        o.insert(QStringLiteral("repeat"), q.repeat);
    if (q.hasExpect)
        o.insert(QStringLiteral("expect"), q.expect);
    putIfNotEmpty(o, "view", q.view);
    merge(o, q.extra);
    return o;
}

QJsonObject SecflowWriter::toJson(const TopologyData &t)
{
    QJsonObject o{{"format", "secflow"}, {"version", t.version}, {"name", t.name}};
    if (t.simulationTime.isValid())
        o.insert(QStringLiteral("simulationTime"), isoTime(t.simulationTime));
    o.insert(QStringLiteral("images"), arrayOf(t.images, imageToJson));
    o.insert(QStringLiteral("domains"), arrayOf(t.domains, domainToJson));
    o.insert(QStringLiteral("certificates"), arrayOf(t.certificates, certificateToJson));
    o.insert(QStringLiteral("nodes"), arrayOf(t.nodes, nodeToJson));
    o.insert(QStringLiteral("links"), arrayOf(t.links, linkToJson));
    o.insert(QStringLiteral("requests"), arrayOf(t.requests, requestToJson));
    if (!t.lessons.isEmpty())
        o.insert(QStringLiteral("lessons"), t.lessons);
    putIfNotEmpty(o, "view", t.view);
    merge(o, t.extra);
    return o;
}

QByteArray SecflowWriter::toBytes(const TopologyData &t)
{
    static const JsonWriter writer(kKeyOrder);
    return writer.write(toJson(t));
}

bool SecflowWriter::save(const TopologyData &t, const QString &path, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: cannot write: %2").arg(path, f.errorString());
        return false;
    }
    f.write(toBytes(t));
    if (!f.commit()) {
        *error = QStringLiteral("%1: cannot write: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}
