#pragma once

#include <QPointer>
#include <QWidget>

class DiagramScene;
class Document;
class QToolButton;
class QSplitter;
class QTreeView;
class RequestForm;
class RequestListModel;
class TraceSession;

// The document's requests: a list (name, kind, resource, path, last run)
// with New, Duplicate, Delete and Run, and the form of the selected request
// beside it. Every change is one undo step on the document's stack.
class RequestsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RequestsPanel(Document *document, QWidget *parent = nullptr);

    // The canvas for picking paths and starting new requests from the selected node.
    void setScene(DiagramScene *scene);
    // Where Run shows a request; its traces fill the "Last run" column.
    void setTraceSession(TraceSession *session);

    QString currentRequestId() const;
    void selectRequest(const QString &id);

    QTreeView *view() const { return mView; }
    RequestListModel *model() const { return mModel; }
    RequestForm *form() const { return mForm; }
    QToolButton *newButton() const { return mNew; }
    QToolButton *duplicateButton() const { return mDuplicate; }
    QToolButton *deleteButton() const { return mDelete; }
    QToolButton *runButton() const { return mRun; }

public slots:
    void newRequest();
    void duplicateRequest();
    void deleteRequest();
    void runRequest();

signals:
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();
    void onTraceChanged();
    int insertionIndex() const;

    Document *mDocument;
    QPointer<DiagramScene> mScene;
    QPointer<TraceSession> mSession;
    RequestListModel *mModel;
    QTreeView *mView;
    RequestForm *mForm;
    QToolButton *mNew;
    QToolButton *mDuplicate;
    QToolButton *mDelete;
    QToolButton *mRun;
};
