// The findings panel and the background design review: findings follow every
// change through the undo stack, a click shows the node, large topologies are
// reviewed off the GUI thread and stale results never reach the panel.
// covers: ADV-07

#include "changevaluecommand.h"
#include "diagramscene.h"
#include "document.h"
#include "findingsmodel.h"
#include "findingspanel.h"
#include "nodeitem.h"
#include "reviewrunner.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

namespace {

QJsonObject node(const QString &id, const QString &kind, const QJsonObject &options, int x, int y)
{
    return {{"id", id}, {"kind", kind}, {"label", id.toUpper()}, {"options", options}, {"view", QJsonObject{{"x", x}, {"y", y}}}};
}

QJsonObject link(const QString &from, const QString &to)
{
    return {{"id", from + "-" + to}, {"from", from}, {"to", to}, {"transport", "at_tls"}};
}

// `pairs` IMS Connects with RACF=N, each in front of its own OTMA with OTMASE=NONE (ADV-07 on each).
QByteArray openPaths(int pairs)
{
    QJsonArray nodes, links;
    for (int i = 0; i < pairs; ++i) {
        const QString icon = pairs == 1 ? QStringLiteral("icon1") : QStringLiteral("icon%1").arg(i);
        const QString otma = pairs == 1 ? QStringLiteral("otma1") : QStringLiteral("otma%1").arg(i);
        nodes.append(node(icon, "ims_connect", {{"RACF", "N"}}, 0, i * 100));
        nodes.append(node(otma, "otma", {{"OTMASE", "NONE"}}, 300, i * 100));
        links.append(link(icon, otma));
    }
    const QJsonObject file{{"format", "secflow"}, {"version", 1}, {"name", "open paths"},
                           {"simulationTime", "2026-11-21T10:00:00Z"}, {"nodes", nodes}, {"links", links}};
    return QJsonDocument(file).toJson();
}

int count(const QList<Finding> &findings, const QString &rule, const QString &node = {})
{
    int n = 0;
    for (const Finding &f : findings)
        n += f.rule == rule && (node.isEmpty() || f.node == node);
    return n;
}

Finding finding(const char *rule, const char *severity, const char *node, const char *link)
{
    return {QLatin1String(rule), QLatin1String(severity), QLatin1String(node), QLatin1String(link),
            QStringLiteral("%1 on %2").arg(QLatin1String(rule), QLatin1String(*node ? node : link))};
}

// Two errors, three warnings, one info; the last is on a link only.
QList<Finding> mixedFindings()
{
    return {finding("ADV-06", "warning", "otma1", ""), finding("ADV-02", "error", "icon1", "sgw-icon1"),
            finding("ADV-08", "warning", "icon2", ""), finding("ADV-14", "error", "mq1", ""),
            finding("ADV-03", "info", "icon3", "a-icon3"), finding("ADV-01", "warning", "", "dp-mq1")};
}

int rowOf(QTreeView *view, const QString &rule)
{
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        if (view->model()->index(r, FindingsModel::RuleColumn).data().toString() == rule)
            return r;
    }
    return -1;
}

