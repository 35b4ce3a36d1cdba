#pragma once

#include <QJsonObject>
#include <QStringList>

#include <algorithm>

// The keys a JSON object has, listed once. Readers of large tables ask it
// before looking up optional keys: most are absent, and listing the few
// present costs less than one failed lookup each.
class JsonKeySet
{
public:
    explicit JsonKeySet(const QJsonObject &o) : mKeys(o.keys()) {}

    bool has(const QString &key) const { return mKeys.contains(key); }
    // Whether every key is one of `known` (then there are no extra keys to keep).
    bool within(const QStringList &known) const
    {
        return std::all_of(mKeys.cbegin(), mKeys.cend(), [&](const QString &k) { return known.contains(k); });
    }

private:
    QStringList mKeys;
};
