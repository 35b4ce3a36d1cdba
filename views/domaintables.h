#pragma once

#include "domaintablespec.h"

// The six tables of a RACF database as the domain editor shows them: users,
// groups, general resource profiles, PTKTDATA, certificate and identity maps.
namespace DomainTables {

QList<DomainTableSpec> all();  // in tab order, one per Topology::DomainTable
DomainTableSpec spec(Topology::DomainTable table);

// Classes the security rules read (domainreader.cpp warns about any other):
// offered as chips in the editor even while inactive.
QStringList knownClasses();

} // namespace DomainTables
