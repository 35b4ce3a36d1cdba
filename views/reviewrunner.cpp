#include "reviewrunner.h"

#include "designreview.h"
#include "topology.h"

#include <QtConcurrent>

namespace {

bool sameFindings(const QList<Finding> &a, const QList<Finding> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        const Finding &x = a.at(i), &y = b.at(i);
        if (x.rule != y.rule || x.severity != y.severity || x.node != y.node || x.link != y.link || x.message != y.message)
            return false;
    }
    return true;
}

} // namespace

ReviewRunner::ReviewRunner(Topology *topology, QObject *parent) : QObject(parent), mTopology(topology)
{
    mTimer.setSingleShot(true);
    mTimer.setInterval(kDebounceMs);
    connect(&mTimer, &QTimer::timeout, this, &ReviewRunner::start);
    connect(&mWatcher, &QFutureWatcher<QList<Finding>>::finished, this, &ReviewRunner::onFinished);
    connect(topology, &Topology::changed, this, &ReviewRunner::onChanged);
    connect(topology, &Topology::resetDone, this, &ReviewRunner::reviewNow);
    // Review what is already there once the owner has connected to our signals.
    QMetaObject::invokeMethod(this, &ReviewRunner::reviewNow, Qt::QueuedConnection);
}

// A running review owns its own copy of the data, so it may finish after we are gone.
ReviewRunner::~ReviewRunner() = default;

void ReviewRunner::reviewNow()
{
    mTimer.stop();
    if (!snapshotIsCurrent())
        start();
}

void ReviewRunner::onChanged()
{
    // Topology::reset() emits changed() right after resetDone(), which was reviewed already.
    if (snapshotIsCurrent() && !mTimer.isActive())
        return;
    mTimer.start();
}

// The snapshot shares every list with the topology until the topology
// changes one (a write detaches it), so sharing means nothing changed.
bool ReviewRunner::snapshotIsCurrent() const
{
    if (!mHasSnapshot)
        return false;
    const TopologyData &t = mTopology->data();
    return mSnapshot.nodes.isSharedWith(t.nodes) && mSnapshot.links.isSharedWith(t.links)
        && mSnapshot.images.isSharedWith(t.images) && mSnapshot.domains.isSharedWith(t.domains)
        && mSnapshot.certificates.isSharedWith(t.certificates) && mSnapshot.requests.isSharedWith(t.requests)
        && mSnapshot.simulationTime == t.simulationTime;
}

void ReviewRunner::start()
{
    // One background review at a time: a change during it makes its result
    // stale, and onFinished() starts the next one.
    if (mBusy)
        return;
    mSnapshot = mTopology->data();
    mHasSnapshot = true;
    const QDateTime clock = mSnapshot.simulationTime.isValid() ? mSnapshot.simulationTime : QDateTime::currentDateTimeUtc();
    if (mSnapshot.nodes.size() <= mBackgroundNodes) {
        deliver(DesignReview::review(mSnapshot, clock));
        return;
    }
    setBusy(true);
    mWatcher.setFuture(QtConcurrent::run([snapshot = mSnapshot, clock] { return DesignReview::review(snapshot, clock); }));
}

void ReviewRunner::onFinished()
{
    const QList<Finding> result = mWatcher.result();
    setBusy(false);
    if (!snapshotIsCurrent()) {
        ++mDropped;
        emit staleResultDropped();
        // The pending debounce will start the next run; without one, start it now.
        if (!mTimer.isActive())
            start();
        return;
    }
    deliver(result);
}

void ReviewRunner::deliver(const QList<Finding> &findings)
{
    if (sameFindings(findings, mFindings))
        return;
    mFindings = findings;
    emit findingsChanged(mFindings);
}

void ReviewRunner::setBusy(bool busy)
{
    if (mBusy == busy)
        return;
    mBusy = busy;
    emit busyChanged(busy);
}
