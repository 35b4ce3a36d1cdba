#pragma once

#include "node.h"

#include <QJsonValue>
#include <QStringList>

// Typed reads of a node's options with the defaults of NodeKinds, done once
// when a stage is built so that simulating does no string lookups.
class NodeOptions
{
public:
    explicit NodeOptions(const Node &node) : mNode(node) {}

    QString text(const char *key) const;
    bool flag(const char *key) const;
    int number(const char *key) const;
    QStringList list(const char *key) const;
    QJsonValue raw(const char *key) const;
    // An exit option: null (not installed) or {"denyUsers": [...]}.
    bool hasExit(const char *key) const;
    QStringList exitDenies(const char *key) const;

private:
    const Node &mNode;
};
