#include "checkmarkitem.h"

#include "overlayroot.h"
#include "tracepainter.h"

#include <QPainter>

namespace {
constexpr qreal kPad = 4;
}

CheckMarkItem::CheckMarkItem()
{
    setZValue(1);
}

void CheckMarkItem::setChecks(const QList<Check> &checks)
{
    const bool same = checks.size() == mChecks.size()
                      && std::equal(checks.begin(), checks.end(), mChecks.begin(), [](const Check &a, const Check &b) {
                             return a.rule == b.rule && a.result == b.result;
                         });
    if (same)
        return;
    prepareGeometryChange();
    mChecks = checks;
    qreal w = 0;
    for (const Check &c : mChecks)
        w = std::max(w, TracePainter::checkRowWidth(c));
    const qreal h = mChecks.size() * TracePainter::kCheckRowHeight;
    mBounds = mChecks.isEmpty() ? QRectF() : QRectF(-w / 2 - kPad, 0, w + 2 * kPad, h + 2 * kPad);
    update();
}

QRectF CheckMarkItem::boundingRect() const
{
    return mBounds;
}

void CheckMarkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (mChecks.isEmpty())
        return;
    const CanvasColors colors = OverlayRoot::colorsOf(this);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor panel = colors.card;
    panel.setAlpha(235);
    painter->setPen(QPen(colors.cardBorder, 1));
    painter->setBrush(panel);
    painter->drawRoundedRect(mBounds.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    painter->restore();
    QRectF row(mBounds.left() + kPad, mBounds.top() + kPad, mBounds.width() - 2 * kPad, TracePainter::kCheckRowHeight);
    for (const Check &c : mChecks) {
        TracePainter::paintCheckRow(painter, row, c, colors);
        row.translate(0, TracePainter::kCheckRowHeight);
    }
}
