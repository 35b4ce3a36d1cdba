#include "accessmatrixdialog.h"

#include "accessmatrix.h"
#include "accessmatrixcsv.h"
#include "accessmatrixfilter.h"
#include "accessmatrixmodel.h"
#include "accessmatrixsetup.h"
#include "document.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {
constexpr qint64 kFitColumnsBelow = 20000;  // cells; above, measuring every column would stall the window
}

AccessMatrixDialog::AccessMatrixDialog(Document *document, QWidget *parent)
    : QDialog(parent), mDocument(document), mSetup(new AccessMatrixSetup(document, this)),
      mModel(new AccessMatrixModel(this)), mFilter(new AccessMatrixFilter(this)), mTable(new QTableView(this)),
      mCompute(new QPushButton(tr("&Compute"), this)), mCancel(new QPushButton(tr("Cancel"), this)),
      mExport(new QPushButton(tr("E&xport CSV..."), this)), mProgress(new QProgressBar(this)), mProblem(new QLabel(this)),
      mSummary(new QLabel(this)), mUserFilter(new QLineEdit(this)), mResourceFilter(new QLineEdit(this)),
      mShow(new QComboBox(this))
{
    setWindowTitle(tr("Access Matrix"));
    setObjectName(QStringLiteral("accessMatrixDialog"));
    mCompute->setObjectName(QStringLiteral("computeButton"));
    mCancel->setObjectName(QStringLiteral("cancelButton"));
    mExport->setObjectName(QStringLiteral("exportButton"));
    mUserFilter->setObjectName(QStringLiteral("userFilter"));
    mResourceFilter->setObjectName(QStringLiteral("resourceFilter"));
    mShow->setObjectName(QStringLiteral("showFilter"));
    mProgress->setObjectName(QStringLiteral("progress"));
    mSummary->setObjectName(QStringLiteral("summary"));
    auto *layout = new QVBoxLayout(this);
    auto *setupBox = new QGroupBox(tr("Request, users and resources"), this);
    (new QVBoxLayout(setupBox))->addWidget(mSetup);
    layout->addWidget(setupBox);

    auto *run = new QHBoxLayout;
    mCompute->setDefault(true);
    mCompute->setToolTip(tr("Simulate the request for every user and resource with the engine"));
    mCancel->setToolTip(tr("Stop the computation; pairs already computed stay in the table"));
    run->addWidget(mCompute);
    run->addWidget(mCancel);
    run->addWidget(mProgress, 1);
    layout->addLayout(run);
    mProblem->setWordWrap(true);
    layout->addWidget(mProblem);
    layout->addWidget(createFilterRow());

    mFilter->setSourceModel(mModel);
    mTable->setModel(mFilter);
    mTable->setWordWrap(false);
    mTable->setAlternatingRowColors(false);
    mTable->horizontalHeader()->setDefaultSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("✗ OTMA-02__")));
    mTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    mTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    layout->addWidget(mTable, 1);

    auto *bottom = new QHBoxLayout;
    mSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bottom->addWidget(mSummary, 1);
    mExport->setToolTip(tr("Save the users and resources the table shows, filters applied, as CSV"));
    bottom->addWidget(mExport);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    mProgress->setRange(0, 1000);
    mProgress->setValue(0);
    mProgress->setFormat(tr("Idle"));
    connect(mCompute, &QPushButton::clicked, this, &AccessMatrixDialog::compute);
    connect(mCancel, &QPushButton::clicked, this, &AccessMatrixDialog::cancel);
    connect(mExport, &QPushButton::clicked, this, &AccessMatrixDialog::chooseExportFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(mSetup, &AccessMatrixSetup::changed, this, &AccessMatrixDialog::updateState);
    connect(&mWatcher, &QFutureWatcherBase::finished, this, &AccessMatrixDialog::onFinished);
    mSummaryTimer.setSingleShot(true);
    mSummaryTimer.setInterval(0);
    connect(&mSummaryTimer, &QTimer::timeout, this, &AccessMatrixDialog::updateSummary);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved,
                        &QAbstractItemModel::columnsInserted, &QAbstractItemModel::columnsRemoved})
        connect(mFilter, signal, &mSummaryTimer, qOverload<>(&QTimer::start));
    connect(mFilter, &QAbstractItemModel::layoutChanged, &mSummaryTimer, qOverload<>(&QTimer::start));
    connect(mFilter, &QAbstractItemModel::modelReset, &mSummaryTimer, qOverload<>(&QTimer::start));
    connect(mDocument->topology(), &Topology::changed, this, [this] {
        mStale = mResult != nullptr;
        updateSummary();
    });
    mModel->setDark(palette().color(QPalette::Base).lightness() < 128);
    resize(960, 680);
    updateState();
    updateSummary();
}

