#pragma once

#include "autosaver.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

// Offered at start-up when an earlier run left recovery files: lists them
// with the time of the last autosave and the file each belongs to. Recover
// opens the ticked ones; Discard deletes them all; Later keeps them for the
// next start.
class RecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice { Later, Recover, Discard };

    explicit RecoveryDialog(const QList<Autosaver::Entry> &entries, QWidget *parent = nullptr);

    Choice choice() const { return mChoice; }
    QList<Autosaver::Entry> chosen() const;  // the ticked entries
    QTreeWidget *list() const { return mList; }
    QPushButton *button(Choice choice) const;

private:
    void finish(Choice choice);

    QList<Autosaver::Entry> mEntries;
    QTreeWidget *mList;
    QPushButton *mRecover;
    QPushButton *mDiscard;
    QPushButton *mLater;
    Choice mChoice = Later;
};
