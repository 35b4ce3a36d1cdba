#pragma once

class JsonFieldReader;
struct TopologyData;

// Cross-reference checks of a loaded file: every id named exists, paths follow
// links and visit no node twice, IMS-to-IMS links join two IMS Connects.
namespace TopologyValidator {
void check(JsonFieldReader &r, const TopologyData &t);
} // namespace TopologyValidator
