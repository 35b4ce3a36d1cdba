#pragma once

#include <QString>

#include <optional>

// RACF access authorities in increasing order (SAF-02).
enum class AccessLevel { None, Read, Update, Control, Alter };

namespace AccessLevels {
inline QString toString(AccessLevel a)
{
    switch (a) {
    case AccessLevel::None: return QStringLiteral("NONE");
    case AccessLevel::Read: return QStringLiteral("READ");
    case AccessLevel::Update: return QStringLiteral("UPDATE");
    case AccessLevel::Control: return QStringLiteral("CONTROL");
    case AccessLevel::Alter: return QStringLiteral("ALTER");
    }
    return {};
}

inline std::optional<AccessLevel> fromString(const QString &s)
{
    const QString u = s.toUpper();
    if (u == QLatin1String("NONE")) return AccessLevel::None;
    if (u == QLatin1String("READ")) return AccessLevel::Read;
    if (u == QLatin1String("UPDATE")) return AccessLevel::Update;
    if (u == QLatin1String("CONTROL")) return AccessLevel::Control;
    if (u == QLatin1String("ALTER")) return AccessLevel::Alter;
    return std::nullopt;
}
} // namespace AccessLevels
