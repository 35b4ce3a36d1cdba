#pragma once

#include <QString>

class TraceTimeline;
struct TopologyData;

// Playback steps in words, for the playback bar, lessons and exports:
// "arrives at IMS Connect HWS1", "Step 3 of 9 — arrives at IMS Connect HWS1".
namespace StepCaption {
QString nodeName(const TopologyData &data, const QString &node);  // its label, else its id
QString describe(const TraceTimeline &timeline, int step, const TopologyData &data);
QString caption(const TraceTimeline &timeline, int step, const TopologyData &data);
} // namespace StepCaption
