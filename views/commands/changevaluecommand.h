#pragma once

#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QUndoCommand>

class Topology;

// Sets one property of one or more entities: a node option, label or image, a
// link attribute, an image attribute, or a document attribute. Undo and redo
// are the same swap; consecutive edits of the same field merge into one step,
// and a command whose value came back to where it started becomes obsolete.
class ChangeValueCommand : public QUndoCommand
{
public:
    // SimulationTime takes an ISO 8601 string; Undefined removes it (the current time is used).
    enum class Target { NodeOption, NodeLabel, NodeImage, LinkAttribute, ImageAttribute, DocumentName, SimulationTime };

    ChangeValueCommand(Topology *topology, Target target, const QString &id, const QString &key,
                       const QJsonValue &value, QUndoCommand *parent = nullptr);
    // The same change applied to several entities at once (a multi-selection): one undo step.
    ChangeValueCommand(Topology *topology, Target target, const QStringList &ids, const QString &key,
                       const QJsonValue &value, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override { return mMergeable ? 0x5ecf01 : -1; }
    bool mergeWith(const QUndoCommand *other) override;

    // A command that stands alone in the history (a reset): it neither merges
    // into the edit before it nor absorbs the edits after it.
    void setMergeable(bool mergeable) { mMergeable = mergeable; }

    // The current value of a property, Undefined when a node option is at its default.
    static QJsonValue currentValue(const Topology *topology, Target target, const QString &id, const QString &key);

private:
    struct Entry
    {
        QString id;
        QJsonValue before;
        QJsonValue after;
    };

    void apply(const QString &id, const QJsonValue &value);
    bool keepsExplicitDefault(const Entry &entry) const;

    Topology *mTopology;
    Target mTarget;
    QString mKey;
    QList<Entry> mEntries;
    bool mMergeable = true;
};
