#include "propertyeditorhelp.h"

#include "rulecatalog.h"

#include <QEvent>

PropertyEditorHelp::PropertyEditorHelp(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    setMinimumHeight(fontMetrics().lineSpacing() * 4);
    document()->setDocumentMargin(8);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("rule"))
            emit ruleActivated(url.path());
    });
}

void PropertyEditorHelp::showHelp(const QString &title, const QString &key, const QString &help, const QStringList &rules)
{
    QString html = QStringLiteral("<p style='margin:0'><b>%1</b>").arg(title.toHtmlEscaped());
    if (!key.isEmpty() && key != title)
        html += QStringLiteral(" &nbsp;<code>%1</code>").arg(key.toHtmlEscaped());
    html += QStringLiteral("</p><p style='margin-top:4px'>%1</p>").arg(help.toHtmlEscaped());
    if (!rules.isEmpty()) {
        // The palette's link blue is unreadable on a dark base; the highlight colour reads on both.
        const bool dark = palette().color(QPalette::Base).lightness() < 128;
        const QString color = (dark ? palette().color(QPalette::Highlight).lighter(125) : palette().color(QPalette::Link)).name();
        QStringList links;
        for (const QString &id : rules) {
            const RuleInfo *rule = RuleCatalog::find(id);
            // The title attribute becomes the anchor's tooltip in Qt's rich text.
            links.append(QStringLiteral("<a href='rule:%1' title='%2' style='color:%3'>%1</a>")
                             .arg(id.toHtmlEscaped(), rule ? rule->title.toHtmlEscaped() : tr("Unknown rule"), color));
        }
        html += QStringLiteral("<p style='margin-top:4px'>%1 %2</p>").arg(tr("Rules:"), links.join(QStringLiteral(" &middot; ")));
    }
    mTitle = title;
    mKey = key;
    mHelp = help;
    mRules = rules;
    setHtml(html);
}

void PropertyEditorHelp::showText(const QString &title, const QString &text)
{
    showHelp(title, QString(), text, {});
}

void PropertyEditorHelp::changeEvent(QEvent *event)
{
    // Link colours are chosen from the palette when the text is built: follow a palette change.
    if (event->type() == QEvent::PaletteChange && !mTitle.isEmpty())
        showHelp(mTitle, mKey, mHelp, mRules);
    QTextBrowser::changeEvent(event);
}
