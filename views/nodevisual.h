#pragma once

#include <QString>
#include <QStringList>

struct Node;

// What the canvas shows of a node, computed once per change so painting
// allocates nothing.
struct NodeVisual
{
    QString kind;
    QString label;
    QString product;        // "IMS Connect"
    QString settings;       // "RACF=Y · V15"
    int errors = 0;         // design findings on this node
    int warnings = 0;

    // The lines as they fit on the card (NodePainter::layout).
    QString labelLine1;
    QString labelLine2;
    QString productLine;
    QString settingsLine;
    bool laidOut = false;

    static NodeVisual of(const Node &node);
    // Label, product and every summary setting, for a tooltip.
    QString toolTip() const;
};
