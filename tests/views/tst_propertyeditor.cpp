// The property editor: rows generated from the option metadata, every edit one
// undo step that undo reverses byte for byte, typing merged into one step,
// invalid values refused with the reason and never pushed.

#include "changevaluecommand.h"
#include "document.h"
#include "linkoptions.h"
#include "nodekinds.h"
#include "optioneditor.h"
#include "propertyeditor.h"
#include "propertyeditorheader.h"
#include "propertyeditorhelp.h"
#include "rulecatalog.h"
#include "secflowwriter.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>

namespace {

const QString kExample = QStringLiteral(SECFLOW_SOURCE_DIR "/resources/examples/zos_connect_mobile.secflow");

template<typename W>
W *part(OptionEditor *editor)
{
    return editor ? editor->findChild<W *>() : nullptr;
}

QLabel *problemLabel(OptionEditor *editor)
{
    return editor->findChild<QLabel *>(QStringLiteral("problem"));
}

// Types into a line edit the way a user does: focus it, select everything, type.
void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestPropertyEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyOptionOfEveryKindHasAnEditor();
    void racfComboChangesModelAndUndoRestoresExactly();
    void unchangedValueIsNeverPushed();
    void typingMergesIntoOneStep();
    void invalidSafNameIsRefusedWithReason();
    void resetToDefaultRemovesTheKey();
    void editingBackToTheDefaultKeepsTheFileClean();
    void helpShowsRulesWithTheirTitles();
    void modelChangesRefreshWithoutLosingFocus();
    void multiSelectionEditsCommonOptionsInOneStep();
    void mixedKindsAreNotEdited();
    void linkTransportAndPersistence();
    void imageLabel();
    void documentNameAndSimulationTime();
    void truststoreAndCertificate();
    void exitEditorInstallsAndDeniesUsers();

private:
    const Node &node(const QString &id) const { return *mDocument->topology()->data().node(id); }
    QByteArray bytes() const { return SecflowWriter::toBytes(mDocument->topology()->data()); }
    QUndoStack *stack() const { return mDocument->undoStack(); }

    Document *mDocument = nullptr;
    PropertyEditor *mEditor = nullptr;
};

void TestPropertyEditor::init()
{
    mDocument = new Document;
    QString error;
    QVERIFY2(mDocument->load(kExample, &error), qPrintable(error));
    mEditor = new PropertyEditor(mDocument);
    mEditor->resize(380, 900);
    mEditor->show();
    QApplication::setActiveWindow(mEditor);
    QVERIFY(QTest::qWaitForWindowActive(mEditor));
}

void TestPropertyEditor::cleanup()
{
    delete mEditor;
    delete mDocument;
}

void TestPropertyEditor::everyOptionOfEveryKindHasAnEditor()
{
    // Adding an option to the tables must add it to the UI with no new widget code.
    int n = 0;
    for (const NodeKindInfo &kind : NodeKinds::all()) {
        Node probe;
        probe.id = QStringLiteral("probe%1").arg(++n);
        probe.kind = kind.kind;
        QVERIFY(mDocument->topology()->addNode(probe));
        mEditor->showSelection({probe.id}, {}, {});
        QCOMPARE(mEditor->header()->title(), kind.displayName);
        for (const OptionSpec &o : kind.options) {
            OptionEditor *e = mEditor->editor(o.key);
            QVERIFY2(e, qPrintable(kind.kind + "." + o.key));
            QCOMPARE(e->spec().type, o.type);
            QVERIFY2(e->isAtDefault(), qPrintable(kind.kind + "." + o.key));  // a new node is all defaults
            QVERIFY(!mEditor->resetButton(o.key)->isVisible());
        }
    }
    mEditor->showSelection({}, {"hws1-otma"}, {});
    for (const OptionSpec &o : LinkOptions::all())
        QVERIFY(mEditor->editor(o.key));
}

void TestPropertyEditor::racfComboChangesModelAndUndoRestoresExactly()
{
    const QByteArray before = bytes();
    mEditor->showSelection({"hws2"}, {}, {});
    QComboBox *combo = part<QComboBox>(mEditor->editor("RACF"));
    QVERIFY(combo);
    QCOMPARE(combo->currentText(), QStringLiteral("N"));
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Up);  // N -> Y
    QCOMPARE(node("hws2").options.value("RACF").toString(), QStringLiteral("Y"));
    QCOMPARE(stack()->count(), 1);
    QVERIFY(mDocument->isModified());

    stack()->undo();
    QCOMPARE(bytes(), before);
    QCOMPARE(combo->currentText(), QStringLiteral("N"));
    stack()->redo();
    QCOMPARE(node("hws2").options.value("RACF").toString(), QStringLiteral("Y"));
    QCOMPARE(combo->currentText(), QStringLiteral("Y"));
}

