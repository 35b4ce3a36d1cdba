#include "nodevisual.h"

#include "node.h"
#include "nodekinds.h"
#include "nodepainter.h"

namespace {

QString valueText(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toDouble());
    return v.toString();
}

} // namespace

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
    QStringList parts;
    for (const QString &key : info->summaryKeys) {
        const OptionSpec *spec = info->option(key);
        if (!spec)
            continue;
        const QJsonValue value = NodeKinds::option(node, key);
        const QString text = valueText(value);
        if (spec->type == OptionSpec::Type::Bool) {
            if (value.toBool())
                parts.append(spec->label);
        } else if (key == QLatin1String("version")) {
            parts.append(QStringLiteral("V%1").arg(text));
        } else if (key == QLatin1String("firmware")) {
            parts.append(QStringLiteral("FW %1").arg(text));
        } else if (!text.isEmpty()) {
            // Short codes (Y, N, FULL) need their keyword; long values speak for themselves.
            const bool keyword = key.toUpper() == key;
            parts.append(keyword ? key + QLatin1Char('=') + text : QString(text).replace(QLatin1Char('_'), QLatin1Char(' ')));
        }
    }
    v.settings = parts.join(QStringLiteral(" · "));
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
