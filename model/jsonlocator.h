#pragma once

#include <QByteArray>
#include <QString>

// Finds where a JSON path ("nodes[3].options.RACF") stands in the original
// text, so that validation errors found on the parsed document can name a
// line. Only used on the error path, so it simply rescans the text.
namespace JsonLocator {
// 1-based line of the value at `path`; the line of the nearest existing
// ancestor when the path does not exist; 0 when the text is not JSON.
int lineOf(const QByteArray &json, const QString &path);
int lineOfOffset(const QByteArray &json, qsizetype offset);
// Line of a parser error offset; an error at the end of the text (truncated
// file) is placed on the last line that has text, not on the empty one after it.
int lineOfParseError(const QByteArray &json, qsizetype offset);
} // namespace JsonLocator
