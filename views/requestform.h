#pragma once

#include "request.h"

#include <QWidget>

class Document;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class RequestIdentityForm;
class RequestPathRow;

// Edits one request of the document: name, kind, resource, repeat, the
// identity its first node presents, and its path. It changes nothing
// itself: each valid edit is reported with edited() for the panel to push as
// an undo step, and the form follows the model (undo and redo included).
class RequestForm : public QWidget
{
    Q_OBJECT

public:
    explicit RequestForm(Document *document, QWidget *parent = nullptr);

    // "" shows nothing.
    void showRequest(const QString &id);
    QString requestId() const { return mId; }
    RequestPathRow *pathRow() const { return mPathRow; }

signals:
    // The request as edited; `key` names the field ("label", "identity.userid");
    // an empty key never merges with the edit before.
    void edited(const Request &request, const QString &key);

private:
    void load(bool force);
    void emitEdit(const QString &key);
    void updateResourceLabel();

    Document *mDocument;
    QString mId;
    Request mRequest;
    bool mLoading = false;
    QLabel *mTitle;
    RequestPathRow *mPathRow;
    QLineEdit *mIdField;
    QLineEdit *mLabel;
    QComboBox *mKind;
    QLabel *mResourceLabel;
    QLineEdit *mResource;
    QSpinBox *mRepeat;
    QTabWidget *mTabs;
    RequestIdentityForm *mIdentity;
    QList<QWidget *> mFields;
};
