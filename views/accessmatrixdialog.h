#pragma once

#include "accessmatrixresult.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QTimer>

#include <atomic>
#include <memory>

class AccessMatrixFilter;
class AccessMatrixModel;
class AccessMatrixSetup;
class Document;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

// Which users reach which resources: the setup, a Compute button that runs
// AccessMatrix in the background with a progress bar and Cancel, the table
// with its filters, a summary line and an export to CSV. Non-modal; the
// result stays as computed when the file changes afterwards (the summary says so).
class AccessMatrixDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AccessMatrixDialog(Document *document, QWidget *parent = nullptr);
    ~AccessMatrixDialog() override;

    AccessMatrixSetup *setup() const { return mSetup; }
    QTableView *table() const { return mTable; }
    AccessMatrixFilter *filter() const { return mFilter; }
    const AccessMatrixResult *result() const { return mResult.get(); }
    bool isComputing() const { return mWatcher.isRunning(); }
    QString summary() const;

    void compute();
    void cancel();
    // Writes what the table shows (filtered rows and columns); false with *error on failure.
    bool exportCsv(const QString &fileName, QString *error = nullptr) const;

signals:
    void computed();  // a run ended, finished or cancelled

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createFilterRow();
    void onProgress(qint64 done, qint64 total);
    void onFinished();
    void chooseExportFile();
    void updateState();
    void updateSummary();

    Document *mDocument;
    AccessMatrixSetup *mSetup;
    AccessMatrixModel *mModel;
    AccessMatrixFilter *mFilter;
    QTableView *mTable;
    QPushButton *mCompute;
    QPushButton *mCancel;
    QPushButton *mExport;
    QProgressBar *mProgress;
    QLabel *mProblem;
    QLabel *mSummary;
    QLineEdit *mUserFilter;
    QLineEdit *mResourceFilter;
    QComboBox *mShow;
    std::shared_ptr<std::atomic<bool>> mCancelFlag;
    QFutureWatcher<std::shared_ptr<const AccessMatrixResult>> mWatcher;
    std::shared_ptr<const AccessMatrixResult> mResult;
    QElapsedTimer mTimer;
    qint64 mElapsedMs = 0;
    qint64 mAllowed = 0;  // counted once per result: a summary must not rescan millions of cells
    qint64 mPending = 0;
    QTimer mSummaryTimer;  // filter changes arrive as many row signals; one summary for all
    bool mStale = false;
};
