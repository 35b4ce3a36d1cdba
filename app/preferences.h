#pragma once

#include "theme.h"

// The user's preferences, kept with QSettings.
struct Preferences
{
    static constexpr int kDefaultAutosaveSeconds = 30;
    static constexpr int kDefaultRecentFiles = 10;

    Theme::Mode theme = Theme::Mode::System;
    bool snapToGrid = true;                        // for new windows
    int autosaveSeconds = kDefaultAutosaveSeconds;  // 0: no autosave
    int recentFiles = kDefaultRecentFiles;

    static Preferences load();
    void save() const;
    bool operator==(const Preferences &) const = default;
};
