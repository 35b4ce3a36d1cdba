#include "secreteditor.h"

#include "optioneditorvalidator.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

SecretEditor::SecretEditor(const OptionSpec &spec, QWidget *parent)
    : OptionEditor(spec, parent), mEdit(new QLineEdit(this)), mShow(new QToolButton(this))
{
    mEdit->setEchoMode(QLineEdit::Password);
    mEdit->setPlaceholderText(tr("not set"));
    mShow->setText(tr("Show"));
    mShow->setCheckable(true);
    mShow->setAutoRaise(true);
    mShow->setToolTip(tr("Show the secret in clear"));
    mShow->setFocusPolicy(Qt::TabFocus);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    row->addWidget(mEdit, 1);
    row->addWidget(mShow);
    addContent(row);
    setFocusProxy(mEdit);
    connect(mShow, &QToolButton::toggled, this, [this](bool on) {
        mEdit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        mShow->setText(on ? tr("Hide") : tr("Show"));
    });
    connect(mEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString reason = OptionEditorValidator::check(mSpec, text);
        setProblem(reason, mEdit);
        if (reason.isEmpty())
            emit valueEdited(text);
    });
}

void SecretEditor::setValue(const QJsonValue &value)
{
    if (value.isObject()) {
        // An encrypted envelope: nothing to show, and nothing to reveal.
        mEdit->clear();
        mEdit->setPlaceholderText(tr("encrypted in the file; type to replace"));
        return;
    }
    mEdit->setPlaceholderText(tr("not set"));
    if (mEdit->text() != value.toString())
        mEdit->setText(value.toString());
}
