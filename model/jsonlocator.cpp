#include "jsonlocator.h"

#include <QList>
#include <QVariant>

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
        for (;;) {
            skipWs();
            if (atEnd() || mText.at(mPos) != '"')
                return false;
            const QString key = readString();
            skipWs();
            if (atEnd() || mText.at(mPos) != ':')
                return false;
            ++mPos;
            skipWs();
            if (key == step.key)
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
            readString();
            return true;
        }
        if (c == '{' || c == '[') {
            // Iterative, so deep nesting cannot overflow the stack.
            int depth = 0;
            while (!atEnd()) {
                const char d = mText.at(mPos);
                if (d == '"') {
                    readString();
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

    QString readString()
    {
        const qsizetype start = ++mPos;
        while (!atEnd() && mText.at(mPos) != '"') {
            if (mText.at(mPos) == '\\')
                ++mPos;
            ++mPos;
        }
        const QString s = QString::fromUtf8(mText.mid(start, mPos - start));
        if (!atEnd())
            ++mPos;
        return s;
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

int JsonLocator::lineOf(const QByteArray &json, const QString &path)
{
    Scanner scanner(json);
    return lineOfOffset(json, scanner.locate(parsePath(path)));
}
