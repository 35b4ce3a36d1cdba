#pragma once

#include <QString>

// One check at one hop: which rule decided what, and why.
struct Check
{
    enum class Result { Pass, Fail, Bypass, Skip, Info };

    QString rule;
    Result result = Result::Info;
    QString detail;

    static QString resultName(Result r)
    {
        switch (r) {
        case Result::Pass: return QStringLiteral("pass");
        case Result::Fail: return QStringLiteral("fail");
        case Result::Bypass: return QStringLiteral("bypass");
        case Result::Skip: return QStringLiteral("skip");
        case Result::Info: return QStringLiteral("info");
        }
        return {};
    }
};
