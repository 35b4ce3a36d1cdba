#include "pathoverlayitem.h"

#include "nodepainter.h"

#include <QPainter>

namespace {
constexpr qreal kRing = 5;      // gap between card and ring
constexpr qreal kBadge = 11;    // badge radius
} // namespace

PathOverlayItem::PathOverlayItem()
{
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    setZValue(3);  // above the cards (2), below a rubber band (10)
}

void PathOverlayItem::setRoute(const QList<QPointF> &centres, Style style, const QColor &color, const QColor &badgeText)
{
    prepareGeometryChange();
    mCentres = centres;
    mStyle = style;
    mColor = color;
    mBadgeText = badgeText;
    QRectF r;
    const qreal m = kRing + kBadge + 2;
    for (const QPointF &c : centres)
        r |= NodePainter::cardRect().translated(c).adjusted(-m, -m, m, m);
    mBounds = r;
    update();
}

void PathOverlayItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (mCentres.isEmpty())
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card = NodePainter::cardRect().adjusted(-kRing, -kRing, kRing, kRing);
    const Qt::PenStyle line = mStyle == Style::Picked ? Qt::SolidLine : Qt::DashLine;

    // The stroke runs between the rings only, so no card's text is covered.
    QPainterPath outside;
    outside.addRect(mBounds);
    for (const QPointF &c : std::as_const(mCentres)) {
        QPainterPath hole;
        hole.addRoundedRect(card.translated(c), 10, 10);
        outside -= hole;
    }
    painter->save();
    painter->setClipPath(outside);
    QColor wide = mColor;
    wide.setAlpha(110);
    painter->setPen(QPen(wide, 9, line, Qt::RoundCap, Qt::RoundJoin));
    for (qsizetype i = 1; i < mCentres.size(); ++i)
        painter->drawLine(mCentres.at(i - 1), mCentres.at(i));
    painter->restore();

    painter->setPen(QPen(mColor, 3, line));
    painter->setBrush(Qt::NoBrush);
    for (const QPointF &c : std::as_const(mCentres))
        painter->drawRoundedRect(card.translated(c), 10, 10);

    // Numbered badges on each card's top-left corner give the order.
    QFont f = painter->font();
    f.setBold(true);
    f.setPixelSize(12);
    painter->setFont(f);
    for (qsizetype i = 0; i < mCentres.size(); ++i) {
        const QRectF badge(card.translated(mCentres.at(i)).topLeft() - QPointF(kBadge, kBadge) + QPointF(4, 4),
                           QSizeF(2 * kBadge, 2 * kBadge));
        painter->setPen(QPen(mBadgeText, 1.5));
        painter->setBrush(mColor);
        painter->drawEllipse(badge);
        painter->drawText(badge, Qt::AlignCenter, QString::number(i + 1));
    }
}
