#include "tracesession.h"

#include "document.h"
#include "simulator.h"
#include "traceplayer.h"

namespace {
constexpr int kReplayDelayMs = 150;  // a burst of edits (typing, dragging) replays once

const Request *findRequest(const TopologyData &data, const QString &id)
{
    for (const Request &r : data.requests) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

// Trace::toJson leaves out the links travelled; the overlay needs them too.
bool sameTrace(const Trace &a, const Trace &b)
{
    if (a.hops.size() != b.hops.size())
        return false;
    for (qsizetype i = 0; i < a.hops.size(); ++i) {
        if (a.hops.at(i).link != b.hops.at(i).link)
            return false;
    }
    return a.toJson() == b.toJson();
}
} // namespace

TraceSession::TraceSession(Document *document, QObject *parent)
    : QObject(parent), mDocument(document), mPlayer(new TracePlayer(this))
{
    mReplayTimer.setSingleShot(true);
    mReplayTimer.setInterval(kReplayDelayMs);
    connect(&mReplayTimer, &QTimer::timeout, this, &TraceSession::replayNow);
    Topology *topology = document->topology();
    connect(topology, &Topology::changed, this, &TraceSession::onTopologyChanged);
    connect(topology, &Topology::resetDone, this, &TraceSession::clear);
    connect(topology, &Topology::requestRemoved, this, [this](const QString &id) {
        if (!mAdHoc && id == mRequest.id)
            clear();
    });
}

TraceSession::~TraceSession() = default;

void TraceSession::showRequest(const QString &id)
{
    const Request *request = findRequest(mDocument->topology()->data(), id);
    if (!request) {
        clear();
        return;
    }
    mRequest = *request;
    mAdHoc = false;
    run(false);
}

void TraceSession::showAdHocRequest(const Request &request)
{
    mRequest = request;
    mAdHoc = true;
    run(false);
}

void TraceSession::clear()
{
    mReplayTimer.stop();
    const bool wasActive = isActive() || mHasPrevious;
    mRequest = Request();
    mAdHoc = false;
    mTimeline = TraceTimeline();
    mHasPrevious = false;
    mPrevious = Trace();
    mPlayer->pause();
    mPlayer->setStepCount(0);
    if (wasActive)
        emit traceChanged();
}

void TraceSession::replayNow()
{
    mReplayTimer.stop();
    if (!isActive())
        return;
    if (!mAdHoc) {
        // The request itself may have been edited; it is read again from the document.
        const Request *request = findRequest(mDocument->topology()->data(), mRequest.id);
        if (!request) {
            clear();
            return;
        }
        mRequest = *request;
    }
    run(true);
}

void TraceSession::dismissWhatIf()
{
    if (!mHasPrevious)
        return;
    mHasPrevious = false;
    mPrevious = Trace();
    emit whatIfDismissed();
}

void TraceSession::run(bool replay)
{
    mReplayTimer.stop();
    const Simulator simulator(mDocument->topology()->data());
    Trace after = simulator.run(mRequest);
    if (!replay) {
        mHasPrevious = false;
        mPrevious = Trace();
        mTimeline = TraceTimeline(after);
        mPlayer->pause();
        mPlayer->setStepCount(mTimeline.stepCount());
        mPlayer->setStep(0);
        emit traceChanged();
        return;
    }
    // Edits that do not change the outcome (moving a card, renaming) are no what-if.
    if (sameTrace(after, mTimeline.trace()))
        return;
    Trace before = mTimeline.trace();
    mTimeline = TraceTimeline(after);
    mPrevious = before;
    mHasPrevious = true;
    mPlayer->setStepCount(mTimeline.stepCount());
    emit traceReplayed(before, mTimeline.trace());
}

void TraceSession::onTopologyChanged()
{
    if (isActive())
        mReplayTimer.start();
}