AccessMatrixDialog::~AccessMatrixDialog()
{
    cancel();
    mWatcher.waitForFinished();
}

QWidget *AccessMatrixDialog::createFilterRow()
{
    auto *row = new QWidget(this);
    auto *box = new QHBoxLayout(row);
    box->setContentsMargins(0, 0, 0, 0);
    auto *userLabel = new QLabel(tr("Filter &users:"), row);
    userLabel->setBuddy(mUserFilter);
    auto *resourceLabel = new QLabel(tr("&resources:"), row);
    resourceLabel->setBuddy(mResourceFilter);
    auto *showLabel = new QLabel(tr("S&how:"), row);
    showLabel->setBuddy(mShow);
    mUserFilter->setPlaceholderText(tr("user ID contains…"));
    mUserFilter->setClearButtonEnabled(true);
    mResourceFilter->setPlaceholderText(tr("resource contains…"));
    mResourceFilter->setClearButtonEnabled(true);
    mShow->addItem(tr("All users"), int(AccessMatrixFilter::Show::All));
    mShow->addItem(tr("Users allowed somewhere"), int(AccessMatrixFilter::Show::WithAllowed));
    mShow->addItem(tr("Users denied somewhere"), int(AccessMatrixFilter::Show::WithDenied));
    mShow->setToolTip(tr("Among the resources shown: users with at least one allowed, or at least one denied, pair"));
    box->addWidget(userLabel);
    box->addWidget(mUserFilter, 1);
    box->addWidget(resourceLabel);
    box->addWidget(mResourceFilter, 1);
    box->addWidget(showLabel);
    box->addWidget(mShow);
    connect(mUserFilter, &QLineEdit::textChanged, mFilter, &AccessMatrixFilter::setUserText);
    connect(mResourceFilter, &QLineEdit::textChanged, mFilter, &AccessMatrixFilter::setResourceText);
    connect(mShow, &QComboBox::currentIndexChanged, this,
            [this] { mFilter->setShow(AccessMatrixFilter::Show(mShow->currentData().toInt())); });
    return row;
}

void AccessMatrixDialog::compute()
{
    if (isComputing() || !mSetup->problem().isEmpty())
        return;
    const TopologyData data = mDocument->topology()->data();  // the run keeps its own copy
    const AccessMatrixInput input = mSetup->input();
    auto flag = std::make_shared<std::atomic<bool>>(false);
    mCancelFlag = flag;
    mProgress->setValue(0);
    mProgress->setFormat(tr("Starting…"));
    mTimer.start();
    mWatcher.setFuture(QtConcurrent::run([this, data, input, flag] {
        AccessMatrix::Options o;
        o.cancel = flag.get();
        // Called about 20 times a second: queued to the window, which stays responsive.
        o.progress = [this](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(this, [this, done, total] { onProgress(done, total); }, Qt::QueuedConnection);
        };
        return std::make_shared<const AccessMatrixResult>(AccessMatrix::compute(data, input, o));
    }));
    updateState();
}

void AccessMatrixDialog::cancel()
{
    if (mCancelFlag)
        *mCancelFlag = true;
}

