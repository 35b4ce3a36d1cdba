#pragma once

#include <QJsonObject>
#include <QStringList>

struct Trace;

// Compares a trace with a request's "expect" block (FORMAT.md, Expectations)
// and lists every difference in words a reader can act on.
namespace ExpectationChecker {
QStringList differences(const Trace &trace, const QJsonObject &expect);
} // namespace ExpectationChecker