void TestPropertyEditor::unchangedValueIsNeverPushed()
{
    mEditor->showSelection({"hws1"}, {}, {});
    QComboBox *combo = part<QComboBox>(mEditor->editor("RACF"));
    QTest::mouseClick(combo, Qt::LeftButton);  // opens the list
    QTRY_VERIFY(combo->view()->isVisible());
    QTest::keyClick(combo->view(), Qt::Key_Return);  // chooses the current value again
    QTRY_VERIFY(!combo->view()->isVisible());
    QCOMPARE(stack()->count(), 0);

    // A check box clicked twice, and a label whose last letter is deleted and
    // typed again: the merged step is back where it started and disappears.
    const QByteArray before = bytes();
    QCheckBox *trusted = part<QCheckBox>(mEditor->editor("trustedUser"));
    QTest::mouseClick(trusted, Qt::LeftButton);
    QTest::mouseClick(trusted, Qt::LeftButton);
    QLineEdit *label = part<QLineEdit>(mEditor->editor("label"));
    const QString last = node("hws1").label.right(1);
    label->setFocus();
    QTest::keyClick(label, Qt::Key_End);
    QTest::keyClick(label, Qt::Key_Backspace);
    QCOMPARE(stack()->count(), 1);
    QTest::keyClicks(label, last);
    QCOMPARE(stack()->count(), 0);
    QCOMPARE(bytes(), before);
    QVERIFY(!mDocument->isModified());
}

void TestPropertyEditor::typingMergesIntoOneStep()
{
    const QByteArray before = bytes();
    mEditor->showSelection({"hws1"}, {}, {});
    QLineEdit *edit = part<QLineEdit>(mEditor->editor("datastoreApplid"));
    QVERIFY(edit);
    retype(edit, QStringLiteral("imsappl"));
    QCOMPARE(edit->text(), QStringLiteral("IMSAPPL"));  // SAF names are upper-cased as typed
    QCOMPARE(node("hws1").options.value("datastoreApplid").toString(), QStringLiteral("IMSAPPL"));
    QCOMPARE(stack()->count(), 1);
    QVERIFY(edit->hasFocus());
    QCOMPARE(edit->cursorPosition(), 7);

    // The label too, and with a key somewhere else in between it is a new step.
    QLineEdit *label = part<QLineEdit>(mEditor->editor("label"));
    retype(label, QStringLiteral("Front door"));
    QCOMPARE(node("hws1").label, QStringLiteral("Front door"));
    QCOMPARE(stack()->count(), 2);

    stack()->undo();
    stack()->undo();
    QCOMPARE(bytes(), before);
    QCOMPARE(edit->text(), QString());
}

void TestPropertyEditor::invalidSafNameIsRefusedWithReason()
{
    mEditor->showSelection({"hws1"}, {}, {});
    OptionEditor *racfid = mEditor->editor("RACFID");
    QLineEdit *edit = part<QLineEdit>(racfid);
    QLabel *problem = problemLabel(racfid);
    QVERIFY(!problem->isVisible());

    // A character RACF does not allow, from the first keystroke: nothing at all is pushed.
    const QByteArray before = bytes();
    retype(edit, QStringLiteral("%"));
    QCOMPARE(stack()->count(), 0);
    QCOMPARE(bytes(), before);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains("not a SAF name"), qPrintable(problem->text()));
    QCOMPARE(edit->toolTip(), problem->text());

    // Too long: the eight valid characters are in the model, the ninth is refused with the reason.
    retype(edit, QStringLiteral("abcdefghi"));
    QCOMPARE(node("hws1").options.value("RACFID").toString(), QStringLiteral("ABCDEFGH"));
    QCOMPARE(stack()->count(), 1);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains("at most 8"), qPrintable(problem->text()));

    QTest::keyClick(edit, Qt::Key_Backspace);
    QVERIFY(!problem->isVisible());
    QVERIFY(edit->toolTip().isEmpty());
    QCOMPARE(stack()->count(), 1);
}

