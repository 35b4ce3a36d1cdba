// The what-if: while a request is shown, an edit through the undo stack
// replays it; the banner over the canvas names the edit and what followed,
// the canvas and the inspector mark the hops that changed, undo reports the
// way back, and Dismiss clears it all. SOAP Gateway example, RACF=Y -> N.
// covers: ICON-01 ICON-02
#include "guitestsetup.h"
#include "changevaluecommand.h"
#include "diagramview.h"
#include "document.h"
#include "mainwindow.h"
#include "theme.h"
#include "traceeventmodel.h"
#include "traceinspector.h"
#include "traceoverlay.h"
#include "tracesession.h"
#include "whatifbanner.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

namespace {

const QString kExample = QStringLiteral(SECFLOW_SOURCE_DIR "/resources/examples/soap_gateway_untp.secflow");

struct Fixture
{
    MainWindow window;
    TraceSession *session = window.traceSession();
    WhatIfBanner *banner = window.whatIfBanner();
    QUndoStack *stack = window.document()->undoStack();

    Fixture()
    {
        QString error;
        if (!window.document()->load(kExample, &error))
            qFatal("%s", qPrintable(error));
        window.show();
        QApplication::setActiveWindow(&window);
    }
    void setRacf(const QString &value)
    {
        stack->push(new ChangeValueCommand(window.document()->topology(), ChangeValueCommand::Target::NodeOption,
                                           QStringLiteral("hws1"), QStringLiteral("RACF"), value));
        session->replayNow();  // rather than wait for the debounce
    }
    bool inspectorMarks(const QString &node) const
    {
        QAbstractItemModel *m = window.traceInspector()->eventView()->model();
        for (int h = 0; h < m->rowCount(); ++h) {
            const QModelIndex hop = m->index(h, 0);
            if (hop.data(TraceEventModel::NodeRole).toString() == node)
                return hop.data(TraceEventModel::ChangedRole).toBool();
        }
        return false;
    }
};

const QSet<QString> kChanged{QStringLiteral("hws1"), QStringLiteral("otma"), QStringLiteral("ims1")};

} // namespace

class TestWhatIf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        GuiTestSetup::apply();
    }

    void racfOffShowsWhatFollowed()
    {
        Fixture f;
        f.session->showRequest(QStringLiteral("partner_saml_racf_y"));
        QVERIFY(!f.banner->isVisible());
        f.setRacf(QStringLiteral("N"));

        QVERIFY(f.banner->isVisible());
        QCOMPARE(f.stack->undoText(), QStringLiteral("Set RACF=N at IMS Connect HWS1"));
        QCOMPARE(f.banner->text(),
                 QStringLiteral("Set RACF=N at IMS Connect HWS1: request now accepted, running as MGARCIA; "
                                "no longer checked at IMS Connect HWS1: IMS Connect authenticates the user "
                                "(ICON-01 fail → not run); at IMS Connect HWS1: RACF=N: no authentication in "
                                "IMS Connect (ICON-02 skip)"));
        QCOMPARE(f.banner->changedNodes(), kChanged);
        QCOMPARE(f.window.traceOverlay()->changedNodes(), kChanged);
        // Over the canvas, along its top edge.
        QCOMPARE(f.banner->parentWidget(), static_cast<QWidget *>(f.window.view()));
        QVERIFY(f.banner->geometry().top() < 20);

        TraceInspector *inspector = f.window.traceInspector();
        QVERIFY(!inspector->eventView()->isColumnHidden(TraceEventModel::ChangeColumn));
        QVERIFY(f.inspectorMarks(QStringLiteral("hws1")));
        QVERIFY(f.inspectorMarks(QStringLiteral("otma")));
        QVERIFY(!f.inspectorMarks(QStringLiteral("sgpartner")));
        QCOMPARE(inspector->outcomeText(), QStringLiteral("Accepted — PAYINQ ran as MGARCIA"));
    }

    void undoReportsTheWayBack()
    {
        Fixture f;
        f.session->showRequest(QStringLiteral("partner_saml_racf_y"));
        f.setRacf(QStringLiteral("N"));
        f.stack->undo();
        f.session->replayNow();
        QVERIFY(!f.session->trace().accepted);
        QVERIFY2(f.banner->text().startsWith(QStringLiteral("Undo Set RACF=N at IMS Connect HWS1: request now rejected "
                                                            "at IMS Connect HWS1 by ICON-01")),
                 qPrintable(f.banner->text()));
        QCOMPARE(f.banner->changedNodes(), kChanged);  // the same hops changed back

        f.stack->redo();
        f.session->replayNow();
        QVERIFY(f.banner->text().startsWith(QStringLiteral("Set RACF=N at IMS Connect HWS1: request now accepted")));
    }

    void dismissClearsTheMarks()
    {
        Fixture f;
        f.session->showRequest(QStringLiteral("partner_saml_racf_y"));
        f.setRacf(QStringLiteral("N"));
        QTest::mouseClick(f.banner->dismissButton(), Qt::LeftButton);
        QVERIFY(!f.banner->isVisible());
        QVERIFY(f.banner->changedNodes().isEmpty());
        QVERIFY(f.window.traceOverlay()->changedNodes().isEmpty());
        QVERIFY(!f.session->previousTrace());
        QVERIFY(f.window.traceInspector()->eventView()->isColumnHidden(TraceEventModel::ChangeColumn));
        QVERIFY(!f.inspectorMarks(QStringLiteral("hws1")));
        // The trace itself stays: the request is still shown as it now runs.
        QVERIFY(f.session->trace().accepted);
    }

    void anotherRequestEndsTheWhatIf()
    {
        Fixture f;
        f.session->showRequest(QStringLiteral("jsmith_payinq"));
        f.setRacf(QStringLiteral("N"));
        QVERIFY(f.banner->text().startsWith(QStringLiteral("Set RACF=N at IMS Connect HWS1: no longer checked at IMS "
                                                           "Connect HWS1: IMS Connect authenticates the user")));
        QVERIFY(f.banner->text().contains(QStringLiteral("GROUP PAYCLERK and UTOKEN JSMITH no longer reach OTMA")));
        f.session->showRequest(QStringLiteral("rates_bundle_user"));
        QVERIFY(!f.banner->isVisible());
        QVERIFY(f.window.traceOverlay()->changedNodes().isEmpty());
    }
};

QTEST_MAIN(TestWhatIf)
#include "tst_whatif.moc"
