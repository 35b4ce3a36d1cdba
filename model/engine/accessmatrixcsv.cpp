#include "accessmatrixcsv.h"

#include "accessmatrixresult.h"

#include <QHash>
#include <QIODevice>

#include <algorithm>

QString AccessMatrixCsv::field(const QString &text)
{
    static const QString special = QStringLiteral(",\"\r\n");
    if (std::none_of(text.begin(), text.end(), [](QChar c) { return special.contains(c); }))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool AccessMatrixCsv::write(QIODevice &out, const AccessMatrixResult &r, const QList<qsizetype> &rows,
                            const QList<qsizetype> &columns)
{
    QByteArray line = "user";
    for (qsizetype c : columns)
        line += ',' + field(r.resources.at(c)).toUtf8();
    line += "\r\n";
    if (out.write(line) < 0)
        return false;
    // A matrix holds few distinct verdicts: each one's text is built once.
    QHash<quint64, QByteArray> texts;
    for (qsizetype row : rows) {
        line = field(r.users.at(row)).toUtf8();
        for (qsizetype c : columns) {
            const AccessCell &cell = r.cell(row, c);
            const quint64 key = quint64(cell.state) << 32 | quint64(cell.rejectedAt) << 16 | cell.failedRule;
            auto it = texts.find(key);
            if (it == texts.end())
                it = texts.insert(key, field(r.describe(cell)).toUtf8());
            line += ',';
            line += *it;
        }
        line += "\r\n";
        if (out.write(line) < 0)
            return false;
    }
    return true;
}
