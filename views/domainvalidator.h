#pragma once

#include "domaintablespec.h"

#include <optional>

// Checks and normalises what a user typed into a cell of the domain editor,
// with the same rules the file reader applies, so that an edited domain
// always saves to a file that loads again.
namespace DomainValidator {

// The value to store (upper-cased, trimmed, parsed), or nullopt and *error
// says why it is refused.
std::optional<QVariant> normalize(const DomainColumn &column, const QVariant &input, QString *error);

// A SAF name (user, group, class): 1-8 of A-Z 0-9 # @ $, upper-cased.
std::optional<QString> safName(const QString &input, QString *error);

// "PAYGRP=READ, *=NONE" <-> permits in order; IDs are SAF names or "*".
using Permits = QList<QPair<QString, AccessLevel>>;
std::optional<Permits> parsePermits(const QString &text, QString *error);
QString formatPermits(const Permits &permits);

// Comma- or blank-separated SAF names, duplicates dropped, order kept.
std::optional<QStringList> parseSafNames(const QString &text, QString *error);

} // namespace DomainValidator
