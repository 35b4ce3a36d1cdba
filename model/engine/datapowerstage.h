#pragma once

#include "stage.h"

#include <QString>

// DataPower in front of IMS (DP-01..DP-03, DP-06) or resuming callout TPIPEs
// (DP-04, DP-05).
class DataPowerStage : public Stage
{
public:
    explicit DataPowerStage(const Node &node);
    void process(HopContext &ctx) const override;

    // DP-05: whether the ims-callout-user-id header reaches this DataPower.
    static bool receivesPstusid(const Node &datapower, int imsConnectVersion, int imsVersion, QString *why);
    static double firmwareLevel(const QString &firmware);

private:
    void inbound(HopContext &ctx) const;
    void callout(HopContext &ctx) const;
    void staticOrIncoming(HopContext &ctx) const;

    QString mInterface;
    double mFirmware;
    QString mUser;
    QString mPassword;
    bool mPstusidAsRequester;
};
