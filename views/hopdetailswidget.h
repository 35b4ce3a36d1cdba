#pragma once

#include "trace.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class RuleExplanationView;

// One hop of a trace in full: what arrived and what left side by side (rows
// that differ are marked), every check with its result and detail, and the
// rule behind the selected check.
class HopDetailsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit HopDetailsWidget(QWidget *parent = nullptr);

    // `hop` indexes trace.hops; the trace is copied.
    void showHop(const Trace &trace, int hop, const QString &label, const QString &kind);
    void showNothing(const QString &hint);
    void selectCheck(int check);  // -1: none

    int hop() const { return mHop; }
    int currentCheck() const;
    QString title() const;
    QTreeWidget *identityTable() const { return mIdentity; }
    QTreeWidget *checkTable() const { return mChecks; }
    RuleExplanationView *explanation() const { return mExplanation; }

signals:
    void checkSelected(int check);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillIdentity(const Hop &hop);
    void fillChecks(const Hop &hop);
    void onCheckChanged();

    QLabel *mTitle;
    QTreeWidget *mIdentity;
    QTreeWidget *mChecks;
    RuleExplanationView *mExplanation;
    Trace mTrace;
    int mHop = -1;
    QString mLabel;
    QString mKind;
};
