#pragma once

#include "optioneditor.h"

#include <QJsonObject>

class TextOptionEditor;

// The RMTIMSCON APPL and USERID pair (OptionSpec::Type::RemoteConn), each a SAF name.
class RemoteConnEditor : public OptionEditor
{
    Q_OBJECT

public:
    explicit RemoteConnEditor(const OptionSpec &spec, QWidget *parent = nullptr);
    void setValue(const QJsonValue &value) override;
    TextOptionEditor *applEditor() const { return mAppl; }
    TextOptionEditor *useridEditor() const { return mUserid; }

private:
    void emitValue();

    TextOptionEditor *mAppl;
    TextOptionEditor *mUserid;
    QJsonObject mObject;  // keeps keys this version does not know
};
