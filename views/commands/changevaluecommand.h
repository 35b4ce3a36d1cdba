#pragma once

#include <QJsonValue>
#include <QUndoCommand>

class Topology;

// Sets one property of one entity: a node option, label or image, a link
// attribute, an image attribute, or a document attribute. Undo and redo are
// the same swap; consecutive edits of the same field merge into one step,
// and a command whose value came back to where it started becomes obsolete.
class ChangeValueCommand : public QUndoCommand
{
public:
    enum class Target { NodeOption, NodeLabel, NodeImage, LinkAttribute, ImageAttribute, DocumentName };

    ChangeValueCommand(Topology *topology, Target target, const QString &id, const QString &key,
                       const QJsonValue &value, QUndoCommand *parent = nullptr);

    void undo() override { apply(mOld); }
    void redo() override { apply(mNew); }
    int id() const override { return 0x5ecf01; }
    bool mergeWith(const QUndoCommand *other) override;

    // The current value of a property, Undefined when a node option is at its default.
    static QJsonValue currentValue(const Topology *topology, Target target, const QString &id, const QString &key);

private:
    void apply(const QJsonValue &value);

    Topology *mTopology;
    Target mTarget;
    QString mEntity;
    QString mKey;
    QJsonValue mOld;
    QJsonValue mNew;
};
