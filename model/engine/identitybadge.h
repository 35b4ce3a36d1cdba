#pragma once

#include "identity.h"

#include <QString>

// One identity element as the animation shows it at a stop, and how it
// differs from the stop before (so the view can animate what appeared,
// changed or vanished).
struct IdentityBadge
{
    enum class Change { Kept, Appeared, Changed, Vanished };

    Identity::Element element = Identity::Userid;
    QString value;     // the user or subject it stands for; empty for a flag (PASSWORD, TRUSTED)
    Change change = Change::Kept;
    QString previous;  // the value before, for Changed and Vanished

    QString label() const { return Identity::name(element).toUpper(); }
    bool operator==(const IdentityBadge &) const = default;
};