void TestPropertyEditor::resetToDefaultRemovesTheKey()
{
    const QByteArray before = bytes();
    mEditor->showSelection({"hws1"}, {}, {});
    // jobUserid is HWSSTC in the file (default HWS); trustedUser is not in the file.
    QToolButton *reset = mEditor->resetButton("jobUserid");
    QVERIFY(reset->isVisible());
    QVERIFY(!mEditor->editor("jobUserid")->isAtDefault());
    QVERIFY(!mEditor->resetButton("trustedUser")->isVisible());
    QVERIFY(mEditor->editor("trustedUser")->isAtDefault());

    QTest::mouseClick(reset, Qt::LeftButton);
    QVERIFY(!node("hws1").options.contains("jobUserid"));
    QVERIFY(!SecflowWriter::nodeToJson(node("hws1")).value("options").toObject().contains("jobUserid"));
    QVERIFY(bytes() != before);
    QCOMPARE(part<QLineEdit>(mEditor->editor("jobUserid"))->text(), QStringLiteral("HWS"));
    QVERIFY(mEditor->editor("jobUserid")->isAtDefault());
    QVERIFY(!reset->isVisible());
    QCOMPARE(stack()->count(), 1);

    stack()->undo();
    QCOMPARE(bytes(), before);
    QVERIFY(reset->isVisible());
}

void TestPropertyEditor::editingBackToTheDefaultKeepsTheFileClean()
{
    // version is spelled out at its default (15): up then down leaves no trace.
    const QByteArray before = bytes();
    mEditor->showSelection({"hws1"}, {}, {});
    QSpinBox *spin = part<QSpinBox>(mEditor->editor("version"));
    QVERIFY(mEditor->editor("version")->isAtDefault());
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_Up);
    QCOMPARE(node("hws1").options.value("version").toInt(), 16);
    QVERIFY(mEditor->resetButton("version")->isVisible());
    QTest::keyClick(spin, Qt::Key_Down);
    QCOMPARE(bytes(), before);
    QCOMPARE(stack()->count(), 0);
    QVERIFY(!mDocument->isModified());

    // An option not in the file, changed and changed back, leaves the file too.
    QCheckBox *trusted = part<QCheckBox>(mEditor->editor("trustedUser"));
    QTest::mouseClick(trusted, Qt::LeftButton);
    QVERIFY(node("hws1").options.value("trustedUser").toBool());
    QTest::mouseClick(trusted, Qt::LeftButton);
    QVERIFY(!node("hws1").options.contains("trustedUser"));
    QCOMPARE(bytes(), before);
    QCOMPARE(stack()->count(), 0);
}

void TestPropertyEditor::helpShowsRulesWithTheirTitles()
{
    mEditor->showSelection({"hws1"}, {}, {});
    const OptionSpec *spec = NodeKinds::info("ims_connect")->option("RACF");
    part<QComboBox>(mEditor->editor("RACF"))->setFocus();
    PropertyEditorHelp *help = mEditor->helpPane();
    const QString text = help->toPlainText();
    QVERIFY2(text.contains(spec->help.left(40)), qPrintable(text));
    int found = 0;
    for (QTextBlock block = help->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (!f.isAnchor())
                continue;
            const QString id = f.anchorHref().mid(QStringLiteral("rule:").size());
            QVERIFY(spec->rules.contains(id));
            QCOMPARE(f.toolTip(), RuleCatalog::find(id)->title);
            ++found;
        }
    }
    QCOMPARE(found, spec->rules.size());
}

void TestPropertyEditor::modelChangesRefreshWithoutLosingFocus()
{
    mEditor->showSelection({"hws1"}, {}, {});
    QLineEdit *label = part<QLineEdit>(mEditor->editor("label"));
    label->setFocus();
    QTest::keyClick(label, Qt::Key_End);
    QTest::keyClicks(label, " A");
    // Another view changes an option of the node while the user is typing.
    stack()->push(new ChangeValueCommand(mDocument->topology(), ChangeValueCommand::Target::NodeOption, "hws1", "RACF", "N"));
    QCOMPARE(part<QComboBox>(mEditor->editor("RACF"))->currentText(), QStringLiteral("N"));
    QVERIFY(label->hasFocus());
    QTest::keyClicks(label, "B");
    QVERIFY(node("hws1").label.endsWith(" AB"));
    QCOMPARE(part<QLineEdit>(mEditor->editor("label")), label);  // the same widget: nothing was rebuilt
}

