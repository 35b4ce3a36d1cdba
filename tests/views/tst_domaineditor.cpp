// The Security domains editor: tables of users, groups, profiles, PTKTDATA
// and mappings edited in place with QTest events, every edit undoable back to
// a byte-identical file, and a domain of 100,000 users that stays responsive.

#include "document.h"
#include "domaineditor.h"
#include "domainfiltermodel.h"
#include "domaintablemodel.h"
#include "domaintablepage.h"
#include "passticket.h"
#include "secflowwriter.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using Table = Topology::DomainTable;

namespace {

const QString kBullets(8, QChar(0x2022));

QString examplePath()
{
    return QStringLiteral(SECFLOW_SOURCE_DIR "/resources/examples/ims_to_ims_passtickets.secflow");
}

QByteArray bytes(const Document &doc) { return SecflowWriter::toBytes(doc.topology()->data()); }

void undoAll(Document &doc)
{
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
}

const SecurityDomain &domain(const Document &doc, const QString &id = QStringLiteral("RACFSYSA"))
{
    return *doc.topology()->data().domain(id);
}

// The view index of source row `row`, column `column`.
QModelIndex cell(DomainTablePage *page, int row, int column)
{
    return page->proxy()->mapFromSource(page->model()->index(row, column));
}

void clickCell(DomainTablePage *page, const QModelIndex &index, Qt::KeyboardModifiers mods = {})
{
    QTableView *view = page->view();
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, mods, view->visualRect(index).center());
}

// Clicks a cell and presses F2; returns the editor that opened.
QWidget *openEditor(DomainTablePage *page, const QModelIndex &index)
{
    clickCell(page, index);
    QTest::keyClick(page->view(), Qt::Key_F2);
    return page->view()->indexWidget(index);
}

// Replaces the text of a line edit editor by typing, then presses Enter.
void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
    QCoreApplication::processEvents();  // the delegate commits on Enter through a queued call
}

struct Fixture
{
    Document doc;
    DomainEditor *editor = nullptr;
    QByteArray original;

    Fixture()
    {
        QString error;
        if (!doc.load(examplePath(), &error))
            qFatal("%s", qPrintable(error));
        original = bytes(doc);
        editor = new DomainEditor(&doc);
        editor->resize(1000, 600);
        editor->show();
        if (!QTest::qWaitForWindowExposed(editor))
            qFatal("editor not exposed");
    }
    ~Fixture() { delete editor; }
    DomainTablePage *page(Table t) const
    {
        editor->tabs()->setCurrentIndex(int(t));
        return editor->page(t);
    }
};

} // namespace

class TestDomainEditor : public QObject
{
    Q_OBJECT

private slots:
    void addUserAndEditPassword();
    void invalidSafNameRefused();
    void groupsOfAUser();
    void filterAndSort();
    void removeTwoRowsAndUndo();
    void uaccCombo();
    void permitsEdit();
    void ptktKeyMaskedAndValidated();
    void revokedCheckBox();
    void groupWithUsersCannotGo();
    void domainsAndClasses();
    void hundredThousandUsers();
    void topologyRowOperations();
};

