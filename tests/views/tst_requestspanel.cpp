// The Requests panel: requests created, edited and deleted through the real
// widgets with QTest events, each change one undo step that restores the
// file exactly; edits that survive saving and loading; inline validation;
// path picking by clicks on the canvas; the proposed route; Run.
#include "diagramscene.h"
#include "diagramview.h"
#include "document.h"
#include "fieldmessage.h"
#include "nodeitem.h"
#include "pathchips.h"
#include "pathpicktool.h"
#include "requestform.h"
#include "requestlistmodel.h"
#include "requestpathrow.h"
#include "requestspanel.h"
#include "secflowreader.h"
#include "secflowwriter.h"
#include "tracesession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

namespace {

const char *kFixture = R"({
  "format": "secflow", "version": 1, "name": "requests fixture",
  "images": [{"id": "SYSA", "label": "z/OS SYSA", "domain": "RACFA"}],
  "domains": [{"id": "RACFA", "activeClasses": ["TIMS"], "users": [{"id": "ALICE", "password": "ALICEPW"}]}],
  "certificates": [{"id": "signer1", "subject": "CN=Signer", "issuer": "signer1", "notBefore": "2025-01-01T00:00:00Z",
                    "notAfter": "2030-01-01T00:00:00Z", "ca": true}],
  "nodes": [
    {"id": "app", "kind": "client", "label": "Payroll app", "view": {"x": 0, "y": 0}},
    {"id": "gw", "kind": "soap_gateway", "label": "Gateway", "view": {"x": 0, "y": 200}},
    {"id": "icon", "kind": "ims_connect", "label": "IMS Connect", "image": "SYSA", "options": {"RACF": "Y"}, "view": {"x": 320, "y": 0}},
    {"id": "otma", "kind": "otma", "label": "OTMA", "image": "SYSA", "view": {"x": 640, "y": 0}},
    {"id": "odbm", "kind": "odbm", "label": "ODBM", "image": "SYSA", "view": {"x": 320, "y": 200}},
    {"id": "ims", "kind": "ims", "label": "IMS", "image": "SYSA", "view": {"x": 640, "y": 200}}
  ],
  "links": [
    {"id": "l1", "from": "app", "to": "icon", "transport": "at_tls"},
    {"id": "l2", "from": "gw", "to": "icon"},
    {"id": "l3", "from": "icon", "to": "otma"},
    {"id": "l4", "from": "otma", "to": "ims"},
    {"id": "l5", "from": "icon", "to": "odbm"},
    {"id": "l6", "from": "odbm", "to": "ims"}
  ],
  "requests": [
    {"id": "r1", "label": "Alice runs PAYROLL", "kind": "transaction", "resource": "PAYROLL",
     "path": ["app", "icon", "otma", "ims"], "identity": {"userid": "alice", "password": "ALICEPW"}},
    {"id": "r2", "label": "Alice reads PSB1", "kind": "db", "resource": "PSB1",
     "path": ["app", "icon", "odbm", "ims"], "identity": {"userid": "alice", "password": "ALICEPW"}}
  ]
})";

struct Fixture
{
    Document doc;
    DiagramView view;
    DiagramScene *scene;
    RequestsPanel *panel;

    Fixture()
    {
        SecflowReader reader;
        auto data = reader.read(kFixture, QStringLiteral("fixture"));
        if (!data)
            qFatal("%s", qPrintable(reader.errorString()));
        doc.loadData(*data);
        scene = new DiagramScene(&doc, &view);
        view.setScene(scene);
        view.resize(1100, 500);
        view.show();
        panel = new RequestsPanel(&doc);
        panel->setScene(scene);
        panel->resize(1000, 420);
        panel->show();
        if (!QTest::qWaitForWindowExposed(&view) || !QTest::qWaitForWindowExposed(panel))
            qFatal("not exposed");
        view.resetZoom();
        view.centerOn(320, 100);
    }
    ~Fixture() { delete panel; }

