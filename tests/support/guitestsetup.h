#pragma once

#include "theme.h"

#include <QApplication>
#include <QStandardPaths>

// What every GUI test does first: settings and autosave files in the test
// locations under a test application name, and the light theme, so a
// developer's own preferences never change a result.
namespace GuiTestSetup {
inline void apply()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("SecFlowTest"));
    QApplication::setApplicationName(QStringLiteral("SecFlowTest"));
    Theme::captureSystemPalette();
    Theme::apply(Theme::Mode::Light);
}
} // namespace GuiTestSetup
