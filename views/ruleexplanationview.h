#pragma once

#include "check.h"

#include <QTextBrowser>

// The rule behind one check in the project's own words: what it decided here,
// what the rule checks and why, where the behaviour comes from, and whether
// the seeds were silent so the behaviour is a modelled assumption.
class RuleExplanationView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit RuleExplanationView(QWidget *parent = nullptr);

    void showCheck(const Check &check, const QString &where);
    // The hint shown when no check is selected.
    void showHint(const QString &hint);
    QString rule() const { return mRule; }

private:
    QString mRule;
};
