#include "propertyeditorheader.h"

#include "nodeicons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

PropertyEditorHeader::PropertyEditorHeader(QWidget *parent)
    : QWidget(parent), mIcon(new QLabel(this)), mTitle(new QLabel(this)), mSubtitle(new QLabel(this))
{
    mIcon->setFixedSize(36, 36);
    mIcon->setAlignment(Qt::AlignCenter);
    mTitle->setTextFormat(Qt::PlainText);
    mTitle->setWordWrap(true);
    mSubtitle->setTextFormat(Qt::PlainText);
    mSubtitle->setWordWrap(true);
    auto *text = new QVBoxLayout;
    text->setSpacing(1);
    text->addWidget(mTitle);
    text->addWidget(mSubtitle);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 8, 8, 6);
    row->setSpacing(8);
    row->addWidget(mIcon, 0, Qt::AlignTop);
    row->addLayout(text, 1);
    applyStyle();
}

void PropertyEditorHeader::set(const QString &iconName, const QString &title, const QString &subtitle)
{
    mIconName = iconName;
    const bool hasIcon = !iconName.isEmpty() && NodeIcons::exists(iconName);
    mIcon->setPixmap(hasIcon ? NodeIcons::pixmap(iconName, 32, devicePixelRatioF()) : QPixmap());
    mIcon->setVisible(hasIcon);
    mTitle->setText(title);
    mSubtitle->setText(subtitle);
    mSubtitle->setVisible(!subtitle.isEmpty());
}

QString PropertyEditorHeader::title() const
{
    return mTitle->text();
}

void PropertyEditorHeader::applyStyle()
{
    QFont f = font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    mTitle->setFont(f);
    QPalette p = palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    mSubtitle->setPalette(p);
}

void PropertyEditorHeader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyStyle();
    QWidget::changeEvent(event);
}
