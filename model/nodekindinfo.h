#pragma once

#include "optionspec.h"

#include <QList>
#include <QStringList>
#include <QString>

// One node kind: the name users know, where it lives, and its option table.
struct NodeKindInfo
{
    QString kind;
    QString displayName;
    QString description;
    bool onZos = false;  // normally placed inside a z/OS image
    QList<OptionSpec> options;
    QStringList summaryKeys;  // the two or three options shown on the canvas

    const OptionSpec *option(const QString &key) const
    {
        for (const OptionSpec &o : options) {
            if (o.key == key)
                return &o;
        }
        return nullptr;
    }
};
