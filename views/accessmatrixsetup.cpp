#include "accessmatrixsetup.h"

#include "accessmatrixdefaults.h"
#include "accessmatrixhint.h"
#include "document.h"
#include "routefinder.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>

namespace {
const QStringList kKinds = {"transaction", "command", "db", "sync_callout", "async_callout", "msc"};
enum Shape { Password, PassTicket, Trusted, UseridOnly };

QPlainTextEdit *listEdit(QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 6);
    return edit;
}
} // namespace

AccessMatrixSetup::AccessMatrixSetup(Document *document, QWidget *parent)
    : QWidget(parent), mDocument(document), mFromRequest(new QRadioButton(tr("Like &request"), this)),
      mFromNode(new QRadioButton(tr("From &entry node"), this)), mRequest(new QComboBox(this)), mEntry(new QComboBox(this)),
      mKind(new QComboBox(this)), mShape(new QComboBox(this)), mRoute(new QLineEdit(this)), mUsers(listEdit(this)),
      mResources(listEdit(this)), mUsersLabel(new QLabel(this)), mResourcesLabel(new QLabel(this)), mHint(new QLabel(this))
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(mFromRequest, 0, 0);
    grid->addWidget(createTemplateRow(), 0, 1, 1, 3);
    grid->addWidget(mFromNode, 1, 0);
    grid->addWidget(createNodeRow(), 1, 1, 1, 3);
    auto *routeLabel = new QLabel(tr("Rou&te:"), this);
    routeLabel->setBuddy(mRoute);
    grid->addWidget(routeLabel, 2, 0);
    grid->addWidget(mRoute, 2, 1, 1, 3);
    grid->addWidget(mUsersLabel, 3, 0, 1, 2);
    grid->addWidget(mResourcesLabel, 3, 2, 1, 2);
    grid->addWidget(mUsers, 4, 0, 1, 2);
    grid->addWidget(mResources, 4, 2, 1, 2);
    mHint->setWordWrap(true);
    mHint->setTextFormat(Qt::PlainText);
    grid->addWidget(mHint, 5, 0, 1, 3);
    auto *defaults = new QPushButton(tr("Restore &defaults"), this);
    defaults->setToolTip(tr("Refill users and resources from the RACF database and the file's requests"));
    grid->addWidget(defaults, 5, 3, Qt::AlignRight | Qt::AlignTop);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    mUsersLabel->setBuddy(mUsers);
    mResourcesLabel->setBuddy(mResources);
    mRoute->setPlaceholderText(tr("node IDs in order, e.g. app, icon, otma, ims"));
    mRoute->setToolTip(tr("The path the request takes; a request of the file brings its own"));

    mKind->addItems(kKinds);
    mShape->addItem(tr("User ID and password"), Password);
    mShape->addItem(tr("User ID and PassTicket"), PassTicket);
    mShape->addItem(tr("User ID, trusted indicator"), Trusted);
    mShape->addItem(tr("User ID only"), UseridOnly);
    mFromRequest->setChecked(true);

    connect(mFromRequest, &QRadioButton::toggled, this, &AccessMatrixSetup::restoreDefaults);
    connect(mRequest, &QComboBox::currentIndexChanged, this, [this] {
        if (mFromRequest->isChecked())
            restoreDefaults();
    });
    connect(mRequest, &QComboBox::activated, this, [this] { mFromRequest->setChecked(true); });
    for (QComboBox *box : {mEntry, mKind, mShape}) {
        connect(box, &QComboBox::activated, this, [this] {
            mFromNode->setChecked(true);
            if (sender() != mShape)
                proposeRoute();
            restoreDefaults();
        });
    }
    mRoute->setObjectName(QStringLiteral("route"));
    connect(mRoute, &QLineEdit::textEdited, this, &AccessMatrixSetup::changed);
    connect(mRoute, &QLineEdit::editingFinished, this, [this] {
        if (mRoute->isModified())
            restoreDefaults();
        mRoute->setModified(false);
    });
    connect(defaults, &QPushButton::clicked, this, &AccessMatrixSetup::restoreDefaults);
    connect(mUsers, &QPlainTextEdit::textChanged, this, &AccessMatrixSetup::updateHint);
    connect(mResources, &QPlainTextEdit::textChanged, this, &AccessMatrixSetup::updateHint);
    const Topology *t = mDocument->topology();
    for (auto signal : {&Topology::requestAdded, &Topology::requestRemoved, &Topology::nodeAdded, &Topology::nodeRemoved})
        connect(t, signal, this, &AccessMatrixSetup::reloadChoices);
    connect(t, &Topology::requestChanged, this, [this](const QString &id) {
        reloadChoices();
        if (mFromRequest->isChecked() && mRequest->currentData().toString() == id)
            restoreDefaults();  // its kind or path may differ now
    });
    connect(t, &Topology::resetDone, this, [this] {
        reloadChoices();
        restoreDefaults();
    });
    reloadChoices();
    restoreDefaults();
}

QWidget *AccessMatrixSetup::createTemplateRow()
{
    mRequest->setToolTip(tr("The request whose kind, path and kind of credentials every user sends"));
    mRequest->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mRequest->setMinimumContentsLength(30);
    return mRequest;
}

