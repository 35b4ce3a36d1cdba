#pragma once

#include "topologydata.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class Document;
class QLockFile;

// Copies a document with unsaved changes to a recovery file every so often
// (QStandardPaths::AppDataLocation/recovery, named after the document), and
// removes it once the document is saved, closed or back to its saved state.
// While a window is open its recovery file is locked, so recovery files
// without a live owner are exactly those left by a run that did not end
// cleanly: orphans() lists them for the start-up offer to recover.
class Autosaver : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        QString key;
        QString recoveryFile;
        QString originalFile;  // "" for a document never saved
        QString title;
        QDateTime saved;
    };

    explicit Autosaver(Document *document, QObject *parent = nullptr);
    ~Autosaver() override;

    void setInterval(int seconds);  // 0: never
    int interval() const { return mInterval; }
    // Writes the recovery file if the document changed since the last one; false if nothing was written.
    bool saveNow(QString *error = nullptr);
    void discard();
    QString recoveryFile() const;  // "" while there is none

    static QString directory();
    static QList<Entry> orphans();
    static void remove(const Entry &entry);
    static std::optional<TopologyData> read(const Entry &entry, QString *error);

signals:
    void saved(const QString &recoveryFile);

private:
    bool claimKey();
    QString pathFor(const QString &suffix) const;

    Document *mDocument;
    QTimer mTimer;
    int mInterval = 0;
    bool mDirty = false;
    QString mKey;
    QString mUntitledTag;  // tells apart untitled documents of one run
    std::unique_ptr<QLockFile> mLock;
};
