#include "booleditor.h"

#include <QCheckBox>

BoolEditor::BoolEditor(const OptionSpec &spec, QWidget *parent) : OptionEditor(spec, parent), mCheck(new QCheckBox(this))
{
    // As wide as its text: a click in the empty space beside it does nothing, so leave none.
    mCheck->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    addContent(mCheck);
    setFocusProxy(mCheck);
    updateText();
    // clicked, not toggled: only the user's click becomes an edit.
    connect(mCheck, &QCheckBox::clicked, this, [this](bool on) {
        updateText();
        emit valueEdited(on);
    });
}

void BoolEditor::setValue(const QJsonValue &value)
{
    mCheck->setChecked(value.toBool());
    updateText();
}

void BoolEditor::updateText()
{
    mCheck->setText(mCheck->isChecked() ? tr("Yes") : tr("No"));
}
