#include "jsonlocator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>

#include <algorithm>
#include <cstring>

namespace {

struct Step
{
    QString key;
    int index = -1;  // >= 0: array element
};

QList<Step> parsePath(const QString &path)
{
    QList<Step> steps;
    QString key;
    for (int i = 0; i < path.size(); ++i) {
        const QChar c = path.at(i);
        if (c == QLatin1Char('.')) {
            if (!key.isEmpty())
                steps.append({key, -1});
            key.clear();
        } else if (c == QLatin1Char('[')) {
            if (!key.isEmpty())
                steps.append({key, -1});
            key.clear();
            const int close = path.indexOf(QLatin1Char(']'), i);
            if (close < 0)
                break;
            steps.append({QString(), path.mid(i + 1, close - i - 1).toInt()});
            i = close;
        } else {
            key.append(c);
        }
    }
    if (!key.isEmpty())
        steps.append({key, -1});
    return steps;
}

class Scanner
{
public:
    explicit Scanner(const QByteArray &text) : mText(text) {}

    // Walks to the value at `steps`; returns the offset of the deepest value reached.
    qsizetype locate(const QList<Step> &steps)
    {
        skipWs();
        qsizetype found = mPos;
        for (const Step &step : steps) {
            if (!enter(step))
                return found;
            skipWs();
            found = mPos;
        }
        return found;
    }

private:
    bool enter(const Step &step)
    {
        if (atEnd())
            return false;
        if (step.index >= 0) {
            if (mText.at(mPos) != '[')
                return false;
            ++mPos;
            for (int i = 0;; ++i) {
                skipWs();
                if (atEnd() || mText.at(mPos) == ']')
                    return false;
                if (i == step.index)
                    return true;
                if (!skipValue())
                    return false;
                skipWs();
                if (atEnd() || mText.at(mPos) != ',')
                    return false;
                ++mPos;
            }
        }
        if (mText.at(mPos) != '{')
            return false;
        ++mPos;
        const QByteArray wanted = step.key.toUtf8();
        for (;;) {
            skipWs();
            if (atEnd() || mText.at(mPos) != '"')
                return false;
            const bool found = readKeyIs(wanted);
            skipWs();
            if (atEnd() || mText.at(mPos) != ':')
                return false;
            ++mPos;
            skipWs();
            if (found)
                return true;
            if (!skipValue())
                return false;
            skipWs();
            if (atEnd() || mText.at(mPos) != ',')
                return false;
            ++mPos;
        }
    }

    bool skipValue()
    {
        skipWs();
        if (atEnd())
            return false;
        const char c = mText.at(mPos);
        if (c == '"') {
            skipString();
            return true;
        }
        if (c == '{' || c == '[') {
            // Iterative, so deep nesting cannot overflow the stack.
            int depth = 0;
            while (!atEnd()) {
                const char d = mText.at(mPos);
                if (d == '"') {
                    skipString();
                    continue;
                }
                if (d == '{' || d == '[')
                    ++depth;
                else if (d == '}' || d == ']')
                    --depth;
                ++mPos;
                if (depth == 0)
                    return true;
            }
            return false;
        }
        while (!atEnd() && !strchr(",}] \t\r\n", mText.at(mPos)))
            ++mPos;
        return true;
    }

    // Moves past a string; returns its raw text between the quotes.
    QByteArrayView skipString()
    {
        const qsizetype start = ++mPos;
        while (!atEnd() && mText.at(mPos) != '"') {
            if (mText.at(mPos) == '\\')
                ++mPos;
            ++mPos;
        }
        const qsizetype end = qMin(mPos, mText.size());
        if (!atEnd())
            ++mPos;
        return QByteArrayView(mText).sliced(start, end - start);
    }

    // Compares the key as the parser saw it, escapes decoded, without building
    // a string for the common key that has none (objects may have many keys).
    bool readKeyIs(const QByteArray &utf8)
    {
        const QByteArrayView raw = skipString();
        if (!raw.contains('\\'))
            return raw == utf8;
        const QJsonArray decoded = QJsonDocument::fromJson("[\"" + raw.toByteArray() + "\"]").array();
        return decoded.first().toString().toUtf8() == utf8;
    }

    void skipWs()
    {
        while (!atEnd() && strchr(" \t\r\n", mText.at(mPos)))
            ++mPos;
    }

    bool atEnd() const { return mPos >= mText.size(); }

    const QByteArray &mText;
    qsizetype mPos = 0;
};

} // namespace

int JsonLocator::lineOfOffset(const QByteArray &json, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, json.size());
    return int(std::count(json.constBegin(), json.constBegin() + offset, '\n')) + 1;
}

int JsonLocator::lineOfParseError(const QByteArray &json, qsizetype offset)
{
    if (offset < json.size())
        return lineOfOffset(json, offset);
    qsizetype last = json.size();
    while (last > 0 && strchr(" \t\r\n", json.at(last - 1)))
        --last;
    return lineOfOffset(json, qMax<qsizetype>(0, last - 1));
}

int JsonLocator::lineOf(const QByteArray &json, const QString &path)
{
    Scanner scanner(json);
    return lineOfOffset(json, scanner.locate(parsePath(path)));
}
