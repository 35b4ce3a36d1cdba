#pragma once

#include <QSortFilterProxyModel>

// Filters a TraceEventModel by check result and by text. A hop stays visible
// while one of its checks does; a hop whose name matches the text shows its
// checks (those of the chosen result).
class TraceEventFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TraceEventFilter(QObject *parent = nullptr);

    // "pass", "fail", "bypass", "skip", "info", or "" for every result.
    void setResult(const QString &result);
    QString result() const { return mResult; }
    void setText(const QString &text);
    QString text() const { return mText; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool matchesText(const QModelIndex &sourceIndex) const;
    bool acceptsCheck(const QModelIndex &check, const QModelIndex &hop) const;

    QString mResult;
    QString mText;
};
