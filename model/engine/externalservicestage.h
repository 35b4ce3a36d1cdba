#pragma once

#include "stage.h"

#include <QStringList>

// The web service at the end of a callout: what it demands of its caller.
class ExternalServiceStage : public Stage
{
public:
    explicit ExternalServiceStage(const Node &node);
    void process(HopContext &ctx) const override;

private:
    QString mRequires;
    QStringList mAccepted;
};
