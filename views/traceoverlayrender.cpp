// TraceOverlay: turning (timeline, step, motion) into marks on the canvas.
#include "badgestripitem.h"
#include "changedhaloitem.h"
#include "checkmarkitem.h"
#include "diagramscene.h"
#include "document.h"
#include "failuremarkitem.h"
#include "linkitem.h"
#include "nodeitem.h"
#include "overlayroot.h"
#include "tokenitem.h"
#include "tracegeometry.h"
#include "traceoverlay.h"
#include "tracepainter.h"
#include "trailitem.h"

namespace {
constexpr qreal kBelowZ = 1.5;   // over the links, under the cards
constexpr qreal kAboveZ = 5;     // over the cards
constexpr qreal kDimmed = 0.3;   // nodes and links off the path
constexpr qreal kCheckGap = 8;   // between a card and its check list
constexpr qreal kFailureTag = 12;  // room for the failure tag under a card

// Where a hop's check list goes: under its card, unless that covers another
// card; then beside it (right, left) or above. The scene's index answers
// "which cards are here" without walking every node.
QPointF checkListPosition(const QGraphicsScene *scene, const QRectF &card, const QRectF &bounds, qreal tag)
{
    const qreal w = bounds.width(), h = bounds.height();
    const QList<QPointF> candidates{
        {card.center().x(), card.bottom() + kCheckGap + tag},
        {card.right() + kCheckGap + w / 2, card.top()},
        {card.left() - kCheckGap - w / 2, card.top()},
        {card.center().x(), card.top() - kCheckGap - h},
    };
    for (const QPointF &p : candidates) {
        const QRectF r = bounds.translated(p);
        bool free = true;
        for (const QGraphicsItem *item : scene->items(r, Qt::IntersectsItemBoundingRect)) {
            if (item->type() == NodeItem::Type && !item->sceneBoundingRect().contains(card.center())) {
                free = false;
                break;
            }
        }
        if (free)
            return p;
    }
    return candidates.first();
}

template<typename Item>
Item *passive(Item *item, QGraphicsItem *parent)
{
    item->setAcceptedMouseButtons(Qt::NoButton);  // clicks reach the cards underneath
    item->setParentItem(parent);
    return item;
}

QString firstFailure(const Hop &hop)
{
    for (const Check &c : hop.checks) {
        if (c.result == Check::Result::Fail)
            return c.rule;
    }
    return {};
}
} // namespace

void TraceOverlay::ensureRoots()
{
    // The scene deletes every item when it rebuilds: the pointers go with the roots.
    if (!mBelow) {
        mBelow = new OverlayRoot(kBelowZ);
        mScene->addItem(mBelow);
        mTrail = passive(new TrailItem, mBelow);
        mHalos.clear();
    }
    if (!mAbove) {
        mAbove = new OverlayRoot(kAboveZ);
        mScene->addItem(mAbove);
        mToken = passive(new TokenItem, mAbove);
        mStrip = passive(new BadgeStripItem, mAbove);
        mChecks.clear();
        mFailures.clear();
    }
}

void TraceOverlay::render(int step, int toStep, qreal progress)
{
    if (!mScene)
        return;
    const bool valid = step >= 0 && step < mTimeline.stepCount();
    mStep = valid ? step : -1;
    mMotionTo = valid && toStep > step && toStep < mTimeline.stepCount() ? toStep : -1;
    mProgress = mMotionTo >= 0 ? progress : 0;
    if (!valid && !mAbove && !mBelow)
        return;
    ensureRoots();
    if (!valid) {
        mToken->hide();
        mStrip->hide();
        renderChecks(-1);
        renderFailures(-1);
        mTrail->setPath({});
        return;
    }
    const TimelineStep &here = mTimeline.step(step);
    renderChecks(here.hop);
    renderFailures(step);
    renderTrail(step, mMotionTo, mProgress);

    QPointF token = TraceGeometry::restPoint(mScene, here.node);
    bool failed = here.failed && here.last && !mTimeline.trace().accepted;
    if (mMotionTo >= 0 && mTimeline.step(mMotionTo).node != here.node) {
        // On the link: the identity travels as it left, settled.
        token = TraceGeometry::along(travel(mMotionTo), mProgress);
        QList<IdentityBadge> carried;
        for (IdentityBadge b : here.badges) {
            if (b.change == IdentityBadge::Change::Vanished)
                continue;
            b.change = IdentityBadge::Change::Kept;
            b.previous.clear();
            carried.append(b);
        }
        mStrip->setBadges(carried);
        mStrip->setTransition(1);
    } else if (mMotionTo >= 0) {
        // At one node, from arriving to leaving: the identity changes as the motion runs.
        mStrip->setBadges(mTimeline.step(mMotionTo).badges);
        mStrip->setTransition(mProgress);
    } else {
        mStrip->setBadges(here.badges);
        mStrip->setTransition(mSettle.state() == QAbstractAnimation::Running ? mSettle.currentValue().toReal() : 1.0);
    }
    mToken->setPos(token);
    mToken->setFailed(failed);
    mToken->show();
    QPointF strip = token + QPointF(TracePainter::kTokenRadius + 6, -3);
    if (mMotionTo >= 0 && mTimeline.step(mMotionTo).node != here.node) {
        // On the link the pills would cover the title of a card at either end: lift them above it.
        const QRectF bounds = mStrip->boundingRect().translated(strip);
        for (const QString &node : {here.node, mTimeline.step(mMotionTo).node}) {
            const QRectF card = TraceGeometry::card(mScene, node);
            if (bounds.intersects(card))
                strip.setY(qMin(strip.y(), card.top() - 3));
        }
    }
    mStrip->setPos(strip);
    mStrip->show();
}

