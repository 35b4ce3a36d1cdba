// The canvas: gestures driven with real mouse, key, wheel and drop events on
// a DiagramView, each checked against the model and its undo step; the
// scene's items kept in step with every Topology signal; painting speed.
#include "diagramscene.h"
#include "diagramview.h"
#include "document.h"
#include "imageitem.h"
#include "linkitem.h"
#include "nodeitem.h"
#include "nodepainter.h"
#include "palettewidget.h"
#include "secflowreader.h"
#include "secflowwriter.h"

#include <QElapsedTimer>
#include <QGraphicsSceneDragDropEvent>
#include <QMimeData>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPointingDevice>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

namespace {

const char *kFixture = R"({
  "format": "secflow", "version": 1, "name": "canvas fixture",
  "images": [{"id": "SYSA", "label": "z/OS SYSA", "domain": "RACFA", "view": {"x": 500, "y": -100, "w": 560, "h": 420}}],
  "domains": [{"id": "RACFA", "activeClasses": ["TIMS"], "users": [{"id": "ALICE", "password": "ALICEPW"}]}],
  "nodes": [
    {"id": "app", "kind": "client", "label": "Payroll app", "view": {"x": 0, "y": 0}},
    {"id": "gw", "kind": "soap_gateway", "label": "Gateway", "view": {"x": 0, "y": 200}},
    {"id": "icon", "kind": "ims_connect", "label": "IMS Connect", "image": "SYSA", "options": {"RACF": "Y"}, "view": {"x": 640, "y": 0}},
    {"id": "otma", "kind": "otma", "label": "OTMA", "image": "SYSA", "view": {"x": 900, "y": 0}},
    {"id": "ims", "kind": "ims", "label": "IMS", "image": "SYSA", "view": {"x": 900, "y": 200}}
  ],
  "links": [
    {"id": "l1", "from": "app", "to": "icon", "transport": "at_tls"},
    {"id": "l2", "from": "icon", "to": "otma"},
    {"id": "l3", "from": "otma", "to": "ims"}
  ]
})";

// A document on a shown view at 100%, the fixture's left part in sight.
struct Canvas
{
    Document doc;
    DiagramView view;
    DiagramScene *scene;

    explicit Canvas(const QByteArray &json = kFixture)
    {
        SecflowReader reader;
        auto data = reader.read(json, QStringLiteral("fixture"));
        if (!data)
            qFatal("%s", qPrintable(reader.errorString()));
        doc.loadData(*data);
        scene = new DiagramScene(&doc, &view);
        view.setScene(scene);
        view.resize(1200, 800);
        view.show();
        if (!QTest::qWaitForWindowExposed(&view))
            qFatal("view not exposed");
        view.resetZoom();
        view.centerOn(450, 100);
    }

    QWidget *vp() { return view.viewport(); }
    QPoint at(const QPointF &scenePos) { return view.mapFromScene(scenePos); }
    QByteArray bytes() const { return SecflowWriter::toBytes(doc.topology()->data()); }
    const Node *node(const QString &id) const { return doc.topology()->data().node(id); }
    QPointF pos(const QString &id) const
    {
        const Node *n = node(id);
        return {n->view.value(QStringLiteral("x")).toDouble(), n->view.value(QStringLiteral("y")).toDouble()};
    }

    void drag(const QPoint &from, const QPoint &to, Qt::MouseButton button = Qt::LeftButton)
    {
        QTest::mousePress(vp(), button, {}, from);
        for (int i = 1; i <= 6; ++i)
            QTest::mouseMove(vp(), from + (to - from) * i / 6);
        QTest::mouseRelease(vp(), button, {}, to);
        scene->flushPending();
    }
};

QPointF rimOf(const QPointF &centre) { return centre + QPointF(NodePainter::kWidth / 2 - 3, 0); }

// One line per item, so a test can see exactly which items a change touched.
QHash<QString, QString> itemStates(DiagramScene *scene)
{
    QHash<QString, QString> s;
    for (QGraphicsItem *item : scene->items()) {
        if (auto *n = qgraphicsitem_cast<NodeItem *>(item)) {
            const NodeVisual &v = n->visual();
            s.insert(QStringLiteral("node:") + n->nodeId(), QStringLiteral("%1,%2|%3|%4|%5|%6")
                         .arg(n->pos().x()).arg(n->pos().y()).arg(v.label, v.product, v.settings, v.kind));
        } else if (auto *l = qgraphicsitem_cast<LinkItem *>(item)) {
            const QLineF line = l->line();
            s.insert(QStringLiteral("link:") + l->linkId(), QStringLiteral("%1,%2,%3,%4|%5|%6|%7")
                         .arg(line.x1()).arg(line.y1()).arg(line.x2()).arg(line.y2())
                         .arg(l->transportLabel()).arg(l->isCleartext()).arg(l->isRemote()));
        } else if (auto *i = qgraphicsitem_cast<ImageItem *>(item)) {
            s.insert(QStringLiteral("image:") + i->imageId(), QStringLiteral("%1,%2,%3,%4|%5")
                         .arg(i->pos().x()).arg(i->pos().y()).arg(i->size().width()).arg(i->size().height())
                         .arg(i->titleText()));
        }
    }
    return s;
}

