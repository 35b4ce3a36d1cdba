#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

// A component on the canvas. Options hold only what the file sets; defaults
// come from NodeKinds so that a saved file stays as the user wrote it.
struct Node
{
    QString id;
    QString kind;
    QString label;
    QString image;  // empty: off z/OS
    QJsonObject options;
    QJsonObject view;
    QJsonObject extra;
    // Plain text of options stored encrypted, when the passphrase was given.
    QHash<QString, QString> decryptedSecrets;
};
