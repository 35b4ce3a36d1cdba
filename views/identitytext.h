#pragma once

#include "identity.h"

#include <QString>

// Identity elements as the inspector and the compare dialog write them.
namespace IdentityText {
// The element's value, "present" for a flag (PASSWORD, TRUSTED), "" when absent.
QString value(const Identity &identity, Identity::Element element);
// "USERID ALICE, PASSWORD, UTOKEN ALICE", or "nothing" when empty.
QString summary(const Identity &identity);
} // namespace IdentityText
