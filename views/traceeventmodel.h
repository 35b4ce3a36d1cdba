#pragma once

#include "trace.h"
#include "tracecomparison.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPalette>

#include <optional>

struct TopologyData;

// A trace as a tree: one row per hop (node, kind, what arrives), under it one
// row per check (rule ID, result with icon and word, detail). While a what-if
// is shown, another column says what changed compared with the trace before.
class TraceEventModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    // The what-if column sits before the long details so it stays in sight.
    enum Column { EventColumn, ResultColumn, ChangeColumn, DetailColumn, ColumnCount };
    enum Role {
        NodeRole = Qt::UserRole + 1,  // the hop's node, on hop and check rows
        HopRole,                      // index into Trace::hops
        CheckRole,                    // index into Hop::checks, -1 on hop rows
        ResultRole,                   // "pass", "fail", ... on check rows, "" on hop rows
        ChangedRole,                  // differs from the trace before the what-if
        SearchRole                    // every text of the row, for the search box
    };

    explicit TraceEventModel(QObject *parent = nullptr);

    // Labels and kinds come from `topology`; it is read now, not kept.
    void setTrace(const Trace &trace, const TopologyData *topology = nullptr);
    void clear();
    // The what-if: marks what differs from the trace before. Null clears the marks.
    void setComparison(const TraceComparison *comparison);
    void setCurrentHop(int hop);  // shown bold: where the player stands; -1 for none
    void setPalette(const QPalette &palette);  // icons and tints follow it

    const Trace &trace() const { return mTrace; }
    bool hasTrace() const { return mHasTrace; }
    QString nodeLabel(const QString &node) const { return mLabels.value(node, node); }
    QString kindName(int hop) const;
    QModelIndex hopIndex(int hop, int column = 0) const;
    QModelIndex checkIndex(int hop, int check, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant hopData(int hop, int column, int role) const;
    QVariant checkData(int hop, int check, int column, int role) const;
    const CheckDifference *checkDifference(int hop, int check) const;
    QString hopChangeText(int hop) const;
    QString hopChangeTip(int hop) const;

    Trace mTrace;
    bool mHasTrace = false;
    QHash<QString, QString> mLabels;
    QHash<QString, QString> mKinds;  // node -> kind's display name
    std::optional<TraceComparison> mComparison;
    int mCurrentHop = -1;
    QPalette mPalette;
};
