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

    static NodeVisual of(const Node &node);
};
