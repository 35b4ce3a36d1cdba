#include "linkitem.h"

#include "canvascolors.h"
#include "diagramscene.h"
#include "nodeicons.h"
#include "nodeitem.h"
#include "nodepainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPaintDevice>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace {

constexpr qreal kArrow = 10;
constexpr qreal kGlyph = 18;
constexpr qreal kLabelWidth = 84;  // narrower than the usual gap between two cards
constexpr qreal kLineHeight = 11;

const QFont &labelFont()
{
    static const QFont f = [] {
        QFont font;
        font.setPointSizeF(7.5);
        return font;
    }();
    return f;
}

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

// The lock glyph as a pixmap at the size it is shown, so panning and
// zooming blit instead of rendering SVG. A handful of sizes per lock.
const QPixmap &lockPixmap(bool open, qreal devicePixels)
{
    static QHash<int, QPixmap> cache[2];
    const int size = qBound(8, (int(std::ceil(devicePixels)) + 3) / 4 * 4, 128);
    QHash<int, QPixmap> &c = cache[open ? 1 : 0];
    auto it = c.constFind(size);
    if (it == c.constEnd())
        it = c.insert(size, NodeIcons::pixmap(open ? QStringLiteral("lock-open") : QStringLiteral("lock"), size));
    return *it;
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
    mRemote = kind == QLatin1String("rmtimscon");
    // Long names break after the transport, so the name stays narrow enough
    // to sit between two cards.
    const QFontMetricsF fm(labelFont());
    mLabel1 = shortName(transport);
    mLabel2 = persistent ? QString() : QStringLiteral("per message");
    if (mLabel2.isEmpty() && fm.horizontalAdvance(mLabel1) > kLabelWidth && mLabel1.contains(QLatin1Char(' '))) {
        mLabel2 = mLabel1.section(QLatin1Char(' '), 1);
        mLabel1 = mLabel1.section(QLatin1Char(' '), 0, 0);
    }
    mLabelSize = QSizeF(qMin(kLabelWidth, qMax(fm.horizontalAdvance(mLabel1), fm.horizontalAdvance(mLabel2)) + 2),
                        mLabel2.isEmpty() ? kLineHeight : 2 * kLineHeight);
    setToolTip(QStringLiteral("%1: %2%3%4")
                   .arg(mId, shortName(transport), persistent ? QString() : QStringLiteral(", a new connection per message"),
                        mRemote ? QStringLiteral(" (IMS-to-IMS)") : QString()));
    updateGeometry();
    update();
}

void LinkItem::setFindings(int errors, int warnings)
{
    if (mErrors == errors && mWarnings == warnings)
        return;
    mErrors = errors;
    mWarnings = warnings;
    update();
}

void LinkItem::setHighlighted(bool on)
{
    if (mHighlighted == on)
        return;
    mHighlighted = on;
    update();
}

void LinkItem::adjust()
{
    const QPointF a = rimPoint(mFrom, mTo->scenePos());
    const QPointF b = rimPoint(mTo, mFrom->scenePos());
    mLine = QLineF(a, b);
    updateGeometry();
}

void LinkItem::setLabelPosition(qreal t, Side side)
{
    t = qBound(0.1, t, 0.9);
    if (qFuzzyCompare(t, mT) && side == mSide)
        return;
    mT = t;
    mSide = side;
    updateGeometry();
}

QRectF LinkItem::textRectAround(const QPointF &g, Side side) const
{
    // Beside the lock on steep links (below it would sit on the line), under it otherwise.
    if (side == Side::Auto)
        side = isSteep() ? Side::Right : Side::Below;
    const qreal w = mLabelSize.width(), h = mLabelSize.height(), r = kGlyph / 2 + 4;
    switch (side) {
    case Side::Above: return QRectF(g.x() - w / 2, g.y() - r - h, w, h);
    case Side::Right: return QRectF(g.x() + r, g.y() - h / 2, w, h);
    case Side::Left: return QRectF(g.x() - r - w, g.y() - h / 2, w, h);
    default: break;
    }
    return QRectF(g.x() - w / 2, g.y() + r, w, h);
}

