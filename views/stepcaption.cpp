#include "stepcaption.h"

#include "topologydata.h"
#include "tracetimeline.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("StepCaption", text);
}
} // namespace

QString StepCaption::nodeName(const TopologyData &data, const QString &node)
{
    for (const Node &n : data.nodes) {
        if (n.id == node)
            return n.label.isEmpty() ? n.id : n.label.simplified();
    }
    return node;
}

QString StepCaption::describe(const TraceTimeline &timeline, int step, const TopologyData &data)
{
    if (step < 0 || step >= timeline.stepCount())
        return {};
    const TimelineStep &s = timeline.step(step);
    const QString name = nodeName(data, s.node);
    if (s.phase == TimelineStep::Phase::Leave)
        return s.last ? tr("leaves %1: accepted").arg(name) : tr("leaves %1").arg(name);
    if (s.last && !timeline.trace().accepted)
        return tr("rejected at %1").arg(name);
    if (s.last)
        return tr("arrives at %1: accepted").arg(name);
    return tr("arrives at %1").arg(name);
}

QString StepCaption::caption(const TraceTimeline &timeline, int step, const TopologyData &data)
{
    if (timeline.isEmpty())
        return tr("No request shown");
    return tr("Step %1 of %2 — %3").arg(step + 1).arg(timeline.stepCount()).arg(describe(timeline, step, data));
}
