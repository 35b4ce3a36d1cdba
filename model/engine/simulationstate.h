#pragma once

#include <QDateTime>
#include <QSet>
#include <QString>

// What persists between the messages of one request (repeat > 1): the
// evaluator's clock, PassTickets already used (PT-03) and IMS-to-IMS
// connections already verified (PT-05).
struct SimulationState
{
    QDateTime clock;
    qint64 now = 0;
    int message = 0;  // 0-based index of the message being sent
    bool details = true;  // format each check's detail text (Simulator::setDetails)
    QSet<QString> usedTickets;
    QSet<QString> verifiedConnections;
};
