#pragma once

#include "request.h"

class JsonFieldReader;

// Reads one entry of "requests", its identity and its expectation.
namespace RequestReader {
Request read(JsonFieldReader &r, const QJsonObject &o, const QString &path);
bool isKnownKind(const QString &kind);
} // namespace RequestReader
