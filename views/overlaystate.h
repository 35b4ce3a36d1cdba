#pragma once

#include <QPointF>
#include <QStringList>

// Everything the trace overlay shows at one moment, in words and positions:
// what tests compare to prove that stepping back restores a step exactly.
struct OverlayState
{
    int step = -1;            // -1: nothing shown
    QString node;             // where the token is (or left from, while moving)
    bool tokenVisible = false;
    bool tokenFailed = false;
    QPointF token;            // scene position
    QStringList badges;       // "USERID ALICE", "+UTOKEN ALICE", "-PASSWORD", "~USERID A → B"
    QStringList checkMarks;   // "hws1: ICON-01 pass", every hop reached so far
    QStringList failures;     // "otma: Rejected: OTMA-02"
    QStringList trail;        // links travelled, in order
    QStringList dimmed;       // nodes off the path, sorted
    QStringList changed;      // nodes with the what-if halo, sorted

    bool operator==(const OverlayState &) const = default;
};
