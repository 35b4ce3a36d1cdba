#include "identity.h"

QString Identity::name(Element e)
{
    static const char *const names[ElementCount] = {
        "userid", "group", "password", "passticket", "utoken", "raco", "acee", "pstusid",
        "netuid", "netsid", "certificate", "untp", "saml", "jwt", "trusted"};
    return QLatin1String(names[e]);
}

bool Identity::isEmpty() const
{
    for (const auto &v : mValues) {
        if (v)
            return false;
    }
    return true;
}

QJsonObject Identity::toJson() const
{
    QJsonObject o;
    for (int e = 0; e < ElementCount; ++e) {
        if (!mValues[e])
            continue;
        if (e == Password || e == Trusted)
            o.insert(name(Element(e)), true);
        else
            o.insert(name(Element(e)), *mValues[e]);
    }
    return o;
}

bool Identity::operator==(const Identity &o) const
{
    return mValues == o.mValues;
}
