#include "simulationtimeeditor.h"

#include <QDateTimeEdit>

SimulationTimeEditor::SimulationTimeEditor(const OptionSpec &spec, QWidget *parent)
    : OptionEditor(spec, parent), mEdit(new QDateTimeEdit(this))
{
    mEdit->setTimeSpec(Qt::UTC);
    mEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    mEdit->setCalendarPopup(true);
    ignoreWheelUnlessFocused(mEdit);
    addContent(mEdit);
    setFocusProxy(mEdit);
    connect(mEdit, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &t) {
        if (!mUpdating)
            emit valueEdited(t.toUTC().toString(Qt::ISODate));
    });
}

void SimulationTimeEditor::setValue(const QJsonValue &value)
{
    QDateTime t = value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODate).toUTC() : QDateTime();
    if (!t.isValid()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        t = QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()), Qt::UTC);
    }
    if (mEdit->dateTime() == t)
        return;
    mUpdating = true;
    mEdit->setDateTime(t);
    mUpdating = false;
}
