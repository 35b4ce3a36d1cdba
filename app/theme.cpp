#include "theme.h"

#include <QApplication>
#include <QStyle>

namespace {

QPalette gSystem;
bool gCaptured = false;
Theme::Mode gCurrent = Theme::Mode::System;

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x23, 0x27, 0x2d), base(0x1b, 0x1f, 0x24), text(0xe6, 0xe9, 0xed);
    const QColor disabled(0x6c, 0x75, 0x7d);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x22, 0x27, 0x2e));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x2c, 0x31, 0x38));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x3a, 0x40, 0x48));
    p.setColor(QPalette::Midlight, QColor(0x32, 0x38, 0x40));
    p.setColor(QPalette::Mid, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Dark, QColor(0x15, 0x18, 0x1c));
    p.setColor(QPalette::Shadow, QColor(0x0b, 0x0d, 0x0f));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xfd));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb0, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x8c, 0xff));
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x93, 0x9d));
    p.setColor(QPalette::Disabled, QPalette::Text, disabled);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x3a, 0x40, 0x48));
    return p;
}

} // namespace

void Theme::captureSystemPalette()
{
    if (gCaptured)
        return;
    gSystem = QApplication::palette();
    gCaptured = true;
}

QPalette Theme::palette(Mode mode)
{
    captureSystemPalette();
    switch (mode) {
    case Mode::Light: return QApplication::style()->standardPalette();
    case Mode::Dark: return darkPalette();
    case Mode::System: break;
    }
    return gSystem;
}

void Theme::apply(Mode mode)
{
    gCurrent = mode;
    QApplication::setPalette(palette(mode));
}

Theme::Mode Theme::current() { return gCurrent; }

QString Theme::toString(Mode mode)
{
    switch (mode) {
    case Mode::Light: return QStringLiteral("light");
    case Mode::Dark: return QStringLiteral("dark");
    case Mode::System: break;
    }
    return QStringLiteral("system");
}

Theme::Mode Theme::fromString(const QString &text)
{
    if (text == QLatin1String("light"))
        return Mode::Light;
    if (text == QLatin1String("dark"))
        return Mode::Dark;
    return Mode::System;
}
