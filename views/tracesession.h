#pragma once

#include "request.h"
#include "trace.h"
#include "tracetimeline.h"

#include <QObject>
#include <QTimer>

class Document;
class TracePlayer;

// The request being shown and its trace, computed by the engine from the
// document's topology. Everything that shows a trace (canvas overlay,
// playback bar, inspector, what-if banner, lesson player) watches this one
// object. While a trace is shown, a change to the topology replays the
// request (debounced) and reports the old and the new trace: the what-if.
// Nothing here is saved or undone.
class TraceSession : public QObject
{
    Q_OBJECT

public:
    explicit TraceSession(Document *document, QObject *parent = nullptr);
    ~TraceSession() override;

    Document *document() const { return mDocument; }
    TracePlayer *player() const { return mPlayer; }

    bool isActive() const { return !mRequest.id.isEmpty() || !mTimeline.isEmpty(); }
    QString requestId() const { return mRequest.id; }
    const Request &request() const { return mRequest; }
    const Trace &trace() const { return mTimeline.trace(); }
    const TraceTimeline &timeline() const { return mTimeline; }

    // The trace before the last replay, while the what-if is shown; null otherwise.
    const Trace *previousTrace() const { return mHasPrevious ? &mPrevious : nullptr; }

public slots:
    // Runs the document's request `id` and shows its trace from step 0.
    void showRequest(const QString &id);
    // Runs a request that need not be in the document (lessons, access matrix).
    void showAdHocRequest(const Request &request);
    void clear();
    // Replays now rather than after the debounce.
    void replayNow();
    void dismissWhatIf();

signals:
    void traceChanged();  // a new request, or cleared; the player is back at step 0
    // The topology changed while a trace was shown: the request was run again
    // and its trace differs (edits that change nothing, such as moving a card,
    // are no what-if). The player keeps its step where it still exists.
    void traceReplayed(const Trace &before, const Trace &after);
    void whatIfDismissed();

private:
    void run(bool replay);
    void onTopologyChanged();

    Document *mDocument;
    TracePlayer *mPlayer;
    Request mRequest;
    bool mAdHoc = false;
    TraceTimeline mTimeline;
    Trace mPrevious;
    bool mHasPrevious = false;
    QTimer mReplayTimer;
};
