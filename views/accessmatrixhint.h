#pragma once

#include <QString>

struct AccessMatrixInput;
struct TopologyData;

// A few sentences under the setup saying who the rows are, what each of them
// presents and where the columns come from, so nobody mistakes a refused
// password for a missing permit.
namespace AccessMatrixHint {
QString text(const TopologyData &t, const AccessMatrixInput &input);
} // namespace AccessMatrixHint
