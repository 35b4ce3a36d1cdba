#pragma once

#include "optionspec.h"

#include <QList>

// Metadata of link attributes, in the same form as node options.
namespace LinkOptions {
const QList<OptionSpec> &all();
const OptionSpec *option(const QString &key);
bool isMutual(const QString &transport);
bool isServerTls(const QString &transport);
} // namespace LinkOptions
