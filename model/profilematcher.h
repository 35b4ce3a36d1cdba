#pragma once

#include <QString>

// RACF enhanced generic matching for general resource names: % is one
// character, * is zero or more characters within a qualifier, a trailing **
// (or a trailing * in classes without qualifiers) anything that remains.
namespace ProfileMatcher {
bool matches(const QString &pattern, const QString &name);
// Higher is more specific: the position of the first generic character, then
// the number of literal characters.
int specificity(const QString &pattern);
} // namespace ProfileMatcher