void TestDomainEditor::topologyRowOperations()
{
    Document doc;
    QString error;
    QVERIFY(doc.load(examplePath(), &error));
    Topology *t = doc.topology();
    const QString id = QStringLiteral("RACFSYSA");
    QSignalSpy rows(t, &Topology::domainRowsChanged), changed(t, &Topology::domainChanged),
        replaced(t, &Topology::domainReplaced);

    // A setter that changes nothing emits nothing.
    QVERIFY(!t->setDomainRow(id, Table::Users, 0, t->domainRow(id, Table::Users, 0)));
    QCOMPARE(changed.count(), 0);
    // Wrong table, wrong index, unknown domain: refused.
    QVERIFY(!t->setDomainRow(id, Table::Groups, 0, t->domainRow(id, Table::Users, 0)));
    QVERIFY(!t->setDomainRow(id, Table::Users, 13, t->domainRow(id, Table::Users, 0)));
    QVERIFY(!t->insertDomainRows(id, Table::Groups, 9, {QStringLiteral("X")}));
    QVERIFY(!t->removeDomainRows(id, Table::Groups, 7, 2));
    QVERIFY(!t->removeDomainRows(QStringLiteral("NOPE"), Table::Groups, 0, 1));
    QCOMPARE(changed.count(), 0);

    RacfUser u = std::get<RacfUser>(t->domainRow(id, Table::Users, 0));
    u.id = QStringLiteral("JDOE");
    QVERIFY(t->setDomainRow(id, Table::Users, 0, u));
    QCOMPARE(rows.count(), 1);
    QCOMPARE(rows.first().at(2).toInt(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(replaced.count(), 0);
    QVERIFY(domain(doc).user(QStringLiteral("JDOE")));
    QVERIFY(!domain(doc).user(QStringLiteral("JSMITH")));

    QVERIFY(t->insertDomainRows(id, Table::Groups, 1, {QStringLiteral("A"), QStringLiteral("B")}));
    QCOMPARE(domain(doc).groups.mid(0, 4), (QStringList{"PAYCLERK", "A", "B", "PAYMGR"}));
    QVERIFY(t->removeDomainRows(id, Table::Groups, 1, 2));
    QVERIFY(t->setDomainActiveClasses(id, {QStringLiteral("TIMS")}));
    QVERIFY(!domain(doc).isClassActive(QStringLiteral("FACILITY")));
    QVERIFY(!t->setDomainActiveClasses(id, {QStringLiteral("TIMS")}));
}


void TestDomainEditor::addUserAndEditPassword()
{
    Fixture f;
    DomainTablePage *page = f.page(Table::Users);
    QCOMPARE(f.editor->currentDomain(), QStringLiteral("RACFSYSA"));
    const int before = int(domain(f.doc).users.size());

    QTest::mouseClick(page->addButton(), Qt::LeftButton);
    QCOMPARE(domain(f.doc).users.size(), before + 1);
    QCOMPARE(domain(f.doc).users.last().id, QStringLiteral("USER1"));
    // The new user's ID is open for editing: type over it (upper-cased as typed).
    auto *idEdit = qobject_cast<QLineEdit *>(page->view()->indexWidget(cell(page, before, 0)));
    QVERIFY(idEdit);
    typeInto(idEdit, QStringLiteral("bob"));
    QCOMPARE(domain(f.doc).users.last().id, QStringLiteral("BOB"));
    QVERIFY(domain(f.doc).user(QStringLiteral("BOB")));  // the index follows row edits

    auto *pw = qobject_cast<QLineEdit *>(openEditor(page, cell(page, before, 1)));
    QVERIFY(pw);
    QCOMPARE(pw->echoMode(), QLineEdit::Password);
    typeInto(pw, QStringLiteral("s3cret"));
    QCOMPARE(domain(f.doc).users.last().password.plain, QStringLiteral("s3cret"));
    QVERIFY(domain(f.doc).users.last().password.set);
    QCOMPARE(cell(page, before, 1).data().toString(), kBullets);
    QCOMPARE(cell(page, 0, 1).data().toString(), kBullets);

    // A second edit of the same cell merges into one undo step.
    const int steps = f.doc.undoStack()->count();
    pw = qobject_cast<QLineEdit *>(openEditor(page, cell(page, before, 1)));
    QVERIFY(pw);
    typeInto(pw, QStringLiteral("n3wer"));
    QCOMPARE(domain(f.doc).users.last().password.plain, QStringLiteral("n3wer"));
    QCOMPARE(f.doc.undoStack()->count(), steps);

    // Shown on request only.
    QTest::mouseClick(page->revealButton(), Qt::LeftButton);
    QCOMPARE(cell(page, before, 1).data().toString(), QStringLiteral("n3wer"));
    QTest::mouseClick(page->revealButton(), Qt::LeftButton);
    QCOMPARE(cell(page, before, 1).data().toString(), kBullets);

    f.doc.undoStack()->undo();
    QCOMPARE(domain(f.doc).users.last().password.set, false);
    undoAll(f.doc);
    QCOMPARE(domain(f.doc).users.size(), before);
    QCOMPARE(page->model()->rowCount(), before);
    QCOMPARE(bytes(f.doc), f.original);
}

void TestDomainEditor::invalidSafNameRefused()
{
    Fixture f;
    DomainTablePage *page = f.page(Table::Users);
    auto *edit = qobject_cast<QLineEdit *>(openEditor(page, cell(page, 0, 0)));
    QVERIFY(edit);
    typeInto(edit, QStringLiteral("toolongname"));
    // Refused with the reason; the editor stays open with what was typed.
    QVERIFY(page->view()->indexWidget(cell(page, 0, 0)));
    QCOMPARE(edit->text(), QStringLiteral("TOOLONGNAME"));
    QVERIFY(page->statusLabel()->isVisible());
    QVERIFY2(page->statusLabel()->text().contains(QLatin1String("at most 8")), qPrintable(page->statusLabel()->text()));
    typeInto(edit, QStringLiteral("A-B"));
    QVERIFY(page->statusLabel()->text().contains(QLatin1String("not a SAF name")));
    typeInto(edit, QStringLiteral("mgarcia"));
    QVERIFY(page->statusLabel()->text().contains(QLatin1String("already exists")));
    QTest::keyClick(edit, Qt::Key_Escape);
    QVERIFY(!page->view()->indexWidget(cell(page, 0, 0)));

    // Committing by leaving the cell is refused the same way.
    QVERIFY(!page->proxy()->setData(cell(page, 0, 0), QStringLiteral("TOOLONGNAME")));
    QCOMPARE(domain(f.doc).users.first().id, QStringLiteral("JSMITH"));
    QCOMPARE(f.doc.undoStack()->count(), 0);
    QCOMPARE(bytes(f.doc), f.original);

    // A valid one goes through and clears the message.
    edit = qobject_cast<QLineEdit *>(openEditor(page, cell(page, 0, 0)));
    typeInto(edit, QStringLiteral("jsmith2"));
    QCOMPARE(domain(f.doc).users.first().id, QStringLiteral("JSMITH2"));
    QVERIFY(!page->statusLabel()->isVisible());
}

void TestDomainEditor::groupsOfAUser()
{
    Fixture f;
    DomainTablePage *page = f.page(Table::Users);
    // MGARCIA: PAYMGR, PAYCLERK; default PAYMGR.
    auto *edit = qobject_cast<QLineEdit *>(openEditor(page, cell(page, 1, 2)));
    QVERIFY(edit);
    QCOMPARE(edit->text(), QStringLiteral("PAYMGR, PAYCLERK"));
    typeInto(edit, QStringLiteral("paymgr, nosuch"));
    QVERIFY(page->statusLabel()->text().contains(QLatin1String("no group NOSUCH")));
    typeInto(edit, QStringLiteral("payclerk auditor"));
    QCOMPARE(domain(f.doc).users.at(1).groups, (QStringList{"PAYCLERK", "AUDITOR"}));
    // The default group left with its group.
    QCOMPARE(domain(f.doc).users.at(1).defaultGroup, QString());
    QCOMPARE(cell(page, 1, 3).data().toString(), QStringLiteral("(none)"));

    // The default group is picked among the user's groups.
    auto *combo = qobject_cast<QComboBox *>(openEditor(page, cell(page, 1, 3)));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 3);
    combo->hidePopup();
    QTest::keyClick(combo, Qt::Key_End);
    QCOMPARE(domain(f.doc).users.at(1).defaultGroup, QStringLiteral("AUDITOR"));
    undoAll(f.doc);
    QCOMPARE(bytes(f.doc), f.original);
}

void TestDomainEditor::filterAndSort()
{
    Fixture f;
    DomainTablePage *page = f.page(Table::Users);
    QSortFilterProxyModel *proxy = page->proxy();
    QTest::keyClicks(page->filterEdit(), QStringLiteral("loan"));  // case-insensitive, any column
    QCOMPARE(proxy->rowCount(), 2);  // PWILSON and AKHAN by their group LOANOFF
    QTest::keyClick(page->filterEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(page->filterEdit(), QStringLiteral("user0"));
    QCOMPARE(proxy->rowCount(), 2);
    // Secrets never match a filter: "Spring26" is JSMITH's password.
    page->filterEdit()->setText(QStringLiteral("spring26"));
    QCOMPARE(proxy->rowCount(), 0);
    page->filterEdit()->clear();
    QCOMPARE(proxy->rowCount(), 13);

    QHeaderView *header = page->view()->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(header->sectionViewportPosition(0) + 10, 5));
    QCOMPARE(proxy->index(0, 0).data().toString(), QStringLiteral("AKHAN"));
    QCOMPARE(proxy->index(12, 0).data().toString(), QStringLiteral("USER0002"));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(header->sectionViewportPosition(0) + 10, 5));
    QCOMPARE(proxy->index(0, 0).data().toString(), QStringLiteral("USER0002"));
    // Revoked users first or last: the check box column sorts too.
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(header->sectionViewportPosition(4) + 10, 5));
    QCOMPARE(proxy->index(12, 0).data().toString(), QStringLiteral("RKUMAR"));

    // An edit while sorted lands on the right row.
    const QModelIndex jsmith = proxy->match(proxy->index(0, 0), Qt::DisplayRole, QStringLiteral("JSMITH")).value(0);
    auto *edit = qobject_cast<QLineEdit *>(openEditor(page, jsmith));
    QVERIFY(edit);
    typeInto(edit, QStringLiteral("zed"));
    QCOMPARE(domain(f.doc).users.first().id, QStringLiteral("ZED"));
    undoAll(f.doc);
    QCOMPARE(bytes(f.doc), f.original);
}

