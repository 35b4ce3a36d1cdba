// The trace inspector: one row per hop and per check of a real trace, the
// result filters and the search box, the rule behind a selected check (its
// explanation, source and a modelled-assumption note), and the selection
// following the player and moving it. Uses the real example files.
// covers: ICON-01 OTMA-02 ICON-04
#include "guitestsetup.h"
#include "document.h"
#include "hopdetailswidget.h"
#include "mainwindow.h"
#include "rulecatalog.h"
#include "ruleexplanationview.h"
#include "secflowreader.h"
#include "simulator.h"
#include "theme.h"
#include "traceeventfilter.h"
#include "traceeventmodel.h"
#include "traceinspector.h"
#include "traceplayer.h"
#include "tracesession.h"

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

namespace {

const QString kExample = QStringLiteral(SECFLOW_SOURCE_DIR "/resources/examples/soap_gateway_untp.secflow");
const QString kTrusted = QStringLiteral(SECFLOW_SOURCE_DIR "/resources/examples/trusted_user_pitfalls.secflow");

struct Fixture
{
    MainWindow window;
    TraceSession *session = window.traceSession();
    TraceInspector *inspector = window.traceInspector();
    QTreeView *view = inspector->eventView();

    explicit Fixture(const QString &file = kExample)
    {
        QString error;
        if (!window.document()->load(file, &error))
            qFatal("%s", qPrintable(error));
        window.show();
        window.dock(QStringLiteral("inspectorDock"))->show();
        window.dock(QStringLiteral("inspectorDock"))->raise();
        QApplication::setActiveWindow(&window);
    }

    // The visible row of a hop (by node) or of one of its checks (by rule).
    QModelIndex row(const QString &node, const QString &rule = {}) const
    {
        QAbstractItemModel *m = view->model();
        for (int h = 0; h < m->rowCount(); ++h) {
            const QModelIndex hop = m->index(h, 0);
            if (hop.data(TraceEventModel::NodeRole).toString() != node)
                continue;
            if (rule.isEmpty())
                return hop;
            for (int c = 0; c < m->rowCount(hop); ++c) {
                if (m->index(c, 0, hop).data().toString() == rule)
                    return m->index(c, 0, hop);
            }
        }
        return {};
    }

    void click(const QModelIndex &index) const
    {
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }

    QStringList visibleRules() const
    {
        QStringList out;
        QAbstractItemModel *m = view->model();
        for (int h = 0; h < m->rowCount(); ++h) {
            const QModelIndex hop = m->index(h, 0);
            for (int c = 0; c < m->rowCount(hop); ++c)
                out.append(hop.data(TraceEventModel::NodeRole).toString() + QLatin1Char(':') + m->index(c, 0, hop).data().toString());
        }
        return out;
    }
};

} // namespace

