#pragma once

#include "optionspec.h"

#include <QJsonValue>

class QObject;
class QValidator;

// Checks a value typed in the property editor against the same metadata and
// the same rules the loader applies (OptionValidator), without recording.
namespace OptionEditorValidator {
// The reason `value` is refused, or an empty string; *normalized receives the
// value to store (SAF names upper-cased) when it is accepted.
QString check(const OptionSpec &spec, const QJsonValue &value, QJsonValue *normalized = nullptr);
// The spec of one entry of a list option: a SAF name for NameList, text otherwise.
OptionSpec itemSpec(const OptionSpec &listSpec);
// A line-edit validator that upper-cases SAF names as they are typed and
// accepts everything else, so a refused value can be explained, not swallowed.
QValidator *upperCaseValidator(QObject *parent);
} // namespace OptionEditorValidator
