#include "traceoverlay.h"

#include "badgestripitem.h"
#include "changedhaloitem.h"
#include "checkmarkitem.h"
#include "diagramscene.h"
#include "document.h"
#include "failuremarkitem.h"
#include "overlayroot.h"
#include "tokenitem.h"
#include "tracepainter.h"
#include "traceplayer.h"
#include "tracesession.h"
#include "trailitem.h"

#include <algorithm>

namespace {
constexpr int kSettleMs = 300;

QString stateText(const IdentityBadge &b)
{
    static const char marks[] = {'\0', '+', '~', '-'};  // Kept, Appeared, Changed, Vanished
    const char mark = marks[int(b.change)];
    return mark ? QLatin1Char(mark) + TracePainter::badgeText(b) : TracePainter::badgeText(b);
}

QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}
} // namespace

TraceOverlay::TraceOverlay(DiagramScene *scene, QObject *parent) : QObject(parent), mScene(scene)
{
    mSettle.setStartValue(0.0);
    mSettle.setEndValue(1.0);
    mSettle.setDuration(kSettleMs);
    mSettle.setEasingCurve(QEasingCurve::OutCubic);
    connect(&mSettle, &QVariantAnimation::valueChanged, this, [this](const QVariant &v) {
        if (mStrip && mAbove && mMotionTo < 0)
            mStrip->setTransition(v.toReal());
    });
    // Cards move, links re-route, the scene rebuilds: the marks follow once the scene has caught up.
    mRefresh.setSingleShot(true);
    mRefresh.setInterval(0);
    connect(&mRefresh, &QTimer::timeout, this, &TraceOverlay::refresh);
    Topology *topology = scene->document()->topology();
    connect(topology, &Topology::changed, &mRefresh, qOverload<>(&QTimer::start));
    connect(scene, &QObject::destroyed, this, [this] { mScene = nullptr; });
}

TraceOverlay::~TraceOverlay()
{
    if (!mScene)
        return;
    restoreDimming();
    delete mBelow.data();
    delete mAbove.data();
}

void TraceOverlay::attach(TraceSession *session)
{
    TracePlayer *player = session->player();
    auto follow = [this, session] {
        setTimeline(session->timeline());
        showStep(session->player()->step());
    };
    connect(session, &TraceSession::traceChanged, this, [this, follow] {
        setChangedNodes({});
        follow();
    });
    connect(session, &TraceSession::traceReplayed, this, follow);
    connect(session, &TraceSession::whatIfDismissed, this, [this] { setChangedNodes({}); });
    connect(player, &TracePlayer::stepChanged, this, [this](int step) {
        // One step on animates what changed, unless the motion just showed it.
        showStep(step, step == mStep + 1 && mMotionTo != step);
    });
    connect(player, &TracePlayer::moving, this, &TraceOverlay::showMotion);
    if (session->isActive())
        follow();
}

void TraceOverlay::setTimeline(const TraceTimeline &timeline)
{
    mTimeline = timeline;
    mCheckPlaces.clear();
    mStep = -1;
    mMotionTo = -1;
    mSettle.stop();
    if (!mScene)
        return;
    if (mTimeline.isEmpty()) {
        restoreDimming();
        render(-1, -1, 0);
        return;
    }
    applyDimming();
    render(-1, -1, 0);
}

void TraceOverlay::showStep(int step, bool animate)
{
    mSettle.stop();
    if (animate)
        mSettle.start();
    render(step, -1, 0);
}

void TraceOverlay::showMotion(int fromStep, int toStep, qreal progress)
{
    mSettle.stop();
    render(fromStep, toStep, progress);
}

void TraceOverlay::clear()
{
    mTimeline = TraceTimeline();
    mCheckPlaces.clear();
    mStep = -1;
    mMotionTo = -1;
    mSettle.stop();
    mChanged.clear();
    if (!mScene)
        return;
    restoreDimming();
    delete mBelow.data();
    delete mAbove.data();
}

void TraceOverlay::refresh()
{
    if (!mScene)
        return;
    mCheckPlaces.clear();  // cards may have moved
    if (!mTimeline.isEmpty())
        applyDimming();
    renderHalos();
    render(mStep, mMotionTo, mProgress);
}

void TraceOverlay::setChangedNodes(const QSet<QString> &nodes)
{
    if (nodes == mChanged)
        return;
    mChanged = nodes;
    renderHalos();
}

OverlayState TraceOverlay::state() const
{
    OverlayState s;
    s.step = mStep;
    s.changed = sorted(mChanged);
    if (!mAbove || mStep < 0)
        return s;
    s.node = mTimeline.step(mStep).node;
    s.tokenVisible = isTokenVisible();
    s.tokenFailed = mToken->isFailed();
    s.token = tokenPos();
    for (const IdentityBadge &b : mStrip->badges())
        s.badges.append(stateText(b));
    s.checkMarks = checkMarks();
    QList<int> hops = mFailures.keys();
    std::sort(hops.begin(), hops.end());
    for (int hop : hops)
        s.failures.append(mTimeline.trace().hops.at(hop).node + QStringLiteral(": ") + mFailures.value(hop)->text());
    const int lastHop = mTimeline.step(mStep).hop;
    for (int i = 1; i <= lastHop; ++i)
        s.trail.append(mTimeline.trace().hops.at(i).link);
    s.dimmed = sorted(mDimmedNodes);
    return s;
}

QStringList TraceOverlay::badgeTexts() const
{
    QStringList texts;
    for (const IdentityBadge &b : badges())
        texts.append(TracePainter::badgeText(b));
    return texts;
}

QList<IdentityBadge> TraceOverlay::badges() const
{
    return mAbove && mStrip->isVisible() ? mStrip->badges() : QList<IdentityBadge>();
}

QStringList TraceOverlay::checkMarks() const
{
    QStringList marks;
    if (!mAbove)
        return marks;
    for (int hop = 0; hop < mChecks.size(); ++hop) {
        const QString node = mTimeline.trace().hops.at(hop).node;
        for (const Check &c : mChecks.at(hop)->checks())
            marks.append(node + QStringLiteral(": ") + TracePainter::checkText(c));
    }
    return marks;
}

QString TraceOverlay::failureText() const
{
    if (!mAbove || mFailures.isEmpty())
        return {};
    return mFailures.value(*std::max_element(mFailures.keyBegin(), mFailures.keyEnd()))->text();
}

bool TraceOverlay::isTokenVisible() const
{
    return mAbove && mToken->isVisible();
}

QPointF TraceOverlay::tokenPos() const
{
    return mAbove ? mToken->scenePos() : QPointF();
}

QRectF TraceOverlay::boundingRect() const
{
    QRectF r;
    for (const OverlayRoot *root : {mBelow.data(), mAbove.data()}) {
        if (root)
            r |= root->childrenBoundingRect();
    }
    return r;
}
