#include "changevaluecommand.h"

#include "nodekinds.h"
#include "topology.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ChangeValueCommand", text); }

// A value short enough for the Edit menu, or "" when it should not be shown
// (secrets, lists and objects, long text).
QString shortValue(const OptionSpec *spec, const QJsonValue &value)
{
    if (spec && spec->type == OptionSpec::Type::Secret)
        return {};
    QString text;
    if (value.isString())
        text = value.toString();
    else if (value.isBool())
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (value.isDouble())
        text = QString::number(value.toDouble());
    return text.size() <= 24 ? text : QString();
}

// The text of the undo step: "Set RACF=N at IMS Connect HWS1" where the option
// and its new value fit, so the Edit menu and the what-if banner say what changed.
QString describe(const Topology *topology, ChangeValueCommand::Target target, const QStringList &ids,
                 const QString &key, const QJsonValue &value)
{
    using Target = ChangeValueCommand::Target;
    const TopologyData &d = topology->data();
    if (target == Target::NodeOption || target == Target::LinkAttribute) {
        const Node *n = target == Target::NodeOption && ids.size() == 1 ? d.node(ids.first()) : nullptr;
        const NodeKindInfo *info = n ? NodeKinds::info(n->kind) : nullptr;
        QString where;
        if (ids.size() > 1)
            where = target == Target::NodeOption ? tr("%1 nodes").arg(ids.size()) : tr("%1 links").arg(ids.size());
        else if (target == Target::LinkAttribute)
            where = tr("link %1").arg(ids.value(0));
        else
            where = n && !n->label.isEmpty() ? n->label : ids.value(0);
        if (value.isUndefined())
            return tr("Reset %1 at %2").arg(key, where);
        const QString v = shortValue(info ? info->option(key) : nullptr, value);
        if (!v.isEmpty())
            return tr("Set %1=%2 at %3").arg(key, v, where);
        return tr("Change %1 at %2").arg(key, where);
    }
    QString what = key;
    if (target == Target::NodeLabel || target == Target::DocumentName)
        what = tr("name");
    else if (target == Target::NodeImage)
        what = tr("z/OS image");
    else if (target == Target::SimulationTime)
        what = tr("simulation time");
    return tr("Change %1").arg(what);
}

} // namespace

ChangeValueCommand::ChangeValueCommand(Topology *topology, Target target, const QString &id, const QString &key,
                                       const QJsonValue &value, QUndoCommand *parent)
    : ChangeValueCommand(topology, target, QStringList{id}, key, value, parent)
{
}

ChangeValueCommand::ChangeValueCommand(Topology *topology, Target target, const QStringList &ids,
                                       const QString &key, const QJsonValue &value, QUndoCommand *parent)
    : QUndoCommand(parent), mTopology(topology), mTarget(target), mKey(key)
{
    for (const QString &id : ids)
        mEntries.append({id, currentValue(topology, target, id, key), value});
    setText(describe(topology, target, ids, key, value));
}

void ChangeValueCommand::undo()
{
    for (auto it = mEntries.crbegin(); it != mEntries.crend(); ++it)
        apply(it->id, it->before);
}

void ChangeValueCommand::redo()
{
    for (const Entry &e : std::as_const(mEntries))
        apply(e.id, e.after);
}

QJsonValue ChangeValueCommand::currentValue(const Topology *topology, Target target, const QString &id, const QString &key)
{
    const TopologyData &d = topology->data();
    switch (target) {
    case Target::NodeOption:
        if (const Node *n = d.node(id); n && n->options.contains(key))
            return n->options.value(key);
        return QJsonValue::Undefined;
    case Target::NodeLabel:
        return d.node(id) ? QJsonValue(d.node(id)->label) : QJsonValue::Undefined;
    case Target::NodeImage:
        return d.node(id) ? QJsonValue(d.node(id)->image) : QJsonValue::Undefined;
    case Target::LinkAttribute:
        if (const Link *l = d.link(id)) {
            if (key == QLatin1String("persistent"))
                return l->persistent;
            return key == QLatin1String("kind") ? l->kind : l->transport;
        }
        return QJsonValue::Undefined;
    case Target::ImageAttribute:
        if (const ZosImage *img = d.image(id)) {
            if (key == QLatin1String("label"))
                return img->label;
            if (key == QLatin1String("domain"))
                return img->domain;
            return img->view.contains(key) ? img->view.value(key) : QJsonValue(QJsonValue::Undefined);
        }
        return QJsonValue::Undefined;
    case Target::DocumentName:
        return d.name;
    case Target::SimulationTime:
        if (!d.simulationTime.isValid())
            return QJsonValue::Undefined;
        // Milliseconds only when there are some, as the writer does, so undo restores the file exactly.
        return d.simulationTime.toUTC().toString(d.simulationTime.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
    }
    return QJsonValue::Undefined;
}

void ChangeValueCommand::apply(const QString &id, const QJsonValue &value)
{
    switch (mTarget) {
    case Target::NodeOption: mTopology->setNodeOption(id, mKey, value); break;
    case Target::NodeLabel: mTopology->setNodeLabel(id, value.toString()); break;
    case Target::NodeImage: mTopology->setNodeImage(id, value.toString()); break;
    case Target::LinkAttribute: mTopology->setLinkAttribute(id, mKey, value); break;
    case Target::ImageAttribute: mTopology->setImageAttribute(id, mKey, value); break;
    case Target::DocumentName: mTopology->setName(value.toString()); break;
    case Target::SimulationTime:
        mTopology->setSimulationTime(value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODate).toUTC()
                                                      : QDateTime());
        break;
    }
}

// An option the file spelled out at its default value, edited away and then
// back to the default: keep the file's spelling rather than drop the key, so
// the edit disappears from the undo history.
bool ChangeValueCommand::keepsExplicitDefault(const Entry &e) const
{
    if (mTarget != Target::NodeOption || !e.after.isUndefined() || e.before.isUndefined())
        return false;
    const Node *n = mTopology->data().node(e.id);
    const NodeKindInfo *info = n ? NodeKinds::info(n->kind) : nullptr;
    const OptionSpec *spec = info ? info->option(mKey) : nullptr;
    return spec && spec->defaultValue == e.before;
}

bool ChangeValueCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeValueCommand *>(other);
    if (o->mTopology != mTopology || o->mTarget != mTarget || o->mKey != mKey || o->mEntries.size() != mEntries.size())
        return false;
    for (qsizetype i = 0; i < mEntries.size(); ++i) {
        if (o->mEntries.at(i).id != mEntries.at(i).id)
            return false;
    }
    bool unchanged = true;
    for (qsizetype i = 0; i < mEntries.size(); ++i) {
        Entry &e = mEntries[i];
        e.after = o->mEntries.at(i).after;
        if (keepsExplicitDefault(e)) {
            e.after = e.before;
            apply(e.id, e.before);  // the other command already ran; put the spelled-out value back
        }
        unchanged = unchanged && e.after == e.before;
    }
    setObsolete(unchanged);
    QStringList ids;
    for (const Entry &e : std::as_const(mEntries))
        ids.append(e.id);
    setText(describe(mTopology, mTarget, ids, mKey, mEntries.isEmpty() ? QJsonValue() : mEntries.first().after));
    return true;
}
