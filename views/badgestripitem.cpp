#include "badgestripitem.h"

#include "overlayroot.h"
#include "tracepainter.h"

namespace {
constexpr qreal kGap = 4;
constexpr qreal kMaxWidth = 330;  // about one and a half cards
} // namespace

BadgeStripItem::BadgeStripItem()
{
    setZValue(2);
}

void BadgeStripItem::setBadges(const QList<IdentityBadge> &badges)
{
    if (badges == mBadges)
        return;
    prepareGeometryChange();
    mBadges = badges;
    mRects.clear();
    // Lay out rows from the bottom up, then lift every row so the last sits on y = 0.
    QList<QList<int>> rows{{}};
    qreal x = 0;
    for (int i = 0; i < mBadges.size(); ++i) {
        const QSizeF s = TracePainter::badgeSize(mBadges.at(i));
        if (x > 0 && x + s.width() > kMaxWidth) {
            rows.append(QList<int>());
            x = 0;
        }
        rows.last().append(i);
        x += s.width() + kGap;
    }
    mRects.resize(mBadges.size());
    mBounds = QRectF();
    const qreal h = TracePainter::badgeSize(IdentityBadge()).height();
    for (int row = 0; row < rows.size(); ++row) {
        const qreal y = -(rows.size() - row) * (h + kGap) + kGap;
        qreal rx = 0;
        for (int i : rows.at(row)) {
            const QSizeF s = TracePainter::badgeSize(mBadges.at(i));
            mRects[i] = QRectF(QPointF(rx, y), s);
            mBounds |= mRects[i];
            rx += s.width() + kGap;
        }
    }
    mBounds.adjust(-2, -2, 2, 2);
    update();
}

void BadgeStripItem::setTransition(qreal t)
{
    if (qFuzzyCompare(t, mT))
        return;
    mT = t;
    update();
}

QRectF BadgeStripItem::boundingRect() const
{
    return mBounds;
}

void BadgeStripItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const CanvasColors colors = OverlayRoot::colorsOf(this);
    for (int i = 0; i < mBadges.size(); ++i)
        TracePainter::paintBadge(painter, mRects.at(i), mBadges.at(i), colors, mT);
}
