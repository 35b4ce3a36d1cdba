#include "trace.h"

#include <QJsonArray>

namespace {
QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

QJsonObject Trace::toJson() const
{
    QJsonArray hopArray;
    for (const Hop &h : hops) {
        QJsonArray checkArray;
        for (const Check &c : h.checks)
            checkArray.append(QJsonObject{{"rule", c.rule}, {"result", Check::resultName(c.result)}, {"detail", c.detail}});
        hopArray.append(QJsonObject{{"node", h.node},
                                    {"kind", h.kind},
                                    {"arrives", h.arrives.toJson()},
                                    {"checks", checkArray},
                                    {"leaves", h.leaves.toJson()}});
    }
    QJsonArray findingArray;
    for (const Finding &f : findings)
        findingArray.append(f.toJson());
    return {{"request", request},
            {"outcome", accepted ? "accepted" : "rejected"},
            {"rejectedAt", orNull(rejectedAt)},
            {"failedRule", orNull(failedRule)},
            {"authorizedUserid", orNull(authorizedUserid)},
            {"hops", hopArray},
            {"findings", findingArray}};
}
