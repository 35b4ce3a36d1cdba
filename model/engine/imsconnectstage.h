#pragma once

#include "stage.h"

#include <QStringList>

struct Link;

// IMS Connect (ICON-01..ICON-10, PT-05, PT-06): exits, authentication,
// network credentials, and both ends of IMS-to-IMS connections.
class ImsConnectStage : public Stage
{
public:
    explicit ImsConnectStage(const Node &node);
    void process(HopContext &ctx) const override;

private:
    void inbound(HopContext &ctx) const;
    void callout(HopContext &ctx) const;
    void sendRemote(HopContext &ctx, const Link &link) const;
    void receiveRemote(HopContext &ctx, const Link &link) const;
    bool runExit(HopContext &ctx, const QString &userid) const;
    bool networkCredentials(HopContext &ctx) const;
    bool authenticate(HopContext &ctx, QString &userid, bool &authenticated) const;
    bool supportsTrustedUser() const;

    int mVersion;
    bool mRacf;
    QString mRacfid;
    QString mExit;
    bool mTrustedUser;
    bool mHasImslsecx, mHasHwsauth0;
    QStringList mImslsecxDeny, mHwsauth0Deny;
    QString mApplid;
    QString mRemoteAppl, mRemoteUser;
};
