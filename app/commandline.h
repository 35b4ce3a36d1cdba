#pragma once

#include <QStringList>

// The `secflow` command line (FORMAT.md, "Other commands"): simulate, check,
// lint and passticket. Exit codes: 0 success, 1 failed check or rejected
// input, 2 wrong usage.
namespace CommandLine {
int run(const QStringList &arguments);
} // namespace CommandLine
