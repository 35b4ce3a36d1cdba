#pragma once

#include "preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

// Edits Preferences. The theme applies as soon as it is picked, so the user
// sees it; Cancel puts the old one back.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const Preferences &current, QWidget *parent = nullptr);

    Preferences preferences() const;
    QComboBox *themeBox() const { return mTheme; }
    QCheckBox *snapBox() const { return mSnap; }
    QSpinBox *autosaveBox() const { return mAutosave; }
    QSpinBox *recentBox() const { return mRecent; }

    void reject() override;

private:
    Preferences mInitial;
    QComboBox *mTheme;
    QCheckBox *mSnap;
    QSpinBox *mAutosave;
    QSpinBox *mRecent;
};
