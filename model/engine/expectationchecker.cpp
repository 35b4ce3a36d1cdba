#include "expectationchecker.h"

#include "trace.h"

#include <QJsonArray>

namespace {

QString show(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("null");
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QLatin1Char('"') + v.toString() + QLatin1Char('"');
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

void compareScalar(QStringList &out, const QJsonObject &expect, const char *key, const QJsonValue &actual)
{
    const QString k = QLatin1String(key);
    if (expect.contains(k) && expect.value(k) != actual)
        out.append(QStringLiteral("%1: expected %2, got %3").arg(k, show(expect.value(k)), show(actual)));
}

QString describeChecks(const Hop &h)
{
    QStringList parts;
    for (const Check &c : h.checks)
        parts.append(c.rule + QLatin1Char('=') + Check::resultName(c.result));
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "));
}

} // namespace

QStringList ExpectationChecker::differences(const Trace &trace, const QJsonObject &expect)
{
    QStringList out;
    compareScalar(out, expect, "outcome", trace.accepted ? QStringLiteral("accepted") : QStringLiteral("rejected"));
    compareScalar(out, expect, "rejectedAt", orNull(trace.rejectedAt));
    compareScalar(out, expect, "failedRule", orNull(trace.failedRule));
    compareScalar(out, expect, "authorizedUserid", orNull(trace.authorizedUserid));

    const QJsonObject arrives = expect.value(QStringLiteral("arrives")).toObject();
    for (auto it = arrives.constBegin(); it != arrives.constEnd(); ++it) {
        const Hop *h = trace.hop(it.key());
        if (!h) {
            out.append(QStringLiteral("arrives.%1: the request never reached %1").arg(it.key()));
            continue;
        }
        const QJsonObject want = it.value().toObject();
        const QJsonObject got = h->arrives.toJson();
        for (auto e = want.constBegin(); e != want.constEnd(); ++e) {
            if (!got.contains(e.key()))
                out.append(QStringLiteral("arrives.%1.%2: expected %3, but it did not arrive").arg(it.key(), e.key(), show(e.value())));
            else if (got.value(e.key()) != e.value())
                out.append(QStringLiteral("arrives.%1.%2: expected %3, got %4").arg(it.key(), e.key(), show(e.value()), show(got.value(e.key()))));
        }
    }

    const QJsonObject absent = expect.value(QStringLiteral("absent")).toObject();
    for (auto it = absent.constBegin(); it != absent.constEnd(); ++it) {
        const Hop *h = trace.hop(it.key());
        if (!h)
            continue;  // never reached: nothing arrived there
        const QJsonObject got = h->arrives.toJson();
        for (const QJsonValue &e : it.value().toArray()) {
            if (got.contains(e.toString()))
                out.append(QStringLiteral("absent.%1: %2 arrived (%3) but must not").arg(it.key(), e.toString(), show(got.value(e.toString()))));
        }
    }

    const QJsonObject checks = expect.value(QStringLiteral("checks")).toObject();
    for (auto it = checks.constBegin(); it != checks.constEnd(); ++it) {
        const Hop *h = trace.hop(it.key());
        const QJsonObject want = it.value().toObject();
        for (auto c = want.constBegin(); c != want.constEnd(); ++c) {
            bool found = false;
            for (const Check &actual : h ? h->checks : QList<Check>()) {
                if (actual.rule == c.key() && Check::resultName(actual.result) == c.value().toString())
                    found = true;
            }
            if (!found)
                out.append(h ? QStringLiteral("checks.%1.%2: expected %3; checks there: %4").arg(it.key(), c.key(), c.value().toString(), describeChecks(*h))
                             : QStringLiteral("checks.%1.%2: expected %3, but the request never reached %1").arg(it.key(), c.key(), c.value().toString()));
        }
    }

    for (const QJsonValue &f : expect.value(QStringLiteral("findings")).toArray()) {
        const bool found = std::any_of(trace.findings.cbegin(), trace.findings.cend(),
                                       [&](const Finding &x) { return x.rule == f.toString(); });
        if (!found)
            out.append(QStringLiteral("findings: expected %1, not reported").arg(f.toString()));
    }
    return out;
}