void TestDomainEditor::removeTwoRowsAndUndo()
{
    Fixture f;
    DomainTablePage *page = f.page(Table::Users);
    clickCell(page, cell(page, 1, 0));
    clickCell(page, cell(page, 3, 0), Qt::ControlModifier);
    QTest::mouseClick(page->removeButton(), Qt::LeftButton);
    QCOMPARE(domain(f.doc).users.size(), 11);
    QVERIFY(!domain(f.doc).user(QStringLiteral("MGARCIA")));
    QVERIFY(!domain(f.doc).user(QStringLiteral("LCHEN")));
    QCOMPARE(page->model()->rowCount(), 11);
    QCOMPARE(f.doc.undoStack()->count(), 1);

    // The Delete key does the same, on the table only.
    clickCell(page, cell(page, 0, 0));
    QTest::keyClick(page->view(), Qt::Key_Delete);
    QCOMPARE(domain(f.doc).users.size(), 10);
    QVERIFY(!domain(f.doc).user(QStringLiteral("JSMITH")));

    undoAll(f.doc);
    QCOMPARE(domain(f.doc).users.at(1).id, QStringLiteral("MGARCIA"));
    QCOMPARE(domain(f.doc).users.at(3).id, QStringLiteral("LCHEN"));
    QCOMPARE(page->model()->index(3, 0).data().toString(), QStringLiteral("LCHEN"));
    QCOMPARE(bytes(f.doc), f.original);
    f.doc.undoStack()->redo();
    QCOMPARE(domain(f.doc).users.size(), 11);
}