void clickRow(QTreeView *view, int row)
{
    const QRect rect = view->visualRect(view->model()->index(row, FindingsModel::MessageColumn));
    QVERIFY(rect.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

class TestFindings : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(mDir.isValid()); }
    void findingFollowsUndoStack();
    void debounceCoalescesChanges();
    void badgesFollowFindings();
    void clickAndEnterActivate();
    void selectionSurvivesRerun();
    void severityFilter();
    void largeTopologyReviewedInBackground();

private:
    QString write(const QByteArray &bytes)
    {
        const QString path = mDir.filePath(QStringLiteral("t%1.secflow").arg(++mFiles));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

    QTemporaryDir mDir;
    int mFiles = 0;
};

void TestFindings::findingFollowsUndoStack()
{
    Document doc;
    ReviewRunner runner(doc.topology());
    FindingsPanel panel;
    connect(&runner, &ReviewRunner::findingsChanged, &panel,
            [&](const QList<Finding> &f) { panel.setFindings(f, &doc.topology()->data()); });
    QString error;
    QVERIFY2(doc.load(write(openPaths(1)), &error), qPrintable(error));
    // A reset is reviewed at once, without the pause.
    QCOMPARE(count(runner.findings(), "ADV-07", "icon1"), 1);
    QVERIFY(rowOf(panel.view(), "ADV-07") >= 0);

    doc.undoStack()->push(new ChangeValueCommand(doc.topology(), ChangeValueCommand::Target::NodeOption, "icon1", "RACF", "Y"));
    QCOMPARE(count(runner.findings(), "ADV-07"), 1);  // debounced: not yet re-run
    QTRY_COMPARE(count(runner.findings(), "ADV-07"), 0);
    QCOMPARE(rowOf(panel.view(), "ADV-07"), -1);
    QCOMPARE(count(runner.findings(), "ADV-06", "otma1"), 1);  // OTMASE=NONE is still weak on its own

    doc.undoStack()->undo();
    QTRY_COMPARE(count(runner.findings(), "ADV-07", "icon1"), 1);
    QVERIFY(rowOf(panel.view(), "ADV-07") >= 0);
    doc.undoStack()->redo();
    QTRY_COMPARE(count(runner.findings(), "ADV-07"), 0);
}

void TestFindings::debounceCoalescesChanges()
{
    Document doc;
    ReviewRunner runner(doc.topology());
    QString error;
    QVERIFY(doc.load(write(openPaths(1)), &error));
    QSignalSpy spy(&runner, &ReviewRunner::findingsChanged);
    for (const char *value : {"Y", "N", "Y"})
        doc.undoStack()->push(new ChangeValueCommand(doc.topology(), ChangeValueCommand::Target::NodeOption, "icon1", "RACF", value));
    QTRY_COMPARE(spy.count(), 1);
    QTest::qWait(ReviewRunner::kDebounceMs * 2);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(count(spy.first().first().value<QList<Finding>>(), "ADV-07"), 0);
}

void TestFindings::badgesFollowFindings()
{
    Document doc;
    DiagramScene scene(&doc);
    ReviewRunner runner(doc.topology());
    connect(&runner, &ReviewRunner::findingsChanged, &scene, &DiagramScene::setFindings);
    QString error;
    QVERIFY(doc.load(write(openPaths(1)), &error));
    QVERIFY(scene.nodeItem("icon1"));
    QCOMPARE(scene.nodeItem("icon1")->visual().warnings, 1);
    doc.undoStack()->push(new ChangeValueCommand(doc.topology(), ChangeValueCommand::Target::NodeOption, "icon1", "RACF", "Y"));
    QTRY_COMPARE(scene.nodeItem("icon1")->visual().warnings, 0);
    QCOMPARE(scene.nodeItem("otma1")->visual().warnings, 1);  // ADV-06
}

void TestFindings::clickAndEnterActivate()
{
    FindingsPanel panel;
    panel.resize(700, 300);
    panel.setFindings(mixedFindings());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy spy(&panel, &FindingsPanel::findingActivated);
    QTreeView *view = panel.view();

    clickRow(view, rowOf(view, "ADV-14"));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().first().toString(), QStringLiteral("mq1"));

    // A finding on a link alone selects the link.
    clickRow(view, rowOf(view, "ADV-01"));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().first().toString(), QStringLiteral("dp-mq1"));

    // A node wins over its link.
    view->setFocus();
    view->setCurrentIndex(view->model()->index(rowOf(view, "ADV-02"), 0));
    QVERIFY(spy.isEmpty());  // moving the cursor is not an activation
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().first().toString(), QStringLiteral("icon1"));

    // The rule's tooltip explains it from the catalogue.
    const QString tip = view->model()->index(rowOf(view, "ADV-02"), FindingsModel::RuleColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains("ADV-02") && tip.length() > 60, qPrintable(tip));
}

void TestFindings::selectionSurvivesRerun()
{
    FindingsPanel panel;
    panel.resize(700, 300);
    panel.setFindings(mixedFindings());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTreeView *view = panel.view();
    clickRow(view, rowOf(view, "ADV-08"));
    QCOMPARE(panel.currentTarget(), QStringLiteral("icon2"));

    // A re-run with a new error sorted above it and one finding gone.
    QList<Finding> next = mixedFindings();
    next.removeAt(3);
    next.prepend(finding("ADV-11", "error", "otma9", ""));
    next.prepend(finding("ADV-12", "error", "otma8", ""));
    panel.setFindings(next);
    QCOMPARE(panel.currentTarget(), QStringLiteral("icon2"));
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(view->selectionModel()->selectedRows().first().siblingAtColumn(FindingsModel::RuleColumn).data().toString(),
             QStringLiteral("ADV-08"));

    // When it is gone, nothing stays selected.
    next.removeIf([](const Finding &f) { return f.rule == QLatin1String("ADV-08"); });
    panel.setFindings(next);
    QVERIFY(panel.currentTarget().isEmpty());
    QVERIFY(view->selectionModel()->selectedRows().isEmpty());
}

