#pragma once

#include "changevaluecommand.h"
#include "optionspec.h"

#include <QJsonValue>
#include <QPointer>
#include <QStringList>
#include <QWidget>

class Document;
class OptionEditor;
class PropertyEditorForm;
class PropertyEditorHeader;
class PropertyEditorHelp;
class QScrollArea;
class QToolButton;

// The Properties panel. Its rows are generated from the model's option
// metadata (NodeKinds, LinkOptions), so a new option needs no widget code.
// Every edit is one ChangeValueCommand on the document's undo stack (typing in
// one field merges into one step); the rows follow the topology's signals and
// are only rebuilt when the selection changes, so focus survives an edit.
class PropertyEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PropertyEditor(Document *document, QWidget *parent = nullptr);
    ~PropertyEditor() override;

    // The editor and reset button of a row of the current form: an option or
    // link attribute key, "label", "image", "domain", "name" or "simulationTime".
    OptionEditor *editor(const QString &key) const;
    QToolButton *resetButton(const QString &key) const;
    PropertyEditorHelp *helpPane() const { return mHelp; }
    PropertyEditorHeader *header() const { return mHeader; }

public slots:
    // Nothing selected: the document itself (name, simulation time).
    void showSelection(const QStringList &nodes, const QStringList &links, const QStringList &images);

signals:
    // A rule ID was clicked in the help pane.
    void ruleActivated(const QString &id);

private:
    using Target = ChangeValueCommand::Target;
    enum class Mode { Document, Nodes, Links, Images, Mixed };

    void rebuild();
    void buildDocument();
    void buildNodes();
    void buildLinks();
    void buildImages();
    void updateHeader();

    QJsonValue valueOf(Target target, const QString &key, const QString &id) const;
    QStringList entityIds() const;
    void refreshField(int index);
    void refreshKey(Target target, const QString &key);
    void refreshChoices();
    void commit(int index, const QJsonValue &value);
    void reset(int index);
    void onFocusChanged(QWidget *now);
    void onEntityRemoved(const QString &id);
    void onReset();

    QPointer<Document> mDocument;  // a main window may delete it before the scene that drives us
    Mode mMode = Mode::Document;
    QStringList mIds;
    PropertyEditorHeader *mHeader;
    QScrollArea *mScroll;
    PropertyEditorForm *mForm = nullptr;
    PropertyEditorHelp *mHelp;
};
