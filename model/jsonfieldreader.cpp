#include "jsonfieldreader.h"

#include "isotime.h"
#include "jsonlocator.h"
#include "secretcodec.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <charconv>
#include <cmath>

JsonFieldReader::JsonFieldReader(QString fileName, QByteArray source)
    : mFile(std::move(fileName)), mSource(std::move(source))
{
}

void JsonFieldReader::error(const QString &path, const QString &message)
{
    if (mErrors.size() >= kMaxErrors)
        return;
    mErrors.append({mFile, path.isEmpty() ? 0 : JsonLocator::lineOf(mSource, path), path, message});
    if (mErrors.size() == kMaxErrors)
        mErrors.append({mFile, 0, {}, QStringLiteral("too many errors; stopping here")});
}

void JsonFieldReader::warning(const QString &path, const QString &message)
{
    // Capped like errors: locating a line rescans the text, so a file with a
    // million unknown options must not cost a million scans.
    if (mWarnings.size() >= kMaxErrors)
        return;
    mWarnings.append({mFile, JsonLocator::lineOf(mSource, path), path, message});
    if (mWarnings.size() == kMaxErrors)
        mWarnings.append({mFile, 0, {}, QStringLiteral("too many warnings; stopping here")});
}

void JsonFieldReader::absorb(const JsonFieldReader &other)
{
    // Each list holds at most kMaxErrors findings and then a closing note,
    // which is left out: the caps below add their own.
    auto append = [this](QList<LoadError> &to, const QList<LoadError> &from, const QString &note) {
        for (qsizetype i = 0; i < qMin<qsizetype>(from.size(), kMaxErrors); ++i) {
            if (to.size() >= kMaxErrors)
                return;
            to.append(from.at(i));
            if (to.size() == kMaxErrors)
                to.append({mFile, 0, {}, note});
        }
    };
    append(mErrors, other.mErrors, QStringLiteral("too many errors; stopping here"));
    append(mWarnings, other.mWarnings, QStringLiteral("too many warnings; stopping here"));
}

QString JsonFieldReader::join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString JsonFieldReader::index(const QString &path, qsizetype i)
{
    // Built for every element of every list, so without QString::arg.
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, i).ptr;
    QString out;
    out.reserve(path.size() + (end - digits) + 2);
    out.append(path).append(u'[').append(QLatin1StringView(digits, end - digits)).append(u']');
    return out;
}

QString JsonFieldReader::typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

QString JsonFieldReader::quoted(const QJsonValue &v)
{
    if (v.isString()) {
        QString s = v.toString();
        if (s.size() > 40)
            s = s.left(40) + QStringLiteral("...");
        return QLatin1Char('"') + s + QLatin1Char('"');
    }
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return typeName(v);
}

QString JsonFieldReader::text(const QJsonObject &o, const QString &key, const QString &path,
                              bool required, int maxLength)
{
    // The path is built only for an error: this runs for every field of a file.
    const auto p = [&] { return join(path, key); };
    // Read through the iterator: QJsonObject::value() would copy the string
    // into a temporary value before converting it.
    const auto it = o.constFind(key);
    if (it == o.constEnd() || it->isNull()) {
        if (required)
            error(p(), QStringLiteral("required, missing"));
        return {};
    }
    if (!it->isString()) {
        error(p(), QStringLiteral("expected a string, got %1").arg(typeName(*it)));
        return {};
    }
    const QString s = it->toString();
    if (s.size() > maxLength) {
        error(p(), QStringLiteral("%1 characters; at most %2 allowed").arg(s.size()).arg(maxLength));
        return {};
    }
    return s;
}

bool JsonFieldReader::isValidId(const QString &value) const
{
    if (value.isEmpty() || value.size() > 64)
        return false;
    return std::all_of(value.cbegin(), value.cend(), [](QChar c) {
        return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_'
               || c == u'.' || c == u'-';
    });
}

bool JsonFieldReader::isSafName(const QString &upper, int maxLength)
{
    if (upper.isEmpty() || upper.size() > maxLength)
        return false;
    if (maxLength > 8)
        return true;  // profile and application names: any characters
    return std::all_of(upper.cbegin(), upper.cend(), [](QChar c) {
        return (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'#' || c == u'@' || c == u'$';
    });
}

QString JsonFieldReader::id(const QJsonObject &o, const QString &key, const QString &path, bool required)
{
    const QString s = text(o, key, path, required, kMaxText);
    if (!s.isEmpty() && !isValidId(s)) {
        error(join(path, key),
              QStringLiteral("%1 is not an id: 1-64 characters of A-Z a-z 0-9 _ . -")
                  .arg(quoted(s)));
        return {};
    }
    return s;
}

QString JsonFieldReader::normalizeSafName(const QString &value, const QString &path, int maxLength)
{
    const QString upper = value.toUpper();
    if (isSafName(upper, maxLength))
        return upper;
    if (upper.size() > maxLength) {
        error(path, QStringLiteral("%1 is %2 characters; a SAF name has at most %3")
                        .arg(quoted(value)).arg(upper.size()).arg(maxLength));
        return {};
    }
    if (maxLength <= 8 && !upper.isEmpty()) {
        error(path, QStringLiteral("%1 is not a SAF name: use A-Z, 0-9, #, @ and $").arg(quoted(value)));
        return {};
    }
    return upper;
}

QString JsonFieldReader::safName(const QJsonObject &o, const QString &key, const QString &path,
                                 int maxLength, bool required)
{
    const QString s = text(o, key, path, required, kMaxText);
    if (s.isEmpty()) {
        if (required && o.value(key).isString() && o.value(key).toString().isEmpty())
            error(join(path, key), QStringLiteral("must not be empty"));
        return {};
    }
    const QString upper = s.toUpper();
    return isSafName(upper, maxLength) ? upper : normalizeSafName(s, join(path, key), maxLength);
}

bool JsonFieldReader::boolean(const QJsonObject &o, const QString &key, const QString &path, bool def)
{
    const auto it = o.constFind(key);
    if (it == o.constEnd())
        return def;
    if (!it->isBool()) {
        error(join(path, key), QStringLiteral("expected true or false, got %1").arg(quoted(*it)));
        return def;
    }
    return it->toBool();
}

int JsonFieldReader::integer(const QJsonObject &o, const QString &key, const QString &path, int def,
                             int min, int max)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return def;
    const double d = v.toDouble();
    if (!v.isDouble() || d != std::floor(d)) {
        error(join(path, key), QStringLiteral("expected a whole number, got %1").arg(quoted(v)));
        return def;
    }
    if (d < min || d > max) {
        error(join(path, key), QStringLiteral("%1 is out of range %2..%3").arg(quoted(v)).arg(min).arg(max));
        return def;
    }
    return int(d);
}

