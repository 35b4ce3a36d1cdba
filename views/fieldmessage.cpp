#include "fieldmessage.h"

#include "canvascolors.h"
#include "severityglyph.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

FieldMessage::FieldMessage(QWidget *parent) : QWidget(parent), mIcon(new QLabel(this)), mText(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(mIcon, 0, Qt::AlignTop);
    layout->addWidget(mText, 1);
    mText->setWordWrap(true);
    mText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = mText->font();
    f.setPointSizeF(f.pointSizeF() * 0.92);
    mText->setFont(f);
    setVisible(false);
}

void FieldMessage::setMessage(Kind kind, const QString &text)
{
    if (text.isEmpty()) {
        clear();
        return;
    }
    mKind = kind;
    mText->setText(text);
    updateIcon();
    setVisible(true);
}

void FieldMessage::clear()
{
    mText->clear();
    setVisible(false);
}

QString FieldMessage::text() const { return mText->text(); }

void FieldMessage::updateIcon()
{
    const SeverityGlyph::Severity s = mKind == Kind::Error     ? SeverityGlyph::Severity::Error
                                      : mKind == Kind::Warning ? SeverityGlyph::Severity::Warning
                                                               : SeverityGlyph::Severity::Info;
    const int size = fontMetrics().height();
    mIcon->setPixmap(SeverityGlyph::icon(s, CanvasColors::isDark(palette())).pixmap(size, size));
    mIcon->setToolTip(SeverityGlyph::word(s));
}

void FieldMessage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && isVisible())
        updateIcon();
}
