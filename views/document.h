#pragma once

#include "topology.h"

#include <QObject>
#include <QUndoStack>

// An open .secflow file: its topology, its undo stack and where it lives.
// The modified flag is the undo stack's clean state.
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);

    Topology *topology() { return &mTopology; }
    const Topology *topology() const { return &mTopology; }
    QUndoStack *undoStack() { return &mUndoStack; }

    QString fileName() const { return mFileName; }
    QString displayName() const;
    bool isModified() const { return !mUndoStack.isClean(); }

    // Loads a file; on failure the document is unchanged and *error names the place.
    bool load(const QString &fileName, QString *error);
    bool save(const QString &fileName, QString *error);
    void loadData(TopologyData data, const QString &fileName = {});

signals:
    void fileNameChanged(const QString &fileName);
    void modifiedChanged(bool modified);

private:
    Topology mTopology;
    QUndoStack mUndoStack;
    QString mFileName;
};
