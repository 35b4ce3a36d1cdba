#include "domainreader.h"

#include "jsonfieldreader.h"
#include "jsonkeyset.h"
#include "passticket.h"

#include <QJsonArray>
#include <QSet>

namespace {

const QStringList kKnownClasses = {"TIMS", "CIMS", "RIMS", "AIMS", "IIMS", "APPL", "PTKTDATA", "FACILITY"};
// Keys each entry may have; built once, as a file can hold 100,000 users.
const QStringList kUserKeys = {"id", "password", "groups", "defaultGroup", "revoked"};
const QStringList kProfileKeys = {"class", "name", "uacc", "permits"};

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
    qsizetype i = 0;
    for (auto it = a.constBegin(); it != a.constEnd(); ++it, ++i) {
        const QString ip = JsonFieldReader::index(p, i);
        if (!it->isObject()) {
            r.error(ip, QStringLiteral("expected an object, got %1").arg(JsonFieldReader::typeName(*it)));
            continue;
        }
        f(it->toObject(), ip);
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
    const JsonKeySet keys(o);
    u.id = r.safName(o, QStringLiteral("id"), p);
    u.password = r.secret(o, QStringLiteral("password"), p);
    u.groups = r.safNames(o, QStringLiteral("groups"), p);
    u.hasDefaultGroupKey = keys.has(QStringLiteral("defaultGroup"));
    if (u.hasDefaultGroupKey)
        u.defaultGroup = r.safName(o, QStringLiteral("defaultGroup"), p, 8, false);
    u.hasRevokedKey = keys.has(QStringLiteral("revoked"));
    u.revoked = u.hasRevokedKey && r.boolean(o, QStringLiteral("revoked"), p, false);
    u.extra = keys.within(kUserKeys) ? QJsonObject() : r.unknownKeys(o, kUserKeys, p);
    if (!u.defaultGroup.isEmpty() && !u.groups.contains(u.defaultGroup))
        r.error(JsonFieldReader::join(p, QStringLiteral("defaultGroup")),
                QStringLiteral("%1 is not one of the user's groups").arg(u.defaultGroup));
    return u;
}

RacfProfile readProfile(JsonFieldReader &r, const QJsonObject &o, const QString &p)
{
    RacfProfile pr;
    const JsonKeySet keys(o);
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
    pr.permits.reserve(permits.size());
    for (auto it = permits.constBegin(); it != permits.constEnd(); ++it) {
        const QString key = it.key();
        // The entry's path is built only for an error.
        const auto ep = [&] { return JsonFieldReader::join(JsonFieldReader::join(p, QStringLiteral("permits")), key); };
        const QString upper = key.toUpper();
        const QString who = key == QLatin1String("*") ? key
                            : JsonFieldReader::isSafName(upper, 8) ? upper
                                                                   : r.normalizeSafName(key, ep());
        const auto level = AccessLevels::fromString(it->toString());
        if (!it->isString() || !level) {
            r.error(ep(), QStringLiteral("expected NONE, READ, UPDATE, CONTROL or ALTER, got %1")
                              .arg(JsonFieldReader::quoted(*it)));
            continue;
        }
        pr.permits.append({who, *level});
    }
    pr.extra = keys.within(kProfileKeys) ? QJsonObject() : r.unknownKeys(o, kProfileKeys, p);
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
    d.activeClasses = r.safNames(o, QStringLiteral("activeClasses"), p);
    for (qsizetype i = 0; i < d.activeClasses.size(); ++i) {
        if (!kKnownClasses.contains(d.activeClasses.at(i)))
            r.warning(JsonFieldReader::index(JsonFieldReader::join(p, QStringLiteral("activeClasses")), i),
                      QStringLiteral("class %1 is not used by any rule").arg(d.activeClasses.at(i)));
    }
    // An insert that leaves the set's size unchanged found a duplicate: one hash per entry.
    QSet<QString> seenUsers;
    const QJsonValue users = o.value(QStringLiteral("users"));
    seenUsers.reserve(users.toArray().size());
    d.users.reserve(users.toArray().size());
    forEachObject(r, o, QStringLiteral("users"), p, [&](const QJsonObject &u, const QString &up) {
        RacfUser user = readUser(r, u, up);
        const qsizetype before = seenUsers.size();
        seenUsers.insert(user.id);
        if (!user.id.isEmpty() && seenUsers.size() == before)
            r.error(JsonFieldReader::join(up, QStringLiteral("id")), QStringLiteral("duplicate user ID \"%1\"").arg(user.id));
        d.users.append(std::move(user));
    });
    d.groups = r.safNames(o, QStringLiteral("groups"), p);
    QSet<QString> seenProfiles;
    const QJsonValue profiles = o.value(QStringLiteral("profiles"));
    seenProfiles.reserve(profiles.toArray().size());
    d.profiles.reserve(profiles.toArray().size());
    forEachObject(r, o, QStringLiteral("profiles"), p, [&](const QJsonObject &x, const QString &xp) {
        RacfProfile pr = readProfile(r, x, xp);
        const qsizetype before = seenProfiles.size();
        seenProfiles.insert(pr.cls + QLatin1Char(' ') + pr.name);
        if (seenProfiles.size() == before)
            r.error(JsonFieldReader::join(xp, QStringLiteral("name")),
                    QStringLiteral("duplicate profile %1 %2").arg(pr.cls, pr.name));
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
