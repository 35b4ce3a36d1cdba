#include "pathpicktool.h"

#include "diagramscene.h"
#include "document.h"
#include "nodeitem.h"
#include "routefinder.h"

#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>

PathPickTool::PathPickTool(DiagramScene *scene, const QString &requestKind, QObject *parent)
    : QObject(parent), CanvasTool(scene), mKind(requestKind)
{
    connect(scene->document()->topology(), &Topology::nodeAboutToBeRemoved, this, &PathPickTool::onNodeRemoved);
    // A window closing may take the scene down first: nothing is left to restore.
    connect(scene, &QObject::destroyed, this, [this] { mRunning = false; });
}

PathPickTool::~PathPickTool()
{
    if (mRunning)
        stop();
}

void PathPickTool::start(const QStringList &initial)
{
    mPath.clear();
    mRunning = true;
    mScene->setTemporaryTool(this);
    mScene->installEventFilter(this);
    for (const QString &id : initial) {
        if (!refusal(id).isEmpty())
            break;
        mPath.append(id);
    }
    mScene->showPath(mPath);
    emit pathChanged(mPath);
}

QString PathPickTool::refusal(const QString &id) const
{
    const RouteFinder routes(mScene->document()->topology()->data());
    if (mPath.isEmpty())
        return routes.startProblem(id, mKind);
    if (mPath.last() == id)
        return tr("%1 is already the last node of the path.").arg(id);
    if (mPath.contains(id))
        return tr("The path already passes %1; a path must not loop.").arg(id);
    if (!routes.linked(mPath.last(), id))
        return tr("%1 is not linked to %2, the last node of the path.").arg(id, mPath.last());
    return {};
}

bool PathPickTool::append(const QString &id)
{
    if (const QString why = refusal(id); !why.isEmpty()) {
        emit refused(why);
        return false;
    }
    mPath.append(id);
    mScene->showPath(mPath);
    emit pathChanged(mPath);
    return true;
}

void PathPickTool::removeLast()
{
    if (mPath.isEmpty())
        return;
    mPath.removeLast();
    mScene->showPath(mPath);
    emit pathChanged(mPath);
}

void PathPickTool::finish()
{
    if (!mRunning)
        return;
    const QStringList path = mPath;
    stop();
    emit finished(path);
}

void PathPickTool::cancel()
{
    if (!mRunning)
        return;
    stop();
    emit cancelled();
}

void PathPickTool::stop()
{
    mRunning = false;
    mPressed = false;
    mScene->removeEventFilter(this);
    if (mScene->temporaryTool() == this)
        mScene->setTemporaryTool(nullptr);
    mScene->showPath({});
}

void PathPickTool::onNodeRemoved(const QString &id)
{
    // The path keeps what still leads up to the removed node.
    const qsizetype i = mPath.indexOf(id);
    if (!mRunning || i < 0)
        return;
    mPath = mPath.first(i);
    mScene->showPath(mPath);
    emit pathChanged(mPath);
}

bool PathPickTool::mousePress(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;  // panning and context menus work as usual
    mPressed = true;
    if (NodeItem *node = mScene->nodeItemAt(event->scenePos()))
        append(node->nodeId());
    event->accept();  // no rubber band, no selection change while picking
    return true;
}

bool PathPickTool::mouseMove(QGraphicsSceneMouseEvent *) { return mPressed; }

bool PathPickTool::mouseRelease(QGraphicsSceneMouseEvent *)
{
    return std::exchange(mPressed, false);
}

bool PathPickTool::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != mScene || (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride))
        return false;
    const int key = static_cast<QKeyEvent *>(event)->key();
    const bool ours = key == Qt::Key_Backspace || key == Qt::Key_Delete || key == Qt::Key_Return
                      || key == Qt::Key_Enter || key == Qt::Key_Escape;
    if (event->type() == QEvent::ShortcutOverride) {
        // These keys belong to the picking, not to Delete or other window shortcuts.
        if (ours)
            event->accept();
        return ours;
    }
    switch (key) {
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
        removeLast();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        finish();
        return true;
    case Qt::Key_Escape:
        cancel();
        return true;
    default:
        return false;
    }
}