void TestDomainEditor::uaccCombo()
{
    Fixture f;
    DomainTablePage *page = f.page(Table::Profiles);
    QCOMPARE(cell(page, 2, 1).data().toString(), QStringLiteral("PAY*"));
    auto *combo = qobject_cast<QComboBox *>(openEditor(page, cell(page, 2, 2)));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 5);
    QCOMPARE(combo->currentText(), QStringLiteral("NONE"));
    // It opens as a list: pick with the keyboard.
    QTRY_VERIFY(combo->view()->isVisible());
    QTest::keyClick(combo->view(), Qt::Key_Down);
    QTest::keyClick(combo->view(), Qt::Key_Down);
    QTest::keyClick(combo->view(), Qt::Key_Return);
    QCOMPARE(domain(f.doc).profiles.at(2).uacc, AccessLevel::Update);
    QCOMPARE(cell(page, 2, 2).data().toString(), QStringLiteral("UPDATE"));
    QTRY_VERIFY(!page->view()->indexWidget(cell(page, 2, 2)));
    undoAll(f.doc);
    QCOMPARE(bytes(f.doc), f.original);
}

void TestDomainEditor::permitsEdit()
{
    Fixture f;
    DomainTablePage *page = f.page(Table::Profiles);
    auto *edit = qobject_cast<QLineEdit *>(openEditor(page, cell(page, 3, 3)));
    QVERIFY(edit);
    QCOMPARE(edit->text(), QStringLiteral("PAYMGR=UPDATE"));
    typeInto(edit, QStringLiteral("paymgr=write"));
    QVERIFY(page->statusLabel()->text().contains(QLatin1String("NONE, READ, UPDATE")));
    typeInto(edit, QStringLiteral("paymgr=read paymgr=alter"));
    QVERIFY(page->statusLabel()->text().contains(QLatin1String("twice")));
    typeInto(edit, QStringLiteral("paymgr = alter, auditor=read *=none"));
    const auto permits = domain(f.doc).profiles.at(3).permits;
    QCOMPARE(permits.size(), 3);
    QCOMPARE(permits.at(0), qMakePair(QStringLiteral("PAYMGR"), AccessLevel::Alter));
    QCOMPARE(permits.at(1), qMakePair(QStringLiteral("AUDITOR"), AccessLevel::Read));
    QCOMPARE(permits.at(2), qMakePair(QStringLiteral("*"), AccessLevel::None));
    QCOMPARE(cell(page, 3, 3).data().toString(), QStringLiteral("PAYMGR=ALTER, AUDITOR=READ, *=NONE"));
    // The engine sees it at once (the index was rebuilt).
    QCOMPARE(domain(f.doc).authorize(QStringLiteral("TNGUYEN"), QStringLiteral("TIMS"), QStringLiteral("PAYUPD")).result,
             AccessDecision::Result::Granted);
    undoAll(f.doc);
    QCOMPARE(bytes(f.doc), f.original);
}

