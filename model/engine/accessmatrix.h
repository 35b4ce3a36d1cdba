#pragma once

#include "accessmatrixinput.h"
#include "accessmatrixresult.h"

#include <QDateTime>

#include <atomic>
#include <functional>

struct TopologyData;

// Computes an access matrix with the real engine: Simulator::run for every
// (user, resource) pair, no shortcut, so each cell is exactly what simulating
// that request alone would say. The simulator runs in its lean mode (no check
// detail text), which decides exactly as the full one. One Simulator is shared
// read-only by worker threads that take whole rows; each row's identity is
// built once (AccessMatrixIdentity) and only the resource changes along the row.
class AccessMatrix
{
public:
    struct Options
    {
        const std::atomic<bool> *cancel = nullptr;  // set it to stop early: result.cancelled
        // Called on the calling thread, about 20 times a second and once at the end.
        std::function<void(qint64 done, qint64 total)> progress;
        int threads = 0;  // 0: one per core
        QDateTime clock;  // invalid: the file's simulationTime (as Simulator)
    };

    static AccessMatrixResult compute(const TopologyData &t, const AccessMatrixInput &input, const Options &options);
    static AccessMatrixResult compute(const TopologyData &t, const AccessMatrixInput &input)
    {
        return compute(t, input, Options());
    }
    // The request a cell stands for: the template with this user and resource.
    static Request requestFor(const TopologyData &t, const Request &templ, const QString &user, const QString &resource);
};
