#include "jsonsplitter.h"

#include <QJsonArray>
#include <QJsonObject>

#include <thread>

namespace {

constexpr int kMaxDepth = 256;  // well below the JSON parser's limit

class Scanner
{
public:
    explicit Scanner(const QByteArray &text) : mData(text.constData()), mSize(text.size()) {}

    qsizetype pos() const { return mPos; }
    bool atEnd() const { return mPos >= mSize; }
    char peek() const { return mData[mPos]; }
    bool take(char c)
    {
        skipWs();
        if (atEnd() || mData[mPos] != c)
            return false;
        ++mPos;
        return true;
    }

    void skipWs()
    {
        while (mPos < mSize && (mData[mPos] == ' ' || mData[mPos] == '\n' || mData[mPos] == '\r' || mData[mPos] == '\t'))
            ++mPos;
    }

    // At a '"': moves past the string; false when it does not end.
    bool skipString(bool *escaped = nullptr)
    {
        ++mPos;
        while (mPos < mSize && mData[mPos] != '"') {
            if (mData[mPos] == '\\') {
                if (escaped)
                    *escaped = true;
                ++mPos;
            }
            ++mPos;
        }
        if (mPos >= mSize)
            return false;
        ++mPos;
        return true;
    }

    // Moves past one value of any kind; false when the text ends first.
    // `depth` receives the deepest nesting met inside it.
    bool skipValue(int *maxDepth = nullptr)
    {
        skipWs();
        if (atEnd())
            return false;
        if (mData[mPos] == '"')
            return skipString();
        if (mData[mPos] != '{' && mData[mPos] != '[') {
            while (mPos < mSize && mData[mPos] != ',' && mData[mPos] != '}' && mData[mPos] != ']')
                ++mPos;
            return mPos < mSize;
        }
        int depth = 0;
        while (mPos < mSize) {
            const char c = mData[mPos];
            if (c == '"') {
                if (!skipString())
                    return false;
                continue;
            }
            if (c == '{' || c == '[') {
                ++depth;
                if (maxDepth && depth > *maxDepth)
                    *maxDepth = depth;
            } else if (c == '}' || c == ']')
                --depth;
            ++mPos;
            if (depth == 0)
                return true;
        }
        return false;
    }

    QByteArrayView slice(qsizetype from, qsizetype to) const { return QByteArrayView(mData + from, to - from); }

private:
    const char *mData;
    qsizetype mSize;
    qsizetype mPos = 0;
};

} // namespace

std::optional<JsonSplitter::Member> JsonSplitter::topLevelMember(const QByteArray &json, const QByteArray &key)
{
    Scanner s(json);
    if (!s.take('{'))
        return std::nullopt;
    std::optional<Member> found;
    for (;;) {
        s.skipWs();
        if (s.atEnd() || s.peek() != '"')
            return std::nullopt;
        const qsizetype keyStart = s.pos() + 1;
        bool escaped = false;
        if (!s.skipString(&escaped))
            return std::nullopt;
        const bool wanted = s.slice(keyStart, s.pos() - 1) == key;
        if (escaped || !s.take(':'))
            return std::nullopt;
        s.skipWs();
        const qsizetype begin = s.pos();
        int depth = 0;
        if (!s.skipValue(&depth))
            return std::nullopt;
        // Parsed alone, a deeply nested value could escape the parser's
        // nesting limit that the whole document would hit.
        if (wanted && depth > kMaxDepth)
            return std::nullopt;
        if (wanted) {
            if (found)
                return std::nullopt;  // the parser keeps one of the two: let it decide
            found = Member{begin, s.pos()};
        }
        if (s.take('}'))
            break;
        if (!s.take(','))
            return std::nullopt;
    }
    s.skipWs();
    return s.atEnd() ? found : std::nullopt;
}

std::optional<QJsonDocument> JsonSplitter::parseApart(const QByteArray &json, const QByteArray &key)
{
    const auto m = topLevelMember(json, key);
    if (!m || json.at(m->begin) != '[')
        return std::nullopt;
    QJsonDocument list;
    QJsonParseError listError;
    std::thread worker([&] {
        list = QJsonDocument::fromJson(QByteArray::fromRawData(json.constData() + m->begin, m->end - m->begin), &listError);
    });
    const QByteArray rest = json.left(m->begin) + QByteArrayLiteral("[]") + json.mid(m->end);
    QJsonParseError restError;
    const QJsonDocument root = QJsonDocument::fromJson(rest, &restError);
    worker.join();
    if (restError.error != QJsonParseError::NoError || listError.error != QJsonParseError::NoError || !root.isObject()
        || !list.isArray())
        return std::nullopt;
    QJsonObject o = root.object();
    o.insert(QString::fromUtf8(key), list.array());
    return QJsonDocument(o);
}
