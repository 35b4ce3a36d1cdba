#include "optionvalidator.h"

#include "jsonfieldreader.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

using T = OptionSpec::Type;

QString expectedList(const QStringList &allowed)
{
    QStringList q;
    for (const QString &a : allowed)
        q.append(QLatin1Char('"') + a + QLatin1Char('"'));
    if (q.size() <= 1)
        return q.join(QString());
    return q.mid(0, q.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" or ") + q.last();
}

QJsonValue validateExit(const QJsonValue &value, const QString &path, JsonFieldReader &r)
{
    if (value.isNull())
        return value;
    if (!value.isObject()) {
        r.error(path, QStringLiteral("expected null or {\"denyUsers\": [...]}, got %1")
                          .arg(JsonFieldReader::typeName(value)));
        return QJsonValue::Null;
    }
    QJsonObject o = value.toObject();
    const QStringList deny = r.stringList(o, QStringLiteral("denyUsers"), path,
                                          [&r](const QString &v, const QString &p) {
                                              return r.normalizeSafName(v, p);
                                          });
    o.insert(QStringLiteral("denyUsers"), QJsonArray::fromStringList(deny));
    return o;
}

QJsonValue validateRemote(const QJsonValue &value, const QString &path, JsonFieldReader &r)
{
    if (!value.isObject()) {
        r.error(path, QStringLiteral("expected {\"appl\": ..., \"userid\": ...}, got %1")
                          .arg(JsonFieldReader::typeName(value)));
        return QJsonObject{{"appl", ""}, {"userid", ""}};
    }
    QJsonObject o = value.toObject();
    for (const char *key : {"appl", "userid"}) {
        const QString k = QLatin1String(key);
        const QString v = r.text(o, k, path, false, JsonFieldReader::kMaxText);
        o.insert(k, v.isEmpty() ? QString() : r.normalizeSafName(v, JsonFieldReader::join(path, k)));
    }
    return o;
}

QJsonValue validateCredentials(const QJsonValue &value, const QString &path, JsonFieldReader &r)
{
    if (!value.isArray()) {
        r.error(path, QStringLiteral("expected a list of {\"name\", \"password\"}, got %1")
                          .arg(JsonFieldReader::typeName(value)));
        return QJsonArray();
    }
    const QJsonArray a = value.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString p = JsonFieldReader::index(path, i);
        if (!a.at(i).isObject()) {
            r.error(p, QStringLiteral("expected {\"name\", \"password\"}, got %1")
                           .arg(JsonFieldReader::typeName(a.at(i))));
            continue;
        }
        r.text(a.at(i).toObject(), QStringLiteral("name"), p, true, 1024);
        r.secret(a.at(i).toObject(), QStringLiteral("password"), p);
    }
    return value;
}

} // namespace

QJsonValue OptionValidator::validate(const OptionSpec &spec, const QJsonValue &value, const QString &path,
                                     JsonFieldReader &r)
{
    const QJsonObject holder{{spec.key, value}};
    const QString parent = path.left(qMax(0, int(path.size() - spec.key.size() - 1)));
    switch (spec.type) {
    case T::Enum: {
        QString s = value.isDouble() && spec.numericText ? QString::number(value.toDouble()) : value.toString();
        if (!value.isString() && !(value.isDouble() && spec.numericText)) {
            r.error(path, QStringLiteral("expected %1, got %2").arg(expectedList(spec.allowed),
                                                                   JsonFieldReader::quoted(value)));
            return spec.defaultValue;
        }
        if (!spec.allowed.contains(s)) {
            r.error(path, QStringLiteral("expected %1, got %2").arg(expectedList(spec.allowed),
                                                                   JsonFieldReader::quoted(value)));
            return spec.defaultValue;
        }
        return value;
    }
    case T::Bool:
        r.boolean(holder, spec.key, parent, false);
        return value.isBool() ? value : spec.defaultValue;
    case T::Int:
        if (value.isNull() && spec.defaultValue.isNull())
            return value;
        return r.integer(holder, spec.key, parent, spec.defaultValue.toInt(), spec.minimum, spec.maximum);
    case T::Text:
        if (spec.numericText && value.isDouble())
            return value;
        r.text(holder, spec.key, parent, false, spec.maxLength);
        return value;
    case T::SafName: {
        if (value.isNull())
            return spec.defaultValue;
        const QString s = r.text(holder, spec.key, parent, false, JsonFieldReader::kMaxText);
        return s.isEmpty() ? value : QJsonValue(r.normalizeSafName(s, path));
    }
    case T::Secret:
        r.secret(holder, spec.key, parent);
        return value;
    case T::CertRef:
        if (value.isNull())
            return value;
        r.id(holder, spec.key, parent);
        return value;
    case T::CertList:
        r.stringList(holder, spec.key, parent);
        return value;
    case T::NameList:
        return QJsonArray::fromStringList(r.stringList(holder, spec.key, parent,
                                                       [&r](const QString &v, const QString &p) {
                                                           return r.normalizeSafName(v, p);
                                                       }));
    case T::TextList:
        r.stringList(holder, spec.key, parent);
        return value;
    case T::Exit:
        return validateExit(value, path, r);
    case T::RemoteConn:
        return validateRemote(value, path, r);
    case T::Credentials:
        return validateCredentials(value, path, r);
    }
    return value;
}
