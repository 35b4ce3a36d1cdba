#pragma once

#include <QJsonObject>
#include <QString>

// A connection, directed from the side that opens it.
struct Link
{
    QString id;
    QString from;
    QString to;
    QString transport = QStringLiteral("none");
    bool persistent = true;
    QString kind = QStringLiteral("normal");
    QJsonObject view;
    QJsonObject extra;

    bool joins(const QString &a, const QString &b) const
    {
        return (from == a && to == b) || (from == b && to == a);
    }
};
