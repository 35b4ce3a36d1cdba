#include "lessonbrowser.h"

#include "document.h"
#include "lessonplayer.h"
#include "lessonreader.h"
#include "secflowreader.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int kEntryRole = Qt::UserRole + 1;
}

LessonBrowser::LessonBrowser(Document *document, QWidget *parent) : QDialog(parent), mDocument(document)
{
    setWindowTitle(tr("Lessons"));
    mList = new QTreeWidget(this);
    mList->setObjectName(QStringLiteral("lessonList"));
    mList->setHeaderLabels({tr("Lesson"), tr("Level")});
    mList->setRootIsDecorated(false);
    mList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    mList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    mList->header()->setStretchLastSection(false);
    mDetails = new QLabel(this);
    mDetails->setObjectName(QStringLiteral("lessonDetails"));
    mDetails->setWordWrap(true);
    mDetails->setTextFormat(Qt::RichText);
    mDetails->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    mDetails->setMargin(8);
    auto *detailsScroll = new QScrollArea(this);
    detailsScroll->setWidget(mDetails);
    detailsScroll->setWidgetResizable(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    mOpen = buttons->addButton(tr("&Start Lesson"), QDialogButtonBox::AcceptRole);
    mOpen->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mList, &QTreeWidget::currentItemChanged, this, &LessonBrowser::showDetails);
    connect(mList, &QTreeWidget::itemActivated, this, [this] {
        if (selected())
            accept();
    });

    auto *body = new QHBoxLayout;
    body->addWidget(mList, 3);
    body->addWidget(detailsScroll, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    resize(900, 520);
    fill();
}

QString LessonBrowser::levelName(int level)
{
    switch (level) {
    case 1: return tr("First steps");
    case 2: return tr("Foundations");
    case 3: return tr("Intermediate");
    case 4: return tr("Experienced");
    default: break;
    }
    return tr("Advanced");
}

QList<LessonBrowser::Entry> LessonBrowser::builtInLessons()
{
    QList<Entry> entries;
    const QDir dir(QStringLiteral(":/lessons"));
    for (const QFileInfo &f : dir.entryInfoList({QStringLiteral("*.secflow")}, QDir::Files, QDir::Name)) {
        SecflowReader reader;
        const auto data = reader.readFile(f.filePath());
        if (!data)
            continue;
        for (const Lesson &l : LessonReader::read(*data))
            entries.append({f.filePath(), l});
    }
    // The file name breaks ties, so authors order lessons of one level by numbering files.
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.lesson.level < b.lesson.level; });
    return entries;
}

void LessonBrowser::fill()
{
    mEntries = builtInLessons();
    const int builtIn = int(mEntries.size());
    for (const Lesson &l : LessonReader::read(mDocument->topology()->data()))
        mEntries.append({QString(), l});

    const auto group = [this](const QString &title) {
        auto *item = new QTreeWidgetItem(mList, {title});
        item->setFlags(Qt::ItemIsEnabled);
        QFont f = item->font(0);
        f.setBold(true);
        item->setFont(0, f);
        return item;
    };
    QTreeWidgetItem *parent = group(tr("Built-in lessons"));
    for (int i = 0; i < mEntries.size(); ++i) {
        if (i == builtIn)
            parent = group(tr("Lessons in %1").arg(mDocument->displayName()));
        const Lesson &l = mEntries.at(i).lesson;
        auto *item = new QTreeWidgetItem(parent, {l.title, levelName(l.level)});
        item->setData(0, kEntryRole, i);
        item->setToolTip(0, l.summary);
    }
    if (builtIn == 0)
        new QTreeWidgetItem(mList->topLevelItem(0), {tr("(none installed)")});
    mList->expandAll();
    for (QTreeWidgetItemIterator it(mList); *it; ++it) {
        if ((*it)->data(0, kEntryRole).isValid()) {
            mList->setCurrentItem(*it);
            break;
        }
    }
    showDetails();
}

const LessonBrowser::Entry *LessonBrowser::selected() const
{
    const QTreeWidgetItem *item = mList->currentItem();
    const QVariant v = item ? item->data(0, kEntryRole) : QVariant();
    return v.isValid() ? &mEntries.at(v.toInt()) : nullptr;
}

void LessonBrowser::select(const QString &file, const QString &lessonId)
{
    for (QTreeWidgetItemIterator it(mList); *it; ++it) {
        const QVariant v = (*it)->data(0, kEntryRole);
        if (v.isValid() && mEntries.at(v.toInt()).file == file && mEntries.at(v.toInt()).lesson.id == lessonId) {
            mList->setCurrentItem(*it);
            return;
        }
    }
}

void LessonBrowser::showDetails()
{
    const Entry *e = selected();
    mOpen->setEnabled(e != nullptr);
    if (!e) {
        mDetails->setText(tr("<p>Choose a lesson on the left.</p>"));
        return;
    }
    const Lesson &l = e->lesson;
    QString objectives;
    for (const QString &o : l.objectives)
        objectives += QStringLiteral("<li>%1</li>").arg(o.toHtmlEscaped());
    int questions = 0;
    for (const LessonStep &s : l.steps)
        questions += s.predict ? 1 : 0;
    QString html = QStringLiteral("<h3>%1</h3><p><i>%2</i> &middot; %3</p><p>%4</p>")
                       .arg(l.title.toHtmlEscaped(), levelName(l.level),
                            tr("%1 steps, %2 questions").arg(l.steps.size()).arg(questions),
                            l.summary.toHtmlEscaped());
    if (!objectives.isEmpty())
        html += tr("<p><b>You will learn to:</b></p><ul>%1</ul>").arg(objectives);
    if (!e->file.isEmpty() && mDocument->isModified())
        html += tr("<p>Starting it opens the lesson's own file; you will be asked about your unsaved changes first.</p>");
    mDetails->setText(html);
}

bool LessonBrowser::openEntry(const Entry &entry, LessonPlayer *player, const std::function<bool()> &maybeSave)
{
    if (!entry.file.isEmpty()) {
        if (maybeSave && !maybeSave())
            return false;
        QString error;
        if (!mDocument->load(entry.file, &error)) {
            QMessageBox::critical(parentWidget(), tr("Lessons"), error);
            return false;
        }
        // Like an example: a new, unsaved document, so saving asks where.
        mDocument->loadData(mDocument->topology()->data());
    }
    player->start(entry.lesson);
    return true;
}
