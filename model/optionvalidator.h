#pragma once

#include "optionspec.h"

#include <QJsonValue>

class JsonFieldReader;

// Checks one option value against its metadata. Used by the loader and, later,
// by the property editor to refuse a value with the reason.
namespace OptionValidator {
// Returns the value to store (SAF names upper-cased); records errors on `reader`
// under `path`.
QJsonValue validate(const OptionSpec &spec, const QJsonValue &value, const QString &path,
                    JsonFieldReader &reader);
} // namespace OptionValidator
