#pragma once

#include "canvascolors.h"
#include "finding.h"
#include "pathoverlayitem.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <memory>

class CanvasTool;
class ConnectTool;
class DiagramEditor;
class Document;
class ImageItem;
class LinkItem;
class NodeItem;
class SelectTool;
struct Node;

// The canvas of one document. It mirrors the topology (one item per node,
// link and z/OS image, kept in step by the topology's signals) and turns
// gestures into undo commands; it never changes the model directly.
class DiagramScene : public QGraphicsScene
{
    Q_OBJECT

public:
    static constexpr qreal kGrid = 10;
    static inline const char *kKindMimeType = "application/x-secflow-kind";

    explicit DiagramScene(Document *document, QObject *parent = nullptr);
    ~DiagramScene() override;

    Document *document() const { return mDocument; }
    const CanvasColors &colors() const { return mColors; }
    void setColors(const CanvasColors &colors);

    bool snapToGrid() const { return mSnap; }
    void setSnapToGrid(bool on) { mSnap = on; }
    QPointF snapped(const QPointF &p) const;

    NodeItem *nodeItem(const QString &id) const { return mNodes.value(id); }
    LinkItem *linkItem(const QString &id) const { return mLinks.value(id); }
    ImageItem *imageItem(const QString &id) const { return mImages.value(id); }
    NodeItem *nodeItemAt(const QPointF &scenePos) const;
    ImageItem *imageItemAt(const QPointF &scenePos) const;
    // The frame containing the point, or ""; `framePos` overrides where frames are.
    QString imageAt(const QPointF &scenePos, const QHash<QString, QPointF> &framePos = {}) const;
    // Near `p`, the first spot where a new card covers no other.
    QPointF freeSpotNear(const QPointF &p) const;

    QStringList selectedNodeIds() const;
    QStringList selectedLinkIds() const;
    QStringList selectedImageIds() const;
    void selectOnly(const QString &id);  // a node, link or image; empty clears
    void setHighlighted(const QString &id);
    void setFindings(const QList<Finding> &findings);

    // A tool that takes the mouse before the select and connect tools, while
    // a gesture that spans several clicks runs (picking a request's path).
    // Not owned; null goes back to the usual tools.
    void setTemporaryTool(CanvasTool *tool);
    CanvasTool *temporaryTool() const { return mTemporaryTool; }
    // Draws a request path over the canvas; an empty list removes it.
    void showPath(const QStringList &nodeIds, PathOverlayItem::Style style = PathOverlayItem::Style::Picked);
    QStringList shownPath() const { return mPath; }
    PathOverlayItem *pathOverlay() const { return mPathOverlay; }

    // Gestures, each becoming one undo step.
    void addNode(const QString &kind, const QPointF &scenePos);
    void connectNodes(const QString &from, const QString &to);
    // `dragged`: by the mouse (one step); otherwise a nudge that merges with the last one.
    void commitMove(const QHash<QString, QPointF> &nodeStart, const QHash<QString, QPointF> &nodeEnd,
                    const QHash<QString, QPointF> &imageStart, const QHash<QString, QPointF> &imageEnd,
                    bool dragged = true);
    void commitImageResize(const QString &id, const QSizeF &from, const QSizeF &to);
    void moveSelection(const QPointF &delta);

    // Called by items.
    void nodeItemMoved(NodeItem *item);
    void imageItemMoving(ImageItem *item, const QPointF &delta);

    // Frames that fit their nodes, link label placement and the scene's
    // extent catch up after a batch of model changes; this does it now.
    void flushPending();

    // The default QGraphicsScene behaviour, for tools that build on it.
    void defaultMousePress(QGraphicsSceneMouseEvent *e) { QGraphicsScene::mousePressEvent(e); }
    void defaultMouseMove(QGraphicsSceneMouseEvent *e) { QGraphicsScene::mouseMoveEvent(e); }
    void defaultMouseRelease(QGraphicsSceneMouseEvent *e) { QGraphicsScene::mouseReleaseEvent(e); }

signals:
    void activated(const QString &id);  // double-click on an item

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;

private:
    void rebuild();
    void onNodeAdded(const QString &id);
    void onNodeAboutToBeRemoved(const QString &id);
    void onNodeChanged(const QString &id, const QString &key);
    void onLinkAdded(const QString &id);
    void onLinkAboutToBeRemoved(const QString &id);
    void onLinkChanged(const QString &id);
    void onImageAdded(const QString &id);
    void onImageAboutToBeRemoved(const QString &id);
    void onImageChanged(const QString &id);
    QPointF positionOf(const Node &node, int index = -1) const;
    void placeImage(ImageItem *item);
    void schedule();
    void layoutLinkLabels();
    void updatePathOverlay();

    Document *mDocument;
    CanvasColors mColors;
    bool mSnap = true;
    bool mSyncing = false;  // true while items follow the model, so moves are not fed back
    QHash<QString, NodeItem *> mNodes;
    QHash<QString, LinkItem *> mLinks;
    QHash<QString, ImageItem *> mImages;
    QMultiHash<QString, LinkItem *> mLinksOfNode;
    std::unique_ptr<DiagramEditor> mEditor;
    std::unique_ptr<SelectTool> mSelectTool;
    std::unique_ptr<ConnectTool> mConnectTool;
    CanvasTool *mActiveTool = nullptr;
    CanvasTool *mTemporaryTool = nullptr;
    PathOverlayItem *mPathOverlay = nullptr;
    QStringList mPath;
    PathOverlayItem::Style mPathStyle = PathOverlayItem::Style::Picked;
    QTimer mPending;
};
