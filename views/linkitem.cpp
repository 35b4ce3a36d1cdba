#include "linkitem.h"

#include "canvascolors.h"
#include "diagramscene.h"
#include "nodeicons.h"
#include "nodeitem.h"
#include "nodepainter.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace {

constexpr qreal kArrow = 10;
constexpr qreal kGlyph = 18;

QString shortName(const QString &transport)
{
    static const QHash<QString, QString> names = {
        {"none", "cleartext"},        {"tls", "TLS"},           {"mutual_tls", "mutual TLS"},
        {"https_server", "HTTPS"},    {"https_mutual", "HTTPS mutual"}, {"at_tls", "AT-TLS"},
        {"at_tls_mutual", "AT-TLS mutual"}, {"ims_connect_ssl", "IMS Connect SSL"}, {"ipsec", "IPsec"}};
    return names.value(transport, transport);
}

// Where the segment from the card's centre towards `towards` leaves the card.
QPointF rimPoint(const NodeItem *item, const QPointF &towards)
{
    const QPointF c = item->scenePos();
    const QRectF r = NodePainter::cardRect().translated(c);
    const QLineF ray(c, towards);
    QPointF hit = c;
    const QLineF sides[] = {{r.topLeft(), r.topRight()}, {r.topRight(), r.bottomRight()},
                            {r.bottomRight(), r.bottomLeft()}, {r.bottomLeft(), r.topLeft()}};
    for (const QLineF &side : sides) {
        if (ray.intersects(side, &hit) == QLineF::BoundedIntersection)
            return hit;
    }
    return c;
}

} // namespace

LinkItem::LinkItem(const QString &id, NodeItem *from, NodeItem *to) : mId(id), mFrom(from), mTo(to)
{
    setFlags(ItemIsSelectable);
    setZValue(1);
    adjust();
}

void LinkItem::setAttributes(const QString &transport, bool persistent, const QString &kind)
{
    mTransport = transport;
    mTransportLabel = shortName(transport) + (persistent ? QString() : QStringLiteral(", per message"));
    mPersistent = persistent;
    mRemote = kind == QLatin1String("rmtimscon");
    setToolTip(QStringLiteral("%1: %2%3").arg(mId, mTransportLabel, mRemote ? QStringLiteral(" (IMS-to-IMS)") : QString()));
    update();
}

void LinkItem::setFindings(int errors, int warnings)
{
    mErrors = errors;
    mWarnings = warnings;
    update();
}

void LinkItem::setHighlighted(bool on)
{
    mHighlighted = on;
    update();
}

void LinkItem::adjust()
{
    prepareGeometryChange();
    const QPointF a = rimPoint(mFrom, mTo->scenePos());
    const QPointF b = rimPoint(mTo, mFrom->scenePos());
    mLine = QLineF(a, b);
}

QRectF LinkItem::boundingRect() const
{
    const qreal m = kGlyph + 60;
    return QRectF(mLine.p1(), mLine.p2()).normalized().adjusted(-m, -m, m, m);
}

QPainterPath LinkItem::shape() const
{
    QPainterPath path(mLine.p1());
    path.lineTo(mLine.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(12);
    QPainterPath s = stroker.createStroke(path);
    s.addEllipse(mLine.center(), kGlyph / 2 + 3, kGlyph / 2 + 3);
    return s;
}

void LinkItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (mLine.length() < 1)
        return;
    const CanvasColors &c = static_cast<DiagramScene *>(scene())->colors();
    const bool selected = option->state & QStyle::State_Selected;
    const bool clear = mTransport == QLatin1String("none");
    QColor color = selected ? c.selection : (mErrors ? c.error : mWarnings ? c.warning : c.link);
    p->setRenderHint(QPainter::Antialiasing);
    if (mHighlighted) {
        p->setPen(QPen(c.warning, 8, Qt::SolidLine, Qt::RoundCap));
        p->drawLine(mLine);
    }
    QPen pen(color, selected ? 2.5 : 1.8, mRemote ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap);
    p->setPen(pen);
    p->drawLine(mLine);

    // Arrow head at the accepting end: links point from the side that opens the connection.
    const qreal angle = std::atan2(-mLine.dy(), mLine.dx());
    const QPointF tip = mLine.p2();
    const QPointF left = tip - QPointF(std::cos(angle - M_PI / 7) * kArrow, -std::sin(angle - M_PI / 7) * kArrow);
    const QPointF right = tip - QPointF(std::cos(angle + M_PI / 7) * kArrow, -std::sin(angle + M_PI / 7) * kArrow);
    p->setBrush(color);
    p->setPen(Qt::NoPen);
    p->drawPolygon(QPolygonF{tip, left, right});

    const QPointF mid = mLine.center();
    const QRectF glyph(mid.x() - kGlyph / 2, mid.y() - kGlyph / 2, kGlyph, kGlyph);
    p->setBrush(c.card);
    p->setPen(QPen(clear ? c.insecure : c.secure, 1.2));
    p->drawEllipse(glyph.adjusted(-3, -3, 3, 3));
    NodeIcons::paint(p, glyph.adjusted(2, 2, -2, -2), clear ? QStringLiteral("lock-open") : QStringLiteral("lock"));

    QFont f;
    f.setPointSizeF(7.5);
    p->setFont(f);
    p->setPen(clear ? c.insecure : c.mutedText);
    p->drawText(QRectF(mid.x() - 60, glyph.bottom() + 3, 120, 14), Qt::AlignHCenter | Qt::AlignTop, mTransportLabel);
}
