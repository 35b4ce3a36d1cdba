#pragma once

#include "stage.h"

// A component with no security decisions of its own in this flow (a client in
// the middle of a path): the message passes unchanged.
class PassThroughStage : public Stage
{
public:
    void process(HopContext &ctx) const override;
};
