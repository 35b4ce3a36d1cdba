// Compare Requests: two requests of a document side by side, hop by hop,
// aligned by node, with the cells that differ tinted and marked "≠".
// covers: OTMA-02
#include "comparedialog.h"
#include "comparisontable.h"
#include "secflowreader.h"

#include <QApplication>
#include <QComboBox>
#include <QTest>

namespace {

const QString kExample = QStringLiteral(SECFLOW_SOURCE_DIR "/resources/examples/soap_gateway_untp.secflow");

TopologyData example()
{
    SecflowReader reader;
    const auto data = reader.readFile(kExample);
    if (!data)
        qFatal("cannot read the example");
    return *data;
}

QTreeWidgetItem *topRow(ComparisonTable *t, const QString &text)
{
    for (int i = 0; i < t->topLevelItemCount(); ++i) {
        if (t->topLevelItem(i)->text(ComparisonTable::ItemColumn) == text)
            return t->topLevelItem(i);
    }
    return nullptr;
}

QTreeWidgetItem *child(QTreeWidgetItem *parent, const QString &text)
{
    for (int i = 0; parent && i < parent->childCount(); ++i) {
        if (parent->child(i)->text(ComparisonTable::ItemColumn) == text)
            return parent->child(i);
    }
    return nullptr;
}

bool marked(const QTreeWidgetItem *row)
{
    const QString m = ComparisonTable::differsMarker();
    return row->text(ComparisonTable::FirstColumn).startsWith(m) && row->text(ComparisonTable::SecondColumn).startsWith(m)
        && row->background(ComparisonTable::FirstColumn).style() != Qt::NoBrush;
}

} // namespace

class TestCompareDialog : public QObject
{
    Q_OBJECT

private slots:
    void defaultsToTheFirstTwoRequests()
    {
        CompareDialog dialog(example());
        QCOMPARE(dialog.firstCombo()->currentText(), QStringLiteral("jsmith_payinq"));
        QCOMPARE(dialog.secondCombo()->currentText(), QStringLiteral("mgarcia_payupd"));
        QVERIFY(dialog.table()->topLevelItemCount() > 1);
    }

    void sameUserDifferentTransaction()
    {
        CompareDialog dialog(example());
        dialog.setRequests(QStringLiteral("jsmith_payinq"), QStringLiteral("jsmith_payupd_denied"));
        ComparisonTable *t = dialog.table();
        QTreeWidgetItem *outcome = topRow(t, QStringLiteral("Outcome"));
        QVERIFY(marked(outcome));
        QCOMPARE(outcome->text(ComparisonTable::FirstColumn), QStringLiteral("≠ Accepted as JSMITH"));
        QCOMPARE(outcome->text(ComparisonTable::SecondColumn), QStringLiteral("≠ Rejected at OTMA (XCF group XCFGRP1) by OTMA-02"));

        // Up to OTMA both requests meet the same checks; there PAYUPD is refused.
        QTreeWidgetItem *hws1 = topRow(t, QStringLiteral("IMS Connect HWS1"));
        QVERIFY(!marked(child(hws1, QStringLiteral("ICON-01"))));
        QVERIFY(!marked(child(hws1, QStringLiteral("Arrives"))));
        QTreeWidgetItem *otma2 = child(topRow(t, QStringLiteral("OTMA (XCF group XCFGRP1)")), QStringLiteral("OTMA-02"));
        QVERIFY(marked(otma2));
        QVERIFY(otma2->text(ComparisonTable::FirstColumn).startsWith(QStringLiteral("≠ Pass: ")));
        QVERIFY(otma2->text(ComparisonTable::SecondColumn).startsWith(QStringLiteral("≠ Fail: ")));
        // IMS itself is reached by the first only.
        QTreeWidgetItem *ims = topRow(t, QStringLiteral("IMS IMS1 (payroll)"));
        QVERIFY(marked(ims));
        QCOMPARE(ims->text(ComparisonTable::SecondColumn), QStringLiteral("≠ not reached"));
        QVERIFY(dialog.summaryText().startsWith(QStringLiteral("B compared with A: request now rejected at OTMA")));
    }

    void perMessageAgainstPerWebService()
    {
        CompareDialog dialog(example());
        // Picked like a user would, through the combo boxes.
        dialog.secondCombo()->setCurrentIndex(dialog.secondCombo()->findText(QStringLiteral("rates_bundle_user")));
        ComparisonTable *t = dialog.table();
        // Different gateways: each appears on one side only.
        QCOMPARE(topRow(t, QStringLiteral("IMS SOAP Gateway: PayrollService"))->text(ComparisonTable::SecondColumn),
                 QStringLiteral("≠ not reached"));
        QCOMPARE(topRow(t, QStringLiteral("IMS SOAP Gateway: RatesService"))->text(ComparisonTable::FirstColumn),
                 QStringLiteral("≠ not reached"));
        QTreeWidgetItem *arrives = child(topRow(t, QStringLiteral("IMS Connect HWS1")), QStringLiteral("Arrives"));
        QVERIFY(marked(arrives));
        QCOMPARE(arrives->text(ComparisonTable::SecondColumn), QStringLiteral("≠ USERID SGRATES, PASSWORD"));
        QVERIFY(t->differingRows() >= 5);

        dialog.setRequests(QStringLiteral("jsmith_payinq"), QStringLiteral("jsmith_payinq"));
        QCOMPARE(t->differingRows(), 0);
        QCOMPARE(dialog.summaryText(), QStringLiteral("The same request on both sides."));
    }
};

QTEST_MAIN(TestCompareDialog)
#include "tst_comparedialog.moc"
