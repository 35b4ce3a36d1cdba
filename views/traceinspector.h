#pragma once

#include "request.h"
#include "trace.h"

#include <QPointer>
#include <QWidget>

class HopDetailsWidget;
class ResultFilterBar;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QToolButton;
class QTreeView;
class TraceComparison;
class TraceEventFilter;
class TraceEventModel;
class TraceSession;
struct TopologyData;

// A trace in detail, like a packet tracer's PDU view: every hop and, under
// it, every check (filtered by result or text) on one side; the selected
// hop's identity as it arrived and left, its checks and the rule behind the
// selected check on the other. It follows a TraceSession: selecting a hop
// moves the player there, and the player's step selects its hop.
class TraceInspector : public QWidget
{
    Q_OBJECT

public:
    explicit TraceInspector(QWidget *parent = nullptr);

    void setSession(TraceSession *session);
    TraceSession *session() const { return mSession; }

    // Without a session: shows `trace`, named from `topology` (read now, not kept).
    void showTrace(const Trace &trace, const TopologyData *topology, const Request *request = nullptr);
    void showNoTrace();
    // What differs from the trace before an edit; null: no what-if.
    void setComparison(const TraceComparison *comparison);
    void setCurrentHop(int hop);  // -1: none

    // "" shows every result; otherwise "pass", "fail", "bypass", "skip" or "info".
    void setResultFilter(const QString &result);
    QString resultFilter() const;
    void setSearchText(const QString &text);

    bool hasTrace() const;
    QString outcomeText() const;
    QString emptyText() const;
    int selectedHop() const;    // -1: none
    int selectedCheck() const;  // -1: a hop row or nothing
    bool selectCheck(int hop, int check);  // check -1: the hop row; false if filtered out
    QTreeView *eventView() const { return mView; }
    TraceEventModel *eventModel() const { return mModel; }
    TraceEventFilter *eventFilter() const { return mFilter; }
    HopDetailsWidget *details() const { return mDetails; }
    QToolButton *filterButton(const QString &result) const;
    QLineEdit *searchBox() const { return mSearch; }

signals:
    // The user selected a hop (or one of its checks).
    void hopSelected(const QString &node);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reloadFromSession();
    void onReplayed();
    void onStep(int step);
    void onCurrentChanged();
    void onDetailsCheck(int check);
    void updateOutcome(const Request *request);
    void updateIcons();
    void restoreSelection(const QString &node, int check);

    TraceSession *mSession = nullptr;
    TraceEventModel *mModel;
    TraceEventFilter *mFilter;
    QTreeView *mView;
    HopDetailsWidget *mDetails;
    ResultFilterBar *mFilterBar;
    QLineEdit *mSearch;
    QLabel *mOutcomeIcon;
    QLabel *mOutcome;
    QString mOutcomeText;
    QLabel *mEmpty;
    QStackedWidget *mStack;
    bool mSyncing = false;  // selection and player step follow each other without echo
};
