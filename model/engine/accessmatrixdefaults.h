#pragma once

#include <QStringList>

struct Request;
struct TopologyData;
class SecurityDomain;

// Proposed rows and columns of an access matrix for a template request.
// Users: every user of the RACF database of the path's IMS (the last `ims`
// node; else the last node on z/OS), sorted. Resources: the names the
// profiles of that database protect in the classes the request kind is
// checked against (TIMS for transactions and MSC, CIMS for commands with the
// slash put back, AIMS and IIMS for database PSBs, RIMS plus the OTMA
// `tpipes` for callouts), and the resources of the file's requests of the
// same kind; sorted, no duplicates. A generic profile gives the characters
// before its first * or %, when the profile covers that prefix itself (PAY*
// gives PAY; PAY%% gives nothing: there is no honest single name for it).
namespace AccessMatrixDefaults {
const SecurityDomain *domain(const TopologyData &t, const QStringList &path);
QStringList classes(const QString &kind);
QStringList users(const TopologyData &t, const Request &templ);
QStringList resources(const TopologyData &t, const Request &templ);
} // namespace AccessMatrixDefaults