void AccessMatrixDialog::onProgress(qint64 done, qint64 total)
{
    if (!isComputing() || total <= 0)
        return;
    const QLocale locale;
    mProgress->setValue(int(done * 1000 / total));
    mProgress->setFormat(tr("%1 of %2 pairs").arg(locale.toString(done), locale.toString(total)));
}

void AccessMatrixDialog::onFinished()
{
    mElapsedMs = mTimer.elapsed();
    mResult = mWatcher.result();
    mAllowed = mResult->count(AccessCell::State::Allowed);
    mPending = mResult->count(AccessCell::State::Pending);
    mStale = false;
    mModel->setResult(mResult);
    if (mResult->pairs() < kFitColumnsBelow)
        mTable->resizeColumnsToContents();
    mProgress->setValue(mResult->cancelled ? mProgress->value() : 1000);
    mProgress->setFormat(mResult->cancelled ? tr("Cancelled") : tr("Done"));
    updateState();
    updateSummary();
    emit computed();
}

void AccessMatrixDialog::updateState()
{
    const bool running = isComputing();
    const QString problem = mSetup->problem();
    mCompute->setEnabled(!running && problem.isEmpty());
    mCancel->setEnabled(running);
    mExport->setEnabled(!running && mResult);
    mSetup->setEnabled(!running);
    mProblem->setText(problem.isEmpty() ? QString() : tr("⚠ %1").arg(problem));
    mProblem->setVisible(!problem.isEmpty());
}

QString AccessMatrixDialog::summary() const
{
    if (!mResult)
        return tr("Compute to see which users reach which resources.");
    const QLocale locale;
    const AccessMatrixResult &r = *mResult;
    const QString allowed = locale.toString(mAllowed);
    QString text = r.cancelled
        ? tr("Cancelled: %1 of %2 pairs computed, %3 allowed.")
              .arg(locale.toString(r.pairs() - mPending), locale.toString(r.pairs()), allowed)
        : tr("%1 of %2 pairs allowed, computed in %3 s.")
              .arg(allowed, locale.toString(r.pairs()), locale.toString(mElapsedMs / 1000.0, 'f', 1));
    if (mFilter->rowCount() != r.users.size() || mFilter->columnCount() != r.resources.size())
        text += QLatin1Char(' ') + tr("Showing %1 of %2 users and %3 of %4 resources.")
                                       .arg(locale.toString(mFilter->rowCount()), locale.toString(r.users.size()),
                                            locale.toString(mFilter->columnCount()), locale.toString(r.resources.size()));
    if (mStale)
        text += QLatin1Char(' ') + tr("The file changed since: compute again to refresh.");
    return text;
}

void AccessMatrixDialog::updateSummary() { mSummary->setText(summary()); }

bool AccessMatrixDialog::exportCsv(const QString &fileName, QString *error) const
{
    if (!mResult) {
        if (error)
            *error = tr("There is no matrix to export yet.");
        return false;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)
        || !AccessMatrixCsv::write(file, *mResult, mFilter->sourceRows(), mFilter->sourceColumns()) || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void AccessMatrixDialog::chooseExportFile()
{
    const QFileInfo doc(mDocument->fileName());
    const QString suggested = doc.fileName().isEmpty()
        ? QStringLiteral("access-matrix.csv")
        : doc.absoluteDir().filePath(doc.completeBaseName() + QStringLiteral("-access-matrix.csv"));
    const QString name = QFileDialog::getSaveFileName(this, tr("Export Access Matrix"), suggested, tr("CSV files (*.csv)"));
    if (name.isEmpty())
        return;
    QString error;
    if (!exportCsv(name, &error))
        QMessageBox::warning(this, tr("Export Access Matrix"), tr("Could not write %1: %2").arg(name, error));
}

void AccessMatrixDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        mModel->setDark(palette().color(QPalette::Base).lightness() < 128);
    QDialog::changeEvent(event);
}

void AccessMatrixDialog::closeEvent(QCloseEvent *event)
{
    cancel();  // a hidden window should not keep the cores busy
    QDialog::closeEvent(event);
}
