#include "linklabellayout.h"

#include "linkitem.h"

#include <QHash>

namespace {

// A coarse grid of rectangles, so each candidate is tested only against its neighbours.
class RectGrid
{
public:
    void insert(const QRectF &r)
    {
        forCells(r, [&](quint64 key) { mCells[key].append(r); });
    }

    qreal overlap(const QRectF &r) const
    {
        qreal area = 0;
        forCells(r, [&](quint64 key) {
            const auto it = mCells.constFind(key);
            if (it == mCells.constEnd())
                return;
            for (const QRectF &o : *it) {
                const QRectF x = o & r;
                area += x.width() * x.height();
            }
        });
        return area;
    }

private:
    static constexpr qreal kCell = 160;

    template<typename F>
    static void forCells(const QRectF &r, F f)
    {
        const int x0 = int(std::floor(r.left() / kCell)), x1 = int(std::floor(r.right() / kCell));
        const int y0 = int(std::floor(r.top() / kCell)), y1 = int(std::floor(r.bottom() / kCell));
        for (int x = x0; x <= x1; ++x)
            for (int y = y0; y <= y1; ++y)
                f((quint64(quint32(x)) << 32) | quint32(y));
    }

    QHash<quint64, QList<QRectF>> mCells;
};

} // namespace

void LinkLabelLayout::place(const QList<LinkItem *> &links, const QList<QRectF> &obstacles)
{
    using Side = LinkItem::Side;
    static constexpr qreal kCandidates[] = {0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.15, 0.85};
    static constexpr Side kSides[] = {Side::Auto, Side::Below, Side::Above, Side::Right, Side::Left};
    RectGrid grid;
    for (const QRectF &r : obstacles)
        grid.insert(r);
    for (LinkItem *link : links) {
        qreal best = 0.5, bestOverlap = -1;
        Side bestSide = Side::Auto;
        // The usual side of the lock first, anywhere along the link; then the other sides.
        for (Side side : kSides) {
            for (qreal t : kCandidates) {
                const qreal overlap = grid.overlap(link->labelRectAt(t, side));
                if (bestOverlap < 0 || overlap < bestOverlap) {
                    best = t;
                    bestSide = side;
                    bestOverlap = overlap;
                }
                if (overlap == 0)
                    break;
            }
            if (bestOverlap == 0)
                break;
        }
        link->setLabelPosition(best, bestSide);
        grid.insert(link->labelRect());
    }
}
