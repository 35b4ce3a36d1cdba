#include "nodesummary.h"

#include "node.h"
#include "nodekinds.h"

#include <QStringList>

namespace {

QString valueText(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toDouble());
    return v.toString();
}

} // namespace

QString NodeSummary::settings(const Node &node)
{
    const NodeKindInfo *info = NodeKinds::info(node.kind);
    if (!info)
        return {};
    QStringList parts;
    for (const QString &key : info->summaryKeys) {
        const OptionSpec *spec = info->option(key);
        if (!spec || spec->type == OptionSpec::Type::Secret)
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
    return parts.join(QStringLiteral(" · "));
}
