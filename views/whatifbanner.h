#pragma once

#include <QFrame>
#include <QPointer>
#include <QSet>
#include <QStringList>

class QLabel;
class QToolButton;
class QUndoStack;
class TraceComparison;
class TraceSession;

// One line over the canvas after an edit while a request is shown: what
// changed in the topology and what followed for the request ("Set RACF=N at
// IMS Connect HWS1: request now accepted; ..."). It names the nodes whose hop
// changed so the canvas can mark them, until dismissed.
class WhatIfBanner : public QFrame
{
    Q_OBJECT

public:
    explicit WhatIfBanner(QWidget *parent = nullptr);

    // Follows the session's replays; the change is named from its document's undo stack.
    void setSession(TraceSession *session);
    // Lies along the top edge of `host` (the canvas), over it, following its size.
    void attachTo(QWidget *host);

    // Without a session: shows this comparison after `change`.
    void showComparison(const TraceComparison &comparison, const QString &change);
    void dismiss();

    QString text() const;          // the line as shown, plain text
    QStringList details() const;   // every consequence, most important first
    QSet<QString> changedNodes() const { return mChanged; }
    QToolButton *dismissButton() const { return mDismiss; }

signals:
    void changedNodesChanged(const QSet<QString> &nodes);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onUndoIndex(int index);
    QString lastChange() const;
    void hideBanner();
    void place();
    void updateStyle();

    QPointer<TraceSession> mSession;
    QPointer<QUndoStack> mStack;
    QPointer<QWidget> mHost;
    int mUndoIndex = 0;
    bool mUndone = false;     // the last move of the stack was an undo
    bool mStackMoved = false; // since the last replay
    QLabel *mIcon;
    QLabel *mLabel;
    QToolButton *mDismiss;
    QString mText;
    QStringList mDetails;
    QSet<QString> mChanged;
};
