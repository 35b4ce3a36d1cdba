#pragma once

#include "topologydata.h"

#include <QStringList>

#include <optional>

// The `secflow` command line (FORMAT.md, "Other commands"): simulate, check,
// lint and passticket (export lives in the GUI layer: it draws the canvas). Exit codes: 0 success, 1 failed check or rejected
// input, 2 wrong usage.
namespace CommandLine {
int run(const QStringList &arguments);
// Loads FILE for a command, opening encrypted secrets with the passphrase in
// `passphraseFile` (or SECFLOW_PASSPHRASE); problems go to standard error.
std::optional<TopologyData> load(const QString &file, const QString &passphraseFile = {});
} // namespace CommandLine
