#pragma once

#include "stage.h"

#include <QJsonArray>
#include <QStringList>

// z/OS Connect EE (ZC-01..ZC-07): authenticates the caller, checks service
// groups, picks the RACF ID and passes network credentials to IMS Connect.
class ZosConnectStage : public Stage
{
public:
    explicit ZosConnectStage(const Node &node);
    void process(HopContext &ctx) const override;

    static bool versionPassesNetuid(const QString &version);

private:
    struct Subject
    {
        bool authenticated = false;
        QString principal;  // as the registry knows it
        QString safUser;    // SAF user ID it maps to, if any
    };

    bool authenticate(HopContext &ctx, Subject &s) const;
    bool authenticateJwt(HopContext &ctx, Subject &s) const;
    bool authenticateBasic(HopContext &ctx, Subject &s) const;
    bool checkServiceGroups(HopContext &ctx, const Subject &s) const;
    void passNetworkCredentials(HopContext &ctx, const Subject &s) const;

    QString mVersion;
    bool mVersionPassesNetuid = false;
    QString mClientAuth;
    QString mRegistry;
    QString mRealm;
    QJsonArray mLdapUsers;
    QStringList mServiceGroups;
    QString mTechnicalId, mTechnicalGroup, mTechnicalPassword, mStartedTask;
    QString mJwtIssuer, mJwtAudience;
    bool mPassNetwork;
};
