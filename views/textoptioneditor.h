#pragma once

#include "optioneditor.h"

class QLineEdit;

// Free text or a SAF name (OptionSpec::Type::Text, SafName). SAF names are
// upper-cased as they are typed; a value the loader would refuse (too long,
// characters RACF does not allow) is explained and not reported.
class TextOptionEditor : public OptionEditor
{
    Q_OBJECT

public:
    explicit TextOptionEditor(const OptionSpec &spec, QWidget *parent = nullptr);
    void setValue(const QJsonValue &value) override;
    void setPlaceholderText(const QString &text);
    QLineEdit *lineEdit() const { return mEdit; }

private:
    void onTextEdited(const QString &text);

    QLineEdit *mEdit;
};
