#pragma once

#include "finding.h"
#include "hop.h"

#include <QJsonObject>
#include <QList>

// The result of playing one request through the topology.
struct Trace
{
    QString request;
    bool accepted = false;
    QString rejectedAt;
    QString failedRule;
    QString authorizedUserid;
    QList<Hop> hops;
    QList<Finding> findings;

    const Hop *hop(const QString &node) const
    {
        for (const Hop &h : hops) {
            if (h.node == node)
                return &h;
        }
        return nullptr;
    }
    QJsonObject toJson() const;
};
