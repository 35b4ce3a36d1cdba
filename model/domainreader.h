#pragma once

#include "securitydomain.h"

class JsonFieldReader;

// Reads one entry of "domains": the RACF database.
namespace DomainReader {
SecurityDomain read(JsonFieldReader &r, const QJsonObject &o, const QString &path);
} // namespace DomainReader
