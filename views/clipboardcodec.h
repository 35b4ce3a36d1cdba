#pragma once

#include "itemssnapshot.h"

#include <optional>

struct TopologyData;

// Decodes items copied from a SecFlow document (ItemsSnapshot::toJson) for
// pasting into `target`: validated by the real loader, ids that clash are
// renamed, links follow their renamed nodes, and pasted nodes are offset so
// they do not hide the originals. Copied frames bring their RACF database
// when the target has none of that name; references to certificates the
// target lacks are dropped.
namespace ClipboardCodec {
constexpr const char *kMimeType = "application/x-secflow-items";
std::optional<ItemsSnapshot> decode(const QByteArray &json, const TopologyData &target, QString *error);
} // namespace ClipboardCodec
