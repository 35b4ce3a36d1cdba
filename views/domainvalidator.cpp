#include "domainvalidator.h"

#include "jsonfieldreader.h"
#include "passticket.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

QString tr(const char *text) { return QCoreApplication::translate("DomainValidator", text); }

const QRegularExpression &separators()
{
    static const QRegularExpression re(QStringLiteral("[,;\\s]+"));
    return re;
}

} // namespace

namespace DomainValidator {

std::optional<QString> safName(const QString &input, QString *error)
{
    const QString s = input.trimmed();
    if (s.isEmpty()) {
        *error = tr("A SAF name must not be empty.");
        return std::nullopt;
    }
    // The reader's own check, so the editor and the file agree on every message.
    JsonFieldReader reader({}, {});
    const QString name = reader.normalizeSafName(s, {});
    if (reader.hasErrors()) {
        *error = reader.errors().constFirst().message;
        return std::nullopt;
    }
    return name;
}

std::optional<QStringList> parseSafNames(const QString &text, QString *error)
{
    QStringList names;
    for (const QString &part : text.split(separators(), Qt::SkipEmptyParts)) {
        const auto name = safName(part, error);
        if (!name)
            return std::nullopt;
        if (!names.contains(*name))
            names.append(*name);
    }
    return names;
}

std::optional<Permits> parsePermits(const QString &text, QString *error)
{
    static const QRegularExpression pairs(QStringLiteral("\\s*,\\s*|\\s+(?=[^=\\s]+\\s*=)"));
    Permits permits;
    for (const QString &part : text.trimmed().split(pairs, Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq < 0) {
            *error = tr("\"%1\" is not ID=ACCESS, e.g. PAYGRP=READ.").arg(part);
            return std::nullopt;
        }
        const QString who = part.left(eq).trimmed();
        QString id = QStringLiteral("*");
        if (who != id) {
            const auto name = safName(who, error);
            if (!name)
                return std::nullopt;
            id = *name;
        }
        const auto level = AccessLevels::fromString(part.mid(eq + 1).trimmed());
        if (!level) {
            *error = tr("\"%1\": the access must be NONE, READ, UPDATE, CONTROL or ALTER.").arg(part);
            return std::nullopt;
        }
        for (const auto &p : permits) {
            if (p.first == id) {
                *error = tr("%1 is permitted twice.").arg(id);
                return std::nullopt;
            }
        }
        permits.append({id, *level});
    }
    return permits;
}

QString formatPermits(const Permits &permits)
{
    QStringList parts;
    for (const auto &p : permits)
        parts.append(p.first + QLatin1Char('=') + AccessLevels::toString(p.second));
    return parts.join(QLatin1String(", "));
}

std::optional<QVariant> normalize(const DomainColumn &column, const QVariant &input, QString *error)
{
    const QString text = input.typeId() == QMetaType::QStringList ? input.toStringList().join(QLatin1String(", "))
                                                                  : input.toString();
    switch (column.kind) {
    case DomainColumn::Kind::Text:
        if (column.required && text.trimmed().isEmpty()) {
            *error = tr("%1 must not be empty.").arg(column.title);
            return std::nullopt;
        }
        if (text.trimmed().size() > column.maxLength) {
            *error = tr("%1 has at most %2 characters.").arg(column.title).arg(column.maxLength);
            return std::nullopt;
        }
        return text.trimmed();
    case DomainColumn::Kind::SafName:
        if (!column.required && text.trimmed().isEmpty())
            return QString();
        if (auto name = safName(text, error))
            return *name;
        return std::nullopt;
    case DomainColumn::Kind::ProfileName: {
        const QString name = text.trimmed().toUpper();
        if (name.isEmpty() || name.size() > 246 || name.contains(QRegularExpression(QStringLiteral("\\s")))) {
            *error = tr("A profile name has 1 to 246 characters and no blanks.");
            return std::nullopt;
        }
        return name;
    }
    case DomainColumn::Kind::Secret:
        if (text.size() > 100) {
            *error = tr("A password or password phrase has at most 100 characters.");
            return std::nullopt;
        }
        return text;
    case DomainColumn::Kind::PassTicketKey: {
        QString problem;
        if (!PassTicket::parseKey(text, &problem)) {
            *error = problem;
            return std::nullopt;
        }
        return text.trimmed().toUpper();
    }
    case DomainColumn::Kind::Flag:
        return input.toBool();
    case DomainColumn::Kind::Choice:
        if (!column.choices.isEmpty() && !column.choices.contains(text)) {
            *error = tr("%1 must be one of %2.").arg(column.title, column.choices.join(QLatin1String(", ")));
            return std::nullopt;
        }
        return text;
    case DomainColumn::Kind::SafNameList:
        if (auto names = parseSafNames(text, error))
            return *names;
        return std::nullopt;
    case DomainColumn::Kind::Permits:
        if (auto permits = parsePermits(text, error))
            return formatPermits(*permits);
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace DomainValidator
