#include "profilematcher.h"

namespace {
bool matchFrom(const QChar *p, const QChar *pe, const QChar *n, const QChar *ne)
{
    while (p != pe) {
        if (*p == QLatin1Char('*')) {
            const bool doubleStar = (p + 1 != pe && p[1] == QLatin1Char('*'));
            const QChar *rest = p + (doubleStar ? 2 : 1);
            const bool trailing = (rest == pe);
            // A trailing single * matches across qualifiers too: general
            // resource names such as transaction codes have none, and IMS
            // installations commonly write IMSXCF.* meaning everything below.
            const bool crossDots = doubleStar || trailing;
            for (const QChar *k = n;; ++k) {
                if (matchFrom(rest, pe, k, ne))
                    return true;
                if (k == ne || (!crossDots && *k == QLatin1Char('.')))
                    return false;
            }
        }
        if (n == ne)
            return false;
        if (*p == QLatin1Char('%')) {
            if (*n == QLatin1Char('.'))
                return false;
        } else if (*p != *n) {
            return false;
        }
        ++p;
        ++n;
    }
    return n == ne;
}
} // namespace

bool ProfileMatcher::matches(const QString &pattern, const QString &name)
{
    return matchFrom(pattern.constData(), pattern.constData() + pattern.size(), name.constData(),
                     name.constData() + name.size());
}

int ProfileMatcher::specificity(const QString &pattern)
{
    int firstGeneric = pattern.size();
    int literals = 0;
    for (int i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('*') || c == QLatin1Char('%')) {
            firstGeneric = qMin(firstGeneric, i);
        } else {
            ++literals;
        }
    }
    return firstGeneric * 1024 + literals;
}
