#pragma once

#include "identitybadge.h"
#include "overlaystate.h"
#include "tracetimeline.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QRectF>
#include <QSet>
#include <QTimer>
#include <QVariantAnimation>

class BadgeStripItem;
class ChangedHaloItem;
class CheckMarkItem;
class DiagramScene;
class FailureMarkItem;
class OverlayRoot;
class TokenItem;
class TraceSession;
class TrailItem;

// Draws a request's playback on the canvas: the token on its way, the
// identity it carries, the checks met so far, where it was refused, and the
// path (everything else dimmed). What it shows is a pure function of the
// timeline, the step and the motion between two steps, so stepping back
// restores exactly what that step showed. It works without a TraceSession
// (exporters), or follows one through attach().
class TraceOverlay : public QObject
{
    Q_OBJECT

public:
    explicit TraceOverlay(DiagramScene *scene, QObject *parent = nullptr);
    ~TraceOverlay() override;

    DiagramScene *scene() const { return mScene; }
    // Follows the session's trace, its player's steps and motion.
    void attach(TraceSession *session);

    void setTimeline(const TraceTimeline &timeline);
    const TraceTimeline &timeline() const { return mTimeline; }
    int step() const { return mStep; }

    // What-if: a dashed "changed" halo round these nodes (empty: none).
    void setChangedNodes(const QSet<QString> &nodes);
    QSet<QString> changedNodes() const { return mChanged; }

    // Inspection, for tests and exporters.
    OverlayState state() const;
    QStringList badgeTexts() const;          // as the pills read: "USERID ALICE"
    QList<IdentityBadge> badges() const;
    QStringList checkMarks() const;           // "hws1: ICON-01 pass"
    QString failureText() const;              // "Rejected: OTMA-02", or ""
    bool isTokenVisible() const;
    QPointF tokenPos() const;
    QRectF boundingRect() const;              // every mark, in scene coordinates

public slots:
    // Shows `step` at rest; `animate` runs the badge changes (~300 ms).
    void showStep(int step, bool animate = false);
    // Between two steps: the token on the link, or the identity changing at a node.
    void showMotion(int fromStep, int toStep, qreal progress);
    void clear();  // the timeline, its marks, the dimming and the halos
    void refresh();  // after the canvas moved: the same moment again

private:
    void ensureRoots();
    void render(int step, int toStep, qreal progress);
    void renderChecks(int hop);
    void renderFailures(int step);
    void renderTrail(int step, int toStep, qreal progress);
    void applyDimming();
    void restoreDimming();
    void renderHalos();
    QPointF restPoint(const QString &node) const;
    QList<QPointF> travel(int toStep) const;

    DiagramScene *mScene;
    TraceTimeline mTimeline;
    int mStep = -1;
    int mMotionTo = -1;
    qreal mProgress = 0;
    QSet<QString> mChanged;
    QSet<QString> mDimmedNodes;
    QSet<QString> mDimmedLinks;
    QPointer<OverlayRoot> mBelow;  // under the cards: trail, halos
    QPointer<OverlayRoot> mAbove;  // over the cards: checks, failures, badges, token
    TokenItem *mToken = nullptr;
    BadgeStripItem *mStrip = nullptr;
    TrailItem *mTrail = nullptr;
    QList<CheckMarkItem *> mChecks;               // per hop
    // Where each hop's check list was placed, for which card and list size:
    // placing asks the scene's index, which is too slow to do every frame.
    struct CheckPlace { QRectF card; QRectF bounds; QPointF pos; };
    QHash<int, CheckPlace> mCheckPlaces;
    QHash<int, FailureMarkItem *> mFailures;      // per hop
    QHash<QString, ChangedHaloItem *> mHalos;
    QVariantAnimation mSettle;
    QTimer mRefresh;
};
