#pragma once

#include <QList>
#include <QString>

class QIODevice;
struct AccessMatrixResult;

// RFC 4180 text of an access matrix: a header row ("user", then the
// resources), one row per user, cells as AccessMatrixResult::describe() says
// ("allowed", "denied: RULE at node"), CRLF line ends, fields quoted only when
// they hold a comma, a quote or a line break.
namespace AccessMatrixCsv {
QString field(const QString &text);
// Writes the given rows and columns (indexes into the result), in that order.
bool write(QIODevice &out, const AccessMatrixResult &r, const QList<qsizetype> &rows, const QList<qsizetype> &columns);
} // namespace AccessMatrixCsv
