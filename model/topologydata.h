#pragma once

#include "certificate.h"
#include "link.h"
#include "node.h"
#include "request.h"
#include "securitydomain.h"
#include "zosimage.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

// Everything a .secflow file holds, as plain values. Topology wraps one of
// these and is the only way the GUI changes it; the engine reads it.
struct TopologyData
{
    static constexpr int kFormatVersion = 1;

    int version = kFormatVersion;
    QString name;
    QDateTime simulationTime;  // invalid: absent (the current time is used)
    QList<ZosImage> images;
    QList<Node> nodes;
    QList<Link> links;
    QList<SecurityDomain> domains;
    QList<Certificate> certificates;
    QList<Request> requests;
    QJsonArray lessons;  // opaque for now
    QJsonObject view;
    QJsonObject extra;

    const Node *node(const QString &id) const;
    const Link *link(const QString &id) const;
    const Link *linkBetween(const QString &a, const QString &b) const;
    const ZosImage *image(const QString &id) const;
    const SecurityDomain *domain(const QString &id) const;
    const Certificate *certificate(const QString &id) const;
    const Request *request(const QString &id) const;
    // The RACF database a node uses: its image's domain; null off z/OS.
    const SecurityDomain *domainOf(const Node &node) const;
    void rebuildIndexes();
};
