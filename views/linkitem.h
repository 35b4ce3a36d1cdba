#pragma once

#include <QGraphicsItem>

class NodeItem;

// A directed link between two node cards, with its transport shown as a
// closed lock (TLS, AT-TLS, IPsec) or an open lock (cleartext) and a short name.
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
    // Re-routes between the two cards; called when either moves.
    void adjust();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString mId;
    NodeItem *mFrom;
    NodeItem *mTo;
    QString mTransport;
    QString mTransportLabel;
    bool mPersistent = true;
    bool mRemote = false;
    int mErrors = 0;
    int mWarnings = 0;
    bool mHighlighted = false;
    QLineF mLine;
};