    template<typename T>
    T *field(const char *name) const
    {
        T *w = panel->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no field %s", name);
        return w;
    }
    RequestPathRow *pathRow() const { return panel->form()->pathRow(); }
    const Request *request(const QString &id) const { return doc.topology()->data().request(id); }
    QByteArray bytes() const { return SecflowWriter::toBytes(doc.topology()->data()); }
    void clickNode(const QString &id)
    {
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.mapFromScene(scene->nodeItem(id)->pos()));
    }
};

QStringList ids(const char *text) { return QString::fromLatin1(text).split(QLatin1Char(',')); }

} // namespace

class TestRequestsPanel : public QObject
{
    Q_OBJECT

private slots:
    void listShowsTheRequests()
    {
        Fixture f;
        RequestListModel *m = f.panel->model();
        QCOMPARE(m->rowCount(), 2);
        QCOMPARE(m->index(0, RequestListModel::NameColumn).data().toString(), QString("Alice runs PAYROLL"));
        QCOMPARE(m->index(1, RequestListModel::KindColumn).data().toString(), QString("Database (ODBM)"));
        QCOMPARE(m->index(0, RequestListModel::ResourceColumn).data().toString(), QString("PAYROLL"));
        QCOMPARE(m->index(0, RequestListModel::PathColumn).data().toString(), QString("app \u2192 icon \u2192 otma \u2192 ims"));
        QVERIFY(m->index(0, RequestListModel::OutcomeColumn).data().isNull());
        // The first request is selected and shown.
        QCOMPARE(f.panel->currentRequestId(), QString("r1"));
        QCOMPARE(f.field<QLineEdit>("requestId")->text(), QString("r1"));
        QVERIFY(f.field<QLineEdit>("requestId")->isReadOnly());
        QCOMPARE(f.pathRow()->chips()->text(), QString("app \u2192 icon \u2192 otma \u2192 ims"));
        QCOMPARE(f.field<QComboBox>("samlSigner")->count(), 2);  // (none) and the certificate
    }

    void newDuplicateDeleteAreUndoable()
    {
        Fixture f;
        const QByteArray original = f.bytes();
        QTest::mouseClick(f.panel->newButton(), Qt::LeftButton);
        QCOMPARE(f.doc.topology()->data().requests.size(), 3);
        const Request *added = f.request("r3");
        QVERIFY(added);
        // After the selected request, from the first client, along the proposed route.
        QCOMPARE(f.doc.topology()->data().requests.at(1).id, QString("r3"));
        QCOMPARE(added->path, ids("app,icon,otma,ims"));
        QCOMPARE(added->kind, QString("transaction"));
        QCOMPARE(f.panel->currentRequestId(), QString("r3"));
        QCOMPARE(f.doc.undoStack()->count(), 1);

        QTest::mouseClick(f.panel->duplicateButton(), Qt::LeftButton);
        QVERIFY(f.request("r4"));
        QCOMPARE(f.request("r4")->path, added->path);
        QCOMPARE(f.request("r4")->label, QString("New request (copy)"));

        // Delete the first request; undo puts it back at its place, exactly.
        f.panel->selectRequest("r1");
        const QByteArray beforeDelete = f.bytes();
        QTest::mouseClick(f.panel->deleteButton(), Qt::LeftButton);
        QVERIFY(!f.request("r1"));
        QCOMPARE(f.panel->currentRequestId(), QString("r3"));  // the next row
        f.doc.undoStack()->undo();
        QCOMPARE(f.doc.topology()->data().requests.first().id, QString("r1"));
        QCOMPARE(f.bytes(), beforeDelete);
        QCOMPARE(f.panel->currentRequestId(), QString("r1"));

        // The Delete key in the list does the same.
        f.panel->view()->setFocus();
        QTest::keyClick(f.panel->view(), Qt::Key_Delete);
        QVERIFY(!f.request("r1"));
        while (f.doc.undoStack()->canUndo())
            f.doc.undoStack()->undo();
        QCOMPARE(f.bytes(), original);
        QCOMPARE(f.panel->model()->rowCount(), 2);
    }

