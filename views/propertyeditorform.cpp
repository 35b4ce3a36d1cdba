#include "propertyeditorform.h"

#include "optioneditor.h"
#include "optioneditorfactory.h"

#include <QEvent>
#include <QGridLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QToolButton>

namespace {

// A counter-clockwise arrow, drawn so that it follows the palette.
QIcon resetIcon(const QColor &color)
{
    QPixmap pm(32, 32);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(color, 3.2, Qt::SolidLine, Qt::RoundCap));
    const QRectF r(7, 8, 18, 18);
    p.drawArc(r, 90 * 16, -270 * 16);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    const QPointF top(r.center().x(), r.top());
    p.drawPolygon(QPolygonF({top + QPointF(-6.5, 0), top + QPointF(1.5, -6), top + QPointF(1.5, 6)}));
    return QIcon(pm);
}

QString defaultText(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? PropertyEditorForm::tr("yes") : PropertyEditorForm::tr("no");
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isString() && !v.toString().isEmpty())
        return v.toString();
    if (v.isArray())
        return PropertyEditorForm::tr("empty");
    return PropertyEditorForm::tr("not set");
}

bool isSingleLine(const OptionSpec &spec)
{
    using T = OptionSpec::Type;
    return spec.type == T::Enum || spec.type == T::Bool || spec.type == T::Int || spec.type == T::Text
           || spec.type == T::SafName || spec.type == T::Secret || spec.type == T::CertRef;
}

} // namespace

PropertyEditorForm::PropertyEditorForm(const Topology *topology, QWidget *parent)
    : QWidget(parent), mTopology(topology), mGrid(new QGridLayout(this))
{
    mGrid->setContentsMargins(8, 4, 8, 8);
    mGrid->setHorizontalSpacing(6);
    mGrid->setVerticalSpacing(4);
    mGrid->setColumnStretch(1, 1);
    // A detached probe: a short-lived child would pass through the focus chain of a form not yet in its window.
    QLineEdit probe;
    probe.setFont(font());
    mRowHeight = probe.sizeHint().height();
}

void PropertyEditorForm::addSection(const QString &title)
{
    auto *label = new QLabel(title.toUpper(), this);
    QFont f;
    f.setBold(true);
    f.setPointSizeF(font().pointSizeF() * 0.85);
    label->setFont(f);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setContentsMargins(0, mGrid->rowCount() > 1 ? 10 : 4, 0, 2);
    mGrid->addWidget(label, mGrid->rowCount(), 0, 1, 3);
}

void PropertyEditorForm::addReadOnly(const QString &label, const QString &text, const QString &help)
{
    const int row = mGrid->rowCount();
    auto *name = new QLabel(label, this);
    auto *value = new QLabel(text, this);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    value->setToolTip(help);
    name->setToolTip(help);
    mGrid->addWidget(name, row, 0, Qt::AlignTop);
    mGrid->addWidget(value, row, 1, 1, 2, Qt::AlignTop);
}

void PropertyEditorForm::addField(ChangeValueCommand::Target target, const OptionSpec &spec, bool hasDefault,
                                  OptionEditor *editor)
{
    if (editor)
        editor->setParent(this);
    else
        editor = OptionEditorFactory::create(spec, mTopology, this);
    const int row = mGrid->rowCount();
    auto *label = new QLabel(spec.label, this);
    label->setBuddy(editor);
    label->setToolTip(QStringLiteral("<b>%1</b> <code>%2</code><br>%3")
                          .arg(spec.label.toHtmlEscaped(), spec.key.toHtmlEscaped(), spec.help.toHtmlEscaped()));
    // Labels line up with the first line of their editor, however tall it grows,
    // and wrap rather than hold a narrow panel open.
    label->setMinimumHeight(mRowHeight);
    label->setWordWrap(true);
    auto *reset = new QToolButton(this);
    reset->setAutoRaise(true);
    reset->setIcon(resetIcon(palette().color(QPalette::ButtonText)));
    reset->setIconSize(QSize(14, 14));
    reset->setToolTip(tr("Reset to the default (%1)").arg(defaultText(spec.defaultValue)));
    reset->setFocusPolicy(Qt::TabFocus);
    QSizePolicy keep = reset->sizePolicy();
    keep.setRetainSizeWhenHidden(true);  // rows do not jump when it comes and goes
    reset->setSizePolicy(keep);
    reset->setVisible(false);
    mGrid->addWidget(label, row, 0, Qt::AlignTop);  // the full column, so a bold label still fits
    mGrid->addWidget(editor, row, 1, isSingleLine(spec) ? Qt::Alignment() : Qt::AlignTop);
    mGrid->addWidget(reset, row, 2, Qt::AlignTop);
    const int index = int(mFields.size());
    mFields.append({target, spec.key, spec, hasDefault, editor, label, reset});
    mMixed.append(false);
    connect(editor, &OptionEditor::valueEdited, this, [this, index](const QJsonValue &v) { emit valueEdited(index, v); });
    connect(reset, &QToolButton::clicked, this, [this, index] { emit resetClicked(index); });
}

void PropertyEditorForm::finish()
{
    mGrid->setRowStretch(mGrid->rowCount(), 1);
}

int PropertyEditorForm::indexOf(const QString &key) const
{
    for (int i = 0; i < mFields.size(); ++i) {
        if (mFields.at(i).key == key)
            return i;
    }
    return -1;
}

int PropertyEditorForm::indexOfEditor(const QWidget *widget) const
{
    // The innermost editor may be part of a composite one (RMTIMSCON's APPL): walk out to a row's.
    for (const QWidget *w = widget; w && w != this; w = w->parentWidget()) {
        for (int i = 0; i < mFields.size(); ++i) {
            if (mFields.at(i).editor == w)
                return i;
        }
    }
    return -1;
}

void PropertyEditorForm::showValues(int index, const QList<QJsonValue> &values)
{
    const Field &f = mFields.at(index);
    const QJsonValue first = values.value(0);
    bool mixed = false;
    bool differs = false;  // from the default, for at least one entity
    for (const QJsonValue &v : values) {
        mixed = mixed || v != first;
        differs = differs || (f.hasDefault && v != f.spec.defaultValue);
    }
    f.editor->setValue(first);
    f.editor->setAtDefault(f.hasDefault && !differs);
    f.reset->setVisible(differs);
    f.label->setStatusTip(mixed ? tr("The selected items differ; an edit sets them all.") : QString());
    mMixed[index] = mixed;
    updateLabelFont(index);
}

void PropertyEditorForm::setFocusedField(int index)
{
    const int previous = mFocused;
    mFocused = index;
    if (previous >= 0)
        updateLabelFont(previous);
    if (index >= 0)
        updateLabelFont(index);
}

void PropertyEditorForm::updateLabelFont(int index)
{
    QFont f;  // only these two flags are set, the rest follows the panel
    f.setItalic(mMixed.at(index));
    f.setBold(index == mFocused);
    mFields.at(index).label->setFont(f);
}

void PropertyEditorForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        for (const Field &f : std::as_const(mFields))
            f.reset->setIcon(resetIcon(palette().color(QPalette::ButtonText)));
    }
    QWidget::changeEvent(event);
}