void TestDomainEditor::ptktKeyMaskedAndValidated()
{
    Fixture f;
    DomainTablePage *page = f.page(Table::PtktData);
    QCOMPARE(cell(page, 0, 0).data().toString(), QStringLiteral("IMSAPPLA"));
    QCOMPARE(cell(page, 0, 1).data().toString(), kBullets);
    QVERIFY(!page->proxy()->index(0, 1).data(DomainTableModel::SortRole).toString().contains(QLatin1String("A1B2")));
    auto *key = qobject_cast<QLineEdit *>(openEditor(page, cell(page, 0, 1)));
    QVERIFY(key);
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    typeInto(key, QStringLiteral("12345"));
    QVERIFY(page->statusLabel()->text().contains(QLatin1String("16 or 64")));
    typeInto(key, QStringLiteral("0123456789abcdeg"));
    QVERIFY(page->view()->indexWidget(cell(page, 0, 1)));
    typeInto(key, QStringLiteral("0123456789abcdef"));
    QCOMPARE(domain(f.doc).ptktdata.at(0).key.plain, QStringLiteral("0123456789ABCDEF"));
    QCOMPARE(cell(page, 0, 1).data().toString(), kBullets);

    // An enhanced type needs an enhanced key.
    QCOMPARE(cell(page, 0, 3).data().toString(), QStringLiteral("\u2014"));
    QVERIFY(!(cell(page, 0, 3).flags() & Qt::ItemIsEditable));
    QVERIFY(cell(page, 0, 3).data(Qt::ToolTipRole).toString().contains(QLatin1String("64-digit")));
    QVERIFY(!page->proxy()->setData(cell(page, 0, 3), QStringLiteral("mixed")));
    key = qobject_cast<QLineEdit *>(openEditor(page, cell(page, 0, 1)));
    typeInto(key, QString(64, QLatin1Char('a')));
    QVERIFY(page->proxy()->setData(cell(page, 0, 3), QStringLiteral("mixed")));
    QCOMPARE(domain(f.doc).ptktdata.at(0).enhancedType, QStringLiteral("mixed"));
    // Back to a classic key: the type goes with it.
    key = qobject_cast<QLineEdit *>(openEditor(page, cell(page, 0, 1)));
    typeInto(key, QStringLiteral("0123456789abcdef"));
    QCOMPARE(domain(f.doc).ptktdata.at(0).enhancedType, QString());

    // Adding one makes a fresh random classic key, masked.
    QTest::mouseClick(page->addButton(), Qt::LeftButton);
    QCOMPARE(domain(f.doc).ptktdata.size(), 3);
    QVERIFY(PassTicket::parseKey(domain(f.doc).ptktdata.last().key.plain));
    QCOMPARE(cell(page, 2, 1).data().toString(), kBullets);
    QTest::keyClick(page->view()->indexWidget(cell(page, 2, 0)), Qt::Key_Escape);
    undoAll(f.doc);
    QCOMPARE(bytes(f.doc), f.original);
}