QStringList changedKeys(const QHash<QString, QString> &before, const QHash<QString, QString> &after)
{
    QStringList keys;
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        if (after.value(it.key()) != *it)
            keys.append(it.key());
    }
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (!before.contains(it.key()))
            keys.append(it.key());
    }
    keys.sort();
    return keys;
}

} // namespace

class TestCanvas : public QObject
{
    Q_OBJECT

private slots:
    void dropFromPaletteCreatesNodeWhereDropped();
    void dropIntoFrameJoinsTheImageAndGrowsIt();
    void paletteDoubleClickActivatesKind();
    void connectByDraggingFromRim();
    void rimShowsLinkCursorOnHover();
    void dragFromBodyMovesInsteadOfConnecting();
    void dragNodeIntoAndOutOfFrameIsOneStep();
    void movingFrameCarriesItsNodes();
    void arrowKeysNudgeAsOneStep();
    void rubberBandSelectsSeveral();
    void snapToGridToggles();
    void middleButtonPans();
    void spaceDragPans();
    void wheelZoomsAboutThePointer();
    void pinchZooms();
    void fitShowsEverything();
    void resizeFrameByGrip();
    void linkLabelsDoNotOverlap_data();
    void linkLabelsDoNotOverlap();
    void frameTitleBarIsFilled();
    void syncNodeSignals();
    void syncLinkSignals();
    void syncImageSignals();
    void syncReset();
    void paintSpeedWith2000Nodes();
};

void TestCanvas::dropFromPaletteCreatesNodeWhereDropped()
{
    Canvas c;
    const QByteArray before = c.bytes();
    PaletteWidget palette;
    QListWidgetItem *item = palette.findItems(QStringLiteral("MQ"), Qt::MatchExactly).value(0);
    QVERIFY(item);
    std::unique_ptr<QMimeData> mime(palette.model()->mimeData({palette.indexFromItem(item)}));
    QVERIFY(mime && mime->hasFormat(QLatin1String(DiagramScene::kKindMimeType)));

    QGraphicsSceneDragDropEvent enter(QEvent::GraphicsSceneDragEnter);
    enter.setMimeData(mime.get());
    enter.setScenePos({203, 397});
    QApplication::sendEvent(c.scene, &enter);
    QVERIFY(enter.isAccepted());
    QGraphicsSceneDragDropEvent drop(QEvent::GraphicsSceneDrop);
    drop.setMimeData(mime.get());
    drop.setScenePos({203, 397});
    drop.setPossibleActions(Qt::CopyAction);
    drop.setProposedAction(Qt::CopyAction);
    QApplication::sendEvent(c.scene, &drop);

    const Node *mq = c.node(QStringLiteral("mq1"));
    QVERIFY(mq);
    QCOMPARE(mq->kind, QStringLiteral("mq"));
    QCOMPARE(c.pos(QStringLiteral("mq1")), QPointF(200, 400));  // on the grid, where it was dropped
    QVERIFY(mq->image.isEmpty());
    QCOMPARE(c.scene->nodeItem(QStringLiteral("mq1"))->pos(), QPointF(200, 400));
    QCOMPARE(c.scene->selectedNodeIds(), QStringList{QStringLiteral("mq1")});
    const QByteArray after = c.bytes();
    c.doc.undoStack()->undo();
    QCOMPARE(c.bytes(), before);
    QVERIFY(!c.scene->nodeItem(QStringLiteral("mq1")));
    c.doc.undoStack()->redo();
    QCOMPARE(c.bytes(), after);
}

