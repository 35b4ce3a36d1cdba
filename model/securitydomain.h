#pragma once

#include "accessdecision.h"
#include "certmap.h"
#include "idmap.h"
#include "ptktdata.h"
#include "racfprofile.h"
#include "racfuser.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>

// One RACF database: users, groups, general resource profiles, PassTicket
// keys and identity mappings. Lookups go through an index that
// rebuildIndex() refreshes after the lists change (Topology does that).
class SecurityDomain
{
public:
    QString id;
    QStringList activeClasses;
    QList<RacfUser> users;
    QStringList groups;
    QList<RacfProfile> profiles;
    QList<PtktData> ptktdata;
    QList<CertMap> certmaps;
    QList<IdMap> idmaps;
    QJsonObject extra;

    void rebuildIndex();

    const RacfUser *user(const QString &userid) const;
    bool isClassActive(const QString &cls) const { return mActive.contains(cls); }
    const RacfProfile *coveringProfile(const QString &cls, const QString &resource) const;
    AccessDecision authorize(const QString &userid, const QString &cls, const QString &resource,
                             AccessLevel needed = AccessLevel::Read) const;
    // PTKTDATA profiles are discrete (PT-02): a generic one is never returned.
    const PtktData *ptktProfile(const QString &name) const;
    QString userForCertificate(const QString &subject) const;
    QString userForDistributedIdentity(const QString &registry, const QString &name) const;

private:
    struct ClassIndex
    {
        QHash<QString, int> discrete;
        QHash<QString, int> prefixGeneric;  // "PAY*" and "PAY**" keyed by "PAY"
        QList<int> otherGeneric;            // % or an inner *: matched one by one
    };

    AccessLevel permitFor(const RacfProfile &profile, const RacfUser *user, QString *basis) const;

    QHash<QString, int> mUsers;
    QSet<QString> mActive;
    QHash<QString, ClassIndex> mClasses;
    QHash<QString, int> mPtkt;
    QHash<QString, int> mCertMaps;
};
