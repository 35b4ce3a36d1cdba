#include "optioneditor.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace {

bool isDark(const QPalette &p)
{
    return p.color(QPalette::Base).lightness() < 128;
}

} // namespace

OptionEditor::OptionEditor(const OptionSpec &spec, QWidget *parent)
    : QWidget(parent), mSpec(spec), mLayout(new QVBoxLayout(this)), mProblem(new QLabel(this))
{
    mLayout->setContentsMargins(0, 0, 0, 0);
    mLayout->setSpacing(2);
    mProblem->setWordWrap(true);
    mProblem->setVisible(false);
    mProblem->setObjectName(QStringLiteral("problem"));
    mLayout->addWidget(mProblem);
}

void OptionEditor::addContent(QWidget *widget)
{
    mLayout->insertWidget(mLayout->count() - 1, widget);
}

void OptionEditor::addContent(QLayout *layout)
{
    mLayout->insertLayout(mLayout->count() - 1, layout);
}

void OptionEditor::setAtDefault(bool atDefault)
{
    if (mAtDefault == atDefault)
        return;
    mAtDefault = atDefault;
    applyStyle();
}

void OptionEditor::setProblem(const QString &reason, QWidget *culprit)
{
    if (reason == mProblemText && culprit == mCulprit)
        return;
    if (mCulprit) {
        mCulprit->setToolTip(mCulpritToolTip);
        mCulprit->setPalette(QPalette());
    }
    mProblemText = reason;
    mCulprit = reason.isEmpty() ? nullptr : culprit;
    if (mCulprit) {
        mCulpritToolTip = mCulprit->toolTip();
        mCulprit->setToolTip(reason);
    }
    mProblem->setText(reason);
    mProblem->setVisible(!reason.isEmpty());
    applyStyle();
}

void OptionEditor::applyStyle()
{
    if (mStyling)
        return;
    mStyling = true;
    // Colours come from the parent so that a palette change (dark mode) is followed.
    const QPalette base = parentWidget() ? parentWidget()->palette() : QApplication::palette();
    QPalette p;
    if (mAtDefault) {
        p = base;
        const QColor grey = base.color(QPalette::PlaceholderText);
        for (QPalette::ColorRole role : {QPalette::Text, QPalette::ButtonText, QPalette::WindowText}) {
            p.setColor(QPalette::Active, role, grey);
            p.setColor(QPalette::Inactive, role, grey);
        }
    }
    setPalette(p);
    QFont f;  // only the italic flag is set, the rest still follows the parent
    f.setItalic(mAtDefault);
    setFont(f);

    const bool dark = isDark(base);
    QPalette problem = base;
    problem.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28));
    mProblem->setPalette(problem);
    QFont pf;
    pf.setItalic(false);
    mProblem->setFont(pf);
    if (mCulprit) {
        QPalette tinted = mCulprit->palette();
        tinted.setColor(QPalette::Base, dark ? QColor(0x4b, 0x25, 0x28) : QColor(0xfd, 0xe7, 0xe9));
        mCulprit->setPalette(tinted);
    }
    mStyling = false;
}

void OptionEditor::ignoreWheelUnlessFocused(QWidget *widget)
{
    widget->setFocusPolicy(Qt::StrongFocus);
    widget->installEventFilter(this);
}

bool OptionEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        auto *w = qobject_cast<QWidget *>(watched);
        if (w && !w->hasFocus()) {
            event->ignore();  // let the scroll area have it
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void OptionEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ParentChange || (event->type() == QEvent::PaletteChange && !mStyling))
        applyStyle();
    QWidget::changeEvent(event);
}
