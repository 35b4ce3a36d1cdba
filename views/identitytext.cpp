#include "identitytext.h"

#include <QCoreApplication>
#include <QStringList>

QString IdentityText::value(const Identity &identity, Identity::Element e)
{
    if (!identity.has(e))
        return {};
    const QString v = identity.value(e);
    return v.isEmpty() ? QCoreApplication::translate("IdentityText", "present") : v;
}

QString IdentityText::summary(const Identity &identity)
{
    QStringList parts;
    for (int i = 0; i < Identity::ElementCount; ++i) {
        const auto e = Identity::Element(i);
        if (!identity.has(e))
            continue;
        const QString label = Identity::name(e).toUpper();
        parts.append(identity.value(e).isEmpty() ? label : label + QLatin1Char(' ') + identity.value(e));
    }
    return parts.isEmpty() ? QCoreApplication::translate("IdentityText", "nothing") : parts.join(QStringLiteral(", "));
}