void TestCanvas::dropIntoFrameJoinsTheImageAndGrowsIt()
{
    Canvas c;
    const QByteArray before = c.bytes();
    QMimeData mime;
    mime.setData(QLatin1String(DiagramScene::kKindMimeType), "odbm");
    QGraphicsSceneDragDropEvent drop(QEvent::GraphicsSceneDrop);
    drop.setMimeData(&mime);
    drop.setScenePos({640, 290});  // inside SYSA, close to its bottom edge
    drop.setProposedAction(Qt::CopyAction);
    QApplication::sendEvent(c.scene, &drop);
    c.scene->flushPending();
    QCOMPARE(c.node(QStringLiteral("odbm1"))->image, QStringLiteral("SYSA"));
    // The frame grew to hold the whole card, in the same undo step.
    const QRectF frame = c.scene->imageItem(QStringLiteral("SYSA"))->sceneBoundingRect();
    QVERIFY(frame.contains(NodePainter::cardRect().translated(640, 290)));
    QCOMPARE(c.doc.undoStack()->count(), 1);
    c.doc.undoStack()->undo();
    QCOMPARE(c.bytes(), before);
    QCOMPARE(c.scene->imageItem(QStringLiteral("SYSA"))->size(), QSizeF(560, 420));
}

void TestCanvas::paletteDoubleClickActivatesKind()
{
    PaletteWidget palette;
    palette.resize(220, 600);
    palette.show();
    QVERIFY(QTest::qWaitForWindowExposed(&palette));
    QSignalSpy spy(&palette, &PaletteWidget::kindActivated);
    QListWidgetItem *item = palette.findItems(QStringLiteral("OTMA"), Qt::MatchExactly).value(0);
    QVERIFY(item);
    const QPoint p = palette.visualItemRect(item).center();
    QTest::mouseClick(palette.viewport(), Qt::LeftButton, {}, p);
    QCOMPARE(spy.count(), 0);  // a single click only selects
    QTest::mouseDClick(palette.viewport(), Qt::LeftButton, {}, p);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toString(), QStringLiteral("otma"));
}

void TestCanvas::connectByDraggingFromRim()
{
    Canvas c;
    const QByteArray before = c.bytes();
    c.drag(c.at(rimOf({0, 200})), c.at({0, 0}));
    const Link *link = c.doc.topology()->data().linkBetween(QStringLiteral("gw"), QStringLiteral("app"));
    QVERIFY(link);
    QCOMPARE(link->from, QStringLiteral("gw"));
    QCOMPARE(link->to, QStringLiteral("app"));
    // The gesture neither moved the node nor left a rubber band selection behind.
    QCOMPARE(c.pos(QStringLiteral("gw")), QPointF(0, 200));
    QCOMPARE(c.scene->selectedLinkIds(), QStringList{link->id});
    LinkItem *item = c.scene->linkItem(link->id);
    QVERIFY(item);
    QVERIFY(item->line().p1().y() < 200 && item->line().p2().y() > 0);  // rim to rim, upwards
    const QByteArray after = c.bytes();
    c.doc.undoStack()->undo();
    QCOMPARE(c.bytes(), before);
    QVERIFY(!c.scene->linkItem(link->id));
    c.doc.undoStack()->redo();
    QCOMPARE(c.bytes(), after);

    // Dropping on empty canvas or on the node itself connects nothing.
    const int links = c.doc.topology()->data().links.size();
    c.drag(c.at(rimOf({0, 0})), c.at({300, 500}));
    c.drag(c.at(rimOf({0, 0})), c.at({0, 10}));
    QCOMPARE(c.doc.topology()->data().links.size(), links);
}

void TestCanvas::rimShowsLinkCursorOnHover()
{
    Canvas c;
    NodeItem *app = c.scene->nodeItem(QStringLiteral("app"));
    QTest::mouseMove(c.vp(), c.at({-60, 0}));
    QTest::mouseMove(c.vp(), c.at({0, 5}));
    QVERIFY(!app->isRimHovered());
    QTest::mouseMove(c.vp(), c.at(rimOf({0, 0})));
    QVERIFY(app->isRimHovered());
    QCOMPARE(app->cursor().shape(), Qt::CrossCursor);
    QCOMPARE(c.vp()->cursor().shape(), Qt::CrossCursor);
    QTest::mouseMove(c.vp(), c.at({0, 5}));
    QVERIFY(!app->isRimHovered());
    QVERIFY(c.vp()->cursor().shape() != Qt::CrossCursor);
}

void TestCanvas::dragFromBodyMovesInsteadOfConnecting()
{
    Canvas c;
    const int links = c.doc.topology()->data().links.size();
    c.drag(c.at({-20, 200}), c.at({-20 + 93, 200 + 41}));
    QCOMPARE(c.doc.topology()->data().links.size(), links);
    QCOMPARE(c.pos(QStringLiteral("gw")), QPointF(90, 240));  // snapped to the grid
    QCOMPARE(c.doc.undoStack()->count(), 1);
    c.doc.undoStack()->undo();
    QCOMPARE(c.pos(QStringLiteral("gw")), QPointF(0, 200));
    QCOMPARE(c.scene->nodeItem(QStringLiteral("gw"))->pos(), QPointF(0, 200));
}

