#include "tracetext.h"

#include "trace.h"

#include <QJsonObject>

namespace {

QString elements(const Identity &id)
{
    const QJsonObject o = id.toJson();
    if (o.isEmpty())
        return QStringLiteral("-");
    QStringList parts;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        parts.append(it.value().isBool() ? it.key() : it.key() + QLatin1Char('=') + it.value().toString());
    return parts.join(QStringLiteral(" "));
}

QString mark(Check::Result r)
{
    switch (r) {
    case Check::Result::Pass: return QStringLiteral("PASS  ");
    case Check::Result::Fail: return QStringLiteral("FAIL  ");
    case Check::Result::Bypass: return QStringLiteral("BYPASS");
    case Check::Result::Skip: return QStringLiteral("skip  ");
    case Check::Result::Info: return QStringLiteral("info  ");
    }
    return {};
}

} // namespace

QString TraceText::format(const Trace &t, const QString &label)
{
    QString out = QStringLiteral("== %1%2: %3\n")
                      .arg(t.request, label.isEmpty() || label == t.request ? QString() : QStringLiteral(" (%1)").arg(label),
                           t.accepted ? QStringLiteral("ACCEPTED")
                                      : QStringLiteral("REJECTED at %1 by %2").arg(t.rejectedAt, t.failedRule));
    for (const Hop &h : t.hops) {
        out += QStringLiteral("  [%1] %2\n").arg(h.kind, h.node);
        if (!h.arrives.isEmpty())
            out += QStringLiteral("      arrives: %1\n").arg(elements(h.arrives));
        for (const Check &c : h.checks)
            out += QStringLiteral("      %1 %2  %3\n").arg(mark(c.result), c.rule.leftJustified(8), c.detail);
        if (!h.leaves.isEmpty())
            out += QStringLiteral("      leaves:  %1\n").arg(elements(h.leaves));
    }
    if (!t.authorizedUserid.isEmpty())
        out += QStringLiteral("  authorized user ID: %1\n").arg(t.authorizedUserid);
    return out;
}
