#include "dotexporter.h"

#include "check.h"
#include "nodekinds.h"
#include "nodesummary.h"
#include "topologydata.h"
#include "tracetimeline.h"

#include <QHash>
#include <QSet>

#include <cstdio>
#include <graphviz/cgraph.h>

namespace {

// cgraph takes char * for names and values; these keep the bytes alive.
struct Attr
{
    explicit Attr(const QString &s) : bytes(s.toUtf8()) {}
    char *data() { return bytes.data(); }
    QByteArray bytes;
};

void set(void *object, const char *name, const QString &value)
{
    Attr n{QString::fromLatin1(name)}, v{value}, empty{QString()};
    agsafeset(object, n.data(), v.data(), empty.data());
}

QString resultWord(Check::Result r)
{
    return Check::resultName(r);
}

// What the trace shows at the chosen step, by node.
struct TraceMarks
{
    QHash<QString, QStringList> checks;  // node -> "ICON-01 pass", ...
    QHash<QString, bool> failed;
    QSet<QString> travelled;             // link ids
    QString current;
};

TraceMarks marksAt(const TraceTimeline &timeline, int step)
{
    TraceMarks m;
    if (timeline.isEmpty())
        return m;
    step = qBound(0, step, timeline.stepCount() - 1);
    for (int i = 0; i <= step; ++i) {
        const TimelineStep &s = timeline.step(i);
        if (s.phase != TimelineStep::Phase::Arrive)
            continue;
        if (!s.link.isEmpty())
            m.travelled.insert(s.link);
        QStringList lines;
        for (const Check &c : timeline.trace().hops.at(s.hop).checks)
            lines.append(c.rule + QLatin1Char(' ') + resultWord(c.result));
        m.checks.insert(s.node, lines);
        m.failed.insert(s.node, s.failed);
    }
    m.current = timeline.step(step).node;
    return m;
}

QString nodeLabel(const Node &node)
{
    const NodeKindInfo *info = NodeKinds::info(node.kind);
    QStringList lines{node.label.isEmpty() ? node.id : node.label, info ? info->displayName : node.kind};
    const QString settings = NodeSummary::settings(node);
    if (!settings.isEmpty())
        lines.append(settings);
    return lines.join(QStringLiteral("\\n"));  // DOT's centred line break
}

} // namespace

DotExporter::DotExporter(const TopologyData &topology) : mTopology(topology) {}

void DotExporter::setTrace(const TraceTimeline *timeline, int step)
{
    mTimeline = timeline;
    mStep = step;
}

QByteArray DotExporter::toDot(QString *error) const
{
    Attr name{mTopology.name.isEmpty() ? QStringLiteral("secflow") : mTopology.name};
    Agraph_t *g = agopen(name.data(), Agdirected, nullptr);
    if (!g) {
        if (error)
            *error = QStringLiteral("Graphviz could not create a graph");
        return {};
    }
    set(g, "rankdir", QStringLiteral("LR"));
    set(g, "fontname", QStringLiteral("Helvetica"));
    set(g, "label", mTopology.name);
    const TraceMarks marks = mTimeline ? marksAt(*mTimeline, mStep) : TraceMarks{};

    QHash<QString, Agraph_t *> clusters;
    for (const ZosImage &image : mTopology.images) {
        Attr id{QStringLiteral("cluster_") + image.id};
        Agraph_t *sub = agsubg(g, id.data(), 1);
        QString label = image.label.isEmpty() ? image.id : image.label;
        if (!image.domain.isEmpty())
            label += QStringLiteral(" · RACF ") + image.domain;
        set(sub, "label", label);
        set(sub, "style", QStringLiteral("rounded"));
        clusters.insert(image.id, sub);
    }

    QHash<QString, Agnode_t *> nodes;
    for (const Node &node : mTopology.nodes) {
        Agraph_t *owner = clusters.value(node.image, g);
        Attr id{node.id};
        Agnode_t *n = agnode(owner, id.data(), 1);
        set(n, "shape", QStringLiteral("box"));
        set(n, "style", QStringLiteral("rounded"));
        set(n, "fontname", QStringLiteral("Helvetica"));
        set(n, "tooltip", node.kind);
        QString label = nodeLabel(node);
        if (marks.checks.contains(node.id)) {
            const bool failed = marks.failed.value(node.id);
            set(n, "color", failed ? QStringLiteral("red3") : QStringLiteral("green4"));
            set(n, "penwidth", node.id == marks.current ? QStringLiteral("3") : QStringLiteral("1.5"));
            label += QStringLiteral("\\n") + marks.checks.value(node.id).join(QStringLiteral("\\n"));
            if (failed)
                label += QStringLiteral("\\nREJECTED");
        }
        set(n, "label", label);
        nodes.insert(node.id, n);
    }

    for (const Link &link : mTopology.links) {
        Agnode_t *from = nodes.value(link.from);
        Agnode_t *to = nodes.value(link.to);
        if (!from || !to)
            continue;
        Attr id{link.id};
        Agedge_t *e = agedge(g, from, to, id.data(), 1);
        if (link.transport != QLatin1String("none"))
            set(e, "label", link.transport);
        if (link.kind != QLatin1String("normal"))
            set(e, "style", QStringLiteral("dashed"));
        if (marks.travelled.contains(link.id)) {
            set(e, "penwidth", QStringLiteral("3"));
            set(e, "color", QStringLiteral("dodgerblue3"));
        }
    }

    char *buffer = nullptr;
    size_t size = 0;
    FILE *stream = open_memstream(&buffer, &size);
    const int rc = stream ? agwrite(g, stream) : -1;
    if (stream)
        fclose(stream);
    agclose(g);
    QByteArray dot(buffer, qsizetype(size));
    free(buffer);
    if (rc != 0) {
        if (error)
            *error = QStringLiteral("Graphviz could not write the graph");
        return {};
    }
    return dot;
}
