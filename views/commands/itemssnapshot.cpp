#include "itemssnapshot.h"

#include "secflowwriter.h"
#include "topology.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

ItemsSnapshot ItemsSnapshot::capture(const Topology *topology, const QStringList &nodeIds, const QStringList &linkIds,
                                     const QStringList &imageIds)
{
    const TopologyData &d = topology->data();
    const QSet<QString> nodes(nodeIds.begin(), nodeIds.end());
    const QSet<QString> links(linkIds.begin(), linkIds.end());
    const QSet<QString> images(imageIds.begin(), imageIds.end());
    ItemsSnapshot s;
    for (int i = 0; i < d.images.size(); ++i) {
        if (images.contains(d.images.at(i).id))
            s.images.append({i, d.images.at(i)});
    }
    for (int i = 0; i < d.nodes.size(); ++i) {
        const Node &n = d.nodes.at(i);
        if (nodes.contains(n.id) || images.contains(n.image))
            s.nodes.append({i, n});
    }
    QSet<QString> removedNodes;
    for (const auto &n : s.nodes)
        removedNodes.insert(n.second.id);
    for (int i = 0; i < d.links.size(); ++i) {
        const Link &l = d.links.at(i);
        if (links.contains(l.id) || removedNodes.contains(l.from) || removedNodes.contains(l.to))
            s.links.append({i, l});
    }
    return s;
}

void ItemsSnapshot::addDomainsOfImages(const Topology *topology)
{
    const TopologyData &d = topology->data();
    for (const auto &img : images) {
        const bool listed = std::any_of(domains.cbegin(), domains.cend(),
                                        [&](const auto &dom) { return dom.second.id == img.second.domain; });
        for (int i = 0; i < d.domains.size() && !listed; ++i) {
            if (d.domains.at(i).id == img.second.domain) {
                domains.append({i, d.domains.at(i)});
                break;
            }
        }
    }
}

void ItemsSnapshot::insertInto(Topology *topology) const
{
    // Ascending indices restore every entity to its old place.
    for (const auto &dom : domains)
        topology->addDomain(dom.second, dom.first);
    for (const auto &img : images)
        topology->addImage(img.second, img.first);
    for (const auto &n : nodes)
        topology->addNode(n.second, n.first);
    for (const auto &l : links)
        topology->addLink(l.second, l.first);
}

void ItemsSnapshot::removeFrom(Topology *topology) const
{
    for (auto it = links.crbegin(); it != links.crend(); ++it)
        topology->removeLink(it->second.id);
    for (auto it = nodes.crbegin(); it != nodes.crend(); ++it)
        topology->removeNode(it->second.id);
    for (auto it = images.crbegin(); it != images.crend(); ++it)
        topology->removeImage(it->second.id);
    for (auto it = domains.crbegin(); it != domains.crend(); ++it)
        topology->removeDomain(it->second.id);
}

QJsonObject ItemsSnapshot::toJson() const
{
    QJsonArray dm, i, n, l;
    for (const auto &dom : domains)
        dm.append(SecflowWriter::domainToJson(dom.second));
    for (const auto &img : images)
        i.append(SecflowWriter::imageToJson(img.second));
    for (const auto &node : nodes)
        n.append(SecflowWriter::nodeToJson(node.second));
    for (const auto &link : links)
        l.append(SecflowWriter::linkToJson(link.second));
    return {{"secflowItems", 1}, {"domains", dm}, {"images", i}, {"nodes", n}, {"links", l}};
}
