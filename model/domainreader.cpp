#include "domainreader.h"

#include "jsonfieldreader.h"
#include "passticket.h"

#include <QJsonArray>
#include <QSet>

namespace {

const QStringList kKnownClasses = {"TIMS", "CIMS", "RIMS", "AIMS", "IIMS", "APPL", "PTKTDATA", "FACILITY"};

template<typename F>
void forEachObject(JsonFieldReader &r, const QJsonObject &o, const QString &key, const QString &path, F f)
{
    const QString p = JsonFieldReader::join(path, key);
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return;
    if (!v.isArray()) {
        r.error(p, QStringLiteral("expected a list, got %1").arg(JsonFieldReader::typeName(v)));
        return;
    }
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString ip = JsonFieldReader::index(p, i);
        if (!a.at(i).isObject()) {
            r.error(ip, QStringLiteral("expected an object, got %1").arg(JsonFieldReader::typeName(a.at(i))));
            continue;
        }
        f(a.at(i).toObject(), ip);
    }
}

// A RACF profile name: required, 1-246 characters, upper-cased.
QString profileName(JsonFieldReader &r, const QJsonObject &o, const QString &key, const QString &p)
{
    const QString name = r.text(o, key, p, true, 246);
    if (o.value(key).isString() && o.value(key).toString().isEmpty())
        r.error(JsonFieldReader::join(p, key), QStringLiteral("must not be empty"));
    return name.toUpper();
}

RacfUser readUser(JsonFieldReader &r, const QJsonObject &o, const QString &p)
{
    RacfUser u;
    u.id = r.safName(o, QStringLiteral("id"), p);
    u.password = r.secret(o, QStringLiteral("password"), p);
    auto saf = [&r](const QString &v, const QString &path) { return r.normalizeSafName(v, path); };
    u.groups = r.stringList(o, QStringLiteral("groups"), p, saf);
    u.hasDefaultGroupKey = o.contains(QStringLiteral("defaultGroup"));
    u.defaultGroup = r.safName(o, QStringLiteral("defaultGroup"), p, 8, false);
    u.hasRevokedKey = o.contains(QStringLiteral("revoked"));
    u.revoked = r.boolean(o, QStringLiteral("revoked"), p, false);
    u.extra = r.unknownKeys(o, {"id", "password", "groups", "defaultGroup", "revoked"}, p);
    if (!u.defaultGroup.isEmpty() && !u.groups.contains(u.defaultGroup))
        r.error(JsonFieldReader::join(p, QStringLiteral("defaultGroup")),
                QStringLiteral("%1 is not one of the user's groups").arg(u.defaultGroup));
    return u;
}

RacfProfile readProfile(JsonFieldReader &r, const QJsonObject &o, const QString &p)
{
    RacfProfile pr;
    pr.cls = r.safName(o, QStringLiteral("class"), p);
    pr.name = profileName(r, o, QStringLiteral("name"), p);
    const QString uacc = r.text(o, QStringLiteral("uacc"), p, false, 16);
    if (!uacc.isEmpty()) {
        if (auto level = AccessLevels::fromString(uacc))
            pr.uacc = *level;
        else
            r.error(JsonFieldReader::join(p, QStringLiteral("uacc")),
                    QStringLiteral("expected NONE, READ, UPDATE, CONTROL or ALTER, got \"%1\"").arg(uacc));
    }
    const QJsonObject permits = r.object(o, QStringLiteral("permits"), p);
    const QString pp = JsonFieldReader::join(p, QStringLiteral("permits"));
    for (auto it = permits.constBegin(); it != permits.constEnd(); ++it) {
        const QString ep = JsonFieldReader::join(pp, it.key());
        const QString who = it.key() == QLatin1String("*") ? it.key() : r.normalizeSafName(it.key(), ep);
        const auto level = AccessLevels::fromString(it.value().toString());
        if (!it.value().isString() || !level) {
            r.error(ep, QStringLiteral("expected NONE, READ, UPDATE, CONTROL or ALTER, got %1")
                            .arg(JsonFieldReader::quoted(it.value())));
            continue;
        }
        pr.permits.append({who, *level});
    }
    pr.extra = r.unknownKeys(o, {"class", "name", "uacc", "permits"}, p);
    return pr;
}