void TestDomainEditor::revokedCheckBox()
{
    Fixture f;
    DomainTablePage *page = f.page(Table::Users);
    QCOMPARE(cell(page, 7, 4).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);  // RKUMAR
    clickCell(page, cell(page, 0, 4));
    QTest::keyClick(page->view(), Qt::Key_Space);
    QVERIFY(domain(f.doc).users.at(0).revoked);
    QCOMPARE(cell(page, 0, 4).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    undoAll(f.doc);
    QCOMPARE(bytes(f.doc), f.original);
}

void TestDomainEditor::groupWithUsersCannotGo()
{
    Fixture f;
    DomainTablePage *page = f.page(Table::Groups);
    clickCell(page, cell(page, 0, 0));  // PAYCLERK
    QTest::mouseClick(page->removeButton(), Qt::LeftButton);
    QVERIFY(page->statusLabel()->text().contains(QLatin1String("JSMITH")));
    QCOMPARE(domain(f.doc).groups.size(), 8);
    QTest::mouseClick(page->addButton(), Qt::LeftButton);
    auto *edit = qobject_cast<QLineEdit *>(page->view()->indexWidget(cell(page, 8, 0)));
    QVERIFY(edit);
    typeInto(edit, QStringLiteral("newgrp"));
    QCOMPARE(domain(f.doc).groups.last(), QStringLiteral("NEWGRP"));
    undoAll(f.doc);
    QCOMPARE(bytes(f.doc), f.original);
}

void TestDomainEditor::domainsAndClasses()
{
    Fixture f;
    QComboBox *combo = f.editor->domainCombo();
    QCOMPARE(combo->count(), 2);
    QToolButton *facility = f.editor->classButton(QStringLiteral("FACILITY"));
    QVERIFY(facility && facility->isChecked());
    QTest::mouseClick(facility, Qt::LeftButton);
    QVERIFY(!domain(f.doc).isClassActive(QStringLiteral("FACILITY")));
    QVERIFY(!facility->isChecked());

    // Switching database switches every table.
    combo->setCurrentIndex(1);
    QCOMPARE(f.editor->page(Table::PtktData)->model()->index(1, 0).data().toString(), QStringLiteral("APPLI2I.USER0002"));
    QVERIFY(f.editor->classButton(QStringLiteral("FACILITY"))->isChecked());

    QTest::mouseClick(f.editor->addDomainButton(), Qt::LeftButton);
    QCOMPARE(combo->count(), 3);
    QCOMPARE(f.editor->currentDomain(), QStringLiteral("RACF1"));
    QCOMPARE(f.editor->page(Table::Users)->model()->rowCount(), 0);

    combo->setCurrentIndex(0);
    QString error;
    QVERIFY(!f.editor->renameDomainTo(QStringLiteral("RACFSYSB"), &error));
    QVERIFY(error.contains(QLatin1String("already")));
    QVERIFY(f.editor->renameDomainTo(QStringLiteral("RACFPROD"), &error));
    QCOMPARE(f.editor->currentDomain(), QStringLiteral("RACFPROD"));
    QCOMPARE(f.doc.topology()->data().image(QStringLiteral("SYSA"))->domain, QStringLiteral("RACFPROD"));
    QCOMPARE(f.editor->page(Table::Users)->model()->rowCount(), 13);

    QTest::mouseClick(f.editor->removeDomainButton(), Qt::LeftButton);
    QVERIFY(!f.doc.topology()->data().domain(QStringLiteral("RACFPROD")));
    QCOMPARE(f.doc.topology()->data().image(QStringLiteral("SYSA"))->domain, QString());
    undoAll(f.doc);
    QCOMPARE(bytes(f.doc), f.original);
    QCOMPARE(combo->count(), 2);
}

void TestDomainEditor::hundredThousandUsers()
{
    TopologyData data;
    SecurityDomain big;
    big.id = QStringLiteral("BIG");
    big.groups = {QStringLiteral("STAFF")};
    for (int i = 0; i < 100000; ++i) {
        RacfUser u;
        u.id = QStringLiteral("U%1").arg(i, 5, 10, QLatin1Char('0'));
        u.password = Secret::fromPlain(QStringLiteral("PW%1").arg(i));
        u.groups = big.groups;
        big.users.append(u);
    }
    data.domains.append(big);
    Document doc;
    doc.loadData(data);
    const QByteArray original = bytes(doc);

    QElapsedTimer timer;
    timer.start();
    DomainEditor editor(&doc);
    editor.resize(1000, 600);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const qint64 load = timer.restart();
    DomainTablePage *page = editor.page(Table::Users);
    QCOMPARE(page->proxy()->rowCount(), 100000);

    page->filterEdit()->setText(QStringLiteral("U00999"));
    const qint64 filter = timer.restart();
    QCOMPARE(page->proxy()->rowCount(), 1);
    QCOMPARE(page->proxy()->index(0, 0).data().toString(), QStringLiteral("U00999"));

    // One cell edit and its undo, while filtered.
    QVERIFY(page->proxy()->setData(page->proxy()->index(0, 0), QStringLiteral("X00999")));
    const qint64 edit = timer.restart();
    QCOMPARE(doc.topology()->data().domain(QStringLiteral("BIG"))->users.at(999).id, QStringLiteral("X00999"));
    QCOMPARE(page->proxy()->rowCount(), 0);  // no longer matches
    doc.undoStack()->undo();
    const qint64 undo = timer.restart();
    QCOMPARE(page->proxy()->rowCount(), 1);

    page->filterEdit()->clear();
    const qint64 unfilter = timer.restart();
    page->view()->sortByColumn(0, Qt::DescendingOrder);
    const qint64 sort = timer.restart();
    QCOMPARE(page->proxy()->index(0, 0).data().toString(), QStringLiteral("U99999"));
    QVERIFY(page->model()->removeRows({10, 11, 500}).isEmpty());
    const qint64 remove = timer.restart();
    QCOMPARE(page->proxy()->rowCount(), 99997);
    doc.undoStack()->undo();
    const qint64 undoRemove = timer.restart();
    QCOMPARE(bytes(doc), original);
    qInfo("100,000 users: load %lld ms, filter %lld ms, edit %lld ms, undo %lld ms, unfilter %lld ms, "
          "sort %lld ms, remove 3 %lld ms, undo remove %lld ms",
          load, filter, edit, undo, unfilter, sort, remove, undoRemove);
}

QTEST_MAIN(TestDomainEditor)
#include "tst_domaineditor.moc"
