#pragma once

#include "optioneditor.h"

class QLineEdit;
class QToolButton;

// A password or key (OptionSpec::Type::Secret): masked, with a Show toggle.
// A secret stored encrypted in the file is kept as it is until the user types
// a replacement.
class SecretEditor : public OptionEditor
{
    Q_OBJECT

public:
    explicit SecretEditor(const OptionSpec &spec, QWidget *parent = nullptr);
    void setValue(const QJsonValue &value) override;
    QLineEdit *lineEdit() const { return mEdit; }

private:
    QLineEdit *mEdit;
    QToolButton *mShow;
};
