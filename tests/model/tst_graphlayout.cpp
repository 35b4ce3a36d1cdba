// Automatic layout with Graphviz: every card inside its image's frame, no
// overlaps, requests flowing left to right, the same result every time, and
// nothing to do for an empty topology.
#include "graphlayout.h"
#include "secflowreader.h"
#include "topologydata.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

namespace {

Node node(const QString &id, const QString &image = {})
{
    Node n;
    n.id = id;
    n.kind = QStringLiteral("client");
    n.image = image;
    return n;
}

Link link(const QString &from, const QString &to)
{
    Link l;
    l.id = from + QLatin1Char('-') + to;
    l.from = from;
    l.to = to;
    return l;
}

ZosImage image(const QString &id)
{
    ZosImage i;
    i.id = id;
    return i;
}

TopologyData loadExample(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    SecflowReader reader;
    auto t = reader.read(f.readAll(), path);
    if (!t)
        qFatal("cannot load %s: %s", qPrintable(path), qPrintable(reader.errorString()));
    return *t;
}

// Whether a path of links leads from `from` to `to`.
bool reaches(const TopologyData &t, const QString &from, const QString &to)
{
    QStringList todo{from};
    QSet<QString> seen;
    while (!todo.isEmpty()) {
        const QString id = todo.takeLast();
        if (id == to)
            return true;
        if (seen.contains(id))
            continue;
        seen.insert(id);
        for (const Link &l : t.links) {
            if (l.from == id)
                todo.append(l.to);
        }
    }
    return false;
}

// Asserts the layout's geometric promises for `t`.
void checkGeometry(const TopologyData &t, const GraphLayout::Result &r, const GraphLayout::Options &o)
{
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.nodes.size(), t.nodes.size());
    QCOMPARE(r.frames.size(), t.images.size());
    for (const Node &n : t.nodes) {
        const QPointF c = r.nodes.value(n.id);
        QCOMPARE(std::fmod(c.x(), o.grid), 0.0);
        QCOMPARE(std::fmod(c.y(), o.grid), 0.0);
        const QRectF card = o.card.translated(c);
        for (const Node &other : t.nodes) {
            if (other.id != n.id)
                QVERIFY2(!card.intersects(o.card.translated(r.nodes.value(other.id))),
                         qPrintable(n.id + QStringLiteral(" overlaps ") + other.id));
        }
        for (auto it = r.frames.constBegin(); it != r.frames.constEnd(); ++it) {
            if (it.key() == n.image) {
                // Inside, with the margin and the title bar kept clear.
                const QRectF inner = it->adjusted(o.frameMargin, o.frameMargin + o.frameTitle, -o.frameMargin, -o.frameMargin);
                QVERIFY2(inner.contains(card), qPrintable(n.id + QStringLiteral(" outside ") + it.key()));
            } else {
                QVERIFY2(!it->intersects(card), qPrintable(n.id + QStringLiteral(" inside ") + it.key()));
            }
        }
    }
    for (auto a = r.frames.constBegin(); a != r.frames.constEnd(); ++a) {
        QVERIFY(a->width() > 0 && a->height() > 0);
        for (auto b = r.frames.constBegin(); b != r.frames.constEnd(); ++b) {
            if (a.key() != b.key())
                QVERIFY2(!a->intersects(*b), qPrintable(a.key() + QStringLiteral(" overlaps ") + b.key()));
        }
    }
}

} // namespace

class TestGraphLayout : public QObject
{
    Q_OBJECT

private slots:
    void emptyTopology()
    {
        const GraphLayout::Result r = GraphLayout::arrange(TopologyData{});
        QVERIFY(r.error.isEmpty());
        QVERIFY(r.nodes.isEmpty());
        QVERIFY(r.frames.isEmpty());
    }

    void imagesWithoutNodes()
    {
        TopologyData t;
        t.images = {image(QStringLiteral("SYSA")), image(QStringLiteral("SYSB"))};
        GraphLayout::Options o;
        const GraphLayout::Result r = GraphLayout::arrange(t, o);
        checkGeometry(t, r, o);
        QCOMPARE(r.frames.value(QStringLiteral("SYSA")).size(), o.emptyFrame);
    }

    void chainFlowsLeftToRight()
    {
        // Written out of order, across two images and off z/OS, to show the
        // order comes from the links, not from the list.
        TopologyData t;
        t.images = {image(QStringLiteral("SYSA")), image(QStringLiteral("SYSB"))};
        t.nodes = {node(QStringLiteral("ims"), QStringLiteral("SYSB")), node(QStringLiteral("otma"), QStringLiteral("SYSA")),
                   node(QStringLiteral("client")), node(QStringLiteral("icon"), QStringLiteral("SYSA")),
                   node(QStringLiteral("remote"), QStringLiteral("SYSB"))};
        t.links = {link(QStringLiteral("client"), QStringLiteral("icon")), link(QStringLiteral("icon"), QStringLiteral("otma")),
                   link(QStringLiteral("otma"), QStringLiteral("remote")), link(QStringLiteral("remote"), QStringLiteral("ims"))};
        t.rebuildIndexes();
        GraphLayout::Options o;
        const GraphLayout::Result r = GraphLayout::arrange(t, o);
        checkGeometry(t, r, o);
        const QStringList chain{QStringLiteral("client"), QStringLiteral("icon"), QStringLiteral("otma"),
                                QStringLiteral("remote"), QStringLiteral("ims")};
        for (int i = 1; i < chain.size(); ++i) {
            const qreal before = r.nodes.value(chain.at(i - 1)).x(), after = r.nodes.value(chain.at(i)).x();
            QVERIFY2(after >= before + o.card.width() + o.rankGap / 2,
                     qPrintable(chain.at(i) + QStringLiteral(" not right of ") + chain.at(i - 1)));
        }
        QVERIFY(r.frames.value(QStringLiteral("SYSA")).right() < r.frames.value(QStringLiteral("SYSB")).left());
    }

    void nodesWithoutLinks()
    {
        TopologyData t;
        t.images = {image(QStringLiteral("SYSA"))};
        for (int i = 0; i < 7; ++i)
            t.nodes.append(node(QStringLiteral("n%1").arg(i), i % 2 ? QStringLiteral("SYSA") : QString()));
        t.rebuildIndexes();
        GraphLayout::Options o;
        checkGeometry(t, GraphLayout::arrange(t, o), o);
    }

    void examples_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(SECFLOW_SOURCE_DIR "/resources/examples"));
        for (const QString &name : dir.entryList({QStringLiteral("*.secflow")}))
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }

    void examples()
    {
        QFETCH(QString, path);
        const TopologyData t = loadExample(path);
        QVERIFY(!t.nodes.isEmpty());
        // The canvas's sizes: a card with its findings badge, a frame's margin and title.
        GraphLayout::Options o;
        o.card = QRectF(-110, -50, 230, 92);
        const GraphLayout::Result r = GraphLayout::arrange(t, o);
        checkGeometry(t, r, o);
        // Every link that is not part of a cycle points rightwards.
        for (const Link &l : t.links) {
            if (!reaches(t, l.to, l.from))
                QVERIFY2(r.nodes.value(l.to).x() > r.nodes.value(l.from).x(), qPrintable(l.id + QStringLiteral(" goes left")));
        }
        // Deterministic: the same topology, the same picture.
        const GraphLayout::Result again = GraphLayout::arrange(t, o);
        QCOMPARE(again.nodes, r.nodes);
        QCOMPARE(again.frames, r.frames);
    }
};

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
