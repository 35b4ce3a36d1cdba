#include "scenario.h"

#include "secflowreader.h"

#include <QJsonDocument>

namespace {

QJsonObject baseUser(const QString &id, const QString &password, const QStringList &groups, bool revoked = false)
{
    QJsonObject u{{"id", id}, {"groups", QJsonArray::fromStringList(groups)}};
    if (!password.isEmpty())
        u.insert(QStringLiteral("password"), password);
    if (!groups.isEmpty())
        u.insert(QStringLiteral("defaultGroup"), groups.first());
    if (revoked)
        u.insert(QStringLiteral("revoked"), true);
    return u;
}

QJsonObject baseProfile(const QString &cls, const QString &name, const QString &uacc, const QJsonObject &permits)
{
    return {{"class", cls}, {"name", name}, {"uacc", uacc}, {"permits", permits}};
}

QJsonObject baseDomain(const QString &id)
{
    return {{"id", id},
            {"activeClasses", QJsonArray{"TIMS", "CIMS", "RIMS", "AIMS", "IIMS", "APPL", "PTKTDATA", "FACILITY"}},
            {"users", QJsonArray{baseUser("ALICE", "ALICEPW", {"PAYGRP"}), baseUser("BOB", "BOBPW", {"CLERKS"}),
                                 baseUser("CAROL", "CAROLPW", {"PAYGRP"}, true), baseUser("DAVE", "DAVEPW", {}),
                                 baseUser("HWS", {}, {"SYSGRP"}), baseUser("ODBM", {}, {"SYSGRP"}),
                                 baseUser("MQ", {}, {"SYSGRP"}), baseUser("DEFUSR", {}, {"DEFGRP"}),
                                 baseUser("TECHID", "TECHPW", {"SYSGRP"}), baseUser("ZCSTC", {}, {"SYSGRP"}),
                                 baseUser("DPUSER", "DPPW", {"SYSGRP"}), baseUser("SGUSER", "SGPW", {"SYSGRP"})}},
            {"groups", QJsonArray{"PAYGRP", "CLERKS", "DEFGRP", "SYSGRP", "ADMGRP"}},
            {"profiles", QJsonArray{baseProfile("FACILITY", "IMSXCF.XCFGRP1.HWS1", "NONE", {{"HWS", "READ"}}),
                                    baseProfile("FACILITY", "IMSXCF.XCFGRP1.MQ1", "NONE", {{"MQ", "READ"}}),
                                    baseProfile("TIMS", "PAYROLL", "NONE", {{"PAYGRP", "READ"}, {"TECHID", "READ"}, {"SGUSER", "READ"}}),
                                    baseProfile("TIMS", "INQ*", "NONE", {{"CLERKS", "READ"}, {"PAYGRP", "READ"}, {"DEFGRP", "READ"}}),
                                    baseProfile("CIMS", "DIS", "NONE", {{"SYSGRP", "READ"}}),
                                    baseProfile("AIMS", "PSB1", "NONE", {{"PAYGRP", "READ"}}),
                                    baseProfile("AIMS", "PSB2", "NONE", {}),
                                    baseProfile("IIMS", "PSB1", "NONE", {{"PAYGRP", "READ"}}),
                                    baseProfile("RIMS", "CALLOUT1", "NONE", {{"DPUSER", "READ"}, {"SGUSER", "READ"}}),
                                    baseProfile("APPL", "IMSAPPL", "NONE", {{"PAYGRP", "READ"}})}},
            {"ptktdata", QJsonArray{QJsonObject{{"appl", "IMSAPPL"}, {"key", "E001193519561977"}}}},
            {"certmaps", QJsonArray()},
            {"idmaps", QJsonArray()}};
}

void appendTo(QJsonObject &o, const QString &key, const QJsonValue &v)
{
    QJsonArray a = o.value(key).toArray();
    a.append(v);
    o.insert(key, a);
}

} // namespace

Scenario::Scenario()
{
    mRoot = {{"format", "secflow"},
             {"version", 1},
             {"name", "test scenario"},
             {"simulationTime", "2026-11-21T10:00:00Z"},
             {"images", QJsonArray{QJsonObject{{"id", "SYSA"}, {"label", "SYSA"}, {"domain", "RACFA"}}}},
             {"domains", QJsonArray{baseDomain(QStringLiteral("RACFA"))}},
             {"certificates", QJsonArray()},
             {"nodes", QJsonArray()},
             {"links", QJsonArray()},
             {"requests", QJsonArray()}};
}

Scenario &Scenario::node(const QString &id, const QString &kind, const QJsonObject &options, const QString &image)
{
    QJsonObject n{{"id", id}, {"kind", kind}, {"label", id}, {"options", options}};
    if (!image.isEmpty())
        n.insert(QStringLiteral("image"), image);
    appendTo(mRoot, QStringLiteral("nodes"), n);
    return *this;
}

Scenario &Scenario::link(const QString &from, const QString &to, const QString &transport, const QJsonObject &extra)
{
    QJsonObject l{{"id", from + QLatin1Char('-') + to}, {"from", from}, {"to", to}, {"transport", transport}};
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        l.insert(it.key(), it.value());
    appendTo(mRoot, QStringLiteral("links"), l);
    return *this;
}

Scenario &Scenario::basicChain(const QJsonObject &iconOptions, const QJsonObject &otmaOptions)
{
    node(QStringLiteral("app"), QStringLiteral("client"), {}, {});
    node(QStringLiteral("icon"), QStringLiteral("ims_connect"), iconOptions);
    node(QStringLiteral("otma"), QStringLiteral("otma"), otmaOptions);
    node(QStringLiteral("ims"), QStringLiteral("ims"));
    link(QStringLiteral("app"), QStringLiteral("icon"), QStringLiteral("at_tls"));
    link(QStringLiteral("icon"), QStringLiteral("otma"));
    return link(QStringLiteral("otma"), QStringLiteral("ims"));
}

