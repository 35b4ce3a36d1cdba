#include "resultfilterbar.h"

#include "checkglyph.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QToolButton>

namespace {

// Button ids index these; names as Check::resultName gives them.
const char *const kResults[] = {"", "pass", "fail", "bypass", "skip", "info"};
constexpr int kCount = 6;
const Check::Result kGlyphs[] = {Check::Result::Pass, Check::Result::Fail, Check::Result::Bypass, Check::Result::Skip,
                                 Check::Result::Info};

} // namespace

ResultFilterBar::ResultFilterBar(QWidget *parent)
    : QWidget(parent), mButtons(new QButtonGroup(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (int i = 0; i < kCount; ++i) {
        const QString word = i == 0 ? tr("All") : CheckGlyph::word(kGlyphs[i - 1]);
        auto *button = new QToolButton(this);
        button->setText(word);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setToolTip(i == 0 ? tr("Show every check") : tr("Show only checks with the result: %1").arg(word.toLower()));
        mButtons->addButton(button, i);
        layout->addWidget(button);
    }
    layout->addStretch();
    mButtons->button(0)->setChecked(true);
    connect(mButtons, &QButtonGroup::idClicked, this, [this](int id) { setResult(QString::fromLatin1(kResults[id])); });
    updateIcons();
}

void ResultFilterBar::setResult(const QString &result)
{
    if (QToolButton *b = button(result))
        b->setChecked(true);
    if (result == mResult)
        return;
    mResult = result;
    emit resultChanged(result);
}

QToolButton *ResultFilterBar::button(const QString &result) const
{
    for (int i = 0; i < kCount; ++i) {
        if (result == QLatin1String(kResults[i]))
            return qobject_cast<QToolButton *>(mButtons->button(i));
    }
    return nullptr;
}

void ResultFilterBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
}

void ResultFilterBar::updateIcons()
{
    for (int i = 1; i < kCount; ++i)
        mButtons->button(i)->setIcon(CheckGlyph::icon(kGlyphs[i - 1], palette()));
}
