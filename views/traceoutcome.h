#pragma once

#include <QString>

#include <functional>

struct Request;
struct Trace;

// A trace's outcome in one line for the inspector's header:
// "Accepted — PAYROLL ran as ALICE", "Rejected at IMS Connect HWS1 by ICON-01 (...)".
namespace TraceOutcome {
// `request` (may be null) names the resource; `nodeName` turns a node ID into its label.
QString text(const Trace &trace, const Request *request, const std::function<QString(const QString &)> &nodeName);
} // namespace TraceOutcome
