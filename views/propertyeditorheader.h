#pragma once

#include <QWidget>

class QLabel;

// The top of the property editor: what is being edited, with its icon.
class PropertyEditorHeader : public QWidget
{
    Q_OBJECT

public:
    explicit PropertyEditorHeader(QWidget *parent = nullptr);
    void set(const QString &iconName, const QString &title, const QString &subtitle);
    QString title() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyStyle();

    QLabel *mIcon;
    QLabel *mTitle;
    QLabel *mSubtitle;
    QString mIconName;
};