void TestPropertyEditor::multiSelectionEditsCommonOptionsInOneStep()
{
    const QByteArray before = bytes();
    mEditor->showSelection({"hws1", "hws2"}, {}, {});
    QVERIFY(mEditor->header()->title().contains("2"));
    QVERIFY(!mEditor->editor("label"));  // a name is not shared
    QCheckBox *trusted = part<QCheckBox>(mEditor->editor("trustedUser"));
    QTest::mouseClick(trusted, Qt::LeftButton);
    QVERIFY(node("hws1").options.value("trustedUser").toBool());
    QVERIFY(node("hws2").options.value("trustedUser").toBool());
    QCOMPARE(stack()->count(), 1);

    retype(part<QLineEdit>(mEditor->editor("datastoreApplid")), QStringLiteral("IMSA"));
    QCOMPARE(node("hws1").options.value("datastoreApplid").toString(), QStringLiteral("IMSA"));
    QCOMPARE(node("hws2").options.value("datastoreApplid").toString(), QStringLiteral("IMSA"));
    QCOMPARE(stack()->count(), 2);

    // RACF differs (Y and N): one choice sets both.
    QComboBox *racf = part<QComboBox>(mEditor->editor("RACF"));
    racf->setFocus();
    QTest::keyClick(racf, racf->currentText() == "Y" ? Qt::Key_Down : Qt::Key_Up);
    QCOMPARE(node("hws1").options.value("RACF"), node("hws2").options.value("RACF"));
    QCOMPARE(stack()->count(), 3);

    while (stack()->canUndo())
        stack()->undo();
    QCOMPARE(bytes(), before);
}

void TestPropertyEditor::mixedKindsAreNotEdited()
{
    mEditor->showSelection({"hws1", "otma"}, {}, {});
    QVERIFY(!mEditor->editor("RACF"));
    QVERIFY(!mEditor->editor("OTMASE"));
    mEditor->showSelection({"hws1"}, {"hws1-otma"}, {});
    QVERIFY(!mEditor->editor("RACF"));
    QVERIFY(!mEditor->editor("transport"));
}

void TestPropertyEditor::linkTransportAndPersistence()
{
    const QByteArray before = bytes();
    mEditor->showSelection({}, {"hws1-otma"}, {});
    QComboBox *transport = part<QComboBox>(mEditor->editor("transport"));
    QCOMPARE(transport->currentText(), QStringLiteral("none"));
    transport->setFocus();
    QTest::keyClick(transport, Qt::Key_Down);
    QCOMPARE(mDocument->topology()->data().link("hws1-otma")->transport, QStringLiteral("tls"));
    QVERIFY(mEditor->resetButton("transport")->isVisible());

    QCheckBox *persistent = part<QCheckBox>(mEditor->editor("persistent"));
    QVERIFY(persistent->isChecked());
    QTest::mouseClick(persistent, Qt::LeftButton);
    QVERIFY(!mDocument->topology()->data().link("hws1-otma")->persistent);
    QVERIFY(bytes().contains("\"persistent\": false"));
    QCOMPARE(stack()->count(), 2);

    QTest::mouseClick(mEditor->resetButton("transport"), Qt::LeftButton);
    QCOMPARE(mDocument->topology()->data().link("hws1-otma")->transport, QStringLiteral("none"));
    QCOMPARE(stack()->count(), 3);
    while (stack()->canUndo())
        stack()->undo();
    QCOMPARE(bytes(), before);
}

void TestPropertyEditor::imageLabel()
{
    const QByteArray before = bytes();
    mEditor->showSelection({}, {}, {"SYSA"});
    QLineEdit *label = part<QLineEdit>(mEditor->editor("label"));
    QCOMPARE(label->text(), QStringLiteral("z/OS SYSA (production)"));
    retype(label, QStringLiteral("Production LPAR"));
    QCOMPARE(mDocument->topology()->data().image("SYSA")->label, QStringLiteral("Production LPAR"));
    QCOMPARE(stack()->count(), 1);
    stack()->undo();
    QCOMPARE(bytes(), before);
    QCOMPARE(label->text(), QStringLiteral("z/OS SYSA (production)"));

    // A node's image combo lists the images by their new label.
    stack()->redo();
    mEditor->showSelection({"hws1"}, {}, {});
    QComboBox *image = part<QComboBox>(mEditor->editor("image"));
    QVERIFY(image->currentText().contains("Production LPAR"));
    QCOMPARE(image->itemText(0), QStringLiteral("(off z/OS)"));
}