QList<QPointF> TraceOverlay::travel(int toStep) const
{
    const TimelineStep &to = mTimeline.step(toStep);
    const QString from = mTimeline.trace().hops.at(qMax(0, to.hop - 1)).node;
    return TraceGeometry::travel(mScene, from, to.link, to.node);
}

void TraceOverlay::renderChecks(int hop)
{
    while (mChecks.size() > hop + 1)
        delete mChecks.takeLast();
    while (mChecks.size() < hop + 1)
        mChecks.append(passive(new CheckMarkItem, mAbove));
    for (int i = 0; i < mChecks.size(); ++i) {
        const Hop &h = mTimeline.trace().hops.at(i);
        const QRectF card = TraceGeometry::card(mScene, h.node);
        const qreal tag = firstFailure(h).isEmpty() ? 0 : kFailureTag;
        mChecks[i]->setChecks(h.checks);
        const QRectF bounds = mChecks[i]->boundingRect();
        auto place = mCheckPlaces.constFind(i);
        if (place == mCheckPlaces.constEnd() || place->card != card || place->bounds != bounds)
            place = mCheckPlaces.insert(i, {card, bounds, checkListPosition(mScene, card, bounds, tag)});
        mChecks[i]->setPos(place->pos);
        mChecks[i]->setVisible(!card.isNull());
    }
}

void TraceOverlay::renderFailures(int step)
{
    QSet<int> wanted;
    for (int i = 0; i <= step; ++i) {
        const TimelineStep &s = mTimeline.step(i);
        if (s.phase != TimelineStep::Phase::Arrive || !s.failed)
            continue;
        wanted.insert(s.hop);
        if (mFailures.contains(s.hop))
            continue;
        const Trace &trace = mTimeline.trace();
        const bool rejected = s.last && !trace.accepted;
        QString rule = firstFailure(trace.hops.at(s.hop));
        if (rejected && !trace.failedRule.isEmpty())
            rule = trace.failedRule;
        mFailures.insert(s.hop, passive(new FailureMarkItem(TracePainter::failureText(rule, rejected)), mAbove));
    }
    for (auto it = mFailures.begin(); it != mFailures.end();) {
        if (wanted.contains(it.key())) {
            const QRectF card = TraceGeometry::card(mScene, mTimeline.trace().hops.at(it.key()).node);
            it.value()->setPos(card.center());
            it.value()->setVisible(!card.isNull());
            ++it;
        } else {
            delete it.value();
            it = mFailures.erase(it);
        }
    }
}

void TraceOverlay::renderTrail(int step, int toStep, qreal progress)
{
    QPainterPath path;
    const Trace &trace = mTimeline.trace();
    for (int i = 1; i <= mTimeline.step(step).hop; ++i) {
        const QLineF line = TraceGeometry::linkLine(mScene, trace.hops.at(i).link, trace.hops.at(i - 1).node);
        if (!line.isNull()) {
            path.moveTo(line.p1());
            path.lineTo(line.p2());
        }
    }
    if (toStep >= 0 && mTimeline.step(toStep).node != mTimeline.step(step).node)
        path.addPath(TraceGeometry::partial(travel(toStep), progress));
    mTrail->setPath(path);
}

void TraceOverlay::applyDimming()
{
    QSet<QString> nodes;
    QSet<QString> links;
    for (const Hop &h : mTimeline.trace().hops) {
        nodes.insert(h.node);
        if (!h.link.isEmpty())
            links.insert(h.link);
    }
    restoreDimming();
    const TopologyData &data = mScene->document()->topology()->data();
    for (const Node &n : data.nodes) {
        if (nodes.contains(n.id))
            continue;
        if (NodeItem *item = mScene->nodeItem(n.id)) {
            item->setOpacity(kDimmed);
            mDimmedNodes.insert(n.id);
        }
    }
    for (const Link &l : data.links) {
        if (links.contains(l.id))
            continue;
        if (LinkItem *item = mScene->linkItem(l.id)) {
            item->setOpacity(kDimmed);
            mDimmedLinks.insert(l.id);
        }
    }
}

void TraceOverlay::restoreDimming()
{
    for (const QString &id : std::as_const(mDimmedNodes)) {
        if (NodeItem *item = mScene->nodeItem(id))
            item->setOpacity(1.0);
    }
    for (const QString &id : std::as_const(mDimmedLinks)) {
        if (LinkItem *item = mScene->linkItem(id))
            item->setOpacity(1.0);
    }
    mDimmedNodes.clear();
    mDimmedLinks.clear();
}

void TraceOverlay::renderHalos()
{
    if (mChanged.isEmpty() && !mBelow)
        return;
    ensureRoots();
    for (auto it = mHalos.begin(); it != mHalos.end();) {
        if (mChanged.contains(it.key()) && mScene->nodeItem(it.key())) {
            ++it;
        } else {
            delete it.value();
            it = mHalos.erase(it);
        }
    }
    for (const QString &node : std::as_const(mChanged)) {
        NodeItem *item = mScene->nodeItem(node);
        if (!item)
            continue;
        ChangedHaloItem *&halo = mHalos[node];
        if (!halo)
            halo = passive(new ChangedHaloItem, mBelow);
        halo->setPos(item->scenePos());
    }
}
