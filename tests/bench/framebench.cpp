// secflow-framebench: how long one frame of request playback takes on a big
// canvas. A 500-node topology (the benchmark's lanes plus a long chain of
// relaying clients) plays a request along a path of more than 50 hops in an
// offscreen 1280x800 view; every frame moves the token, then renders the
// whole viewport into an image. Prints one "name: value" per line; it is a
// measurement, not a timed test.
#include "benchtopology.h"
#include "diagramscene.h"
#include "diagramview.h"
#include "document.h"
#include "secflowreader.h"
#include "simulator.h"
#include "traceoverlay.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTextStream>

#include <algorithm>

namespace {

struct Plan
{
    int lanes = 90;   // 5 nodes each
    int chain = 50;   // relaying clients in front of lane 0
    int frames = 600;
};

// The benchmark topology with a chain of clients c0 <- x1 <- x2 ... in front
// of lane 0, and one request along the whole chain into IMS.
QByteArray topology(const Plan &plan)
{
    BenchTopology::Size size;
    size.lanes = plan.lanes;
    size.users = 1000;
    size.groups = 50;
    size.profiles = 200;
    size.requests = 1;
    QJsonObject root = QJsonDocument::fromJson(BenchTopology::generate(size)).object();
    QJsonArray nodes = root.value(QStringLiteral("nodes")).toArray();
    QJsonArray links = root.value(QStringLiteral("links")).toArray();
    QJsonArray path;
    for (int i = plan.chain; i >= 1; --i) {
        const QString id = QStringLiteral("x%1").arg(i);
        const int column = 6 + (i - 1) % 10;  // a snake to the right of the lanes
        const int row = (i - 1) / 10;
        nodes.append(QJsonObject{{"id", id}, {"kind", "client"}, {"label", id},
                                 {"options", QJsonObject{{"protocol", "http"}}},
                                 {"view", QJsonObject{{"x", column * 220}, {"y", row * 140}}}});
        const QString next = i == 1 ? QStringLiteral("c0") : QStringLiteral("x%1").arg(i - 1);
        links.append(QJsonObject{{"id", id + "-" + next}, {"from", id}, {"to", next}, {"transport", "https_server"}});
        path.append(id);
    }
    for (const char *id : {"c0", "gw0", "icon0", "otma0", "ims0"})
        path.append(QLatin1String(id));
    QJsonObject request = root.value(QStringLiteral("requests")).toArray().first().toObject();
    request.insert(QStringLiteral("path"), path);
    root.insert(QStringLiteral("nodes"), nodes);
    root.insert(QStringLiteral("links"), links);
    root.insert(QStringLiteral("requests"), QJsonArray{request});
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

qreal percentile(QList<qreal> sorted, qreal p)
{
    std::sort(sorted.begin(), sorted.end());
    return sorted.at(qMin<qsizetype>(sorted.size() - 1, qsizetype(p * sorted.size())));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    Plan plan;
    if (app.arguments().contains(QStringLiteral("--small")))  // a quick run for smoke tests
        plan = {6, 8, 40};

    SecflowReader reader;
    auto data = reader.read(topology(plan), QStringLiteral("framebench.secflow"));
    if (!data) {
        QTextStream(stderr) << reader.errorString() << "\n";
        return 1;
    }
    Document document;
    document.loadData(std::move(*data));
    const TopologyData &t = document.topology()->data();
    DiagramScene scene(&document);
    DiagramView view;
    view.setScene(&scene);
    view.resize(1280, 800);
    view.show();
    QApplication::processEvents();
    scene.flushPending();
    view.fitToContents();

    const TraceTimeline timeline(simulate(t, t.requests.first()));
    TraceOverlay overlay(&scene);
    overlay.setTimeline(timeline);
    overlay.showStep(0);
    out << "nodes: " << t.nodes.size() << "\n";
    out << "path hops: " << timeline.trace().hops.size() << "\n";
    out << "timeline steps: " << timeline.stepCount() << "\n";
    if (timeline.stepCount() < 2) {
        QTextStream(stderr) << "the request has no path to play\n";
        return 1;
    }

    // Every frame: the next motion position, then the whole viewport painted.
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    constexpr int kFramesPerStep = 20;
    const auto measure = [&](const char *name) {
        QList<qreal> ms;
        QElapsedTimer timer;
        for (int frame = 0; frame < plan.frames; ++frame) {
            const int step = (frame / kFramesPerStep) % (timeline.stepCount() - 1);
            const qreal progress = qreal(frame % kFramesPerStep) / kFramesPerStep;
            timer.start();
            overlay.showMotion(step, step + 1, progress);
            QPainter painter(&image);
            view.render(&painter);
            painter.end();
            ms.append(timer.nsecsElapsed() / 1e6);
        }
        qreal sum = 0;
        for (qreal v : ms)
            sum += v;
        out << name << " frames: " << ms.size() << "\n";
        out << name << " frame mean ms: " << QString::number(sum / ms.size(), 'f', 2) << "\n";
        out << name << " frame p95 ms: " << QString::number(percentile(ms, 0.95), 'f', 2) << "\n";
        out << name << " frame max ms: " << QString::number(*std::max_element(ms.begin(), ms.end()), 'f', 2) << "\n";
    };
    out << "view: " << view.viewport()->width() << "x" << view.viewport()->height() << "\n";
    measure("fit");  // the whole drawing in view: every card painted
    // At 100% on the start of the path: the token crosses the view, a few dozen cards painted.
    view.resetZoom();
    overlay.showStep(0);
    view.centerOn(overlay.tokenPos());
    measure("100%");
    return 0;
}
