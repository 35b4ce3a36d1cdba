#include "accessdecision.h"

#include "racfprofile.h"

QString AccessDecision::describe(const QString &userid, const QString &cls, const QString &resource) const
{
    switch (result) {
    case Result::ClassInactive:
        return QStringLiteral("class %1 not active: %2 not checked").arg(cls, resource);
    case Result::NotProtected:
        return QStringLiteral("%1 %2 not protected: no profile covers it (RC 4)").arg(cls, resource);
    case Result::Granted:
    case Result::Denied:
        break;
    }
    const QString who = userid.isEmpty() ? QStringLiteral("(no user ID)") : userid;
    return QStringLiteral("%1 has %2 to %3 %4 via profile %5 (%6)%7")
        .arg(who, AccessLevels::toString(level), cls, resource, profile ? profile->name : QString(),
             basis, result == Result::Granted ? QString() : QStringLiteral(": READ needed"));
}
