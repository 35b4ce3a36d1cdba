#pragma once

#include <QIcon>

// The mark of a request's last run: a tick in a disc when it was accepted, a
// cross when it was rejected, drawn like the trace's check results so the two
// read alike. Always shown next to the word, never alone.
namespace OutcomeGlyph {
QIcon icon(bool accepted, bool dark);
} // namespace OutcomeGlyph