QJsonObject Scenario::domainObject(const QString &id) const
{
    for (const QJsonValue &d : mRoot.value(QStringLiteral("domains")).toArray()) {
        if (d.toObject().value(QStringLiteral("id")).toString() == id)
            return d.toObject();
    }
    qFatal("scenario has no domain %s", qPrintable(id));
    return {};
}

namespace {
void replaceDomain(QJsonObject &root, const QJsonObject &domain)
{
    QJsonArray domains = root.value(QStringLiteral("domains")).toArray();
    for (qsizetype i = 0; i < domains.size(); ++i) {
        if (domains.at(i).toObject().value(QStringLiteral("id")) == domain.value(QStringLiteral("id")))
            domains[i] = domain;
    }
    root.insert(QStringLiteral("domains"), domains);
}
} // namespace

Scenario &Scenario::user(const QString &id, const QString &password, const QStringList &groups, bool revoked,
                         const QString &domainId)
{
    QJsonObject d = domainObject(domainId);
    QJsonArray users = d.value(QStringLiteral("users")).toArray();
    for (qsizetype i = 0; i < users.size(); ++i) {
        if (users.at(i).toObject().value(QStringLiteral("id")).toString() == id) {
            users.removeAt(i);
            break;
        }
    }
    users.append(baseUser(id, password, groups, revoked));
    d.insert(QStringLiteral("users"), users);
    replaceDomain(mRoot, d);
    return *this;
}

Scenario &Scenario::profile(const QString &cls, const QString &name, const QString &uacc, const QJsonObject &permits,
                            const QString &domainId)
{
    QJsonObject d = domainObject(domainId);
    QJsonArray profiles = d.value(QStringLiteral("profiles")).toArray();
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        const QJsonObject p = profiles.at(i).toObject();
        if (p.value(QStringLiteral("class")).toString() == cls && p.value(QStringLiteral("name")).toString() == name) {
            profiles.removeAt(i);
            break;
        }
    }
    profiles.append(baseProfile(cls, name, uacc, permits));
    d.insert(QStringLiteral("profiles"), profiles);
    replaceDomain(mRoot, d);
    return *this;
}

Scenario &Scenario::ptktdata(const QString &appl, const QString &key, bool replayProtection, const QString &domainId)
{
    QJsonObject d = domainObject(domainId);
    appendTo(d, QStringLiteral("ptktdata"), QJsonObject{{"appl", appl}, {"key", key}, {"replayProtection", replayProtection}});
    replaceDomain(mRoot, d);
    return *this;
}

Scenario &Scenario::activeClasses(const QStringList &classes, const QString &domainId)
{
    QJsonObject d = domainObject(domainId);
    d.insert(QStringLiteral("activeClasses"), QJsonArray::fromStringList(classes));
    replaceDomain(mRoot, d);
    return *this;
}

Scenario &Scenario::certificate(const QJsonObject &cert)
{
    appendTo(mRoot, QStringLiteral("certificates"), cert);
    return *this;
}

Scenario &Scenario::image(const QString &id, const QString &domainId)
{
    appendTo(mRoot, QStringLiteral("images"), QJsonObject{{"id", id}, {"label", id}, {"domain", domainId}});
    return *this;
}

Scenario &Scenario::domain(const QString &id)
{
    appendTo(mRoot, QStringLiteral("domains"), baseDomain(id));
    return *this;
}

Scenario &Scenario::set(const QString &key, const QJsonValue &value)
{
    mRoot.insert(key, value);
    return *this;
}

std::optional<TopologyData> Scenario::load(QString *errors) const
{
    SecflowReader reader;
    auto t = reader.read(QJsonDocument(mRoot).toJson(), QStringLiteral("scenario"));
    if (errors)
        *errors = reader.errorString();
    return t;
}

Trace Scenario::run(const QString &kind, const QString &resource, const QStringList &path, const QJsonObject &identity,
                    int repeat) const
{
    Scenario copy = *this;
    QJsonObject r{{"id", "r"}, {"kind", kind}, {"resource", resource}, {"path", QJsonArray::fromStringList(path)},
                  {"identity", identity}, {"repeat", repeat}};
    appendTo(copy.mRoot, QStringLiteral("requests"), r);
    QString errors;
    const auto t = copy.load(&errors);
    if (!t)
        qFatal("scenario does not load: %s", qPrintable(errors));
    return Simulator(*t).run(t->requests.first());
}

QList<Finding> Scenario::findings() const
{
    QString errors;
    const auto t = load(&errors);
    if (!t)
        qFatal("scenario does not load: %s", qPrintable(errors));
    return Simulator(*t).findings();
}

const Check *Scenario::check(const Trace &t, const QString &node, const QString &rule)
{
    const Hop *h = t.hop(node);
    if (!h)
        return nullptr;
    for (const Check &c : h->checks) {
        if (c.rule == rule)
            return &c;
    }
    return nullptr;
}

QString Scenario::result(const Trace &t, const QString &node, const QString &rule)
{
    const Check *c = check(t, node, rule);
    return c ? Check::resultName(c->result) : QString();
}

QJsonObject Scenario::arrives(const Trace &t, const QString &node)
{
    const Hop *h = t.hop(node);
    return h ? h->arrives.toJson() : QJsonObject();
}

bool Scenario::hasFinding(const QList<Finding> &f, const QString &rule, const QString &nodeOrLink)
{
    return std::any_of(f.cbegin(), f.cend(), [&](const Finding &x) {
        return x.rule == rule && (nodeOrLink.isEmpty() || x.node == nodeOrLink || x.link == nodeOrLink);
    });
}
