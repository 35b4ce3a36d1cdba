#pragma once

#include <QStringList>
#include <QTextBrowser>

// The bottom pane of the property editor: the help text of the focused
// property and the rule IDs it affects, each a link whose tooltip is the
// rule's title from the RuleCatalog.
class PropertyEditorHelp : public QTextBrowser
{
    Q_OBJECT

public:
    explicit PropertyEditorHelp(QWidget *parent = nullptr);

    void showHelp(const QString &title, const QString &key, const QString &help, const QStringList &rules);
    void showText(const QString &title, const QString &text);

signals:
    void ruleActivated(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    QString mTitle;
    QString mKey;
    QString mHelp;
    QStringList mRules;
};
