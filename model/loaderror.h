#pragma once

#include <QString>

// A problem found while loading a .secflow file, located by line and JSON path.
struct LoadError
{
    QString file;
    int line = 0;
    QString path;  // "nodes[3].options.RACF"; empty for whole-file problems
    QString message;

    QString toString() const
    {
        QString where = file.isEmpty() ? QStringLiteral("<input>") : file;
        if (line > 0)
            where += QLatin1Char(':') + QString::number(line);
        return path.isEmpty() ? QStringLiteral("%1: %2").arg(where, message)
                              : QStringLiteral("%1: %2: %3").arg(where, path, message);
    }
};