QRectF LinkItem::labelRectAt(qreal t, Side side) const
{
    const QPointF g = mLine.pointAt(t);
    const QRectF glyph(g.x() - kGlyph / 2 - 3, g.y() - kGlyph / 2 - 3, kGlyph + 6, kGlyph + 6);
    return glyph | textRectAround(g, side);
}

void LinkItem::updateGeometry()
{
    prepareGeometryChange();
    mGlyphCentre = mLine.pointAt(mT);
    mTextRect = textRectAround(mGlyphCentre, mSide);
    // Arrow head at the accepting end: links point from the side that opens the connection.
    const qreal angle = std::atan2(-mLine.dy(), mLine.dx());
    const QPointF tip = mLine.p2();
    mArrow[0] = tip;
    mArrow[1] = tip - QPointF(std::cos(angle - M_PI / 7) * kArrow, -std::sin(angle - M_PI / 7) * kArrow);
    mArrow[2] = tip - QPointF(std::cos(angle + M_PI / 7) * kArrow, -std::sin(angle + M_PI / 7) * kArrow);

    QPainterPath path(mLine.p1());
    path.lineTo(mLine.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(12);
    mShape = stroker.createStroke(path);
    mShape.addEllipse(mGlyphCentre, kGlyph / 2 + 3, kGlyph / 2 + 3);
    mShape.setFillRule(Qt::WindingFill);
    mBounds = (QRectF(mLine.p1(), mLine.p2()).normalized().adjusted(-kArrow, -kArrow, kArrow, kArrow)
               | labelRect())
                  .adjusted(-5, -5, 5, 5);
}

QRectF LinkItem::boundingRect() const { return mBounds; }

QPainterPath LinkItem::shape() const { return mShape; }

void LinkItem::paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (mLine.length() < 1)
        return;
    const CanvasColors &c = static_cast<DiagramScene *>(scene())->colors();
    const bool selected = option->state & QStyle::State_Selected;
    const bool clear = isCleartext();
    const QColor &color = selected ? c.selection : (mErrors ? c.error : mWarnings ? c.warning : c.link);
    p->setRenderHint(QPainter::Antialiasing);
    if (mHighlighted) {
        p->setPen(QPen(c.warning, 8, Qt::SolidLine, Qt::RoundCap));
        p->drawLine(mLine);
    }
    p->setPen(QPen(color, selected ? 2.5 : 1.8, mRemote ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap));
    p->drawLine(mLine);
    p->setBrush(color);
    p->setPen(Qt::NoPen);
    p->drawPolygon(mArrow, 3);

    // Zoomed far out the lock is a coloured dot and the name would be a smudge: skip it.
    const qreal lod = option->levelOfDetailFromTransform(p->worldTransform());
    if (lod < 0.3) {
        p->setBrush(clear ? c.insecure : c.secure);
        p->drawEllipse(mGlyphCentre, kGlyph / 2, kGlyph / 2);
        return;
    }
    const QRectF glyph(mGlyphCentre.x() - kGlyph / 2, mGlyphCentre.y() - kGlyph / 2, kGlyph, kGlyph);
    p->setBrush(c.card);
    p->setPen(QPen(clear ? c.insecure : c.secure, selected ? 2 : 1.2));
    p->drawEllipse(glyph.adjusted(-3, -3, 3, 3));
    const QRectF lock = glyph.adjusted(2, 2, -2, -2);
    const qreal devicePixels = lock.width() * p->worldTransform().m11() * p->device()->devicePixelRatioF();
    const QPixmap &pixmap = lockPixmap(clear, devicePixels);
    p->drawPixmap(lock, pixmap, QRectF(pixmap.rect()));
    if (lod < 0.4)
        return;

    p->setFont(labelFont());
    p->setPen(clear ? c.insecure : c.mutedText);
    const QRectF first(mTextRect.left(), mTextRect.top(), mTextRect.width(), kLineHeight);
    const Side side = mSide != Side::Auto ? mSide : isSteep() ? Side::Right : Side::Below;
    const int align = (side == Side::Right ? Qt::AlignLeft : side == Side::Left ? Qt::AlignRight : Qt::AlignHCenter)
                      | Qt::AlignVCenter;
    p->drawText(first, align, mLabel1);
    if (!mLabel2.isEmpty())
        p->drawText(first.translated(0, kLineHeight), align, mLabel2);
}