    void editsAreUndoStepsAndSaved()
    {
        Fixture f;
        const QByteArray original = f.bytes();
        QUndoStack *stack = f.doc.undoStack();
        auto *label = f.field<QLineEdit>("label");
        label->selectAll();
        QTest::keyClicks(label, "Payroll run");
        QCOMPARE(f.request("r1")->label, QString("Payroll run"));
        QCOMPARE(stack->count(), 1);  // typing merges into one step
        QCOMPARE(f.panel->model()->index(0, 0).data().toString(), QString("Payroll run"));

        auto *userid = f.field<QLineEdit>("userid");
        userid->selectAll();
        QTest::keyClicks(userid, "bob");
        QCOMPARE(f.request("r1")->identity.userid, QString("bob"));
        QCOMPARE(stack->count(), 2);

        auto *group = f.field<QLineEdit>("group");
        QTest::keyClicks(group, "paygrp");
        QCOMPARE(f.request("r1")->identity.group, QString("PAYGRP"));  // as the loader reads it
        QCOMPARE(group->text(), QString("PAYGRP"));

        auto *token = f.field<QComboBox>("token");
        token->setFocus();
        QTest::keyClick(token, Qt::Key_Down);
        QCOMPARE(f.request("r1")->identity.token, token->currentData().toString());
        QVERIFY(!f.request("r1")->identity.token.isEmpty());

        auto *signer = f.field<QComboBox>("samlSigner");
        QTest::keyClick(signer, Qt::Key_Down);
        QCOMPARE(f.request("r1")->identity.samlSigner, QString("signer1"));

        auto *jwt = f.field<QLineEdit>("jwt");
        QTest::keyClicks(jwt, R"({"iss": "idp", "sub": "alice"})");
        QCOMPARE(f.request("r1")->identity.jwt.toObject().value("sub").toString(), QString("alice"));

        auto *passticket = f.field<QCheckBox>("passticket");
        auto *key = f.field<QLineEdit>("passticketKey");
        QVERIFY(!key->isEnabled());
        QTest::mouseClick(passticket, Qt::LeftButton, {}, QPoint(8, passticket->height() / 2));
        QVERIFY(f.request("r1")->identity.passticket);
        QVERIFY(key->isEnabled());
        QTest::keyClicks(key, "E001193519561977");
        QCOMPARE(f.request("r1")->identity.passticketKey, QString("E001193519561977"));

        auto *trusted = f.field<QCheckBox>("trusted");
        QTest::mouseClick(trusted, Qt::LeftButton, {}, QPoint(8, trusted->height() / 2));
        QVERIFY(f.request("r1")->identity.trusted);

        auto *repeat = f.field<QSpinBox>("repeat");
        QTest::keyClick(repeat, Qt::Key_Up);
        QCOMPARE(f.request("r1")->repeat, 2);

        auto *kind = f.field<QComboBox>("kind");
        QTest::keyClick(kind, Qt::Key_Down);
        QCOMPARE(f.request("r1")->kind, QString("command"));

        auto *resource = f.field<QLineEdit>("resource");
        resource->selectAll();
        QTest::keyClicks(resource, "/DIS");
        QCOMPARE(f.request("r1")->resource, QString("/DIS"));

        const QByteArray edited = f.bytes();
        const Request saved = *f.request("r1");
        // Saved and read back: the file holds every edit.
        QTemporaryDir dir;
        const QString file = dir.filePath("edited.secflow");
        QString error;
        QVERIFY2(SecflowWriter::save(f.doc.topology()->data(), file, &error), qPrintable(error));
        SecflowReader reader;
        const auto reloaded = reader.readFile(file);
        QVERIFY2(reloaded, qPrintable(reader.errorString()));
        QCOMPARE(SecflowWriter::requestToJson(*reloaded->request("r1")), SecflowWriter::requestToJson(saved));

        // Undo all restores the file exactly, and the form follows.
        while (stack->canUndo())
            stack->undo();
        QCOMPARE(f.bytes(), original);
        QCOMPARE(label->text(), QString("Alice runs PAYROLL"));
        QCOMPARE(userid->text(), QString("alice"));
        QCOMPARE(group->text(), QString());
        QCOMPARE(kind->currentData().toString(), QString("transaction"));
        QCOMPARE(repeat->value(), 1);
        QVERIFY(!passticket->isChecked());
        QVERIFY(!key->isEnabled());
        QCOMPARE(token->currentIndex(), 0);
        while (stack->canRedo())
            stack->redo();
        QCOMPARE(f.bytes(), edited);
        QCOMPARE(resource->text(), QString("/DIS"));
        QCOMPARE(jwt->text(), QString(R"({"iss":"idp","sub":"alice"})"));
    }

