#pragma once

#include <QDateTime>
#include <QString>

// ISO 8601 times in .secflow files. A time without an offset means UTC, so a
// file simulates the same in every time zone. Invalid text gives an invalid time.
namespace IsoTime {
inline QDateTime parse(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t.toUTC();
}
} // namespace IsoTime
