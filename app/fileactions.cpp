#include "fileactions.h"

#include "document.h"
#include "mainwindow.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStyle>

namespace {
const char *kRecentKey = "recentFiles";
const char *kFilter = QT_TRANSLATE_NOOP("FileActions", "SecFlow topologies (*.secflow);;All files (*)");
} // namespace

FileActions::FileActions(MainWindow *window) : QObject(window), mWindow(window)
{
    mMenu = window->menuBar()->addMenu(tr("&File"));
    mNew = mMenu->addAction(tr("&New"), QKeySequence::New, this, &FileActions::newDocument);
    mOpen = mMenu->addAction(tr("&Open..."), QKeySequence::Open, this, &FileActions::openDialog);
    mExamplesMenu = mMenu->addMenu(tr("Open &Example"));
    mRecentMenu = mMenu->addMenu(tr("Open &Recent"));
    connect(mRecentMenu, &QMenu::aboutToShow, this, &FileActions::fillRecentMenu);
    fillExamplesMenu();
    mMenu->addSeparator();
    mSave = mMenu->addAction(tr("&Save"), QKeySequence::Save, this, &FileActions::save);
    mSaveAs = mMenu->addAction(tr("Save &As..."), QKeySequence::SaveAs, this, &FileActions::saveAs);
    mNew->setIcon(QIcon::fromTheme(QStringLiteral("document-new"), window->style()->standardIcon(QStyle::SP_FileIcon)));
    mOpen->setIcon(QIcon::fromTheme(QStringLiteral("document-open"), window->style()->standardIcon(QStyle::SP_DialogOpenButton)));
    mSave->setIcon(QIcon::fromTheme(QStringLiteral("document-save"), window->style()->standardIcon(QStyle::SP_DialogSaveButton)));
    mNew->setToolTip(tr("New topology (%1)").arg(mNew->shortcut().toString(QKeySequence::NativeText)));
    mOpen->setToolTip(tr("Open a topology (%1)").arg(mOpen->shortcut().toString(QKeySequence::NativeText)));
    mSave->setToolTip(tr("Save (%1)").arg(mSave->shortcut().toString(QKeySequence::NativeText)));
    mMenu->addSeparator();
    QAction *quit = mMenu->addAction(tr("&Quit"), QKeySequence::Quit, window, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);
}

void FileActions::fillExamplesMenu()
{
    const QDir dir(QStringLiteral(":/examples"));
    for (const QFileInfo &f : dir.entryInfoList({QStringLiteral("*.secflow")}, QDir::Files, QDir::Name)) {
        QString title = f.completeBaseName();
        title.replace(QLatin1Char('_'), QLatin1Char(' '));
        title[0] = title.at(0).toUpper();
        const QString path = f.filePath();
        mExamplesMenu->addAction(title, this, [this, path] {
            if (!maybeSave())
                return;
            QString error;
            Document *doc = mWindow->document();
            if (!doc->load(path, &error)) {
                QMessageBox::critical(mWindow, tr("Open Example"), error);
                return;
            }
            // An example opens as a new, unsaved document: saving asks where.
            doc->loadData(doc->topology()->data());
        });
    }
}

void FileActions::newDocument()
{
    if (!maybeSave())
        return;
    TopologyData empty;
    empty.name = tr("New topology");
    mWindow->document()->loadData(empty);
}

void FileActions::openDialog()
{
    if (!maybeSave())
        return;
    const QString dir = recentFiles().isEmpty() ? QDir::homePath() : QFileInfo(recentFiles().first()).absolutePath();
    const QString file = QFileDialog::getOpenFileName(mWindow, tr("Open Topology"), dir, tr(kFilter));
    if (!file.isEmpty())
        open(file);
}

bool FileActions::open(const QString &fileName)
{
    QString error;
    if (!mWindow->document()->load(fileName, &error)) {
        QMessageBox box(QMessageBox::Critical, tr("Open Topology"),
                        tr("%1 cannot be opened.").arg(QFileInfo(fileName).fileName()), QMessageBox::Ok, mWindow);
        box.setInformativeText(error.section(QLatin1Char('\n'), 0, 2));
        box.setDetailedText(error);
        box.exec();
        return false;
    }
    addRecent(QFileInfo(fileName).absoluteFilePath());
    return true;
}

bool FileActions::save()
{
    const QString file = mWindow->document()->fileName();
    if (file.isEmpty() || file.startsWith(QLatin1Char(':')))
        return saveAs();
    return saveTo(file);
}

bool FileActions::saveAs()
{
    QString suggested = mWindow->document()->fileName();
    if (suggested.isEmpty() || suggested.startsWith(QLatin1Char(':')))
        suggested = QDir::home().filePath(QFileInfo(suggested).fileName().isEmpty() ? QStringLiteral("topology.secflow")
                                                                                   : QFileInfo(suggested).fileName());
    QString file = QFileDialog::getSaveFileName(mWindow, tr("Save Topology"), suggested, tr(kFilter));
    if (file.isEmpty())
        return false;
    if (QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".secflow");
    return saveTo(file);
}

bool FileActions::saveTo(const QString &fileName)
{
    QString error;
    if (!mWindow->document()->save(fileName, &error)) {
        QMessageBox::critical(mWindow, tr("Save Topology"), error);
        return false;
    }
    addRecent(QFileInfo(fileName).absoluteFilePath());
    return true;
}

bool FileActions::maybeSave()
{
    if (!mWindow->document()->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        mWindow, tr("Unsaved Changes"),
        tr("%1 has unsaved changes. Save them first?").arg(mWindow->document()->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

QStringList FileActions::recentFiles() const
{
    return QSettings().value(QLatin1String(kRecentKey)).toStringList();
}

void FileActions::addRecent(const QString &fileName)
{
    if (fileName.startsWith(QLatin1Char(':')))
        return;
    QStringList files = recentFiles();
    files.removeAll(fileName);
    files.prepend(fileName);
    QSettings().setValue(QLatin1String(kRecentKey), files.mid(0, mMaxRecent));
}

void FileActions::setMaxRecent(int count)
{
    mMaxRecent = qMax(1, count);
    const QStringList files = recentFiles();
    if (files.size() > mMaxRecent)
        QSettings().setValue(QLatin1String(kRecentKey), files.mid(0, mMaxRecent));
}

void FileActions::fillRecentMenu()
{
    mRecentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString file = files.at(i);
        QAction *a = mRecentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(file).fileName()), this, [this, file] {
            if (maybeSave())
                open(file);
        });
        a->setToolTip(file);
        a->setEnabled(QFileInfo::exists(file));
    }
    if (files.isEmpty())
        mRecentMenu->addAction(tr("No recent files"))->setEnabled(false);
    else {
        mRecentMenu->addSeparator();
        mRecentMenu->addAction(tr("Clear List"), this, [] { QSettings().remove(QLatin1String(kRecentKey)); });
    }
}