QDateTime JsonFieldReader::time(const QJsonObject &o, const QString &key, const QString &path,
                                bool required)
{
    const QString s = text(o, key, path, required, 64);
    if (s.isEmpty())
        return {};
    const QDateTime t = IsoTime::parse(s);
    if (!t.isValid()) {
        error(join(path, key), QStringLiteral("%1 is not an ISO 8601 time such as 2026-11-21T10:00:00Z")
                                   .arg(quoted(s)));
        return {};
    }
    return t;
}

QStringList JsonFieldReader::stringList(const QJsonObject &o, const QString &key, const QString &path,
                                        const std::function<QString(const QString &, const QString &)> &normalize)
{
    return strings(o, key, path, [&](const QString &value, qsizetype i) {
        return normalize ? normalize(value, index(join(path, key), i)) : value;
    });
}

QStringList JsonFieldReader::safNames(const QJsonObject &o, const QString &key, const QString &path)
{
    // As stringList() with normalizeSafName, building an item's path only for an error.
    return strings(o, key, path, [&](const QString &value, qsizetype i) {
        const QString upper = value.toUpper();
        return isSafName(upper, 8) ? upper : normalizeSafName(value, index(join(path, key), i));
    });
}

QStringList JsonFieldReader::strings(const QJsonObject &o, const QString &key, const QString &path,
                                     const std::function<QString(const QString &, qsizetype)> &take)
{
    const auto it = o.constFind(key);
    if (it == o.constEnd() || it->isNull())
        return {};
    if (!it->isArray()) {
        error(join(path, key), QStringLiteral("expected a list of strings, got %1").arg(typeName(*it)));
        return {};
    }
    QStringList out;
    const QJsonArray a = it->toArray();
    out.reserve(a.size());
    qsizetype i = 0;
    for (auto item = a.constBegin(); item != a.constEnd(); ++item, ++i) {
        if (!item->isString()) {
            error(index(join(path, key), i), QStringLiteral("expected a string, got %1").arg(typeName(*item)));
            continue;
        }
        const QString value = item->toString();
        if (value.size() > kMaxText) {
            error(index(join(path, key), i), QStringLiteral("longer than %1 characters").arg(kMaxText));
            continue;
        }
        out.append(take(value, i));
    }
    return out;
}

Secret JsonFieldReader::secret(const QJsonObject &o, const QString &key, const QString &path)
{
    Secret s;
    const auto it = o.constFind(key);
    if (it == o.constEnd() || it->isNull())
        return s;
    const QString p = join(path, key);
    if (it->isString()) {
        const QString plain = it->toString();
        if (plain.size() > 1024) {
            error(p, QStringLiteral("%1 characters; at most 1024 allowed").arg(plain.size()));
            return s;
        }
        return Secret::fromPlain(plain);
    }
    const QJsonValue v = *it;
    if (!v.isObject()) {
        error(p, QStringLiteral("expected a string or an encrypted secret, got %1").arg(typeName(v)));
        return s;
    }
    QString problem;
    s.envelope = v.toObject();
    s.set = true;
    if (!SecretCodec::isEnvelope(s.envelope, &problem)) {
        error(p, problem);
        return {};
    }
    if (mPassphrase.isEmpty()) {
        s.locked = true;
        return s;
    }
    const std::optional<QString> plain = SecretCodec::decrypt(s.envelope, mPassphrase, &problem);
    if (!plain) {
        error(p, problem);
        return {};
    }
    s.plain = *plain;
    return s;
}

QJsonObject JsonFieldReader::object(const QJsonObject &o, const QString &key, const QString &path)
{
    const auto it = o.constFind(key);
    if (it == o.constEnd() || it->isNull())
        return {};
    if (!it->isObject()) {
        error(join(path, key), QStringLiteral("expected an object, got %1").arg(typeName(*it)));
        return {};
    }
    return it->toObject();
}

QJsonObject JsonFieldReader::unknownKeys(const QJsonObject &o, const QStringList &known, const QString &path)
{
    QJsonObject extra;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!known.contains(it.key()))
            extra.insert(it.key(), it.value());
    }
    Q_UNUSED(path);
    return extra;
}