    void invalidInputIsExplainedAndNotTaken()
    {
        Fixture f;
        const QByteArray original = f.bytes();
        auto *group = f.field<QLineEdit>("group");
        auto *groupMessage = f.field<FieldMessage>("groupMessage");
        QTest::keyClicks(group, "VERYLONGGR");
        QCOMPARE(f.request("r1")->identity.group, QString("VERYLONG"));  // the last valid value
        QVERIFY(groupMessage->isError());
        QVERIFY(!groupMessage->isHidden());
        QVERIFY(groupMessage->text().contains("8 characters"));
        QCOMPARE(group->text(), QString("VERYLONGGR"));  // kept for the user to fix
        QTest::keyClick(group, Qt::Key_Backspace);
        QTest::keyClick(group, Qt::Key_Backspace);
        QVERIFY(groupMessage->isHidden());

        // A long user ID is taken, with a warning (an LDAP name may be mapped on the way).
        auto *userid = f.field<QLineEdit>("userid");
        auto *useridMessage = f.field<FieldMessage>("useridMessage");
        userid->selectAll();
        QTest::keyClicks(userid, "alice.smith");
        QCOMPARE(f.request("r1")->identity.userid, QString("alice.smith"));
        QVERIFY(!useridMessage->isHidden());
        QCOMPARE(useridMessage->kind(), FieldMessage::Kind::Warning);

        QTest::mouseClick(f.field<QCheckBox>("passticket"), Qt::LeftButton, {}, QPoint(8, 8));
        auto *key = f.field<QLineEdit>("passticketKey");
        QTest::keyClicks(key, "E00119351956197Z");
        QVERIFY(f.request("r1")->identity.passticketKey.isEmpty());
        QVERIFY(f.field<FieldMessage>("passticketKeyMessage")->isError());
        auto *time = f.field<QLineEdit>("passticketTime");
        QTest::keyClicks(time, "tomorrow");
        QVERIFY(f.request("r1")->identity.passticketTime.isEmpty());
        QVERIFY(f.field<FieldMessage>("passticketTimeMessage")->isError());
        auto *jwt = f.field<QLineEdit>("jwt");
        QTest::keyClicks(jwt, "{\"iss\": ");
        QVERIFY(f.request("r1")->identity.jwt.isNull());
        QVERIFY(f.field<FieldMessage>("jwtMessage")->isError());
        // The password is masked until shown.
        auto *password = f.field<QLineEdit>("password");
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QTest::mouseClick(f.field<QToolButton>("showPassword"), Qt::LeftButton);
        QCOMPARE(password->echoMode(), QLineEdit::Normal);

        while (f.doc.undoStack()->canUndo())
            f.doc.undoStack()->undo();
        QCOMPARE(f.bytes(), original);
    }

