#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

#include <optional>

// Finds the text of one member of a JSON document's top-level object, so a
// large file's biggest list can be parsed on another core. Only a quick
// structural scan: the parsers still judge the text, and any doubt (a key
// written with escapes, the member twice, text that is not an object) gives
// no answer, so the caller parses the whole document as usual.
namespace JsonSplitter {

struct Member
{
    qsizetype begin = 0;  // offset of the value's first byte
    qsizetype end = 0;    // offset just past the value
};

std::optional<Member> topLevelMember(const QByteArray &json, const QByteArray &key);

// Parses the document with the value of the top-level `key` (a list) parsed
// on a second thread, then put back in its place. Nothing on any doubt or
// parse error: parse the whole text then, for the exact error.
std::optional<QJsonDocument> parseApart(const QByteArray &json, const QByteArray &key);

} // namespace JsonSplitter
