// View > Arrange Diagram, driven by its shortcut: the drawing is laid out by
// Graphviz (cards in their frames, nothing overlapping, the view fitted), it
// is one undo step that gives back the very same file, and arranging an
// arranged drawing does nothing.
#include "guitestsetup.h"
#include "diagramscene.h"
#include "diagramview.h"
#include "document.h"
#include "editactions.h"
#include "imageitem.h"
#include "mainwindow.h"
#include "nodeitem.h"
#include "nodepainter.h"
#include "secflowwriter.h"
#include "theme.h"

#include <QAction>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

namespace {

const QString kExamples = QStringLiteral(SECFLOW_SOURCE_DIR "/resources/examples/");

QByteArray bytesOf(const MainWindow &w) { return SecflowWriter::toBytes(w.document()->topology()->data()); }

QHash<QString, QPointF> nodePositions(const MainWindow &w)
{
    QHash<QString, QPointF> result;
    for (const Node &n : w.document()->topology()->data().nodes)
        result.insert(n.id, w.scene()->nodeItem(n.id)->pos());
    return result;
}

// Nodes all over the place, some without a stored position, one frame with a
// stored size that holds nothing it should: the mess a user asks to tidy.
TopologyData scrambled(TopologyData d)
{
    for (int i = 0; i < d.nodes.size(); ++i) {
        QJsonObject &v = d.nodes[i].view;
        if (i % 4 == 3) {
            v.remove(QStringLiteral("x"));
            v.remove(QStringLiteral("y"));
        } else {
            v.insert(QStringLiteral("x"), (i * 370) % 900 - 200);
            v.insert(QStringLiteral("y"), (i * 530) % 700 - 100);
        }
    }
    if (!d.images.isEmpty())
        d.images[0].view = QJsonObject{{QStringLiteral("x"), -50}, {QStringLiteral("y"), 400},
                                       {QStringLiteral("w"), 300}, {QStringLiteral("h"), 200}};
    return d;
}

} // namespace

class TestArrange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        GuiTestSetup::apply();
    }

    void arrangeAndUndo_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<bool>("scramble");
        QTest::newRow("mq_bridge") << QStringLiteral("mq_bridge.secflow") << false;
        QTest::newRow("ims_to_ims") << QStringLiteral("ims_to_ims_passtickets.secflow") << false;
        QTest::newRow("was_local_option scrambled") << QStringLiteral("was_local_option.secflow") << true;
        QTest::newRow("trusted_user scrambled") << QStringLiteral("trusted_user_pitfalls.secflow") << true;
    }

    void arrangeAndUndo()
    {
        QFETCH(QString, example);
        QFETCH(bool, scramble);
        MainWindow w;
        QString error;
        QVERIFY2(w.document()->load(kExamples + example, &error), qPrintable(error));
        if (scramble)
            w.document()->loadData(scrambled(w.document()->topology()->data()));
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));

        // The action sits in the View menu right after Actual Size.
        auto *arrange = w.findChild<QAction *>(QStringLiteral("arrangeAction"));
        QVERIFY(arrange);
        QCOMPARE(arrange->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        QList<QAction *> viewActions;
        for (QAction *top : w.menuBar()->actions()) {
            if (top->text() == QStringLiteral("&View"))
                viewActions = top->menu()->actions();
        }
        const qsizetype at = viewActions.indexOf(arrange);
        QVERIFY(at > 0);
        QCOMPARE(viewActions.at(at - 1)->text(), QStringLiteral("&Actual Size"));

        const QByteArray before = bytesOf(w);
        const QHash<QString, QPointF> shownBefore = nodePositions(w);
        QUndoStack *stack = w.document()->undoStack();
        const int steps = stack->count();
        w.view()->setZoom(3.0);  // zoomed in far: the arrange fits the view again

        QTest::keyClick(w.view(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(stack->count(), steps + 1);
        const QHash<QString, QPointF> arranged = nodePositions(w);
        QVERIFY(arranged != shownBefore);
        const QByteArray after = bytesOf(w);
        QVERIFY(after != before);

        // On the canvas: each card inside its frame, no two cards overlapping,
        // no two frames overlapping, everything in view.
        const TopologyData &d = w.document()->topology()->data();
        for (const Node &n : d.nodes) {
            const QRectF card = w.scene()->nodeItem(n.id)->sceneBoundingRect();
            for (const Node &m : d.nodes) {
                if (m.id != n.id)
                    QVERIFY2(!card.intersects(w.scene()->nodeItem(m.id)->sceneBoundingRect()),
                             qPrintable(n.id + QStringLiteral(" overlaps ") + m.id));
            }
            for (const ZosImage &img : d.images) {
                ImageItem *frame = w.scene()->imageItem(img.id);
                const QRectF rect = frame->mapRectToScene(frame->frameRect());
                QCOMPARE(rect.contains(card), img.id == n.image);
            }
        }
        for (const ZosImage &a : d.images) {
            QVERIFY(a.view.contains(QStringLiteral("w")));
            for (const ZosImage &b : d.images) {
                if (a.id != b.id) {
                    ImageItem *fa = w.scene()->imageItem(a.id), *fb = w.scene()->imageItem(b.id);
                    QVERIFY(!fa->mapRectToScene(fa->frameRect()).intersects(fb->mapRectToScene(fb->frameRect())));
                }
            }
        }
        QVERIFY(w.view()->zoom() < 3.0);
        const QRectF visible = w.view()->mapToScene(w.view()->viewport()->rect()).boundingRect();
        for (const Node &n : d.nodes)
            QVERIFY(visible.contains(w.scene()->nodeItem(n.id)->sceneBoundingRect()));

        // Arranging again changes nothing and adds no step.
        arrange->trigger();
        QCOMPARE(stack->count(), steps + 1);
        QCOMPARE(bytesOf(w), after);

        // One undo: the same file byte for byte (nodes the file placed
        // nowhere are placed nowhere again), and the cards where they were shown.
        w.editActions()->undoAction()->trigger();
        QCOMPARE(stack->count(), steps + 1);
        QCOMPARE(stack->index(), steps);
        QCOMPARE(bytesOf(w), before);
        w.scene()->flushPending();
        QCOMPARE(nodePositions(w), shownBefore);
        w.editActions()->redoAction()->trigger();
        QCOMPARE(bytesOf(w), after);
        QCOMPARE(nodePositions(w), arranged);
    }

    void emptyDocument()
    {
        MainWindow w;
        QUndoStack *stack = w.document()->undoStack();
        w.findChild<QAction *>(QStringLiteral("arrangeAction"))->trigger();
        QCOMPARE(stack->count(), 0);
        QVERIFY(!w.document()->isModified());
    }

};

QTEST_MAIN(TestArrange)
#include "tst_arrange.moc"
