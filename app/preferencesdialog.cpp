#include "preferencesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QSpinBox>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(const Preferences &current, QWidget *parent)
    : QDialog(parent), mInitial(current), mTheme(new QComboBox(this)), mSnap(new QCheckBox(tr("Snap to grid in new windows"), this)),
      mAutosave(new QSpinBox(this)), mRecent(new QSpinBox(this))
{
    setWindowTitle(tr("Preferences"));
    mTheme->addItem(tr("Same as the system"), int(Theme::Mode::System));
    mTheme->addItem(tr("Light"), int(Theme::Mode::Light));
    mTheme->addItem(tr("Dark"), int(Theme::Mode::Dark));
    mTheme->setCurrentIndex(mTheme->findData(int(current.theme)));
    connect(mTheme, &QComboBox::currentIndexChanged, this,
            [this] { Theme::apply(Theme::Mode(mTheme->currentData().toInt())); });

    mSnap->setChecked(current.snapToGrid);
    mAutosave->setRange(0, 3600);
    mAutosave->setSingleStep(10);
    mAutosave->setSuffix(tr(" s"));
    mAutosave->setSpecialValueText(tr("Never"));
    mAutosave->setValue(current.autosaveSeconds);
    mAutosave->setToolTip(tr("Unsaved changes are copied to a recovery file this often, "
                             "and offered back after a crash."));
    mRecent->setRange(1, 30);
    mRecent->setValue(current.recentFiles);

    auto *look = new QGroupBox(tr("Appearance"), this);
    auto *lookForm = new QFormLayout(look);
    lookForm->addRow(tr("&Theme:"), mTheme);
    auto *canvas = new QGroupBox(tr("Canvas"), this);
    auto *canvasForm = new QFormLayout(canvas);
    canvasForm->addRow(mSnap);
    auto *files = new QGroupBox(tr("Files"), this);
    auto *filesForm = new QFormLayout(files);
    filesForm->addRow(tr("&Autosave every:"), mAutosave);
    filesForm->addRow(tr("&Recent files listed:"), mRecent);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(look);
    layout->addWidget(canvas);
    layout->addWidget(files);
    layout->addStretch();
    layout->addWidget(buttons);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.theme = Theme::Mode(mTheme->currentData().toInt());
    p.snapToGrid = mSnap->isChecked();
    p.autosaveSeconds = mAutosave->value();
    p.recentFiles = mRecent->value();
    return p;
}

void PreferencesDialog::reject()
{
    if (Theme::current() != mInitial.theme)
        Theme::apply(mInitial.theme);
    QDialog::reject();
}