void TestFindings::severityFilter()
{
    FindingsPanel panel;
    panel.resize(700, 300);
    panel.setFindings(mixedFindings());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.summaryText(), QStringLiteral("2 errors, 3 warnings, 1 info"));
    QAbstractItemModel *model = panel.view()->model();
    QCOMPARE(model->rowCount(), 6);
    // Sorted by severity, errors first, with a word beside the icon.
    QCOMPARE(model->index(0, FindingsModel::SeverityColumn).data().toString(), QStringLiteral("Error"));
    QCOMPARE(model->index(5, FindingsModel::SeverityColumn).data().toString(), QStringLiteral("Info"));
    QVERIFY(!model->index(0, FindingsModel::SeverityColumn).data(Qt::DecorationRole).value<QIcon>().isNull());

    const struct { FindingsPanel::Filter filter; const char *word; int rows; } cases[] = {
        {FindingsPanel::Filter::Errors, "Error", 2},
        {FindingsPanel::Filter::Warnings, "Warning", 3},
        {FindingsPanel::Filter::Info, "Info", 1},
    };
    for (const auto &c : cases) {
        QTest::mouseClick(panel.filterButton(c.filter), Qt::LeftButton);
        QCOMPARE(panel.filter(), c.filter);
        QCOMPARE(model->rowCount(), c.rows);
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(model->index(r, FindingsModel::SeverityColumn).data().toString(), QLatin1String(c.word));
    }
    // The filter holds across a re-run; the summary counts everything.
    panel.setFindings(mixedFindings().mid(0, 5));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(panel.summaryText(), QStringLiteral("2 errors, 2 warnings, 1 info"));
    QTest::mouseClick(panel.filterButton(FindingsPanel::Filter::All), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 5);
    panel.setFindings({});
    QCOMPARE(panel.summaryText(), QStringLiteral("No findings"));
}

void TestFindings::largeTopologyReviewedInBackground()
{
    constexpr int kPairs = 1000;  // 2,000 nodes
    Document doc;
    ReviewRunner runner(doc.topology());
    FindingsPanel panel;
    connect(&runner, &ReviewRunner::busyChanged, &panel, &FindingsPanel::setBusy);
    connect(&runner, &ReviewRunner::findingsChanged, &panel, [&](const QList<Finding> &f) { panel.setFindings(f); });
    QSignalSpy findings(&runner, &ReviewRunner::findingsChanged);
    QSignalSpy dropped(&runner, &ReviewRunner::staleResultDropped);
    QString error;
    QVERIFY(doc.load(write(openPaths(kPairs)), &error));
    QCOMPARE(doc.topology()->data().nodes.size(), 2 * kPairs);

    // The load returned before the review finished: it runs on a worker thread.
    QVERIFY(runner.isBusy());
    QVERIFY(runner.findings().isEmpty());
    QVERIFY(panel.summaryText().contains("reviewing"));

    // A change while it runs makes that result stale: it is dropped, never shown.
    doc.undoStack()->push(new ChangeValueCommand(doc.topology(), ChangeValueCommand::Target::NodeOption, "icon0", "RACF", "Y"));
    QTRY_COMPARE_WITH_TIMEOUT(findings.count(), 1, 30000);
    QCOMPARE(dropped.count(), 1);
    QCOMPARE(count(runner.findings(), "ADV-07"), kPairs - 1);
    QCOMPARE(count(runner.findings(), "ADV-07", "icon0"), 0);
    QVERIFY(!runner.isBusy());
    QVERIFY(!panel.summaryText().contains("reviewing"));
    QCOMPARE(panel.view()->model()->rowCount(), runner.findings().size());

    // Left alone, it settles: no further runs, nothing more dropped.
    QTest::qWait(ReviewRunner::kDebounceMs * 2);
    QCOMPARE(findings.count(), 1);
    QCOMPARE(dropped.count(), 1);

    // A change with nobody interrupting is delivered as is.
    QSignalSpy busy(&runner, &ReviewRunner::busyChanged);
    doc.undoStack()->undo();
    QVERIFY(!runner.isBusy());  // still in the pause
    QTRY_COMPARE_WITH_TIMEOUT(findings.count(), 2, 30000);
    QCOMPARE(busy.count(), 2);  // it ran in the background again
    QCOMPARE(busy.at(0).first().toBool(), true);
    QCOMPARE(busy.at(1).first().toBool(), false);
    QCOMPARE(dropped.count(), 1);
    QCOMPARE(count(runner.findings(), "ADV-07"), kPairs);
}

QTEST_MAIN(TestFindings)
#include "tst_findings.moc"
