#pragma once

class MainWindow;

// Starts the designer: `secflow [FILE]`, or `secflow --screenshot OUT.png FILE`
// to render the main window with that file offscreen and exit.
namespace GuiApplication {
int run(int argc, char *argv[]);
// Offers the recovery files a crashed run left behind; recovered documents
// open in `window` when it holds nothing yet, else in windows of their own.
void offerRecovery(MainWindow *window);
} // namespace GuiApplication
