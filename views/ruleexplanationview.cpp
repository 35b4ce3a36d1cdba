#include "ruleexplanationview.h"

#include "checkglyph.h"
#include "rulecatalog.h"

RuleExplanationView::RuleExplanationView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    setReadOnly(true);
}

void RuleExplanationView::showCheck(const Check &check, const QString &where)
{
    mRule = check.rule;
    const RuleInfo *info = RuleCatalog::find(check.rule);
    QString html = QStringLiteral("<p><b>%1</b> %2</p>")
                       .arg(check.rule.toHtmlEscaped(), info ? info->title.toHtmlEscaped() : QString());
    html += tr("<p><b>%1</b> at %2: %3</p>")
                .arg(CheckGlyph::word(check.result), where.toHtmlEscaped(), check.detail.toHtmlEscaped());
    if (info) {
        html += QStringLiteral("<p>%1</p>").arg(info->explanation.toHtmlEscaped());
        html += tr("<p><i>Source:</i> %1</p>").arg(info->source.toHtmlEscaped());
        if (info->modelledAssumption)
            html += tr("<p><i>Modelled assumption:</i> the source documents do not describe this case; "
                       "SecFlow behaves as described above.</p>");
    } else {
        html += tr("<p>No explanation is recorded for this rule.</p>");
    }
    setHtml(html);
}

void RuleExplanationView::showHint(const QString &hint)
{
    mRule.clear();
    setHtml(QStringLiteral("<p style='color:%1'>%2</p>")
                .arg(palette().color(QPalette::PlaceholderText).name(), hint.toHtmlEscaped()));
}
