#pragma once

#include "loaderror.h"
#include "secret.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>

// Typed, strict reads of JSON fields that record precise errors (JSON path and
// line) instead of throwing, so one pass reports every problem of a file.
class JsonFieldReader
{
public:
    static constexpr int kMaxText = 65536;
    static constexpr int kMaxErrors = 50;

    JsonFieldReader(QString fileName, QByteArray source);

    void error(const QString &path, const QString &message);
    void warning(const QString &path, const QString &message);
    bool hasErrors() const { return !mErrors.isEmpty(); }
    // Appends what `other` found, as if this reader had read it, caps included:
    // a part of a file read by another reader on another thread.
    void absorb(const JsonFieldReader &other);
    const QList<LoadError> &errors() const { return mErrors; }
    const QList<LoadError> &warnings() const { return mWarnings; }

    // Each returns the default (and records an error) when the field has the wrong type.
    QString text(const QJsonObject &o, const QString &key, const QString &path, bool required = false,
                 int maxLength = 256);
    QString id(const QJsonObject &o, const QString &key, const QString &path, bool required = true);
    QString safName(const QJsonObject &o, const QString &key, const QString &path, int maxLength = 8,
                    bool required = true);
    bool boolean(const QJsonObject &o, const QString &key, const QString &path, bool def);
    int integer(const QJsonObject &o, const QString &key, const QString &path, int def, int min, int max);
    QDateTime time(const QJsonObject &o, const QString &key, const QString &path, bool required);
    QStringList stringList(const QJsonObject &o, const QString &key, const QString &path,
                           const std::function<QString(const QString &, const QString &)> &normalize = {});
    // A list of SAF names (groups, classes), upper-cased, each checked as normalizeSafName() does.
    QStringList safNames(const QJsonObject &o, const QString &key, const QString &path);
    Secret secret(const QJsonObject &o, const QString &key, const QString &path);
    QJsonObject object(const QJsonObject &o, const QString &key, const QString &path);
    // Keys of `o` not in `known`, kept to be written back.
    QJsonObject unknownKeys(const QJsonObject &o, const QStringList &known, const QString &path);

    // Validation of single values, shared with option checks.
    QString normalizeSafName(const QString &value, const QString &path, int maxLength = 8);
    bool isValidId(const QString &value) const;
    // 1-maxLength characters; up to 8: only A-Z 0-9 # @ $ (already upper-cased).
    static bool isSafName(const QString &upper, int maxLength);
    void setPassphrase(const QString &p) { mPassphrase = p; }

    static QString join(const QString &path, const QString &key);
    static QString index(const QString &path, qsizetype i);
    static QString typeName(const QJsonValue &v);
    static QString quoted(const QJsonValue &v);

private:
    QStringList strings(const QJsonObject &o, const QString &key, const QString &path,
                        const std::function<QString(const QString &, qsizetype)> &take);

    QString mFile;
    QByteArray mSource;
    QString mPassphrase;
    QList<LoadError> mErrors;
    QList<LoadError> mWarnings;
};
