#pragma once

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

struct TopologyData;

// Arranges a whole topology with Graphviz's "dot" layout: requests flow left
// to right along the links, each z/OS image is a cluster so its nodes stay
// together inside its frame, and nothing overlaps. The result is in scene
// coordinates (y down), card centres snapped to the grid. The sizes come from
// the caller so the model knows nothing of widgets. Deterministic: the same
// topology always gives the same result.
class GraphLayout
{
public:
    struct Options
    {
        QRectF card{-120, -50, 240, 100};  // what one node covers, relative to its centre
        qreal frameMargin = 24;             // between a frame and the cards it holds
        qreal frameTitle = 28;              // a frame's title bar, above its cards
        qreal nodeGap = 50;                 // between neighbours in one rank (across the flow)
        qreal rankGap = 120;                // between ranks (along the flow): room for link labels
        qreal grid = 10;
        QSizeF emptyFrame{400, 240};        // a frame with no nodes
    };

    struct Result
    {
        QHash<QString, QPointF> nodes;  // node id -> card centre
        QHash<QString, QRectF> frames;  // image id -> frame, title bar included
        QString error;                  // set when Graphviz failed; then the rest is empty
    };

    static Result arrange(const TopologyData &topology, const Options &options);
    static Result arrange(const TopologyData &topology) { return arrange(topology, Options()); }
};