QWidget *AccessMatrixSetup::createNodeRow()
{
    auto *row = new QWidget(this);
    auto *box = new QHBoxLayout(row);
    box->setContentsMargins(0, 0, 0, 0);
    mEntry->setToolTip(tr("Where the request enters the topology"));
    mKind->setToolTip(tr("What the request asks for"));
    mShape->setToolTip(tr("What each user presents at the entry node"));
    auto *propose = new QPushButton(tr("&Propose route"), row);
    propose->setToolTip(tr("The shortest route from the entry node to a node that serves this kind of request"));
    connect(propose, &QPushButton::clicked, this, [this] {
        mFromNode->setChecked(true);
        proposeRoute();
        restoreDefaults();
    });
    box->addWidget(mEntry, 2);
    box->addWidget(mKind, 1);
    box->addWidget(mShape, 1);
    box->addWidget(propose);
    return row;
}

void AccessMatrixSetup::reloadChoices()
{
    const TopologyData &t = mDocument->topology()->data();
    const QString request = mRequest->currentData().toString();
    const QString entry = mEntry->currentData().toString();
    const QSignalBlocker blockRequest(mRequest);
    const QSignalBlocker blockEntry(mEntry);
    mRequest->clear();
    for (const Request &r : t.requests)
        mRequest->addItem(r.label.isEmpty() ? r.id : tr("%1 (%2)").arg(r.label, r.id), r.id);
    mRequest->setCurrentIndex(qMax(0, mRequest->findData(request)));
    mRequest->setPlaceholderText(tr("(the file has no requests)"));
    mEntry->clear();
    for (const Node &n : t.nodes)
        mEntry->addItem(n.label.isEmpty() ? n.id : tr("%1 (%2)").arg(n.label, n.id), n.id);
    mEntry->setCurrentIndex(qMax(0, mEntry->findData(entry)));
    if (mRequest->count() == 0)
        mFromNode->setChecked(true);
    mFromRequest->setEnabled(mRequest->count() > 0);
}

void AccessMatrixSetup::proposeRoute()
{
    const RouteFinder routes(mDocument->topology()->data());
    mRoute->setText(routes.propose(mEntry->currentData().toString(), mKind->currentText()).join(QStringLiteral(", ")));
}

void AccessMatrixSetup::selectRequest(const QString &id)
{
    mFromRequest->setChecked(true);
    mRequest->setCurrentIndex(mRequest->findData(id));
    restoreDefaults();
}

void AccessMatrixSetup::useEntryNode(const QString &node, const QString &kind)
{
    mEntry->setCurrentIndex(mEntry->findData(node));
    mKind->setCurrentText(kind);
    mFromNode->setChecked(true);
    proposeRoute();
    restoreDefaults();
}

Request AccessMatrixSetup::templ() const
{
    const TopologyData &t = mDocument->topology()->data();
    if (mFromRequest->isChecked()) {
        const Request *r = t.request(mRequest->currentData().toString());
        return r ? *r : Request();
    }
    Request r;
    r.id = QStringLiteral("matrix");
    r.kind = mKind->currentText();
    r.path = parseList(mRoute->text());
    r.identity.userid = QStringLiteral("USER");  // replaced by each row's user
    const int shape = mShape->currentData().toInt();
    r.identity.hasPassword = shape == Password;
    r.identity.passticket = shape == PassTicket;
    r.identity.trusted = shape == Trusted;
    return r;
}

QString AccessMatrixSetup::problem() const
{
    const Request r = templ();
    if (mFromRequest->isChecked() && r.id.isEmpty())
        return tr("Choose a request, or build one from an entry node.");
    QString why;
    if (r.path.isEmpty())
        return tr("The route is empty: propose one or type the node IDs.");
    // A request of the file is played as it stands, like the simulator does.
    if (mFromNode->isChecked() && !RouteFinder(mDocument->topology()->data()).isValid(r.path, r.kind, &why))
        return tr("The route cannot be played: %1").arg(why);
    if (parseList(mUsers->toPlainText()).isEmpty())
        return tr("List at least one user.");
    if (parseList(mResources->toPlainText()).isEmpty())
        return tr("List at least one resource.");
    return {};
}

AccessMatrixInput AccessMatrixSetup::input() const
{
    QStringList users = parseList(mUsers->toPlainText());
    for (QString &u : users)
        u = u.toUpper();  // SAF user IDs (FORMAT.md)
    users.removeDuplicates();
    return {templ(), users, parseList(mResources->toPlainText())};
}

QStringList AccessMatrixSetup::parseList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\n\\r]+"));
    QStringList out;
    for (const QString &part : text.split(separators)) {
        const QString name = part.trimmed();
        if (!name.isEmpty() && !out.contains(name))
            out.append(name);
    }
    return out;
}

void AccessMatrixSetup::setUsers(const QStringList &users) { mUsers->setPlainText(users.join(QLatin1Char('\n'))); }

void AccessMatrixSetup::setResources(const QStringList &resources)
{
    mResources->setPlainText(resources.join(QLatin1Char('\n')));
}

void AccessMatrixSetup::restoreDefaults()
{
    const bool fromRequest = mFromRequest->isChecked();
    mRoute->setReadOnly(fromRequest);
    const Request r = templ();
    if (fromRequest)
        mRoute->setText(r.path.join(QStringLiteral(", ")));
    const TopologyData &t = mDocument->topology()->data();
    setUsers(AccessMatrixDefaults::users(t, r));
    setResources(AccessMatrixDefaults::resources(t, r));
    updateHint();
}

void AccessMatrixSetup::updateHint()
{
    const AccessMatrixInput in = input();
    mUsersLabel->setText(tr("&Users (%1):").arg(in.users.size()));
    mResourcesLabel->setText(tr("Re&sources (%1):").arg(in.resources.size()));
    mHint->setText(AccessMatrixHint::text(mDocument->topology()->data(), in));
    emit changed();
}
