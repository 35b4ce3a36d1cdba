#pragma once

#include <QString>

struct Trace;

// A trace as text for a terminal: one block per hop, one line per check.
namespace TraceText {
QString format(const Trace &trace, const QString &label);
} // namespace TraceText
