#include "exiteditor.h"

#include "namelisteditor.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>

namespace {

OptionSpec denyUsersSpec(const OptionSpec &exit)
{
    OptionSpec s = OptionSpec::make("denyUsers", "Deny users", OptionSpec::Type::NameList, QJsonArray(), "");
    s.help = exit.help;
    s.rules = exit.rules;
    return s;
}

QStringList names(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &n : v.toArray())
        out.append(n.toString());
    return out;
}

} // namespace

ExitEditor::ExitEditor(const OptionSpec &spec, QWidget *parent)
    : OptionEditor(spec, parent), mInstalled(new QCheckBox(tr("Installed"), this)),
      mCaption(new QLabel(tr("Rejects these users:"), this)), mDeny(new NameListEditor(denyUsersSpec(spec), this))
{
    mInstalled->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    addContent(mInstalled);
    addContent(mCaption);
    addContent(mDeny);
    setFocusProxy(mInstalled);
    mCaption->setVisible(false);
    mDeny->setVisible(false);
    connect(mInstalled, &QCheckBox::clicked, this, [this](bool on) { emitValue(on, mDeny->names()); });
    connect(mDeny, &OptionEditor::valueEdited, this, [this](const QJsonValue &v) { emitValue(true, names(v)); });
}

void ExitEditor::setValue(const QJsonValue &value)
{
    const bool installed = value.isObject();
    mObject = value.toObject();
    mInstalled->setChecked(installed);
    mDeny->setValue(mObject.value(QStringLiteral("denyUsers")));
    // The deny list means something only while the exit is installed.
    mCaption->setVisible(installed);
    mDeny->setVisible(installed);
}

void ExitEditor::emitValue(bool installed, const QStringList &denyUsers)
{
    if (!installed) {
        emit valueEdited(QJsonValue::Null);
        return;
    }
    QJsonObject o = mObject;
    o.insert(QStringLiteral("denyUsers"), QJsonArray::fromStringList(denyUsers));
    emit valueEdited(o);
}
