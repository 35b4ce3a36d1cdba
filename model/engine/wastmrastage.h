#pragma once

#include "stage.h"

#include <QString>

// WebSphere Application Server with the IMS TM resource adapter (WAS-01..WAS-06).
class WasTmraStage : public Stage
{
public:
    explicit WasTmraStage(const Node &node);
    void process(HopContext &ctx) const override;

private:
    struct Credentials
    {
        QString userid, password, group;
    };

    void inbound(HopContext &ctx) const;
    bool localOption(HopContext &ctx) const;
    void netuidModule(HopContext &ctx) const;
    Credentials credentials(HopContext &ctx) const;

    bool mContainer;
    bool mLocalOption;
    bool mThreadIdentity;
    Credentials mAlias, mApp, mFactory;
    bool mNetuidModule;
    QString mRegistry;
    QString mImage;
};
