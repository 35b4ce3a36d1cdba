#include "accessmatrixidentity.h"

#include "accessmatrixdefaults.h"
#include "topologydata.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonObject claimsOf(const QJsonValue &jwt)
{
    if (jwt.isObject())
        return jwt.toObject();
    const QStringList parts = jwt.toString().split(QLatin1Char('.'));
    if (parts.size() < 2)
        return {};
    const QByteArray payload = QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding);
    return QJsonDocument::fromJson(payload).object();
}

} // namespace

AccessMatrixIdentity::AccessMatrixIdentity(const TopologyData &t, const Request &templ) : mTemplate(templ.identity)
{
    for (const QString &id : templ.path) {
        const Node *n = t.node(id);
        const SecurityDomain *d = n ? t.domainOf(*n) : nullptr;
        if (d && !mDomains.contains(d))
            mDomains.append(d);
    }
    const SecurityDomain *users = AccessMatrixDefaults::domain(t, templ.path);
    if (users && !mDomains.contains(users))
        mDomains.append(users);
}

const RacfUser *AccessMatrixIdentity::findUser(const QString &user) const
{
    for (const SecurityDomain *d : mDomains) {
        if (const RacfUser *u = d->user(user.toUpper()))
            return u;
    }
    return nullptr;
}

QString AccessMatrixIdentity::distributedName(const QString &registry, const QString &user) const
{
    for (const SecurityDomain *d : mDomains) {
        for (const IdMap &m : d->idmaps) {
            if (m.user == user.toUpper() && m.registry == registry)
                return m.name;
        }
    }
    return user;
}

RequestIdentity AccessMatrixIdentity::forUser(const QString &user) const
{
    RequestIdentity id = mTemplate;
    const RacfUser *u = findUser(user);
    const bool jwt = !mTemplate.jwt.isNull() && !mTemplate.jwt.isUndefined();
    if (jwt) {
        QJsonObject claims = claimsOf(mTemplate.jwt);
        claims.insert(QStringLiteral("sub"), distributedName(claims.value(QStringLiteral("iss")).toString(), user));
        id.jwt = claims;
    }
    // A JWT template names its user in the token alone; every other shape carries the user ID.
    if (!jwt || !mTemplate.userid.isEmpty())
        id.userid = user;
    if (mTemplate.hasPassword)
        id.password = u && u->password.set && !u->password.locked ? u->password.plain : QString();
    if (!mTemplate.group.isEmpty())
        id.group = u ? (u->defaultGroup.isEmpty() ? u->groups.value(0) : u->defaultGroup) : QString();
    return id;
}

QStringList AccessMatrixIdentity::withoutPassword(const QStringList &users) const
{
    QStringList out;
    if (!mTemplate.hasPassword)
        return out;
    for (const QString &user : users) {
        const RacfUser *u = findUser(user);
        if (!u || !u->password.set || u->password.locked)
            out.append(user);
    }
    return out;
}
