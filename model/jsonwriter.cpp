#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace {

void writeString(QByteArray &out, const QString &s)
{
    // QJsonDocument already escapes exactly as JSON wants; reuse it for one string.
    const QByteArray doc = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    out.append(doc.constData() + 1, doc.size() - 2);
}

void writeNumber(QByteArray &out, double d)
{
    if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.007199254740992e15)
        out.append(QByteArray::number(qint64(d)));
    else
        out.append(QByteArray::number(d, 'g', 17));
}

} // namespace

QByteArray JsonWriter::write(const QJsonValue &value) const
{
    QByteArray out;
    writeValue(out, value, 0);
    out.append('\n');
    return out;
}

QStringList JsonWriter::orderedKeys(const QJsonObject &o) const
{
    QStringList keys = o.keys();  // alphabetical
    std::stable_sort(keys.begin(), keys.end(), [this](const QString &a, const QString &b) {
        const qsizetype ia = mOrder.indexOf(a);
        const qsizetype ib = mOrder.indexOf(b);
        const qsizetype ra = ia < 0 ? mOrder.size() : ia;
        const qsizetype rb = ib < 0 ? mOrder.size() : ib;
        return ra < rb;
    });
    return keys;
}

void JsonWriter::writeValue(QByteArray &out, const QJsonValue &v, int indent) const
{
    const QByteArray pad(indent + 2, ' ');
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null");
        return;
    case QJsonValue::Bool:
        out.append(v.toBool() ? "true" : "false");
        return;
    case QJsonValue::Double:
        writeNumber(out, v.toDouble());
        return;
    case QJsonValue::String:
        writeString(out, v.toString());
        return;
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        if (a.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append("[\n");
        for (qsizetype i = 0; i < a.size(); ++i) {
            out.append(pad);
            writeValue(out, a.at(i), indent + 2);
            out.append(i + 1 < a.size() ? ",\n" : "\n");
        }
        out.append(QByteArray(indent, ' ')).append(']');
        return;
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        if (o.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        const QStringList keys = orderedKeys(o);
        for (qsizetype i = 0; i < keys.size(); ++i) {
            out.append(pad);
            writeString(out, keys.at(i));
            out.append(": ");
            writeValue(out, o.value(keys.at(i)), indent + 2);
            out.append(i + 1 < keys.size() ? ",\n" : "\n");
        }
        out.append(QByteArray(indent, ' ')).append('}');
        return;
    }
    }
}