class TestInspector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        GuiTestSetup::apply();
    }

    void emptyUntilARequestIsShown()
    {
        Fixture f;
        QVERIFY(!f.inspector->hasTrace());
        QVERIFY(f.inspector->outcomeText().isEmpty());
        QVERIFY(f.inspector->findChild<QLabel *>() != nullptr);
        QVERIFY(!f.view->isVisible());
        f.session->showRequest(QStringLiteral("jsmith_payinq"));
        QVERIFY(f.inspector->hasTrace());
        QVERIFY(f.view->isVisible());
        f.session->clear();
        QVERIFY(!f.inspector->hasTrace());
        QVERIFY(!f.view->isVisible());
    }

    void rowsAreTheHopsAndTheirChecks()
    {
        Fixture f;
        f.session->showRequest(QStringLiteral("jsmith_payinq"));
        const Trace &t = f.session->trace();
        QAbstractItemModel *m = f.view->model();
        QCOMPARE(m->rowCount(), t.hops.size());
        for (int h = 0; h < t.hops.size(); ++h) {
            const QModelIndex hop = m->index(h, 0);
            QCOMPARE(hop.data(TraceEventModel::NodeRole).toString(), t.hops.at(h).node);
            QCOMPARE(m->rowCount(hop), t.hops.at(h).checks.size());
            for (int c = 0; c < t.hops.at(h).checks.size(); ++c) {
                QCOMPARE(m->index(c, TraceEventModel::EventColumn, hop).data().toString(), t.hops.at(h).checks.at(c).rule);
                QVERIFY(!m->index(c, TraceEventModel::ResultColumn, hop).data(Qt::DecorationRole).isNull());
            }
        }
        QCOMPARE(f.row(QStringLiteral("hws1")).data().toString(), QStringLiteral("IMS Connect HWS1"));
        const QModelIndex icon01 = f.row(QStringLiteral("hws1"), QStringLiteral("ICON-01"));
        QCOMPARE(icon01.siblingAtColumn(TraceEventModel::ResultColumn).data().toString(), QStringLiteral("Pass"));
        QCOMPARE(f.inspector->outcomeText(), QStringLiteral("Accepted — PAYINQ ran as JSMITH"));
    }

    void rejectionIsNamedInTheHeader()
    {
        Fixture f;
        f.session->showRequest(QStringLiteral("jsmith_payupd_denied"));
        QCOMPARE(f.inspector->outcomeText(),
                 QStringLiteral("Rejected at OTMA (XCF group XCFGRP1) by OTMA-02 (Transaction and command authorization)"));
        QCOMPARE(f.row(QStringLiteral("otma")).siblingAtColumn(TraceEventModel::ResultColumn).data().toString(),
                 QStringLiteral("Rejected here"));
    }

    void filtersByResultAndText()
    {
        Fixture f;
        f.session->showRequest(QStringLiteral("jsmith_payupd_denied"));
        const int all = f.visibleRules().size();

        QTest::mouseClick(f.inspector->filterButton(QStringLiteral("fail")), Qt::LeftButton);
        QCOMPARE(f.inspector->resultFilter(), QStringLiteral("fail"));
        QCOMPARE(f.visibleRules(), QStringList{QStringLiteral("otma:OTMA-02")});

        QTest::mouseClick(f.inspector->filterButton(QStringLiteral("info")), Qt::LeftButton);
        const QStringList info = f.visibleRules();
        QVERIFY(!info.isEmpty());
        for (const QString &r : info) {
            const QStringList parts = r.split(QLatin1Char(':'));
            QCOMPARE(f.row(parts.at(0), parts.at(1)).data(TraceEventModel::ResultRole).toString(), QStringLiteral("info"));
        }

        QTest::mouseClick(f.inspector->filterButton(QString()), Qt::LeftButton);
        QCOMPARE(f.visibleRules().size(), all);

        QTest::keyClicks(f.inspector->searchBox(), QStringLiteral("icon-01"));
        QCOMPARE(f.visibleRules(), QStringList{QStringLiteral("hws1:ICON-01")});
        f.inspector->searchBox()->clear();
        // A hop's name shows all its checks.
        QTest::keyClicks(f.inspector->searchBox(), QStringLiteral("IMS Connect HWS1"));
        QCOMPARE(f.view->model()->rowCount(), 1);
        QCOMPARE(f.visibleRules().size(), f.session->trace().hop(QStringLiteral("hws1"))->checks.size());
        // Text and result together: the passing checks of that hop only.
        QTest::mouseClick(f.inspector->filterButton(QStringLiteral("pass")), Qt::LeftButton);
        for (const QString &r : f.visibleRules())
            QVERIFY2(r.startsWith(QStringLiteral("hws1:")), qPrintable(r));
        QVERIFY(f.visibleRules().contains(QStringLiteral("hws1:ICON-01")));
    }

    void aSelectedCheckExplainsItsRule()
    {
        Fixture f;
        f.session->showRequest(QStringLiteral("jsmith_payinq"));
        const QModelIndex icon01 = f.row(QStringLiteral("hws1"), QStringLiteral("ICON-01"));
        f.click(icon01);
        QCOMPARE(f.inspector->selectedCheck(), icon01.row());
        HopDetailsWidget *d = f.inspector->details();
        QVERIFY(d->title().contains(QStringLiteral("IMS Connect HWS1")));
        QCOMPARE(d->explanation()->rule(), QStringLiteral("ICON-01"));
        const QString text = d->explanation()->toPlainText();
        const RuleInfo *info = RuleCatalog::find(QStringLiteral("ICON-01"));
        QVERIFY(text.contains(info->explanation));
        QVERIFY(text.contains(info->source));
        QVERIFY(!text.contains(QStringLiteral("Modelled assumption")));
        QCOMPARE(d->checkTable()->currentItem()->text(0), QStringLiteral("ICON-01"));

        // Arrived and left side by side: the password is dropped, a UTOKEN added.
        QTreeWidget *identity = d->identityTable();
        QStringList rows;
        for (int i = 0; i < identity->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *r = identity->topLevelItem(i);
            rows.append(QStringList{r->text(0), r->text(1), r->text(2)}.join(QLatin1Char('|')));
        }
        QCOMPARE(rows, QStringList({"USERID|JSMITH|JSMITH", "GROUP|—|PAYCLERK (added)", "PASSWORD|present|— (dropped)",
                                    "UTOKEN|—|JSMITH (added)"}));
        QVERIFY(identity->topLevelItem(2)->font(0).bold());
        QVERIFY(!identity->topLevelItem(0)->font(0).bold());

        // A check picked in the details table selects its row in the tree.
        const int icon07 = f.row(QStringLiteral("hws1"), QStringLiteral("ICON-07")).row();
        d->checkTable()->setCurrentItem(d->checkTable()->topLevelItem(icon07));
        QCOMPARE(f.inspector->selectedCheck(), icon07);
        QCOMPARE(f.view->currentIndex().data().toString(), QStringLiteral("ICON-07"));
    }

    void modelledAssumptionsAreSaid()
    {
        Fixture f(kTrusted);
        f.session->showRequest(QStringLiteral("racfid_unprotected_transaction"));
        QVERIFY(RuleCatalog::find(QStringLiteral("ICON-04"))->modelledAssumption);
        QModelIndex icon04;
        for (int h = 0; h < f.view->model()->rowCount() && !icon04.isValid(); ++h)
            icon04 = f.row(f.view->model()->index(h, 0).data(TraceEventModel::NodeRole).toString(), QStringLiteral("ICON-04"));
        QVERIFY(icon04.isValid());
        f.click(icon04);
        QVERIFY(f.inspector->details()->explanation()->toPlainText().contains(QStringLiteral("Modelled assumption")));
    }

    void selectionAndPlayerFollowEachOther()
    {
        Fixture f;
        f.session->showRequest(QStringLiteral("jsmith_payinq"));
        TracePlayer *player = f.session->player();
        QCOMPARE(player->step(), 0);
        QCOMPARE(f.inspector->selectedHop(), 0);  // the player's first stop

        const QModelIndex icon07 = f.row(QStringLiteral("hws1"), QStringLiteral("ICON-07"));
        f.click(icon07);
        QCOMPARE(player->step(), f.session->timeline().stepOf(QStringLiteral("hws1"), TimelineStep::Phase::Arrive));
        QCOMPARE(f.inspector->selectedCheck(), icon07.row());  // the check stays selected

        player->stepForward();  // leaving HWS1: still the same hop, the selection stays
        QCOMPARE(f.inspector->selectedCheck(), icon07.row());
        player->stepForward();  // arriving at OTMA
        QCOMPARE(f.view->currentIndex().data(TraceEventModel::NodeRole).toString(), QStringLiteral("otma"));
        QVERIFY(f.row(QStringLiteral("otma")).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(f.row(QStringLiteral("hws1")).data(Qt::FontRole).isNull());

        f.click(f.row(QStringLiteral("portal")));
        QCOMPARE(player->step(), 0);
    }

    void theRefusalStopSelectsTheFailingCheck()
    {
        Fixture f;
        f.session->showRequest(QStringLiteral("jsmith_payupd_denied"));
        TracePlayer *player = f.session->player();
        player->toEnd();
        QVERIFY(f.session->timeline().step(player->step()).failed);
        const QModelIndex otma02 = f.row(QStringLiteral("otma"), QStringLiteral("OTMA-02"));
        QVERIFY(otma02.isValid());
        QCOMPARE(f.inspector->selectedCheck(), otma02.row());
        QCOMPARE(f.inspector->details()->explanation()->rule(), QStringLiteral("OTMA-02"));
        player->stepBack();  // a stop that is not refused selects its hop again
        QCOMPARE(f.inspector->selectedCheck(), -1);
    }

    void worksWithoutASession()
    {
        SecflowReader reader;
        const auto data = reader.readFile(kExample);
        QVERIFY(data);
        const Request *r = data->request(QStringLiteral("partner_saml_racf_y"));
        const Trace t = simulate(*data, *r);
        TraceInspector inspector;
        inspector.showTrace(t, &*data, r);
        QCOMPARE(inspector.outcomeText(),
                 QStringLiteral("Rejected at IMS Connect HWS1 by ICON-01 (IMS Connect authenticates the user)"));
        QCOMPARE(inspector.eventView()->model()->rowCount(), t.hops.size());
        QVERIFY(inspector.selectCheck(2, 0));
        QCOMPARE(inspector.details()->hop(), 2);
    }
};

QTEST_MAIN(TestInspector)
#include "tst_inspector.moc"
