#pragma once

#include "identity.h"

#include <QString>

// One identity element that differs between two traces at the same hop.
struct ElementDifference
{
    enum class Change { Added, Removed, Changed };

    Identity::Element element = Identity::Userid;
    Change change = Change::Changed;
    QString before;  // the value before; empty when absent or a flag (PASSWORD, TRUSTED)
    QString after;

    QString label() const { return Identity::name(element).toUpper(); }
};
