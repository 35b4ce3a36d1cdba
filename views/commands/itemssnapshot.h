#pragma once

#include "link.h"
#include "node.h"
#include "securitydomain.h"
#include "zosimage.h"

#include <QJsonObject>
#include <QList>
#include <QPair>

class Topology;

// Nodes, links and images with their positions in the document's lists, so a
// removal can be undone exactly (ids and order included). Serialises to the
// clipboard format: {"secflowItems": 1, "domains": [...], "images": [...], "nodes": [...], "links": [...]}.
struct ItemsSnapshot
{
    QList<QPair<int, SecurityDomain>> domains;  // only on the clipboard: the RACF databases of copied images
    QList<QPair<int, ZosImage>> images;
    QList<QPair<int, Node>> nodes;
    QList<QPair<int, Link>> links;

    bool isEmpty() const { return images.isEmpty() && nodes.isEmpty() && links.isEmpty(); }
    // Adds the RACF databases the images use, so a paste elsewhere has them.
    void addDomainsOfImages(const Topology *topology);

    // The given entities plus every link touching a given node.
    static ItemsSnapshot capture(const Topology *topology, const QStringList &nodeIds, const QStringList &linkIds,
                                 const QStringList &imageIds = {});
    void insertInto(Topology *topology) const;
    void removeFrom(Topology *topology) const;

    QJsonObject toJson() const;
};
