#include "lessonchoicebutton.h"

#include "answermark.h"
#include "lessonquestion.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

namespace {
// The mark keeps its colours on a disabled (answered) button, where a QLabel would grey it out.
class MarkWidget : public QWidget
{
public:
    using QWidget::QWidget;
    void setPixmap(const QPixmap &pixmap)
    {
        mPixmap = pixmap;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override { QPainter(this).drawPixmap(0, 0, mPixmap); }

private:
    QPixmap mPixmap;
};
} // namespace

LessonChoiceButton::LessonChoiceButton(const QString &text, int number, QWidget *parent)
    : QPushButton(parent), mText(text), mNumber(number), mIcon(new MarkWidget(this)), mLabel(new QLabel(this))
{
    // The labels draw the text so it can wrap; clicks go through to the button.
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(10);
    mIcon->setAttribute(Qt::WA_TransparentForMouseEvents);
    mLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    mLabel->setWordWrap(true);
    mLabel->setTextFormat(Qt::RichText);
    layout->addWidget(mIcon, 0, Qt::AlignVCenter);
    layout->addWidget(mLabel, 1);
    setAccessibleName(text);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    updateMark();
}

QString LessonChoiceButton::label(const LessonQuestion &q, int index)
{
    const QString raw = q.choices.value(index);
    const QString key = raw.toLower();
    if (q.ask == LessonQuestion::Ask::Outcome || q.ask == LessonQuestion::Ask::Check) {
        if (key == QLatin1String("accepted")) return tr("Accepted");
        if (key == QLatin1String("rejected")) return tr("Rejected");
        if (key == QLatin1String("pass")) return tr("Pass");
        if (key == QLatin1String("fail")) return tr("Fail");
        if (key == QLatin1String("bypass")) return tr("Bypassed (not checked)");
        if (key == QLatin1String("skip")) return tr("Skipped (does not apply)");
        if (key == QLatin1String("info")) return tr("Information only");
    }
    if (key == QLatin1String("(none)"))
        return tr("None: it does not arrive");
    return raw;
}

void LessonChoiceButton::setMark(Mark mark, bool chosen)
{
    mMark = mark;
    mChosen = chosen;
    updateMark();
}

void LessonChoiceButton::updateMark()
{
    QString text = QStringLiteral("%1.  %2").arg(mNumber).arg(mText).toHtmlEscaped();
    if (mMark == Mark::Right)
        text = QStringLiteral("<b>%1</b>  %2").arg(text, mChosen ? tr("(your answer, right)") : tr("(the right answer)"));
    else if (mMark == Mark::Wrong)
        text += QStringLiteral("  ") + tr("(your answer, wrong)");
    // An answered question disables its buttons; the right and the chosen
    // choice keep full-strength text so they can still be read from afar.
    if (mMark != Mark::None)
        text = QStringLiteral("<span style=\"color:%1\">%2</span>").arg(palette().color(QPalette::Active, QPalette::ButtonText).name(), text);
    mLabel->setText(text);
    const int size = fontMetrics().height();
    mIcon->setVisible(mMark != Mark::None);
    mIcon->setFixedSize(size, size);
    if (mMark != Mark::None)
        static_cast<MarkWidget *>(mIcon)->setPixmap(AnswerMark::pixmap(mMark == Mark::Right, size, palette(), devicePixelRatioF()));
    updateGeometry();
}

QSize LessonChoiceButton::sizeHint() const
{
    return layout()->sizeHint().expandedTo(QSize(0, fontMetrics().height() * 2 + 16));
}

QSize LessonChoiceButton::minimumSizeHint() const
{
    const QSize s = layout()->minimumSize();
    return QSize(qMin(s.width(), fontMetrics().averageCharWidth() * 16), qMax(s.height(), fontMetrics().height() * 2 + 16));
}

int LessonChoiceButton::heightForWidth(int width) const
{
    return qMax(layout()->totalHeightForWidth(width), fontMetrics().height() * 2 + 16);
}

void LessonChoiceButton::changeEvent(QEvent *event)
{
    QPushButton::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        updateMark();
}
