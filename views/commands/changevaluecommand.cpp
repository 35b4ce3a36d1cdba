#include "changevaluecommand.h"

#include "topology.h"

#include <QCoreApplication>

ChangeValueCommand::ChangeValueCommand(Topology *topology, Target target, const QString &id, const QString &key,
                                       const QJsonValue &value, QUndoCommand *parent)
    : QUndoCommand(parent), mTopology(topology), mTarget(target), mEntity(id), mKey(key),
      mOld(currentValue(topology, target, id, key)), mNew(value)
{
    setText(QCoreApplication::translate("ChangeValueCommand", "Change %1").arg(key));
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
    }
    return QJsonValue::Undefined;
}

void ChangeValueCommand::apply(const QJsonValue &value)
{
    switch (mTarget) {
    case Target::NodeOption: mTopology->setNodeOption(mEntity, mKey, value); break;
    case Target::NodeLabel: mTopology->setNodeLabel(mEntity, value.toString()); break;
    case Target::NodeImage: mTopology->setNodeImage(mEntity, value.toString()); break;
    case Target::LinkAttribute: mTopology->setLinkAttribute(mEntity, mKey, value); break;
    case Target::ImageAttribute: mTopology->setImageAttribute(mEntity, mKey, value); break;
    case Target::DocumentName: mTopology->setName(value.toString()); break;
    }
}

bool ChangeValueCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeValueCommand *>(other);
    if (o->mTopology != mTopology || o->mTarget != mTarget || o->mEntity != mEntity || o->mKey != mKey)
        return false;
    mNew = o->mNew;
    setObsolete(mNew == mOld);
    return true;
}
