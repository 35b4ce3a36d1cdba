#include "nodeoptions.h"

#include "nodekinds.h"

#include <QJsonArray>
#include <QJsonObject>

QJsonValue NodeOptions::raw(const char *key) const
{
    return NodeKinds::option(mNode, QLatin1String(key));
}

QString NodeOptions::text(const char *key) const
{
    const QJsonValue v = raw(key);
    if (v.isObject())  // an encrypted secret: its plain text, or nothing while locked
        return mNode.decryptedSecrets.value(QLatin1String(key));
    if (v.isDouble())
        return QString::number(v.toDouble());
    return v.toString();
}

bool NodeOptions::flag(const char *key) const { return raw(key).toBool(); }

int NodeOptions::number(const char *key) const
{
    const QJsonValue v = raw(key);
    return v.isString() ? v.toString().toInt() : v.toInt();
}

QStringList NodeOptions::list(const char *key) const
{
    QStringList out;
    for (const QJsonValue &v : raw(key).toArray())
        out.append(v.toString());
    return out;
}

bool NodeOptions::hasExit(const char *key) const { return raw(key).isObject(); }

QStringList NodeOptions::exitDenies(const char *key) const
{
    QStringList out;
    for (const QJsonValue &v : raw(key).toObject().value(QStringLiteral("denyUsers")).toArray())
        out.append(v.toString().toUpper());
    return out;
}
