#pragma once

#include <QList>
#include <QRectF>

class LinkItem;

// Places each link's lock and transport name where it covers neither a card
// nor another link's name: the middle of the link when that is free, else
// the free spot nearest to it (crossing links would otherwise stack their
// names on one point). Links are placed in the order given, so the result
// is the same every time.
namespace LinkLabelLayout {
void place(const QList<LinkItem *> &links, const QList<QRectF> &obstacles);
} // namespace LinkLabelLayout
