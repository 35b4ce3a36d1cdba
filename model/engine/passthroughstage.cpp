#include "passthroughstage.h"

#include "hopcontext.h"

void PassThroughStage::process(HopContext &ctx) const
{
    ctx.out() = ctx.in();
}
