#pragma once

#include <QGraphicsItem>
#include <QPainterPath>

class NodeItem;

// A directed link between two node cards, with its transport shown as a
// closed lock (TLS, AT-TLS, IPsec) or an open lock (cleartext) and a short
// name. Everything painting needs is computed when the link or its ends
// change, so a frame allocates nothing.
class LinkItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    LinkItem(const QString &id, NodeItem *from, NodeItem *to);

    int type() const override { return Type; }
    const QString &linkId() const { return mId; }
    NodeItem *fromItem() const { return mFrom; }
    NodeItem *toItem() const { return mTo; }
    void setAttributes(const QString &transport, bool persistent, const QString &kind);
    void setFindings(int errors, int warnings);
    void setHighlighted(bool on);
    bool isHighlighted() const { return mHighlighted; }
    int errors() const { return mErrors; }
    int warnings() const { return mWarnings; }
    bool isCleartext() const { return mTransport == QLatin1String("none"); }
    bool isRemote() const { return mRemote; }
    QString transportLabel() const { return mLabel2.isEmpty() ? mLabel1 : mLabel1 + QLatin1Char(' ') + mLabel2; }

    // Re-routes between the two cards; called when either moves.
    void adjust();
    QLineF line() const { return mLine; }
    // Where along the link (0..1) the lock and its name sit; the scene moves
    // them off each other and off cards.
    // Where the name sits around the lock; Auto: under it, or right of it on steep links.
    enum class Side { Auto, Below, Above, Right, Left };
    void setLabelPosition(qreal t, Side side = Side::Auto);
    qreal labelPosition() const { return mT; }
    Side labelSide() const { return mSide; }
    QRectF labelRectAt(qreal t, Side side = Side::Auto) const;  // lock and name, in scene coordinates
    QRectF labelRect() const { return labelRectAt(mT, mSide); }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void updateGeometry();
    QRectF textRectAround(const QPointF &glyphCentre, Side side) const;
    bool isSteep() const { return std::abs(mLine.dy()) > std::abs(mLine.dx()); }

    QString mId;
    NodeItem *mFrom;
    NodeItem *mTo;
    QString mTransport;
    QString mLabel1;  // the transport's name, wrapped on two lines when long
    QString mLabel2;
    QSizeF mLabelSize;
    bool mRemote = false;
    int mErrors = 0;
    int mWarnings = 0;
    bool mHighlighted = false;
    qreal mT = 0.5;
    Side mSide = Side::Auto;
    QLineF mLine;
    QPointF mArrow[3];
    QPointF mGlyphCentre;
    QRectF mTextRect;
    QRectF mBounds;
    QPainterPath mShape;
};