PtktData readPtkt(JsonFieldReader &r, const QJsonObject &o, const QString &p)
{
    PtktData d;
    d.appl = profileName(r, o, QStringLiteral("appl"), p);
    d.key = r.secret(o, QStringLiteral("key"), p);
    if (!d.key.set)
        r.error(JsonFieldReader::join(p, QStringLiteral("key")), QStringLiteral("required, missing"));
    QString problem;
    if (d.key.set && !d.key.locked && !PassTicket::parseKey(d.key.plain, &problem))
        r.error(JsonFieldReader::join(p, QStringLiteral("key")), problem);
    d.hasReplayKey = o.contains(QStringLiteral("replayProtection"));
    d.replayProtection = r.boolean(o, QStringLiteral("replayProtection"), p, true);
    d.enhancedType = r.text(o, QStringLiteral("enhanced"), p, false, 8);
    if (!d.enhancedType.isEmpty() && d.enhancedType != QLatin1String("upper")
        && d.enhancedType != QLatin1String("mixed"))
        r.error(JsonFieldReader::join(p, QStringLiteral("enhanced")),
                QStringLiteral("expected \"upper\" or \"mixed\", got \"%1\"").arg(d.enhancedType));
    d.extra = r.unknownKeys(o, {"appl", "key", "replayProtection", "enhanced"}, p);
    return d;
}

} // namespace

SecurityDomain DomainReader::read(JsonFieldReader &r, const QJsonObject &o, const QString &p)
{
    SecurityDomain d;
    d.id = r.id(o, QStringLiteral("id"), p);
    auto saf = [&r](const QString &v, const QString &path) { return r.normalizeSafName(v, path); };
    d.activeClasses = r.stringList(o, QStringLiteral("activeClasses"), p, saf);
    for (qsizetype i = 0; i < d.activeClasses.size(); ++i) {
        if (!kKnownClasses.contains(d.activeClasses.at(i)))
            r.warning(JsonFieldReader::index(JsonFieldReader::join(p, QStringLiteral("activeClasses")), i),
                      QStringLiteral("class %1 is not used by any rule").arg(d.activeClasses.at(i)));
    }
    QSet<QString> seenUsers;
    forEachObject(r, o, QStringLiteral("users"), p, [&](const QJsonObject &u, const QString &up) {
        RacfUser user = readUser(r, u, up);
        if (!user.id.isEmpty() && seenUsers.contains(user.id))
            r.error(JsonFieldReader::join(up, QStringLiteral("id")), QStringLiteral("duplicate user ID \"%1\"").arg(user.id));
        seenUsers.insert(user.id);
        d.users.append(std::move(user));
    });
    d.groups = r.stringList(o, QStringLiteral("groups"), p, saf);
    QSet<QString> seenProfiles;
    forEachObject(r, o, QStringLiteral("profiles"), p, [&](const QJsonObject &x, const QString &xp) {
        RacfProfile pr = readProfile(r, x, xp);
        const QString key = pr.cls + QLatin1Char(' ') + pr.name;
        if (seenProfiles.contains(key))
            r.error(JsonFieldReader::join(xp, QStringLiteral("name")),
                    QStringLiteral("duplicate profile %1 %2").arg(pr.cls, pr.name));
        seenProfiles.insert(key);
        d.profiles.append(std::move(pr));
    });
    forEachObject(r, o, QStringLiteral("ptktdata"), p, [&](const QJsonObject &x, const QString &xp) {
        d.ptktdata.append(readPtkt(r, x, xp));
    });
    forEachObject(r, o, QStringLiteral("certmaps"), p, [&](const QJsonObject &x, const QString &xp) {
        CertMap m;
        m.subject = r.text(x, QStringLiteral("subject"), xp, true, 1024);
        m.user = r.safName(x, QStringLiteral("user"), xp);
        m.extra = r.unknownKeys(x, {"subject", "user"}, xp);
        d.certmaps.append(m);
    });
    forEachObject(r, o, QStringLiteral("idmaps"), p, [&](const QJsonObject &x, const QString &xp) {
        IdMap m;
        m.registry = r.text(x, QStringLiteral("registry"), xp, true, 1024);
        m.name = r.text(x, QStringLiteral("name"), xp, true, 1024);
        m.user = r.safName(x, QStringLiteral("user"), xp);
        m.extra = r.unknownKeys(x, {"registry", "name", "user"}, xp);
        d.idmaps.append(m);
    });
    d.extra = r.unknownKeys(o, {"id", "activeClasses", "users", "groups", "profiles", "ptktdata", "certmaps", "idmaps"}, p);
    return d;
}
