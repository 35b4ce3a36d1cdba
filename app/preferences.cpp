#include "preferences.h"

#include <QSettings>

Preferences Preferences::load()
{
    QSettings s;
    Preferences p;
    p.theme = Theme::fromString(s.value(QStringLiteral("preferences/theme")).toString());
    p.snapToGrid = s.value(QStringLiteral("preferences/snapToGrid"), true).toBool();
    p.autosaveSeconds = qBound(0, s.value(QStringLiteral("preferences/autosaveSeconds"), kDefaultAutosaveSeconds).toInt(), 3600);
    p.recentFiles = qBound(1, s.value(QStringLiteral("preferences/recentFiles"), kDefaultRecentFiles).toInt(), 30);
    return p;
}

void Preferences::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("preferences/theme"), Theme::toString(theme));
    s.setValue(QStringLiteral("preferences/snapToGrid"), snapToGrid);
    s.setValue(QStringLiteral("preferences/autosaveSeconds"), autosaveSeconds);
    s.setValue(QStringLiteral("preferences/recentFiles"), recentFiles);
}
