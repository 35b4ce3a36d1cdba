#pragma once

#include "topology.h"

#include <QWidget>

class Document;
class DomainTablePage;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QTabWidget;
class QToolButton;

// The Security domains dock: pick a RACF database (add, rename, remove),
// switch its classes on and off, and edit its users, groups, profiles,
// PTKTDATA keys and identity mappings in sortable, filterable tables.
// Every change is an undo command on the document's stack.
class DomainEditor : public QWidget
{
    Q_OBJECT

public:
    explicit DomainEditor(Document *document, QWidget *parent = nullptr);

    QString currentDomain() const;
    DomainTablePage *page(Topology::DomainTable table) const { return mPages.at(int(table)); }
    QTabWidget *tabs() const { return mTabs; }
    QComboBox *domainCombo() const { return mDomains; }
    QToolButton *classButton(const QString &cls) const;
    QToolButton *addDomainButton() const { return mAddDomain; }
    QToolButton *removeDomainButton() const { return mRemoveDomain; }

public slots:
    void setCurrentDomain(const QString &id);
    void addDomain();
    void renameDomain();
    void removeDomain();
    // Without a dialog, for the rename button and tests: false and *error if refused.
    bool renameDomainTo(const QString &newId, QString *error);

private:
    void rebuildDomainList(const QString &select);
    void onCurrentDomainChanged();
    void updateClassChips();
    void onClassToggled(const QString &cls, bool on);

    Document *mDocument;
    QComboBox *mDomains;
    QToolButton *mAddDomain;
    QToolButton *mRenameDomain;
    QToolButton *mRemoveDomain;
    QHBoxLayout *mClassLayout;
    QList<QToolButton *> mClassButtons;
    QLabel *mEmpty;
    QTabWidget *mTabs;
    QList<DomainTablePage *> mPages;
};
