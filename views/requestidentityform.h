#pragma once

#include "requestidentity.h"

#include <QObject>

class FieldMessage;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QToolButton;
class QWidget;
struct TopologyData;

// The identity fields of a request (what its first node presents), laid out
// by the request form in two columns. Each field checks what is typed and
// says inline what is wrong; a valid change is reported with identityEdited,
// an invalid one is kept in the field and not taken.
class RequestIdentityForm : public QObject
{
    Q_OBJECT

public:
    // The fields are children of `owner`; addRows places them.
    explicit RequestIdentityForm(QWidget *owner);

    // The caller's user, password and group on one page, its tokens and
    // PassTicket on another; each page has two columns.
    void addRows(QFormLayout *caller, QFormLayout *callerMore, QFormLayout *tokens, QFormLayout *ticket);
    // Shows `identity`. With `force` every field is reset; otherwise only
    // fields whose stored value changed, so text being typed elsewhere stays.
    void load(const RequestIdentity &identity, const TopologyData &topology, bool force);
    void setEnabled(bool enabled);

signals:
    // `key`: "identity.<field>", so consecutive edits of one field merge.
    void identityEdited(const RequestIdentity &identity, const QString &key);

private:
    void edited(const QString &field);
    bool validate(const QString &field);
    void sync(QLineEdit *edit, const QString &value, bool force);
    void updatePassticketFields();
    QLineEdit *lineEdit(const QString &name, const QString &placeholder);

    QWidget *mOwner;
    RequestIdentity mIdentity;
    QLineEdit *mUserid;
    QLineEdit *mPassword;
    QToolButton *mShowPassword;
    QLineEdit *mGroup;
    QComboBox *mToken;
    QComboBox *mSamlSigner;
    QLineEdit *mNetuid;
    QLineEdit *mNetsid;
    QLineEdit *mJwt;
    QCheckBox *mPassticket;
    QLineEdit *mPassticketKey;
    QLineEdit *mPassticketTime;
    QCheckBox *mTrusted;
    FieldMessage *mUseridMessage;
    FieldMessage *mGroupMessage;
    FieldMessage *mJwtMessage;
    FieldMessage *mKeyMessage;
    FieldMessage *mTimeMessage;
};