    void pathPickedOnTheCanvas()
    {
        Fixture f;
        const QByteArray original = f.bytes();
        RequestPathRow *row = f.pathRow();
        QTest::mouseClick(row->pickButton(), Qt::LeftButton);
        QVERIFY(row->isPicking());
        QCOMPARE(f.scene->temporaryTool(), row->pickTool());
        f.clickNode("app");
        QCOMPARE(row->pickTool()->path(), QStringList{"app"});
        // gw is not linked to app: refused, with the reason.
        f.clickNode("gw");
        QCOMPARE(row->pickTool()->path(), QStringList{"app"});
        QVERIFY2(row->message()->text().contains("not linked"), qPrintable(row->message()->text()));
        f.clickNode("icon");
        f.clickNode("app");  // no loops
        QVERIFY(row->message()->text().contains("must not loop"));
        f.clickNode("odbm");
        QCOMPARE(row->pickTool()->path(), ids("app,icon,odbm"));
        QCOMPARE(f.scene->shownPath(), ids("app,icon,odbm"));
        QVERIFY(f.scene->pathOverlay());
        QCOMPARE(f.scene->pathOverlay()->count(), 3);
        // Backspace on the canvas takes the last node back.
        QTest::keyClick(&f.view, Qt::Key_Backspace);
        QCOMPARE(row->pickTool()->path(), ids("app,icon"));
        f.clickNode("otma");
        f.clickNode("ims");
        QCOMPARE(f.doc.undoStack()->count(), 0);  // nothing changes until the path is kept
        QCOMPARE(row->chips()->text(), QString("app \u2192 icon \u2192 otma \u2192 ims"));
        QTest::keyClick(&f.view, Qt::Key_Backspace);
        QTest::keyClick(&f.view, Qt::Key_Return);
        QVERIFY(!row->isPicking());
        QVERIFY(!f.scene->temporaryTool());
        QVERIFY(!f.scene->pathOverlay());
        QCOMPARE(f.request("r1")->path, ids("app,icon,otma"));
        QCOMPARE(f.doc.undoStack()->count(), 1);
        // The path no longer ends at IMS: the row says so.
        QCOMPARE(row->message()->kind(), FieldMessage::Kind::Warning);
        QVERIFY(row->message()->text().contains("ends at IMS"));
        f.doc.undoStack()->undo();
        QCOMPARE(f.bytes(), original);
        QCOMPARE(row->chips()->text(), QString("app \u2192 icon \u2192 otma \u2192 ims"));
        QVERIFY(!row->message()->isVisible());

        // Escape cancels: nothing changes; Done with the button keeps the path.
        QTest::mouseClick(row->pickButton(), Qt::LeftButton);
        f.clickNode("app");
        QTest::keyClick(&f.view, Qt::Key_Escape);
        QVERIFY(!row->isPicking());
        QCOMPARE(f.bytes(), original);
        QCOMPARE(f.doc.undoStack()->count(), 1);  // the undone step is still there to redo
        QVERIFY(f.doc.undoStack()->canRedo());

        // A callout's first node must be an IMS.
        f.panel->selectRequest("r2");
        QTest::keyClick(f.field<QComboBox>("kind"), Qt::Key_Down);
        QCOMPARE(f.request("r2")->kind, QString("sync_callout"));
        QTest::mouseClick(row->pickButton(), Qt::LeftButton);
        f.clickNode("app");
        QVERIFY(row->pickTool()->path().isEmpty());
        QVERIFY(row->message()->text().contains("starts at an IMS node"));
        f.clickNode("ims");
        QCOMPARE(row->pickTool()->path(), QStringList{"ims"});
        QTest::mouseClick(row->cancelButton(), Qt::LeftButton);
        QVERIFY(!row->isPicking());
        QVERIFY(!f.scene->temporaryTool());
    }

