#include "requestform.h"

#include "document.h"
#include "requestidentityform.h"
#include "requestlistmodel.h"
#include "requestpathrow.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
const QStringList kKinds = {"transaction", "command", "db", "sync_callout", "async_callout", "msc"};
constexpr int kMaxLabel = 256;     // as the loader allows
constexpr int kMaxResource = 246;

QFormLayout *formLayout()
{
    auto *f = new QFormLayout;
    f->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    f->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    f->setVerticalSpacing(4);
    return f;
}
} // namespace

RequestForm::RequestForm(Document *document, QWidget *parent)
    : QWidget(parent), mDocument(document), mTitle(new QLabel(this)), mPathRow(new RequestPathRow(document, this)),
      mIdField(new QLineEdit(this)), mLabel(new QLineEdit(this)), mKind(new QComboBox(this)),
      mResourceLabel(new QLabel(this)), mResource(new QLineEdit(this)), mRepeat(new QSpinBox(this)),
      mTabs(new QTabWidget(this)), mIdentity(new RequestIdentityForm(this))
{
    mTitle->setForegroundRole(QPalette::PlaceholderText);
    mIdField->setObjectName(QStringLiteral("requestId"));
    mIdField->setReadOnly(true);
    mIdField->setToolTip(tr("The request's id in the file; lessons and expectations refer to it"));
    mLabel->setObjectName(QStringLiteral("label"));
    mLabel->setMaxLength(kMaxLabel);
    mLabel->setPlaceholderText(tr("what the request shows"));
    mKind->setObjectName(QStringLiteral("kind"));
    mKind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mKind->setMinimumContentsLength(8);
    for (const QString &k : kKinds)
        mKind->addItem(RequestListModel::kindName(k), k);
    mResource->setObjectName(QStringLiteral("resource"));
    mResource->setMaxLength(kMaxResource);
    mResourceLabel->setBuddy(mResource);
    mRepeat->setObjectName(QStringLiteral("repeat"));
    mRepeat->setRange(1, 10);
    mRepeat->setSuffix(tr(" \u00d7"));
    mRepeat->setToolTip(tr("How many times the same message is sent: 2 or more shows what a replay does"));

    // Three short pages of two columns each: under the canvas height is scarce, width is not.
    QList<QFormLayout *> f;
    for (const QString &title : {tr("Request"), tr("Caller"), tr("Tokens && PassTicket")}) {
        auto *page = new QWidget(mTabs);
        auto *columns = new QHBoxLayout(page);
        columns->setContentsMargins(4, 4, 4, 4);
        columns->setSpacing(12);
        for (int c = 0; c < 2; ++c) {
            f.append(formLayout());
            columns->addLayout(f.last(), 1);
        }
        mTabs->addTab(page, title);
    }
    f.at(0)->addRow(tr("Name:"), mLabel);
    f.at(0)->addRow(tr("Kind:"), mKind);
    f.at(1)->addRow(mResourceLabel, mResource);
    f.at(1)->addRow(tr("Repeat:"), mRepeat);
    mIdentity->addRows(f.at(2), f.at(3), f.at(4), f.at(5));
    // The id and the path head the form: they say which request and where it goes.
    auto *head = new QHBoxLayout;
    head->setSpacing(6);
    auto *idLabel = new QLabel(tr("Id:"), this);
    idLabel->setBuddy(mIdField);
    mIdField->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 14);
    mIdField->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 7);
    head->addWidget(idLabel);
    head->addWidget(mIdField);
    head->addWidget(mTitle, 1);
    head->addWidget(mPathRow->buttons());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(6);
    layout->addLayout(head);
    layout->addWidget(mPathRow);
    layout->addWidget(mTabs);
    layout->addStretch();
    mFields = {mLabel, mKind, mResource, mRepeat};

    connect(mLabel, &QLineEdit::textEdited, this, [this] { emitEdit(QStringLiteral("label")); });
    connect(mResource, &QLineEdit::textEdited, this, [this] { emitEdit(QStringLiteral("resource")); });
    connect(mKind, &QComboBox::activated, this, [this] { emitEdit(QStringLiteral("kind")); });
    connect(mRepeat, &QSpinBox::valueChanged, this, [this] {
        if (!mLoading)
            emitEdit(QStringLiteral("repeat"));
    });
    connect(mIdentity, &RequestIdentityForm::identityEdited, this, [this](const RequestIdentity &id, const QString &key) {
        Request q = mRequest;
        q.identity = id;
        emit edited(q, key);
    });
    connect(mPathRow, &RequestPathRow::pathCommitted, this, [this](const QStringList &path) {
        Request q = mRequest;
        q.path = path;
        emit edited(q, QString());
    });
    Topology *t = document->topology();
    connect(t, &Topology::requestChanged, this, [this](const QString &id) {
        if (id == mId)
            load(false);
    });
    connect(t, &Topology::requestRemoved, this, [this](const QString &id) {
        if (id == mId)
            showRequest(QString());
    });
    connect(t, &Topology::resetDone, this, [this] { showRequest(QString()); });
    // Nodes and links coming and going change whether the path holds.
    for (auto signal : {&Topology::nodeRemoved, &Topology::nodeAdded, &Topology::linkAdded, &Topology::linkRemoved}) {
        connect(t, signal, this, [this] {
            if (const Request *q = mDocument->topology()->data().request(mId))
                mPathRow->setRequest(q);
        });
    }
    showRequest(QString());
}

