#pragma once

#include "stage.h"

#include <QStringList>

class Identity;

// IMS SOAP Gateway: per-web-service or per-message (WS-Security) identity for
// inbound requests (SG-01..SG-06), PSTUSID or bundle identity for callouts
// (SG-07..SG-09).
class SoapGatewayStage : public Stage
{
public:
    explicit SoapGatewayStage(const Node &node);
    void process(HopContext &ctx) const override;

private:
    void inbound(HopContext &ctx) const;
    void callout(HopContext &ctx) const;
    bool checkSamlSigner(HopContext &ctx) const;
    void useBundle(Identity &out) const;

    bool mPerMessage;
    QString mToken;
    bool mTrustOne;
    QString mBundleUser;
    QString mBundlePassword;
    bool mJaas;
    QStringList mJaasDeny;
    QStringList mTruststore;
};
