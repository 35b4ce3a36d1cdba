#pragma once

#include "stage.h"

// MQ with the IMS bridge: an OTMA client that authenticates what it is given
// (DP-03) and passes the user ID to OTMA. Its client bid is checked at OTMA.
class MqStage : public Stage
{
public:
    void process(HopContext &ctx) const override;
};
