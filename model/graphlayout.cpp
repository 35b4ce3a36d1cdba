#include "graphlayout.h"

#include "topologydata.h"

#include <QList>

#include <cmath>
#include <graphviz/gvc.h>

namespace {

// cgraph takes char * for names and values; this keeps the bytes alive.
struct Text
{
    explicit Text(const QString &s) : bytes(s.toUtf8()) {}
    char *data() { return bytes.data(); }
    QByteArray bytes;
};

void declare(Agraph_t *g, int kind, const char *name, const QString &value)
{
    Text n{QString::fromLatin1(name)}, v{value};
    agattr(g, kind, n.data(), v.data());
}

void set(void *object, const char *name, const QString &value)
{
    Text n{QString::fromLatin1(name)}, v{value}, empty{QString()};
    agsafeset(object, n.data(), v.data(), empty.data());
}

QString inches(qreal points)
{
    return QString::number(points / 72.0, 'f', 4);
}

qreal snap(qreal v, qreal grid)
{
    return grid > 0 ? std::round(v / grid) * grid : std::round(v);
}

// Grown to the grid outwards, so a frame never cuts into what it holds.
QRectF snapOut(const QRectF &r, qreal grid)
{
    const qreal g = grid > 0 ? grid : 1;
    return QRectF(QPointF(std::floor(r.left() / g) * g, std::floor(r.top() / g) * g),
                  QPointF(std::ceil(r.right() / g) * g, std::ceil(r.bottom() / g) * g));
}

// The node box Graphviz sees: centred, and big enough for the card on every side.
QSizeF hull(const QRectF &card)
{
    return {2 * std::max(std::abs(card.left()), std::abs(card.right())),
            2 * std::max(std::abs(card.top()), std::abs(card.bottom()))};
}

Agraph_t *buildGraph(const TopologyData &t, const GraphLayout::Options &o, QHash<QString, Agnode_t *> &nodes)
{
    Text name{QStringLiteral("layout")};
    Agraph_t *g = agopen(name.data(), Agdirected, nullptr);
    if (!g)
        return nullptr;
    declare(g, AGRAPH, "rankdir", QStringLiteral("LR"));
    declare(g, AGRAPH, "nodesep", inches(o.nodeGap));
    declare(g, AGRAPH, "ranksep", inches(o.rankGap));
    declare(g, AGRAPH, "splines", QStringLiteral("line"));  // routes are not used; straight ones are cheap
    const QSizeF size = hull(o.card);
    declare(g, AGNODE, "shape", QStringLiteral("box"));
    declare(g, AGNODE, "fixedsize", QStringLiteral("true"));
    declare(g, AGNODE, "label", QString());
    declare(g, AGNODE, "width", inches(size.width()));
    declare(g, AGNODE, "height", inches(size.height()));

    // Room around a cluster's cards for the frame's margin and title bar (on
    // every side: the margin is one number), plus a grid step for snapping.
    const QString margin = QString::number(int(std::ceil(o.frameMargin + o.frameTitle + o.grid)));
    QHash<QString, Agraph_t *> clusters;
    for (const ZosImage &image : t.images) {
        Text id{QStringLiteral("cluster_") + image.id};
        Agraph_t *sub = agsubg(g, id.data(), 1);
        set(sub, "margin", margin);
        clusters.insert(image.id, sub);
    }
    for (const Node &node : t.nodes) {
        Text id{node.id};
        nodes.insert(node.id, agnode(clusters.value(node.image, g), id.data(), 1));
    }
    for (const Link &link : t.links) {
        Agnode_t *from = nodes.value(link.from), *to = nodes.value(link.to);
        if (!from || !to || from == to)
            continue;
        Text id{link.id};
        agedge(g, from, to, id.data(), 1);
    }
    return g;
}

} // namespace

GraphLayout::Result GraphLayout::arrange(const TopologyData &topology, const Options &o)
{
    Result result;
    if (!topology.nodes.isEmpty()) {
        GVC_t *gvc = gvContext();
        QHash<QString, Agnode_t *> nodes;
        Agraph_t *g = gvc ? buildGraph(topology, o, nodes) : nullptr;
        if (!g || gvLayout(gvc, g, "dot") != 0) {
            result.error = QStringLiteral("Graphviz could not lay out the diagram");
        } else {
            // Graphviz: points, y up, origin at the lower left. Scene: y down.
            const boxf bb = GD_bb(g);
            for (auto it = nodes.constBegin(); it != nodes.constEnd(); ++it) {
                const pointf c = ND_coord(*it);
                result.nodes.insert(it.key(), QPointF(snap(c.x - bb.LL.x, o.grid), snap(bb.UR.y - c.y, o.grid)));
            }
        }
        if (g) {
            gvFreeLayout(gvc, g);
            agclose(g);
        }
        if (gvc)
            gvFreeContext(gvc);
        if (!result.error.isEmpty())
            return result;
    }

    QHash<QString, QRectF> cards;
    QRectF content;
    for (const Node &node : topology.nodes) {
        const QRectF card = o.card.translated(result.nodes.value(node.id));
        content |= card;
        if (topology.image(node.image))
            cards[node.image] |= card;
    }
    const qreal m = o.frameMargin;
    for (auto it = cards.constBegin(); it != cards.constEnd(); ++it) {
        const QRectF frame = snapOut(it->adjusted(-m, -m - o.frameTitle, m, m), o.grid);
        result.frames.insert(it.key(), frame);
        content |= frame;
    }
    // Frames with no nodes line up below everything else.
    QPointF next(content.isNull() ? 0 : content.left(), content.isNull() ? 0 : content.bottom() + o.rankGap);
    next = QPointF(snap(next.x(), o.grid), snap(next.y(), o.grid));
    for (const ZosImage &image : topology.images) {
        if (result.frames.contains(image.id))
            continue;
        result.frames.insert(image.id, snapOut(QRectF(next, o.emptyFrame), o.grid));
        next.rx() += snap(o.emptyFrame.width() + o.nodeGap, o.grid);
    }
    return result;
}
