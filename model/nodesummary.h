#pragma once

#include <QString>

struct Node;

// The few settings a node shows wherever it is drawn ("RACF=Y · V15"): on
// the canvas, in DOT exports and reports. Secrets are never part of it.
namespace NodeSummary {
QString settings(const Node &node);
} // namespace NodeSummary