void TestCanvas::dragNodeIntoAndOutOfFrameIsOneStep()
{
    Canvas c;
    const QByteArray before = c.bytes();
    c.drag(c.at({-20, 200}), c.at({620, 200}));
    QCOMPARE(c.node(QStringLiteral("gw"))->image, QStringLiteral("SYSA"));
    QCOMPARE(c.pos(QStringLiteral("gw")), QPointF(640, 200));
    QCOMPARE(c.doc.undoStack()->count(), 1);
    const QByteArray inside = c.bytes();
    c.doc.undoStack()->undo();
    QCOMPARE(c.bytes(), before);
    c.doc.undoStack()->redo();
    QCOMPARE(c.bytes(), inside);

    // And out again.
    c.view.centerOn(640, 200);
    c.scene->clearSelection();
    c.drag(c.at({620, 200}), c.at({220, 200}));
    QVERIFY(c.node(QStringLiteral("gw"))->image.isEmpty());
    QCOMPARE(c.doc.undoStack()->count(), 2);
    c.doc.undoStack()->undo();
    QCOMPARE(c.bytes(), inside);
}

void TestCanvas::movingFrameCarriesItsNodes()
{
    Canvas c;
    const QByteArray before = c.bytes();
    c.view.centerOn(700, 0);
    // Grab the frame by its title bar.
    c.drag(c.at({700, -100 + ImageItem::kTitle / 2}), c.at({760, -100 + ImageItem::kTitle / 2 + 40}));
    QCOMPARE(c.scene->imageItem(QStringLiteral("SYSA"))->pos(), QPointF(560, -60));
    QCOMPARE(c.pos(QStringLiteral("icon")), QPointF(700, 40));
    QCOMPARE(c.pos(QStringLiteral("otma")), QPointF(960, 40));
    QCOMPARE(c.pos(QStringLiteral("ims")), QPointF(960, 240));
    QCOMPARE(c.pos(QStringLiteral("app")), QPointF(0, 0));  // not in the frame
    QCOMPARE(c.node(QStringLiteral("icon"))->image, QStringLiteral("SYSA"));
    // The link into the frame follows its end.
    QVERIFY(qAbs(c.scene->linkItem(QStringLiteral("l1"))->line().p2().y() - 40) < 40);
    QCOMPARE(c.doc.undoStack()->count(), 1);
    c.doc.undoStack()->undo();
    QCOMPARE(c.bytes(), before);
    QCOMPARE(c.scene->nodeItem(QStringLiteral("otma"))->pos(), QPointF(900, 0));
}