void RequestForm::showRequest(const QString &id)
{
    mId = mDocument->topology()->data().request(id) ? id : QString();
    load(true);
}

void RequestForm::load(bool force)
{
    const Request *q = mDocument->topology()->data().request(mId);
    const bool has = q != nullptr;
    mRequest = has ? *q : Request();
    mLoading = true;
    mTitle->setText(has ? QString() : tr("No request selected: choose one in the list, or press New."));
    mIdField->setVisible(has);
    for (QWidget *w : std::as_const(mFields))
        w->setEnabled(has);
    mIdentity->setEnabled(has);
    mIdField->setText(mRequest.id);
    mIdField->setCursorPosition(0);
    if (force || mLabel->text() != mRequest.label) {
        mLabel->setText(mRequest.label);
        mLabel->setCursorPosition(0);  // a long name shows its beginning
    }
    if (force || mResource->text() != mRequest.resource)
        mResource->setText(mRequest.resource);
    if (mKind->findData(mRequest.kind) < 0)
        mKind->addItem(mRequest.kind, mRequest.kind);
    mKind->setCurrentIndex(mKind->findData(mRequest.kind));
    mRepeat->setMaximum(qMax(10, mRequest.repeat));
    mRepeat->setValue(mRequest.repeat);
    mIdentity->load(mRequest.identity, mDocument->topology()->data(), force);
    mPathRow->setRequest(q);
    updateResourceLabel();
    mLoading = false;
}

void RequestForm::updateResourceLabel()
{
    const QString k = mRequest.kind;
    const bool callout = k.endsWith(QLatin1String("_callout"));
    mResourceLabel->setText(k == QLatin1String("command") ? tr("Command:")
                            : k == QLatin1String("db")    ? tr("PSB:")
                            : callout                     ? tr("TPIPE:")
                                                          : tr("Transaction:"));
    mResource->setPlaceholderText(k == QLatin1String("command") ? tr("e.g. /DIS")
                                  : k == QLatin1String("db")    ? tr("e.g. PSB1")
                                  : callout                     ? tr("e.g. CALLOUT1")
                                                                : tr("e.g. PAYROLL"));
    mResource->setToolTip(k == QLatin1String("msc") ? tr("The transaction code on the remote IMS")
                          : callout ? tr("The TPIPE the callout message is queued on")
                                    : QString());
}

void RequestForm::emitEdit(const QString &key)
{
    if (mId.isEmpty())
        return;
    Request q = mRequest;
    if (key == QLatin1String("label"))
        q.label = mLabel->text();
    else if (key == QLatin1String("resource"))
        q.resource = mResource->text();
    else if (key == QLatin1String("kind"))
        q.kind = mKind->currentData().toString();
    else if (key == QLatin1String("repeat"))
        q.repeat = mRepeat->value();
    emit edited(q, key);
}
