#include "domaineditor.h"

#include "document.h"
#include "domaincommands.h"
#include "domaintablemodel.h"
#include "domaintablepage.h"
#include "domaintables.h"
#include "jsonfieldreader.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QToolButton>

namespace {

QToolButton *barButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(true);
    return b;
}

} // namespace

DomainEditor::DomainEditor(Document *document, QWidget *parent)
    : QWidget(parent), mDocument(document), mDomains(new QComboBox(this)), mClassLayout(new QHBoxLayout),
      mEmpty(new QLabel(this)), mTabs(new QTabWidget(this))
{
    mDomains->setMinimumContentsLength(12);
    mDomains->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    mDomains->setToolTip(tr("The RACF database to edit; z/OS images name the one they use"));
    mAddDomain = barButton(tr("Add"), tr("Add an empty RACF database"), this);
    mRenameDomain = barButton(tr("Rename..."), tr("Rename this RACF database and the images that use it"), this);
    mRemoveDomain = barButton(tr("Remove"), tr("Remove this RACF database; images using it are left without one"), this);
    connect(mAddDomain, &QToolButton::clicked, this, &DomainEditor::addDomain);
    connect(mRenameDomain, &QToolButton::clicked, this, &DomainEditor::renameDomain);
    connect(mRemoveDomain, &QToolButton::clicked, this, &DomainEditor::removeDomain);
    connect(mDomains, &QComboBox::currentIndexChanged, this, &DomainEditor::onCurrentDomainChanged);

    auto *domainBar = new QHBoxLayout;
    domainBar->setSpacing(4);
    auto *domainLabel = new QLabel(tr("RACF &database:"), this);
    domainLabel->setBuddy(mDomains);
    domainBar->addWidget(domainLabel);
    domainBar->addWidget(mDomains);
    domainBar->addWidget(mAddDomain);
    domainBar->addWidget(mRenameDomain);
    domainBar->addWidget(mRemoveDomain);
    domainBar->addStretch(1);

    mClassLayout->setSpacing(4);
    auto *classLabel = new QLabel(tr("Active classes:"), this);
    classLabel->setToolTip(tr("SETROPTS CLASSACT: profiles of an inactive class are not checked"));
    mClassLayout->addWidget(classLabel);
    mClassLayout->addStretch(1);

    mEmpty->setText(tr("This design has no RACF database yet: add one to define users and profiles."));
    mEmpty->setWordWrap(true);
    mEmpty->setAlignment(Qt::AlignCenter);
    mEmpty->setForegroundRole(QPalette::PlaceholderText);

    for (const DomainTableSpec &spec : DomainTables::all()) {
        auto *page = new DomainTablePage(document, spec, mTabs);
        mTabs->addTab(page, spec.title);
        mPages.append(page);
    }
    mTabs->setDocumentMode(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(domainBar);
    layout->addLayout(mClassLayout);
    layout->addWidget(mEmpty);
    layout->addWidget(mTabs, 1);

    const Topology *t = document->topology();
    connect(t, &Topology::resetDone, this, [this] { rebuildDomainList({}); });
    // A database that appears (added, renamed, restored by undo) is the one the user works on.
    connect(t, &Topology::domainAdded, this, [this](const QString &id) { rebuildDomainList(id); });
    connect(t, &Topology::domainRemoved, this, [this] { rebuildDomainList(currentDomain()); });
    connect(t, &Topology::domainChanged, this, [this](const QString &id) {
        if (id == currentDomain())
            updateClassChips();
    });
    rebuildDomainList({});
}

QString DomainEditor::currentDomain() const
{
    return mDomains->currentData().toString();
}

QToolButton *DomainEditor::classButton(const QString &cls) const
{
    for (QToolButton *b : mClassButtons) {
        if (b->text() == cls)
            return b;
    }
    return nullptr;
}

void DomainEditor::setCurrentDomain(const QString &id)
{
    const int i = mDomains->findData(id);
    if (i >= 0)
        mDomains->setCurrentIndex(i);
}

void DomainEditor::rebuildDomainList(const QString &select)
{
    {
        const QSignalBlocker blocker(mDomains);
        mDomains->clear();
        for (const SecurityDomain &d : mDocument->topology()->data().domains)
            mDomains->addItem(d.id, d.id);
        const int i = mDomains->findData(select);
        mDomains->setCurrentIndex(i >= 0 ? i : (mDomains->count() > 0 ? 0 : -1));
    }
    onCurrentDomainChanged();
}

void DomainEditor::onCurrentDomainChanged()
{
    const QString id = currentDomain();
    for (DomainTablePage *page : std::as_const(mPages))
        page->setDomainId(id);
    const bool has = !id.isEmpty();
    mRenameDomain->setEnabled(has);
    mRemoveDomain->setEnabled(has);
    mDomains->setEnabled(has);
    mTabs->setEnabled(has);
    mEmpty->setVisible(!has);
    updateClassChips();
}

void DomainEditor::updateClassChips()
{
    const SecurityDomain *d = mDocument->topology()->data().domain(currentDomain());
    QStringList classes = DomainTables::knownClasses();
    if (d) {
        for (const QString &c : d->activeClasses) {
            if (!classes.contains(c))
                classes.append(c);
        }
    }
    QStringList shown;
    for (QToolButton *b : std::as_const(mClassButtons))
        shown.append(b->text());
    if (shown != classes) {
        qDeleteAll(mClassButtons);
        mClassButtons.clear();
        for (const QString &cls : std::as_const(classes)) {
            auto *chip = new QToolButton(this);
            chip->setObjectName(QStringLiteral("classChip"));
            chip->setText(cls);
            chip->setCheckable(true);
            chip->setToolTip(tr("Class %1 is active: its profiles are checked").arg(cls));
            chip->setStyleSheet(QStringLiteral(
                "QToolButton { border: 1px solid palette(mid); border-radius: 9px; padding: 1px 8px; }"
                "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);"
                " border-color: palette(highlight); }"
                "QToolButton:disabled { color: palette(mid); }"));
            connect(chip, &QToolButton::toggled, this, [this, cls](bool on) { onClassToggled(cls, on); });
            mClassLayout->insertWidget(mClassLayout->count() - 1, chip);
            mClassButtons.append(chip);
        }
    }
    for (QToolButton *b : std::as_const(mClassButtons)) {
        const QSignalBlocker blocker(b);
        b->setChecked(d && d->isClassActive(b->text()));
        b->setEnabled(d != nullptr);
    }
}

void DomainEditor::onClassToggled(const QString &cls, bool on)
{
    const SecurityDomain *d = mDocument->topology()->data().domain(currentDomain());
    if (!d)
        return;
    QStringList classes = d->activeClasses;
    if (on && !classes.contains(cls))
        classes.append(cls);
    else if (!on)
        classes.removeAll(cls);
    mDocument->undoStack()->push(new SetActiveClassesCommand(mDocument->topology(), d->id, classes));
}

void DomainEditor::addDomain()
{
    SecurityDomain d;
    d.id = mDocument->topology()->uniqueId(QStringLiteral("RACF"));
    d.activeClasses = DomainTables::knownClasses();
    mDocument->undoStack()->push(new AddDomainCommand(mDocument->topology(), d));
}

void DomainEditor::removeDomain()
{
    if (!currentDomain().isEmpty())
        mDocument->undoStack()->push(new RemoveDomainCommand(mDocument->topology(), currentDomain()));
}

bool DomainEditor::renameDomainTo(const QString &newId, QString *error)
{
    const QString from = currentDomain();
    if (from.isEmpty() || newId == from)
        return false;
    if (!JsonFieldReader({}, {}).isValidId(newId)) {
        *error = tr("\"%1\" is not an id: 1-64 characters of A-Z a-z 0-9 _ . -").arg(newId);
        return false;
    }
    if (mDocument->topology()->data().domain(newId)) {
        *error = tr("There is already a RACF database %1.").arg(newId);
        return false;
    }
    mDocument->undoStack()->push(new RenameDomainCommand(mDocument->topology(), from, newId));
    return true;
}

void DomainEditor::renameDomain()
{
    bool ok = false;
    const QString id = QInputDialog::getText(this, tr("Rename RACF Database"), tr("New name:"), QLineEdit::Normal,
                                             currentDomain(), &ok).trimmed();
    QString error;
    if (ok && !renameDomainTo(id, &error) && !error.isEmpty())
        QMessageBox::warning(this, tr("Rename RACF Database"), error);
}
