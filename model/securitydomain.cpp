#include "securitydomain.h"

#include "profilematcher.h"

namespace {
bool isPrefixGeneric(const QString &name)
{
    if (!name.endsWith(QLatin1Char('*')))
        return false;
    QString stem = name;
    while (stem.endsWith(QLatin1Char('*')))
        stem.chop(1);
    return !stem.contains(QLatin1Char('*')) && !stem.contains(QLatin1Char('%'))
           && name.size() - stem.size() <= 2;
}

QString prefixOf(const QString &name)
{
    QString stem = name;
    while (stem.endsWith(QLatin1Char('*')))
        stem.chop(1);
    return stem;
}
} // namespace

void SecurityDomain::rebuildIndex()
{
    mUsers.clear();
    mUsers.reserve(users.size());
    for (int i = 0; i < users.size(); ++i)
        mUsers.insert(users.at(i).id, i);

    mActive = QSet<QString>(activeClasses.begin(), activeClasses.end());

    mClasses.clear();
    for (int i = 0; i < profiles.size(); ++i) {
        const RacfProfile &p = profiles.at(i);
        ClassIndex &ci = mClasses[p.cls];
        if (!p.isGeneric())
            ci.discrete.insert(p.name, i);
        else if (isPrefixGeneric(p.name))
            ci.prefixGeneric.insert(prefixOf(p.name), i);
        else
            ci.otherGeneric.append(i);
    }

    mPtkt.clear();
    for (int i = 0; i < ptktdata.size(); ++i)
        mPtkt.insert(ptktdata.at(i).appl, i);

    mCertMaps.clear();
    for (int i = 0; i < certmaps.size(); ++i)
        mCertMaps.insert(certmaps.at(i).subject, i);
}

const RacfUser *SecurityDomain::user(const QString &userid) const
{
    const auto it = mUsers.constFind(userid);
    return it == mUsers.constEnd() ? nullptr : &users.at(*it);
}

// SAF-02: a discrete profile beats any generic one; among generics the most
// specific wins. Prefix generics are found by probing the name's prefixes,
// longest first, so the cost does not grow with the number of profiles.
const RacfProfile *SecurityDomain::coveringProfile(const QString &cls, const QString &resource) const
{
    const auto cit = mClasses.constFind(cls);
    if (cit == mClasses.constEnd())
        return nullptr;
    const ClassIndex &ci = *cit;
    if (const auto d = ci.discrete.constFind(resource); d != ci.discrete.constEnd())
        return &profiles.at(*d);

    const RacfProfile *best = nullptr;
    int bestSpecificity = -1;
    if (!ci.prefixGeneric.isEmpty()) {
        for (qsizetype len = resource.size(); len >= 0; --len) {
            const auto g = ci.prefixGeneric.constFind(resource.left(len));
            if (g != ci.prefixGeneric.constEnd()) {
                best = &profiles.at(*g);
                bestSpecificity = ProfileMatcher::specificity(best->name);
                break;
            }
        }
    }
    for (int idx : ci.otherGeneric) {
        const RacfProfile &p = profiles.at(idx);
        if (!ProfileMatcher::matches(p.name, resource))
            continue;
        const int s = ProfileMatcher::specificity(p.name);
        if (s > bestSpecificity) {
            best = &p;
            bestSpecificity = s;
        }
    }
    return best;
}

AccessLevel SecurityDomain::permitFor(const RacfProfile &profile, const RacfUser *user,
                                      QString *basis) const
{
    if (user) {
        for (const auto &permit : profile.permits) {
            if (permit.first == user->id) {
                *basis = QStringLiteral("user permit");
                return permit.second;
            }
        }
        bool groupFound = false;
        AccessLevel best = AccessLevel::None;
        QString bestGroup;
        for (const auto &permit : profile.permits) {
            if (user->groups.contains(permit.first) && (!groupFound || permit.second > best)) {
                best = permit.second;
                bestGroup = permit.first;
                groupFound = true;
            }
        }
        if (groupFound) {
            *basis = QStringLiteral("group %1").arg(bestGroup);
            return best;
        }
        // ID(*) covers every RACF-defined user, so it never helps an unknown one.
        for (const auto &permit : profile.permits) {
            if (permit.first == QLatin1String("*")) {
                *basis = QStringLiteral("ID(*)");
                return permit.second;
            }
        }
    }
    *basis = QStringLiteral("UACC");
    return profile.uacc;
}

AccessDecision SecurityDomain::authorize(const QString &userid, const QString &cls,
                                         const QString &resource, AccessLevel needed) const
{
    AccessDecision d;
    if (!isClassActive(cls)) {  // SAF-04
        d.result = AccessDecision::Result::ClassInactive;
        return d;
    }
    d.profile = coveringProfile(cls, resource);
    if (!d.profile) {  // SAF-03
        d.result = AccessDecision::Result::NotProtected;
        return d;
    }
    d.level = permitFor(*d.profile, user(userid), &d.basis);
    d.result = d.level >= needed ? AccessDecision::Result::Granted : AccessDecision::Result::Denied;
    return d;
}

const PtktData *SecurityDomain::ptktProfile(const QString &name) const
{
    const auto it = mPtkt.constFind(name);
    return it == mPtkt.constEnd() ? nullptr : &ptktdata.at(*it);
}

QString SecurityDomain::userForCertificate(const QString &subject) const
{
    const auto it = mCertMaps.constFind(subject);
    return it == mCertMaps.constEnd() ? QString() : certmaps.at(*it).user;
}

QString SecurityDomain::userForDistributedIdentity(const QString &registry, const QString &name) const
{
    for (const IdMap &m : idmaps) {
        if (m.registry == registry && m.name == name)
            return m.user;
    }
    return {};
}
