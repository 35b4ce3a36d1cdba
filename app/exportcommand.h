#pragma once

#include <QStringList>

// `secflow export FILE --format png|svg|pdf|dot --output OUT [--request ID
// --step N] [--dark]` (FORMAT.md, "Other commands"): the diagram, optionally
// with a request's trace at step N, drawn with no display. Needs a
// QApplication (main() starts one on the offscreen platform); exit codes as
// for every command: 0, 1 rejected input, 2 wrong usage.
namespace ExportCommand {
int run(const QStringList &arguments);
} // namespace ExportCommand
