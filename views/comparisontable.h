#pragma once

#include <QTreeWidget>

class TraceComparison;
struct Check;
struct TopologyData;

// Two traces side by side, hop by hop, aligned by node: the outcome first,
// then per hop what arrived, every check and what left. A cell that differs
// from its neighbour is tinted and marked "≠", so colour is not the only sign.
class ComparisonTable : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column { ItemColumn, FirstColumn, SecondColumn };

    explicit ComparisonTable(QWidget *parent = nullptr);

    // `topology` names the nodes; it is read now, not kept.
    void setComparison(const TraceComparison &comparison, const TopologyData *topology,
                       const QString &firstTitle, const QString &secondTitle);

    static QString differsMarker() { return QStringLiteral("≠ "); }
    int differingRows() const;  // rows whose two cells differ

private:
    QTreeWidgetItem *addRow(QTreeWidgetItem *parent, const QString &item, const QString &first, const QString &second,
                            bool differs);
    void addChecks(QTreeWidgetItem *hopRow, const QList<Check> &first, const QList<Check> &second, bool hasFirst,
                   bool hasSecond);
    void mark(QTreeWidgetItem *row);
};
