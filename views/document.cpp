#include "document.h"

#include "secflowreader.h"
#include "secflowwriter.h"

#include <QFileInfo>

Document::Document(QObject *parent) : QObject(parent)
{
    connect(&mUndoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

QString Document::displayName() const
{
    return mFileName.isEmpty() ? tr("Untitled") : QFileInfo(mFileName).fileName();
}

bool Document::load(const QString &fileName, QString *error)
{
    SecflowReader reader;
    reader.setPassphrase(qEnvironmentVariable("SECFLOW_PASSPHRASE"));
    auto data = reader.readFile(fileName);
    if (!data) {
        *error = reader.errorString();
        return false;
    }
    loadData(std::move(*data), fileName);
    return true;
}

void Document::loadData(TopologyData data, const QString &fileName)
{
    mUndoStack.clear();
    mTopology.reset(std::move(data));
    mFileName = fileName;
    emit fileNameChanged(mFileName);
}

bool Document::save(const QString &fileName, QString *error)
{
    if (!SecflowWriter::save(mTopology.data(), fileName, error))
        return false;
    mUndoStack.setClean();
    if (mFileName != fileName) {
        mFileName = fileName;
        emit fileNameChanged(mFileName);
    }
    return true;
}
