#pragma once

#include "accessmatrixinput.h"

#include <QWidget>

class Document;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

// What an access matrix is computed for: a template request (one of the
// file's, or built from an entry node, a request kind, an identity shape and a
// proposed route), the users (rows) and the resources (columns). The lists
// start from AccessMatrixDefaults and are refilled when the template changes;
// they are edited as text, one name per line or separated by commas.
class AccessMatrixSetup : public QWidget
{
    Q_OBJECT

public:
    explicit AccessMatrixSetup(Document *document, QWidget *parent = nullptr);

    // Empty when the template can be played; otherwise why not, in words.
    QString problem() const;
    AccessMatrixInput input() const;
    void selectRequest(const QString &id);
    void useEntryNode(const QString &node, const QString &kind);
    void setUsers(const QStringList &users);
    void setResources(const QStringList &resources);
    void restoreDefaults();

    static QStringList parseList(const QString &text);

signals:
    void changed();

private:
    QWidget *createTemplateRow();
    QWidget *createNodeRow();
    void reloadChoices();
    void proposeRoute();
    Request templ() const;
    void updateHint();

    Document *mDocument;
    QRadioButton *mFromRequest;
    QRadioButton *mFromNode;
    QComboBox *mRequest;
    QComboBox *mEntry;
    QComboBox *mKind;
    QComboBox *mShape;
    QLineEdit *mRoute;
    QPlainTextEdit *mUsers;
    QPlainTextEdit *mResources;
    QLabel *mUsersLabel;
    QLabel *mResourcesLabel;
    QLabel *mHint;
};
