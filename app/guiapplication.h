#pragma once

// Starts the designer: `secflow [FILE]`, or `secflow --screenshot OUT.png FILE`
// to render the main window with that file offscreen and exit.
namespace GuiApplication {
int run(int argc, char *argv[]);
} // namespace GuiApplication
