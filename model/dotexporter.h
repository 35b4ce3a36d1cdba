#pragma once

#include <QByteArray>
#include <QString>

class TraceTimeline;
struct TopologyData;

// The topology as a Graphviz DOT graph, built with cgraph: z/OS images as
// clusters labelled with their RACF database, nodes with their kind and key
// settings, links with their transport. With a trace, the stops reached by
// `step` are coloured by their checks and the current node is marked, so the
// diagram tells the same story as the canvas at that step. Secrets never
// appear: labels come from NodeSummary, which leaves them out.
class DotExporter
{
public:
    explicit DotExporter(const TopologyData &topology);

    void setTrace(const TraceTimeline *timeline, int step);
    // The DOT text; empty with *error set if Graphviz failed.
    QByteArray toDot(QString *error = nullptr) const;

private:
    const TopologyData &mTopology;
    const TraceTimeline *mTimeline = nullptr;
    int mStep = 0;
};
