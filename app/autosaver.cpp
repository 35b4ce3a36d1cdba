#include "autosaver.h"

#include "document.h"
#include "secflowreader.h"
#include "secflowwriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace {

std::unique_ptr<QLockFile> lockFor(const QString &lockPath)
{
    auto lock = std::make_unique<QLockFile>(lockPath);
    // Only a dead owner makes a lock stale, never its age: a window may stay open for days.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return nullptr;
    return lock;
}

} // namespace

Autosaver::Autosaver(Document *document, QObject *parent)
    : QObject(parent), mDocument(document), mUntitledTag(QUuid::createUuid().toString(QUuid::Id128).left(8))
{
    connect(document->topology(), &Topology::changed, this, [this] { mDirty = true; });
    connect(document, &Document::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discard();
    });
    // A new name means the file was just saved or replaced: the old copy is obsolete.
    connect(document, &Document::fileNameChanged, this, &Autosaver::discard);
    connect(&mTimer, &QTimer::timeout, this, [this] { saveNow(); });
}

Autosaver::~Autosaver()
{
    // The recovery file stays: only a clean save or close removes it. The
    // lock goes, so a later run sees the file as left behind.
}

void Autosaver::setInterval(int seconds)
{
    mInterval = qMax(0, seconds);
    if (mInterval == 0) {
        mTimer.stop();
        return;
    }
    mTimer.start(mInterval * 1000);
}

QString Autosaver::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

QString Autosaver::pathFor(const QString &suffix) const
{
    return mKey.isEmpty() ? QString() : directory() + QLatin1Char('/') + mKey + suffix;
}

QString Autosaver::recoveryFile() const
{
    const QString path = pathFor(QStringLiteral(".secflow"));
    return !path.isEmpty() && QFileInfo::exists(path) ? path : QString();
}

bool Autosaver::claimKey()
{
    if (mLock)
        return true;
    const QString file = mDocument->fileName();
    QString base = file.isEmpty() ? QStringLiteral("untitled") : QFileInfo(file).completeBaseName();
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    const QByteArray identity = file.isEmpty() ? mUntitledTag.toUtf8() : QFileInfo(file).absoluteFilePath().toUtf8();
    const QString stem = base.left(40) + QLatin1Char('-')
                         + QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha1).toHex().left(8));
    if (!QDir().mkpath(directory()))
        return false;
    // The same file open in two windows gets two recovery files.
    for (int n = 1; n < 100; ++n) {
        const QString key = n == 1 ? stem : QStringLiteral("%1-%2").arg(stem).arg(n);
        if (auto lock = lockFor(directory() + QLatin1Char('/') + key + QStringLiteral(".lock"))) {
            mLock = std::move(lock);
            mKey = key;
            return true;
        }
    }
    return false;
}

bool Autosaver::saveNow(QString *error)
{
    if (!mDocument->isModified()) {
        discard();
        return false;
    }
    if (!mDirty && !recoveryFile().isEmpty())
        return false;
    QString why;
    if (!claimKey()) {
        if (error)
            *error = tr("Cannot create a recovery file in %1.").arg(directory());
        return false;
    }
    if (!SecflowWriter::save(mDocument->topology()->data(), pathFor(QStringLiteral(".secflow")), &why)) {
        if (error)
            *error = why;
        return false;
    }
    const QJsonObject meta{{"file", mDocument->fileName()},
                           {"title", mDocument->fileName().isEmpty() ? mDocument->topology()->data().name
                                                                     : mDocument->displayName()},
                           {"saved", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    QSaveFile f(pathFor(QStringLiteral(".json")));
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(meta).toJson()) < 0 || !f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    mDirty = false;
    emit saved(pathFor(QStringLiteral(".secflow")));
    return true;
}

void Autosaver::discard()
{
    if (mKey.isEmpty())
        return;
    QFile::remove(pathFor(QStringLiteral(".secflow")));
    QFile::remove(pathFor(QStringLiteral(".json")));
    mLock.reset();  // unlocking removes the lock file
    mKey.clear();
    mDirty = mDocument->isModified();
}

QList<Autosaver::Entry> Autosaver::orphans()
{
    QList<Entry> result;
    const QDir dir(directory());
    for (const QFileInfo &meta : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Time)) {
        const QString key = meta.completeBaseName();
        auto lock = lockFor(dir.filePath(key + QStringLiteral(".lock")));
        if (!lock)
            continue;  // a running window owns it
        Entry e;
        e.key = key;
        e.recoveryFile = dir.filePath(key + QStringLiteral(".secflow"));
        QFile f(meta.filePath());
        if (!f.open(QIODevice::ReadOnly) || !QFileInfo::exists(e.recoveryFile))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        e.originalFile = o.value(QStringLiteral("file")).toString();
        e.title = o.value(QStringLiteral("title")).toString();
        e.saved = QDateTime::fromString(o.value(QStringLiteral("saved")).toString(), Qt::ISODate);
        if (!e.saved.isValid())
            e.saved = QFileInfo(e.recoveryFile).lastModified();
        result.append(e);
    }
    return result;
}

void Autosaver::remove(const Entry &entry)
{
    const QDir dir(directory());
    QFile::remove(dir.filePath(entry.key + QStringLiteral(".secflow")));
    QFile::remove(dir.filePath(entry.key + QStringLiteral(".json")));
    QFile::remove(dir.filePath(entry.key + QStringLiteral(".lock")));
}

std::optional<TopologyData> Autosaver::read(const Entry &entry, QString *error)
{
    SecflowReader reader;
    reader.setPassphrase(qEnvironmentVariable("SECFLOW_PASSPHRASE"));
    auto data = reader.readFile(entry.recoveryFile);
    if (!data)
        *error = reader.errorString();
    return data;
}
