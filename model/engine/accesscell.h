#pragma once

#include <QtGlobal>

// One (user, resource) pair of an access matrix, kept small because a matrix
// can hold millions: the node and rule of a refusal are indexes into the
// result's string table (0: none).
struct AccessCell
{
    enum class State : quint8 { Pending, Allowed, Denied };

    State state = State::Pending;  // Pending: not computed (the run was cancelled)
    quint16 rejectedAt = 0;
    quint16 failedRule = 0;

    bool operator==(const AccessCell &) const = default;
};
