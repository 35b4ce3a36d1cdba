#include "comparisonsummary.h"

#include "rulecatalog.h"
#include "tracecomparison.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ComparisonSummary", text);
}

bool decides(Check::Result r)
{
    return r == Check::Result::Pass || r == Check::Result::Fail;
}

QString resultText(const Check &c, bool present)
{
    return present ? Check::resultName(c.result) : tr("not run");
}

// The rule's title inside a sentence: "What IMS Connect passes" becomes
// "what IMS Connect passes", while "IMS Connect ..." and "RACF=N ..." keep their capitals.
QString ruleTitle(const QString &rule)
{
    const RuleInfo *info = RuleCatalog::find(rule);
    if (!info)
        return rule;
    QString title = info->title;
    if (title.size() > 1 && title.at(0).isUpper() && title.at(1).isLower())
        title[0] = title.at(0).toLower();
    return title;
}

} // namespace

ComparisonSummary::ComparisonSummary(const TraceComparison &comparison)
    : mComparison(comparison)
{
    mOutcome = outcome();
    const QString &head = mOutcome;
    if (!head.isEmpty())
        add(0, head);
    for (const HopDifference &hop : comparison.hops()) {
        const QString name = comparison.nodeName(hop.node);
        if (hop.change == HopDifference::Change::Added && head.isEmpty())
            add(2, tr("now also passes through %1").arg(name));
        else if (hop.change == HopDifference::Change::Removed && head.isEmpty())
            add(2, tr("no longer passes through %1").arg(name));
        for (const CheckDifference &c : hop.checks)
            addCheck(hop, c);
        addIdentity(hop);
    }
    // Stable: within a rank the phrases stay in path order.
    std::stable_sort(mPhrases.begin(), mPhrases.end(), [](const Phrase &a, const Phrase &b) { return a.rank < b.rank; });
}

QString ComparisonSummary::outcome() const
{
    const Trace &b = mComparison.before();
    const Trace &a = mComparison.after();
    const auto where = [this](const Trace &t) {
        const QString at = mComparison.nodeName(t.rejectedAt);
        return t.failedRule.isEmpty() ? at : tr("%1 by %2").arg(at, t.failedRule);
    };
    if (!b.accepted && a.accepted) {
        return a.authorizedUserid.isEmpty() ? tr("request now accepted")
                                            : tr("request now accepted, running as %1").arg(a.authorizedUserid);
    }
    if (b.accepted && !a.accepted)
        return tr("request now rejected at %1").arg(where(a));
    if (!b.accepted && (b.rejectedAt != a.rejectedAt || b.failedRule != a.failedRule))
        return tr("request now rejected at %1 instead of at %2").arg(where(a), where(b));
    if (a.accepted && b.authorizedUserid != a.authorizedUserid) {
        return tr("request now runs as %1 (was %2)")
            .arg(a.authorizedUserid.isEmpty() ? tr("(none)") : a.authorizedUserid,
                 b.authorizedUserid.isEmpty() ? tr("(none)") : b.authorizedUserid);
    }
    return {};
}

void ComparisonSummary::addCheck(const HopDifference &hop, const CheckDifference &c)
{
    const bool had = c.change != CheckDifference::Change::Added;
    const bool has = c.change != CheckDifference::Change::Removed;
    const QString node = mComparison.nodeName(hop.node);
    const QString from = resultText(c.before, had);
    const QString to = resultText(c.after, has);
    const QString transition = had ? tr("%1 %2 → %3").arg(c.rule, from, to) : tr("%1 %2").arg(c.rule, to);
    const QString item = tr("%1 (%2)").arg(ruleTitle(c.rule), transition);
    const bool decidedBefore = had && decides(c.before.result);
    const bool decidesNow = has && decides(c.after.result);

    if (c.change == CheckDifference::Change::DetailChanged) {
        add(3, tr("%1 at %2: same result (%3), another reason").arg(c.rule, node, to));
    } else if (has && c.after.result == Check::Result::Fail) {
        // The outcome phrase already says where the request now stops and why.
        const Trace &a = mComparison.after();
        if (mOutcome.isEmpty() || a.rejectedAt != hop.node || a.failedRule != c.rule)
            addItem(1, tr("now fails at %1: %2"), node, item);
    } else if (had && c.before.result == Check::Result::Fail && has && c.after.result == Check::Result::Pass) {
        addItem(1, tr("now passes at %1: %2"), node, item);
    } else if (decidedBefore && !decidesNow) {
        addItem(1, tr("no longer checked at %1: %2"), node, item);
    } else if (!decidedBefore && decidesNow) {
        addItem(1, tr("now checked at %1: %2"), node, item);
    } else {
        addItem(3, tr("at %1: %2"), node, item);
    }
}

// Reports each element where it first arrives differently; later hops usually
// only repeat the same difference.
void ComparisonSummary::addIdentity(const HopDifference &hop)
{
    const QString node = mComparison.nodeName(hop.node);
    for (const ElementDifference &e : hop.arrives) {
        if (mReported.contains(int(e.element)))
            continue;
        mReported.append(int(e.element));
        switch (e.change) {
        case ElementDifference::Change::Changed:
            add(2, tr("%1 at %2 now %3 (was %4)").arg(e.label(), node, e.after, e.before));
            break;
        case ElementDifference::Change::Removed:
            addItem(2, tr("%2 no longer reaches %1"), node,
                    e.before.isEmpty() ? e.label() : tr("%1 %2").arg(e.label(), e.before), tr("%2 no longer reach %1"));
            break;
        case ElementDifference::Change::Added:
            addItem(2, tr("%2 now reaches %1"), node, e.after.isEmpty() ? e.label() : tr("%1 %2").arg(e.label(), e.after),
                    tr("%2 now reach %1"));
            break;
        }
    }
}

void ComparisonSummary::addItem(int rank, const QString &text, const QString &node, const QString &item,
                                const QString &plural)
{
    for (Phrase &p : mPhrases) {
        if (p.key == node && p.text == text) {
            p.items.append(item);
            return;
        }
    }
    mPhrases.append({rank, text, node, {item}, plural.isEmpty() ? text : plural});
}

QStringList ComparisonSummary::phrases() const
{
    QStringList out;
    for (const Phrase &p : mPhrases) {
        if (p.items.isEmpty()) {
            out.append(p.text);
            continue;
        }
        QString items = p.items.last();
        if (p.items.size() > 1)
            items = QStringList(p.items.mid(0, p.items.size() - 1)).join(tr(", ")) + tr(" and ") + items;
        const QString text = (p.items.size() > 1 ? p.plural : p.text).arg(p.key, items);
        out.append(text);
    }
    if (out.isEmpty() && !mComparison.identical()) {
        // Only what leaves the last hop differs: name the hops.
        for (const QString &node : mComparison.changedNodes())
            out.append(tr("the identity leaving %1 differs").arg(mComparison.nodeName(node)));
        out.sort();
    }
    return out;
}

QString ComparisonSummary::text(int limit) const
{
    if (mComparison.identical())
        return tr("no change to this request");
    const QStringList all = phrases();
    QString line = all.mid(0, limit).join(QStringLiteral("; "));
    if (all.size() > limit) {
        const auto rest = all.size() - limit;
        line += rest == 1 ? tr("; and 1 more difference") : tr("; and %1 more differences").arg(rest);
    }
    return line;
}
