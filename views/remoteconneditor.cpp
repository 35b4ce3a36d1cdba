#include "remoteconneditor.h"

#include "textoptioneditor.h"

#include <QFormLayout>
#include <QJsonObject>
#include <QLineEdit>

namespace {

OptionSpec partSpec(const OptionSpec &whole, const char *key, const char *label)
{
    OptionSpec s = OptionSpec::make(key, label, OptionSpec::Type::SafName, QString(), "");
    s.help = whole.help;
    s.rules = whole.rules;
    return s;
}

} // namespace

RemoteConnEditor::RemoteConnEditor(const OptionSpec &spec, QWidget *parent)
    : OptionEditor(spec, parent), mAppl(new TextOptionEditor(partSpec(spec, "appl", "APPL"), this)),
      mUserid(new TextOptionEditor(partSpec(spec, "userid", "USERID"), this))
{
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setVerticalSpacing(2);
    form->addRow(tr("APPL"), mAppl);
    form->addRow(tr("USERID"), mUserid);
    addContent(form);
    setFocusProxy(mAppl);
    for (TextOptionEditor *e : {mAppl, mUserid})
        connect(e, &OptionEditor::valueEdited, this, &RemoteConnEditor::emitValue);
}

void RemoteConnEditor::setValue(const QJsonValue &value)
{
    mObject = value.toObject();
    mAppl->setValue(mObject.value(QStringLiteral("appl")));
    mUserid->setValue(mObject.value(QStringLiteral("userid")));
}

void RemoteConnEditor::emitValue()
{
    // A refused part is explained by its own editor; the pair is reported only when both are valid.
    if (!mAppl->problem().isEmpty() || !mUserid->problem().isEmpty())
        return;
    QJsonObject o = mObject;
    o.insert(QStringLiteral("appl"), mAppl->lineEdit()->text());
    o.insert(QStringLiteral("userid"), mUserid->lineEdit()->text());
    emit valueEdited(o);
}
