#pragma once

#include "finding.h"
#include "topologydata.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QTimer>

class Topology;

// Keeps the design review (ADV rules) in step with a topology: every change
// re-runs it after a short pause, a reset at once. A large topology is
// reviewed on a worker thread from a snapshot (a cheap, implicitly shared
// copy); a result whose snapshot no longer matches the topology is dropped
// and the review runs again, so only current findings are ever delivered.
class ReviewRunner : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDebounceMs = 250;
    static constexpr int kBackgroundNodes = 300;  // more nodes than this: off the GUI thread

    explicit ReviewRunner(Topology *topology, QObject *parent = nullptr);
    ~ReviewRunner() override;

    const QList<Finding> &findings() const { return mFindings; }
    bool isBusy() const { return mBusy; }
    int droppedResults() const { return mDropped; }

    void setBackgroundThreshold(int nodes) { mBackgroundNodes = nodes; }
    void setDebounce(int ms) { mTimer.setInterval(ms); }

public slots:
    void reviewNow();  // skips the pause, e.g. after loading a file

signals:
    void findingsChanged(const QList<Finding> &findings);
    void busyChanged(bool busy);  // a background review started or ended
    void staleResultDropped();

private:
    void onChanged();
    void start();
    void onFinished();
    void deliver(const QList<Finding> &findings);
    void setBusy(bool busy);
    bool snapshotIsCurrent() const;

    Topology *mTopology;
    QTimer mTimer;
    QFutureWatcher<QList<Finding>> mWatcher;
    TopologyData mSnapshot;
    bool mHasSnapshot = false;
    bool mBusy = false;
    int mBackgroundNodes = kBackgroundNodes;
    int mDropped = 0;
    QList<Finding> mFindings;
};
