#pragma once

#include "nodekindinfo.h"

#include <QJsonValue>

struct Node;

// The option table of every node kind of FORMAT.md. This is the single place
// where an option, its default, allowed values and help text are declared.
namespace NodeKinds {
const QList<NodeKindInfo> &all();
const NodeKindInfo *info(const QString &kind);
// The option's value on this node: what the file sets, else the default.
QJsonValue option(const Node &node, const QString &key);
} // namespace NodeKinds
