#pragma once

#include "lesson.h"

#include <QDialog>
#include <QList>

#include <functional>

class Document;
class LessonPlayer;
class QLabel;
class QPushButton;
class QTreeWidget;

// Picks a lesson: the built-in ones (":/lessons", by level then file name)
// and those of the open file. Opening a built-in lesson loads its file as a
// new, untitled document (after the usual question about unsaved work), then
// starts it in the lesson panel.
class LessonBrowser : public QDialog
{
    Q_OBJECT

public:
    struct Entry {
        QString file;  // ":/lessons/..." for a built-in lesson; empty: the open document's
        Lesson lesson;
    };

    explicit LessonBrowser(Document *document, QWidget *parent = nullptr);

    // Every built-in lesson, by level then file name.
    static QList<Entry> builtInLessons();
    static QString levelName(int level);

    QTreeWidget *list() const { return mList; }
    QPushButton *openButton() const { return mOpen; }
    const Entry *selected() const;
    void select(const QString &file, const QString &lessonId);

    // Loads the entry's file if needed and starts its lesson; false when the
    // user keeps unsaved work (`maybeSave` said no) or the file cannot be read.
    bool openEntry(const Entry &entry, LessonPlayer *player, const std::function<bool()> &maybeSave);

private:
    void fill();
    void showDetails();

    Document *mDocument;
    QList<Entry> mEntries;
    QTreeWidget *mList;
    QLabel *mDetails;
    QPushButton *mOpen;
};
