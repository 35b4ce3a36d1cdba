#pragma once

#include "optioneditor.h"

#include <QJsonObject>

class NameListEditor;
class QCheckBox;
class QLabel;

// A user exit (OptionSpec::Type::Exit): null when not installed, otherwise
// {"denyUsers": [...]}, the users the exit rejects before any RACF call.
class ExitEditor : public OptionEditor
{
    Q_OBJECT

public:
    explicit ExitEditor(const OptionSpec &spec, QWidget *parent = nullptr);
    void setValue(const QJsonValue &value) override;

private:
    void emitValue(bool installed, const QStringList &denyUsers);

    QCheckBox *mInstalled;
    QLabel *mCaption;
    NameListEditor *mDeny;
    QJsonObject mObject;  // keeps keys this version does not know
};