void TestCanvas::arrowKeysNudgeAsOneStep()
{
    Canvas c;
    const QByteArray before = c.bytes();
    c.scene->selectOnly(QStringLiteral("app"));
    c.view.setFocus();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(&c.view, Qt::Key_Right);
    QTest::keyClick(&c.view, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(c.pos(QStringLiteral("app")), QPointF(30, 1));
    QCOMPARE(c.scene->nodeItem(QStringLiteral("app"))->pos(), QPointF(30, 1));
    QCOMPARE(c.doc.undoStack()->count(), 1);  // a run of nudges is one step
    c.doc.undoStack()->undo();
    QCOMPARE(c.bytes(), before);

    // Nothing selected: the keys scroll the view and change nothing.
    c.scene->clearSelection();
    const int h = c.view.horizontalScrollBar()->value();
    QTest::keyClick(&c.view, Qt::Key_Right);
    QCOMPARE(c.bytes(), before);
    QVERIFY(c.view.horizontalScrollBar()->value() > h);
}

void TestCanvas::rubberBandSelectsSeveral()
{
    Canvas c;
    c.drag(c.at({-150, -80}), c.at({150, 280}));
    QStringList ids = c.scene->selectedNodeIds();
    ids.sort();
    QCOMPARE(ids, (QStringList{QStringLiteral("app"), QStringLiteral("gw")}));
    QCOMPARE(c.doc.undoStack()->count(), 0);
    // Moving one of them moves both.
    c.drag(c.at({-20, 0}), c.at({-20, 60}));
    QCOMPARE(c.pos(QStringLiteral("app")), QPointF(0, 60));
    QCOMPARE(c.pos(QStringLiteral("gw")), QPointF(0, 260));
    QCOMPARE(c.doc.undoStack()->count(), 1);
}

void TestCanvas::snapToGridToggles()
{
    Canvas c;
    c.scene->setSnapToGrid(false);
    c.drag(c.at({-20, 0}), c.at({-20 + 13, 7}));
    QCOMPARE(c.pos(QStringLiteral("app")), QPointF(13, 7));
    c.scene->setSnapToGrid(true);
    c.drag(c.at({-20 + 13, 7}), c.at({-20 + 13 + 24, 7 + 14}));
    QCOMPARE(c.pos(QStringLiteral("app")), QPointF(40, 20));
}

void TestCanvas::middleButtonPans()
{
    Canvas c;
    const QByteArray before = c.bytes();
    const QPointF centre = c.view.mapToScene(c.vp()->rect().center());
    c.drag(c.at({0, 0}), c.at({0, 0}) + QPoint(120, 80), Qt::MiddleButton);
    const QPointF moved = c.view.mapToScene(c.vp()->rect().center());
    QCOMPARE(moved, centre - QPointF(120, 80));
    QCOMPARE(c.bytes(), before);  // the node under the pointer did not move
    QVERIFY(c.scene->selectedItems().isEmpty());
}

void TestCanvas::spaceDragPans()
{
    Canvas c;
    const QByteArray before = c.bytes();
    c.view.setFocus();
    const QPointF centre = c.view.mapToScene(c.vp()->rect().center());
    QTest::keyPress(&c.view, Qt::Key_Space);
    QVERIFY(c.view.isSpaceHeld());
    QCOMPARE(c.vp()->cursor().shape(), Qt::OpenHandCursor);
    c.drag(c.at({-20, 0}), c.at({-20, 0}) + QPoint(-60, 50));
    QTest::keyRelease(&c.view, Qt::Key_Space);
    QVERIFY(!c.view.isSpaceHeld());
    QCOMPARE(c.view.mapToScene(c.vp()->rect().center()), centre + QPointF(60, -50));
    QCOMPARE(c.bytes(), before);
    QVERIFY(c.scene->selectedItems().isEmpty());
}

void TestCanvas::wheelZoomsAboutThePointer()
{
    Canvas c;
    QSignalSpy spy(&c.view, &DiagramView::zoomChanged);
    const QPoint pointer = c.at({640, 0}) + QPoint(7, 3);
    const QPointF under = c.view.mapToScene(pointer);
    QWheelEvent up(pointer, c.vp()->mapToGlobal(pointer), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                   Qt::NoScrollPhase, false);
    QApplication::sendEvent(c.vp(), &up);
    QVERIFY(qFuzzyCompare(c.view.zoom(), 1.2));
    QCOMPARE(spy.count(), 1);
    QVERIFY(QLineF(c.view.mapToScene(pointer), under).length() < 2);
    QWheelEvent down(pointer, c.vp()->mapToGlobal(pointer), QPoint(), QPoint(0, -240), Qt::NoButton, Qt::NoModifier,
                     Qt::NoScrollPhase, false);
    QApplication::sendEvent(c.vp(), &down);
    QVERIFY(qFuzzyCompare(c.view.zoom(), 1.2 / 1.44));
    QVERIFY(QLineF(c.view.mapToScene(pointer), under).length() < 3);
}

void TestCanvas::pinchZooms()
{
    Canvas c;
    const QPoint at = c.vp()->rect().center();
    QNativeGestureEvent pinch(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2, at, at,
                              c.vp()->mapToGlobal(at), 0.5, QPointF());
    QApplication::sendEvent(c.vp(), &pinch);
    QVERIFY(qFuzzyCompare(c.view.zoom(), 1.5));
}

void TestCanvas::fitShowsEverything()
{
    Canvas c;
    c.view.setZoom(3);
    c.view.fitToContents();
    const QRectF visible = c.view.mapToScene(c.vp()->rect()).boundingRect();
    QVERIFY2(visible.contains(c.scene->itemsBoundingRect()), "fit leaves something outside the view");
    QVERIFY(c.view.zoom() < 1.25 && c.view.zoom() > 0.5);
}

void TestCanvas::resizeFrameByGrip()
{
    Canvas c;
    const QByteArray before = c.bytes();
    c.view.centerOn(1000, 300);
    c.drag(c.at({500 + 560 - 5, -100 + 420 - 5}), c.at({500 + 560 + 95, -100 + 420 + 45}));
    QCOMPARE(c.scene->imageItem(QStringLiteral("SYSA"))->size(), QSizeF(660, 470));
    QCOMPARE(c.doc.topology()->data().image(QStringLiteral("SYSA"))->view.value(QStringLiteral("w")).toInt(), 660);
    QCOMPARE(c.doc.undoStack()->count(), 1);
    QVERIFY(c.scene->selectedItems().isEmpty() || c.scene->selectedImageIds() == QStringList{QStringLiteral("SYSA")});
    c.doc.undoStack()->undo();
    QCOMPARE(c.bytes(), before);
}

void TestCanvas::linkLabelsDoNotOverlap_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(QStringLiteral(SECFLOW_SOURCE_DIR "/resources/examples"));
    for (const QString &f : dir.entryList({QStringLiteral("*.secflow")}))
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestCanvas::linkLabelsDoNotOverlap()
{
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    Canvas c(f.readAll());
    QList<QPair<QString, QRectF>> labels;
    for (const Link &l : c.doc.topology()->data().links) {
        LinkItem *item = c.scene->linkItem(l.id);
        labels.append({l.id, item->labelRect()});
    }
    for (int i = 0; i < labels.size(); ++i) {
        for (int j = i + 1; j < labels.size(); ++j)
            QVERIFY2(!labels.at(i).second.intersects(labels.at(j).second),
                     qPrintable(labels.at(i).first + QLatin1String(" covers ") + labels.at(j).first));
        for (QGraphicsItem *item : c.scene->items(labels.at(i).second)) {
            if (auto *n = qgraphicsitem_cast<NodeItem *>(item))
                QVERIFY2(!NodePainter::cardRect().translated(n->pos()).intersects(labels.at(i).second),
                         qPrintable(labels.at(i).first + QLatin1String(" covers card ") + n->nodeId()));
        }
    }
}

void TestCanvas::frameTitleBarIsFilled()
{
    // The title bar is drawn from two overlapping shapes; all of it must be filled.
    Canvas c;
    ImageItem *frame = c.scene->imageItem(QStringLiteral("SYSA"));
    QImage image(600, 100, QImage::Format_ARGB32);
    image.fill(Qt::black);
    QPainter p(&image);
    c.scene->render(&p, QRectF(0, 0, 600, 100), QRectF(frame->pos(), QSizeF(600, 100)));
    p.end();
    const QColor border = c.scene->colors().imageBorder;
    for (int y : {4, 14, 22, 26}) {
        const QColor px = image.pixelColor(300, y);
        QVERIFY2(qAbs(px.red() - border.red()) < 8 && qAbs(px.blue() - border.blue()) < 8,
                 qPrintable(QStringLiteral("row %1 is %2").arg(y).arg(px.name())));
    }
}

void TestCanvas::syncNodeSignals()
{
    Canvas c;
    Topology *t = c.doc.topology();
    auto before = itemStates(c.scene);

    QVERIFY(t->setNodeOption(QStringLiteral("icon"), QStringLiteral("RACF"), QStringLiteral("N")));
    QCOMPARE(changedKeys(before, itemStates(c.scene)), QStringList{QStringLiteral("node:icon")});
    QVERIFY(c.scene->nodeItem(QStringLiteral("icon"))->visual().settings.contains(QStringLiteral("RACF=N")));

    before = itemStates(c.scene);
    QVERIFY(t->setNodeLabel(QStringLiteral("otma"), QStringLiteral("OTMA on IMS1 (XCF group XCFGRP1)")));
    QCOMPARE(changedKeys(before, itemStates(c.scene)), QStringList{QStringLiteral("node:otma")});
    QCOMPARE(c.scene->nodeItem(QStringLiteral("otma"))->visual().labelLine1, QStringLiteral("OTMA on IMS1"));
    QCOMPARE(c.scene->nodeItem(QStringLiteral("otma"))->visual().labelLine2, QStringLiteral("(XCF group XCFGRP1)"));

    // A move re-routes the node's links and nothing else.
    before = itemStates(c.scene);
    QVERIFY(t->setNodePosition(QStringLiteral("app"), {0, 100}));
    c.scene->flushPending();
    QCOMPARE(changedKeys(before, itemStates(c.scene)), (QStringList{QStringLiteral("link:l1"), QStringLiteral("node:app")}));

    // Leaving an image touches the node's data only; the frame has a stored size.
    before = itemStates(c.scene);
    QVERIFY(t->setNodeImage(QStringLiteral("ims"), QString()));
    c.scene->flushPending();
    QCOMPARE(changedKeys(before, itemStates(c.scene)), QStringList());

    before = itemStates(c.scene);
    Node n;
    n.id = QStringLiteral("mq");
    n.kind = QStringLiteral("mq");
    n.view = {{"x", 300}, {"y", 400}};
    QVERIFY(t->addNode(n));
    c.scene->flushPending();
    QCOMPARE(changedKeys(before, itemStates(c.scene)), QStringList{QStringLiteral("node:mq")});
    QCOMPARE(c.scene->nodeItem(QStringLiteral("mq"))->pos(), QPointF(300, 400));

    before = itemStates(c.scene);
    QVERIFY(t->removeNode(QStringLiteral("mq")));
    QVERIFY(!c.scene->nodeItem(QStringLiteral("mq")));
    QCOMPARE(changedKeys(before, itemStates(c.scene)), QStringList{QStringLiteral("node:mq")});
}

void TestCanvas::syncLinkSignals()
{
    Canvas c;
    Topology *t = c.doc.topology();
    auto before = itemStates(c.scene);
    QVERIFY(t->setLinkAttribute(QStringLiteral("l2"), QStringLiteral("transport"), QStringLiteral("at_tls")));
    QCOMPARE(changedKeys(before, itemStates(c.scene)), QStringList{QStringLiteral("link:l2")});
    QVERIFY(!c.scene->linkItem(QStringLiteral("l2"))->isCleartext());
    QCOMPARE(c.scene->linkItem(QStringLiteral("l2"))->transportLabel(), QStringLiteral("AT-TLS"));

    before = itemStates(c.scene);
    QVERIFY(t->setLinkAttribute(QStringLiteral("l1"), QStringLiteral("persistent"), false));
    QCOMPARE(changedKeys(before, itemStates(c.scene)), QStringList{QStringLiteral("link:l1")});
    QCOMPARE(c.scene->linkItem(QStringLiteral("l1"))->transportLabel(), QStringLiteral("AT-TLS per message"));

    before = itemStates(c.scene);
    Link l;
    l.id = QStringLiteral("l9");
    l.from = QStringLiteral("gw");
    l.to = QStringLiteral("icon");
    QVERIFY(t->addLink(l));
    c.scene->flushPending();
    QCOMPARE(changedKeys(before, itemStates(c.scene)), QStringList{QStringLiteral("link:l9")});
    QVERIFY(c.scene->linkItem(QStringLiteral("l9"))->isCleartext());

    before = itemStates(c.scene);
    QVERIFY(t->removeLink(QStringLiteral("l3")));
    QVERIFY(!c.scene->linkItem(QStringLiteral("l3")));
    QCOMPARE(changedKeys(before, itemStates(c.scene)), QStringList{QStringLiteral("link:l3")});
}

void TestCanvas::syncImageSignals()
{
    Canvas c;
    Topology *t = c.doc.topology();
    auto before = itemStates(c.scene);
    QVERIFY(t->setImageAttribute(QStringLiteral("SYSA"), QStringLiteral("label"), QStringLiteral("z/OS SYSA (test)")));
    QCOMPARE(changedKeys(before, itemStates(c.scene)), QStringList{QStringLiteral("image:SYSA")});
    QVERIFY(c.scene->imageItem(QStringLiteral("SYSA"))->titleText().startsWith(QStringLiteral("z/OS SYSA (test)")));

    before = itemStates(c.scene);
    QVERIFY(t->setImageAttribute(QStringLiteral("SYSA"), QStringLiteral("w"), 700));
    QCOMPARE(changedKeys(before, itemStates(c.scene)), QStringList{QStringLiteral("image:SYSA")});
    QCOMPARE(c.scene->imageItem(QStringLiteral("SYSA"))->size().width(), 700.0);

    // A frame without a stored size fits its nodes, and follows them.
    ZosImage img;
    img.id = QStringLiteral("SYSB");
    img.domain = QStringLiteral("RACFA");
    before = itemStates(c.scene);
    QVERIFY(t->addImage(img));
    c.scene->flushPending();
    QCOMPARE(changedKeys(before, itemStates(c.scene)), QStringList{QStringLiteral("image:SYSB")});
    QVERIFY(t->setNodeImage(QStringLiteral("gw"), QStringLiteral("SYSB")));
    c.scene->flushPending();
    const QRectF frame = c.scene->imageItem(QStringLiteral("SYSB"))->sceneBoundingRect();
    QVERIFY(frame.contains(NodePainter::cardRect().translated(0, 200)));
    before = itemStates(c.scene);
    QVERIFY(t->setNodePosition(QStringLiteral("gw"), {0, 300}));
    c.scene->flushPending();
    QCOMPARE(changedKeys(before, itemStates(c.scene)), (QStringList{QStringLiteral("image:SYSB"), QStringLiteral("node:gw")}));

    QVERIFY(t->setNodeImage(QStringLiteral("gw"), QString()));
    before = itemStates(c.scene);
    QVERIFY(t->removeImage(QStringLiteral("SYSB")));
    QVERIFY(!c.scene->imageItem(QStringLiteral("SYSB")));
    QCOMPARE(changedKeys(before, itemStates(c.scene)), QStringList{QStringLiteral("image:SYSB")});
}

void TestCanvas::syncReset()
{
    Canvas c;
    QFile f(QStringLiteral(SECFLOW_SOURCE_DIR "/resources/examples/ims_to_ims_passtickets.secflow"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    SecflowReader reader;
    auto data = reader.read(f.readAll());
    QVERIFY(data);
    c.scene->selectOnly(QStringLiteral("app"));
    c.doc.loadData(*data);
    const auto states = itemStates(c.scene);
    int nodes = 0, links = 0, images = 0;
    for (const QString &key : states.keys()) {
        nodes += key.startsWith(QLatin1String("node:"));
        links += key.startsWith(QLatin1String("link:"));
        images += key.startsWith(QLatin1String("image:"));
    }
    QCOMPARE(nodes, data->nodes.size());
    QCOMPARE(links, data->links.size());
    QCOMPARE(images, data->images.size());
    for (const Node &n : data->nodes)
        QVERIFY(c.scene->nodeItem(n.id));
    QVERIFY(!c.scene->nodeItem(QStringLiteral("app")));
    QVERIFY(c.scene->selectedItems().isEmpty());
    // The scene's extent follows the new drawing (it does not keep the old one's).
    QVERIFY(c.scene->sceneRect().contains(c.scene->itemsBoundingRect()));
    QVERIFY(c.scene->sceneRect().width() < c.scene->itemsBoundingRect().width() + 3000);
}

void TestCanvas::paintSpeedWith2000Nodes()
{
    static const QStringList kinds = {QStringLiteral("client"), QStringLiteral("soap_gateway"),
                                      QStringLiteral("ims_connect"), QStringLiteral("otma"), QStringLiteral("ims")};
    TopologyData d;
    d.name = QStringLiteral("2,000 nodes");
    SecurityDomain domain;
    domain.id = QStringLiteral("RACFA");
    d.domains.append(domain);
    constexpr int lanes = 400, perLane = 5;
    for (int g = 0; g < lanes / 20; ++g) {
        ZosImage img;
        img.id = QStringLiteral("SYS%1").arg(g);
        img.domain = domain.id;
        d.images.append(img);
    }
    for (int lane = 0; lane < lanes; ++lane) {
        for (int k = 0; k < perLane; ++k) {
            Node n;
            n.id = QStringLiteral("n%1_%2").arg(lane).arg(k);
            n.kind = kinds.at(k);
            n.label = QStringLiteral("%1 %2").arg(kinds.at(k)).arg(lane);
            if (k >= 2)
                n.image = QStringLiteral("SYS%1").arg(lane / 20);
            n.view = {{"x", (lane % 8) * 1500 + k * 300}, {"y", (lane / 8) * 140}};
            d.nodes.append(n);
            if (k > 0) {
                Link l;
                l.id = QStringLiteral("l%1_%2").arg(lane).arg(k);
                l.from = QStringLiteral("n%1_%2").arg(lane).arg(k - 1);
                l.to = n.id;
                l.transport = k % 2 ? QStringLiteral("at_tls") : QStringLiteral("none");
                d.links.append(l);
            }
        }
    }
    Canvas c("{\"format\": \"secflow\", \"version\": 1, \"name\": \"x\"}");
    c.view.resize(1280, 800);
    QElapsedTimer load;
    load.start();
    c.doc.loadData(d);
    const qint64 loadMs = load.elapsed();
    QCOMPARE(int(c.doc.topology()->data().nodes.size()), 2000);

    auto framesMs = [&](auto step) {
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 20; ++i) {
            step(i);
            const QPixmap frame = c.vp()->grab();
            Q_UNUSED(frame);
        }
        return t.elapsed() / 20.0;
    };
    c.view.setZoom(1.0);
    c.view.centerOn(3000, 1500);
    const double pan100 = framesMs([&](int) {
        c.view.horizontalScrollBar()->setValue(c.view.horizontalScrollBar()->value() + 40);
    });
    c.view.setZoom(0.35);
    const double pan35 = framesMs([&](int) {
        c.view.verticalScrollBar()->setValue(c.view.verticalScrollBar()->value() + 40);
    });
    const double zoom = framesMs([&](int i) { c.view.setZoom(0.3 + 0.035 * i); });
    c.view.fitToContents();
    const double all = framesMs([&](int) {
        c.view.horizontalScrollBar()->setValue(c.view.horizontalScrollBar()->value() + 5);
    });
    qInfo("2,000 nodes, 1,600 links, 20 frames: load %lld ms; pan at 100%% %.1f ms/frame; pan at 35%% %.1f ms/frame; "
          "zooming 30-97%% %.1f ms/frame; whole drawing (%.0f%%) %.1f ms/frame",
          loadMs, pan100, pan35, zoom, c.view.zoom() * 100, all);
    // Generous bounds on a shared 2-core machine; the figures above are the measurement.
    QVERIFY(pan100 < 100);
    QVERIFY(zoom < 400);
}

QTEST_MAIN(TestCanvas)
#include "tst_canvas.moc"
