#include "nodevisual.h"

#include "node.h"
#include "nodekinds.h"
#include "nodepainter.h"
#include "nodesummary.h"

NodeVisual NodeVisual::of(const Node &node)
{
    NodeVisual v;
    v.kind = node.kind;
    v.label = node.label.isEmpty() ? node.id : node.label;
    const NodeKindInfo *info = NodeKinds::info(node.kind);
    v.product = info ? info->displayName : node.kind;
    if (!info) {
        NodePainter::layout(v);
        return v;
    }
    v.settings = NodeSummary::settings(node);
    NodePainter::layout(v);
    return v;
}

QString NodeVisual::toolTip() const
{
    QString tip = QStringLiteral("<b>%1</b><br>%2").arg(label.toHtmlEscaped(), product.toHtmlEscaped());
    if (!settings.isEmpty())
        tip += QStringLiteral("<br>") + settings.toHtmlEscaped();
    return tip;
}