void TestPropertyEditor::documentNameAndSimulationTime()
{
    const QByteArray before = bytes();
    mEditor->showSelection({}, {}, {});
    QLineEdit *name = part<QLineEdit>(mEditor->editor("name"));
    QVERIFY(name);
    retype(name, QStringLiteral("Mobile banking"));
    QCOMPARE(mDocument->topology()->data().name, QStringLiteral("Mobile banking"));
    QCOMPARE(mEditor->header()->title(), QStringLiteral("Mobile banking"));
    QCOMPARE(stack()->count(), 1);

    // The file fixes the clock; a reset returns to "now" and drops the key.
    QToolButton *reset = mEditor->resetButton("simulationTime");
    QVERIFY(reset->isVisible());
    QTest::mouseClick(reset, Qt::LeftButton);
    QVERIFY(!mDocument->topology()->data().simulationTime.isValid());
    QVERIFY(!bytes().contains("simulationTime"));
    QVERIFY(mEditor->editor("simulationTime")->isAtDefault());
    QCOMPARE(stack()->count(), 2);

    stack()->undo();
    QCOMPARE(part<QDateTimeEdit>(mEditor->editor("simulationTime"))->dateTime(),
             QDateTime(QDate(2026, 3, 16), QTime(9, 30), Qt::UTC));
    stack()->undo();
    QCOMPARE(bytes(), before);
    QCOMPARE(name->text(), mDocument->topology()->data().name);
}

void TestPropertyEditor::truststoreAndCertificate()
{
    const QByteArray before = bytes();
    mEditor->showSelection({"hws2"}, {}, {});
    // Only CA certificates can be trusted.
    QListWidget *trust = part<QListWidget>(mEditor->editor("truststore"));
    QStringList offered;
    for (int i = 0; i < trust->count(); ++i)
        offered.append(trust->item(i)->text());
    QCOMPARE(offered, QStringList({"bankroot", "bankissuing", "devicesca"}));
    QListWidgetItem *root = trust->item(0);
    const QRect box = trust->visualItemRect(root);
    QTest::mouseClick(trust->viewport(), Qt::LeftButton, {}, QPoint(box.left() + 10, box.center().y()));
    QCOMPARE(node("hws2").options.value("truststore").toArray(), QJsonArray({"bankroot"}));

    QComboBox *cert = part<QComboBox>(mEditor->editor("certificate"));
    QCOMPARE(cert->currentText(), QStringLiteral("(none)"));
    cert->setFocus();
    QTest::keyClick(cert, Qt::Key_End);
    QCOMPARE(node("hws2").options.value("certificate").toString(), QStringLiteral("zcldapcert"));
    QCOMPARE(stack()->count(), 2);
    while (stack()->canUndo())
        stack()->undo();
    QCOMPARE(bytes(), before);
}

void TestPropertyEditor::exitEditorInstallsAndDeniesUsers()
{
    const QByteArray before = bytes();
    mEditor->showSelection({"hws1"}, {}, {});
    OptionEditor *exit = mEditor->editor("IMSLSECX");
    QCheckBox *installed = part<QCheckBox>(exit);
    QLineEdit *entry = part<QLineEdit>(exit);
    QVERIFY(!entry->isVisible());  // no deny list while the exit is not installed
    QTest::mouseClick(installed, Qt::LeftButton);
    QCOMPARE(node("hws1").options.value("IMSLSECX").toObject().value("denyUsers").toArray(), QJsonArray());
    QVERIFY(entry->isVisible());
    entry->setFocus();
    QTest::keyClicks(entry, "temp01");
    QTest::keyClick(entry, Qt::Key_Return);
    QCOMPARE(node("hws1").options.value("IMSLSECX").toObject().value("denyUsers").toArray(), QJsonArray({"TEMP01"}));
    QTest::keyClicks(entry, "way_too_long");
    QTest::keyClick(entry, Qt::Key_Return);
    QCOMPARE(node("hws1").options.value("IMSLSECX").toObject().value("denyUsers").toArray().size(), 1);
    QVERIFY(problemLabel(mEditor->editor("IMSLSECX")->findChild<OptionEditor *>())->isVisible());
    QCOMPARE(stack()->count(), 1);  // consecutive edits of one option: one step
    while (stack()->canUndo())
        stack()->undo();
    QCOMPARE(bytes(), before);
}

QTEST_MAIN(TestPropertyEditor)
#include "tst_propertyeditor.moc"
