#pragma once

#include "check.h"
#include "identitybadge.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;
struct CanvasColors;

// Paints the marks of a request's playback: the travelling token, identity
// badges, check marks, the failure ring and the what-if halo. Stateless, so
// the canvas overlay and every exporter draw the same pictures. Each mark
// has a glyph and text besides its colour.
namespace TracePainter {

enum class Glyph { Person, Group, Key, Token, Trust };

bool isDark(const CanvasColors &colors);
QColor resultColor(Check::Result result, const CanvasColors &colors);
QColor changedColor(const CanvasColors &colors);  // the what-if halo
QColor tokenColor(const CanvasColors &colors);

QFont font();      // badge and check text
QFont boldFont();

QString resultWord(Check::Result result);           // translated "pass", "fail", ...
QString checkText(const Check &check);              // "ICON-01 pass"
QString badgeText(const IdentityBadge &badge);      // "USERID ALICE", "PASSWORD", "USERID A → B"
QString failureText(const QString &rule, bool rejected);  // "Rejected: ICON-01"
Glyph glyphOf(Identity::Element element);

// A rounded pill: glyph, then the text. `t` (0..1) runs an appearance or
// disappearance; 1 is the settled look.
QSizeF badgeSize(const IdentityBadge &badge);
void paintBadge(QPainter *painter, const QRectF &rect, const IdentityBadge &badge, const CanvasColors &colors,
                qreal t = 1.0);

// One line of a node's check list: the result's glyph and "RULE result".
constexpr qreal kCheckRowHeight = 17;
qreal checkRowWidth(const Check &check);
void paintResultGlyph(QPainter *painter, const QRectF &rect, Check::Result result, const CanvasColors &colors);
void paintCheckRow(QPainter *painter, const QRectF &rect, const Check &check, const CanvasColors &colors);

constexpr qreal kTokenRadius = 11;
void paintToken(QPainter *painter, const QPointF &centre, const CanvasColors &colors, bool failed);
// A thick red ring round the card and a tag under it naming the rule.
QRectF failureTagRect(const QRectF &card, const QString &text);
void paintFailure(QPainter *painter, const QRectF &card, const QString &text, const CanvasColors &colors);
// A dashed halo round a card the last edit changed, labelled "changed".
void paintChangedHalo(QPainter *painter, const QRectF &card, const CanvasColors &colors);
QRectF changedHaloBounds(const QRectF &card);
} // namespace TracePainter
