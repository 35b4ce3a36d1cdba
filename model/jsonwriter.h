#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringList>

// Pretty JSON with a stable key order: keys named in `order` first, in that
// order, then the rest alphabetically. Two-space indentation, one value per
// line, so files diff well in git and saving twice gives the same bytes.
class JsonWriter
{
public:
    explicit JsonWriter(QStringList order) : mOrder(std::move(order)) {}
    QByteArray write(const QJsonValue &value) const;

private:
    void writeValue(QByteArray &out, const QJsonValue &v, int indent) const;
    QStringList orderedKeys(const QJsonObject &o) const;

    QStringList mOrder;
};
