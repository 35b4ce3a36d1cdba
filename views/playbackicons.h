#pragma once

#include <QColor>
#include <QIcon>

// The playback bar's icons, drawn in the palette's text colour so they read
// on light and dark themes alike (the style's media icons are dark only).
namespace PlaybackIcons {
enum class Icon { Start, Back, Play, Pause, Forward, End, Loop, Run };
QIcon icon(Icon icon, const QColor &color);
} // namespace PlaybackIcons