    void proposedRouteIsAcceptedInOneClick()
    {
        Fixture f;
        RequestPathRow *row = f.pathRow();
        auto *kind = f.field<QComboBox>("kind");
        kind->setFocus();
        QTest::keyClick(kind, Qt::Key_Down);
        QTest::keyClick(kind, Qt::Key_Down);
        QCOMPARE(f.request("r1")->kind, QString("db"));
        QVERIFY(row->message()->text().contains("does not pass through otma"));
        const QByteArray beforePropose = f.bytes();
        QTest::mouseClick(row->proposeButton(), Qt::LeftButton);
        QVERIFY(row->isProposing());
        QCOMPARE(row->proposal(), ids("app,icon,odbm,ims"));
        QCOMPARE(f.scene->shownPath(), ids("app,icon,odbm,ims"));
        QCOMPARE(f.scene->pathOverlay()->style(), PathOverlayItem::Style::Proposed);
        QCOMPARE(row->chips()->style(), PathChips::Style::Proposed);
        QCOMPARE(f.bytes(), beforePropose);  // only shown so far
        QVERIFY(row->acceptButton()->isVisible());
        QTest::mouseClick(row->acceptButton(), Qt::LeftButton);
        QCOMPARE(f.request("r1")->path, ids("app,icon,odbm,ims"));
        QVERIFY(!f.scene->pathOverlay());
        QVERIFY(!row->message()->isVisible());  // the path now fits the kind
        f.doc.undoStack()->undo();
        QCOMPARE(f.bytes(), beforePropose);

        // While picking, the proposal completes the route from the nodes picked so far.
        QTest::mouseClick(row->pickButton(), Qt::LeftButton);
        f.clickNode("gw");
        QTest::mouseClick(row->proposeButton(), Qt::LeftButton);
        QVERIFY(!row->isPicking());
        QCOMPARE(row->proposal(), ids("gw,icon,odbm,ims"));
        QTest::mouseClick(row->acceptButton(), Qt::LeftButton);
        QCOMPARE(f.request("r1")->path, ids("gw,icon,odbm,ims"));
        // Nothing more to propose: said so, nothing shown.
        QTest::mouseClick(row->proposeButton(), Qt::LeftButton);
        QVERIFY(!row->isProposing());
        QVERIFY(row->message()->text().contains("already the shortest"));
    }

    void runShowsTheTraceAndItsOutcome()
    {
        Fixture f;
        TraceSession session(&f.doc);
        QVERIFY(!f.panel->runButton()->isEnabled());
        f.panel->setTraceSession(&session);
        QVERIFY(f.panel->runButton()->isEnabled());
        f.panel->selectRequest("r2");
        QTest::mouseClick(f.panel->runButton(), Qt::LeftButton);
        QCOMPARE(session.requestId(), QString("r2"));
        const QModelIndex outcome = f.panel->model()->index(1, RequestListModel::OutcomeColumn);
        QCOMPARE(outcome.data().toString(), session.trace().accepted ? QString("Accepted") : QString("Rejected"));
        QVERIFY(!outcome.data(Qt::DecorationRole).isNull());
        QVERIFY(f.panel->model()->index(0, RequestListModel::OutcomeColumn).data().isNull());  // r1 never ran
        // The request on show is played again after an edit and keeps its outcome...
        auto *label = f.field<QLineEdit>("label");
        QTest::keyClicks(label, "!");
        session.replayNow();
        QVERIFY(!f.panel->model()->index(1, RequestListModel::OutcomeColumn).data().isNull());
        // ... a request edited while another is shown forgets it until it runs again.
        f.panel->selectRequest("r1");
        QTest::mouseClick(f.panel->runButton(), Qt::LeftButton);
        QCOMPARE(session.requestId(), QString("r1"));
        QVERIFY(!f.panel->model()->index(0, RequestListModel::OutcomeColumn).data().isNull());
        f.panel->selectRequest("r2");
        QTest::keyClicks(label, "!");
        QVERIFY(f.panel->model()->index(1, RequestListModel::OutcomeColumn).data().isNull());
        QVERIFY(!f.panel->model()->index(0, RequestListModel::OutcomeColumn).data().isNull());
    }
};

QTEST_MAIN(TestRequestsPanel)
#include "tst_requestspanel.moc"
