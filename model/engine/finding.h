#pragma once

#include <QJsonObject>
#include <QString>

// A design weakness found by the review, without running a request.
struct Finding
{
    QString rule;
    QString severity;  // "error", "warning" or "info"
    QString node;
    QString link;
    QString message;

    QJsonObject toJson() const
    {
        return {{"rule", rule},
                {"severity", severity},
                {"node", node.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(node)},
                {"link", link.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(link)},
                {"message", message}};
    }
};
