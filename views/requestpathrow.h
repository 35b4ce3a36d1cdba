#pragma once

#include "request.h"

#include <QPointer>
#include <QWidget>

class DiagramScene;
class Document;
class FieldMessage;
class PathChips;
class PathPickTool;
class QToolButton;

// A request's path in the request form: the path as chips, whether it will
// play as a request of its kind, and two ways to change it, picking nodes
// on the canvas in order or accepting the shortest route the RouteFinder
// proposes. A new path is reported with pathCommitted, once per gesture.
class RequestPathRow : public QWidget
{
    Q_OBJECT

public:
    RequestPathRow(Document *document, QWidget *parent = nullptr);
    ~RequestPathRow() override;

    // The canvas to pick on and to draw proposals on; may be null.
    void setScene(DiagramScene *scene);
    // Shows `request`'s path; a different request ends any pick or proposal.
    void setRequest(const Request *request);

    bool isPicking() const;
    bool isProposing() const { return !mProposal.isEmpty(); }
    QStringList proposal() const { return mProposal; }
    PathPickTool *pickTool() const { return mTool; }
    PathChips *chips() const { return mChips; }
    FieldMessage *message() const { return mMessage; }
    QToolButton *pickButton() const { return mPick; }
    QToolButton *proposeButton() const { return mPropose; }
    QToolButton *doneButton() const { return mDone; }
    QToolButton *cancelButton() const { return mCancel; }
    QToolButton *acceptButton() const { return mAccept; }
    // The buttons, for the form to place in its head line.
    QWidget *buttons() const { return mButtons; }

public slots:
    void startPicking();
    void propose();
    void acceptProposal();
    void endGesture();  // cancels a pick or a proposal

signals:
    void pathCommitted(const QStringList &path);
    void statusMessage(const QString &text);

private:
    void showSaved();
    void updateButtons();
    void onPickFinished(const QStringList &path);
    QString proposalStart(QStringList *prefix) const;

    Document *mDocument;
    QPointer<DiagramScene> mScene;
    Request mRequest;
    bool mHasRequest = false;
    PathChips *mChips;
    FieldMessage *mMessage;
    QToolButton *mPick;
    QToolButton *mPropose;
    QToolButton *mDone;
    QToolButton *mCancel;
    QToolButton *mAccept;
    QToolButton *mDismiss;
    QWidget *mButtons;
    PathPickTool *mTool = nullptr;
    QStringList mProposal;
};
