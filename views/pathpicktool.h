#pragma once

#include "canvastool.h"

#include <QObject>
#include <QStringList>

// Picks a request's path on the canvas: each click on a node appends it,
// provided it is linked to the node before (and, for the first node, that
// the request kind may start there); a refused click says why. Backspace
// removes the last node, Enter finishes, Escape cancels. The tool draws the
// path as it grows and changes nothing itself: whoever started it commits
// the finished path as one undo step.
class PathPickTool : public QObject, public CanvasTool
{
    Q_OBJECT

public:
    PathPickTool(DiagramScene *scene, const QString &requestKind, QObject *parent = nullptr);
    ~PathPickTool() override;

    // Installs the tool on the scene; `initial` is a path to continue from.
    void start(const QStringList &initial = {});
    bool isRunning() const { return mRunning; }
    QStringList path() const { return mPath; }

    // Why `id` cannot come next; empty when it can.
    QString refusal(const QString &id) const;
    bool append(const QString &id);
    void removeLast();
    void finish();
    void cancel();

    bool mousePress(QGraphicsSceneMouseEvent *event) override;
    bool mouseMove(QGraphicsSceneMouseEvent *event) override;
    bool mouseRelease(QGraphicsSceneMouseEvent *event) override;
    void reset() override { cancel(); }

signals:
    void pathChanged(const QStringList &path);
    void refused(const QString &why);
    void finished(const QStringList &path);
    void cancelled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void stop();
    void onNodeRemoved(const QString &id);

    QString mKind;
    QStringList mPath;
    bool mRunning = false;
    bool mPressed = false;
};
