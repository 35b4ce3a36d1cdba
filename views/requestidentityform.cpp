#include "requestidentityform.h"

#include "fieldmessage.h"
#include "isotime.h"
#include "nodekinds.h"
#include "passticket.h"
#include "topologydata.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QToolButton>

namespace {
constexpr int kRacfNameLength = 8;

QString jwtText(const QJsonValue &jwt)
{
    if (jwt.isObject())
        return QString::fromUtf8(QJsonDocument(jwt.toObject()).toJson(QJsonDocument::Compact));
    return jwt.toString();
}
} // namespace

RequestIdentityForm::RequestIdentityForm(QWidget *owner)
    : QObject(owner), mOwner(owner), mShowPassword(new QToolButton(owner)), mToken(new QComboBox(owner)),
      mSamlSigner(new QComboBox(owner)), mPassticket(new QCheckBox(tr("Generate a PassTicket"), owner)),
      mTrusted(new QCheckBox(tr("Trusted caller"), owner)), mUseridMessage(new FieldMessage(owner)),
      mGroupMessage(new FieldMessage(owner)), mJwtMessage(new FieldMessage(owner)),
      mKeyMessage(new FieldMessage(owner)), mTimeMessage(new FieldMessage(owner))
{
    mUserid = lineEdit(QStringLiteral("userid"), tr("none"));
    mPassword = lineEdit(QStringLiteral("password"), tr("none"));
    mPassword->setEchoMode(QLineEdit::Password);
    mShowPassword->setObjectName(QStringLiteral("showPassword"));
    mShowPassword->setText(tr("Show"));
    mShowPassword->setCheckable(true);
    mShowPassword->setToolTip(tr("Show or hide the password"));
    connect(mShowPassword, &QToolButton::toggled, this, [this](bool on) {
        mPassword->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        mShowPassword->setText(on ? tr("Hide") : tr("Show"));
    });
    mGroup = lineEdit(QStringLiteral("group"), tr("default group"));
    mNetuid = lineEdit(QStringLiteral("netuid"), tr("none"));
    mNetsid = lineEdit(QStringLiteral("netsid"), tr("none"));
    mJwt = lineEdit(QStringLiteral("jwt"), tr("compact token or {\"iss\", \"sub\", \"aud\", \"exp\"}"));
    mPassticketKey = lineEdit(QStringLiteral("passticketKey"), tr("the PTKTDATA profile's key"));
    mPassticketTime = lineEdit(QStringLiteral("passticketTime"), tr("the simulation time"));
    mUserid->setToolTip(tr("The user ID the first node presents (for a callout: the PSTUSID of the IMS transaction)"));
    mPassticketKey->setToolTip(tr("16 or 64 hexadecimal digits: a key other than the profile's, to show a mismatch"));
    mPassticketTime->setToolTip(tr("ISO 8601 time at which the ticket is generated, e.g. 2026-11-21T10:00:00Z"));

    // Combos size to a few characters, not their longest entry, so two columns fit under the canvas.
    for (QComboBox *c : {mToken, mSamlSigner}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(8);
    }
    mToken->setObjectName(QStringLiteral("token"));
    mToken->addItem(tr("(none given)"), QString());
    const NodeKindInfo *gateway = NodeKinds::info(QStringLiteral("soap_gateway"));
    const OptionSpec *tokens = gateway ? gateway->option(QStringLiteral("wssToken")) : nullptr;
    for (const QString &t : tokens ? tokens->allowed : QStringList())
        mToken->addItem(t, t);
    mToken->setToolTip(tr("The WS-Security token kind the caller puts in the message"));
    connect(mToken, &QComboBox::activated, this, [this] { edited(QStringLiteral("token")); });
    mSamlSigner->setObjectName(QStringLiteral("samlSigner"));
    mSamlSigner->setToolTip(tr("The certificate that signed a *_SIGNED SAML token"));
    connect(mSamlSigner, &QComboBox::activated, this, [this] { edited(QStringLiteral("samlSigner")); });
    mPassticket->setObjectName(QStringLiteral("passticket"));
    mTrusted->setObjectName(QStringLiteral("trusted"));
    connect(mPassticket, &QCheckBox::clicked, this, [this] { edited(QStringLiteral("passticket")); });
    connect(mTrusted, &QCheckBox::clicked, this, [this] { edited(QStringLiteral("trusted")); });
    mUseridMessage->setObjectName(QStringLiteral("useridMessage"));
    mGroupMessage->setObjectName(QStringLiteral("groupMessage"));
    mJwtMessage->setObjectName(QStringLiteral("jwtMessage"));
    mKeyMessage->setObjectName(QStringLiteral("passticketKeyMessage"));
    mTimeMessage->setObjectName(QStringLiteral("passticketTimeMessage"));
}

QLineEdit *RequestIdentityForm::lineEdit(const QString &name, const QString &placeholder)
{
    auto *e = new QLineEdit(mOwner);
    e->setObjectName(name);
    e->setPlaceholderText(placeholder);
    e->setClearButtonEnabled(name != QLatin1String("password"));
    connect(e, &QLineEdit::textEdited, this, [this, name] { edited(name); });
    return e;
}

void RequestIdentityForm::addRows(QFormLayout *caller, QFormLayout *callerMore, QFormLayout *tokens, QFormLayout *ticket)
{
    auto *password = new QWidget(mOwner);
    auto *row = new QHBoxLayout(password);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    row->addWidget(mPassword, 1);
    row->addWidget(mShowPassword);
    caller->addRow(tr("User ID:"), mUserid);
    caller->addRow(mUseridMessage);
    caller->addRow(tr("Password:"), password);
    caller->addRow(tr("Group:"), mGroup);
    caller->addRow(mGroupMessage);
    callerMore->addRow(tr("NETUID:"), mNetuid);
    callerMore->addRow(tr("NETSID:"), mNetsid);
    callerMore->addRow(QString(), mTrusted);
    tokens->addRow(tr("Token:"), mToken);
    tokens->addRow(tr("SAML signer:"), mSamlSigner);
    tokens->addRow(tr("JWT:"), mJwt);
    tokens->addRow(mJwtMessage);
    ticket->addRow(tr("PassTicket:"), mPassticket);
    ticket->addRow(tr("Key:"), mPassticketKey);
    ticket->addRow(mKeyMessage);
    ticket->addRow(tr("Time:"), mPassticketTime);
    ticket->addRow(mTimeMessage);
}

void RequestIdentityForm::setEnabled(bool enabled)
{
    for (QWidget *w : std::initializer_list<QWidget *>{mUserid, mPassword, mShowPassword, mGroup, mToken, mSamlSigner,
                                                       mNetuid, mNetsid, mJwt, mPassticket, mTrusted})
        w->setEnabled(enabled);
    mPassticketKey->setEnabled(enabled && mPassticket->isChecked());
    mPassticketTime->setEnabled(enabled && mPassticket->isChecked());
}

void RequestIdentityForm::sync(QLineEdit *edit, const QString &value, bool force)
{
    if (!force && edit->property("stored").toString() == value)
        return;  // unchanged in the model: leave what is being typed
    edit->setProperty("stored", value);
    if (edit->text() != value) {
        const int cursor = edit->cursorPosition();
        edit->setText(value);
        edit->setCursorPosition(qMin(cursor, int(value.size())));
    }
    validate(edit->objectName());
}

void RequestIdentityForm::load(const RequestIdentity &identity, const TopologyData &topology, bool force)
{
    mIdentity = identity;
    sync(mUserid, identity.userid, force);
    sync(mPassword, identity.password, force);
    sync(mGroup, identity.group, force);
    sync(mNetuid, identity.netuid, force);
    sync(mNetsid, identity.netsid, force);
    sync(mJwt, jwtText(identity.jwt), force);
    sync(mPassticketKey, identity.passticketKey, force);
    sync(mPassticketTime, identity.passticketTime, force);
    if (mToken->findData(identity.token) < 0)
        mToken->addItem(identity.token, identity.token);
    mToken->setCurrentIndex(mToken->findData(identity.token));
    mSamlSigner->clear();
    mSamlSigner->addItem(tr("(none)"), QString());
    for (const Certificate &c : topology.certificates)
        mSamlSigner->addItem(c.subject.isEmpty() ? c.id : tr("%1 \u2014 %2").arg(c.id, c.subject), c.id);
    if (mSamlSigner->findData(identity.samlSigner) < 0)
        mSamlSigner->addItem(tr("%1 (missing)").arg(identity.samlSigner), identity.samlSigner);
    mSamlSigner->setCurrentIndex(mSamlSigner->findData(identity.samlSigner));
    mPassticket->setChecked(identity.passticket);
    mTrusted->setChecked(identity.trusted);
    updatePassticketFields();
}

void RequestIdentityForm::updatePassticketFields()
{
    mPassticketKey->setEnabled(mPassticket->isEnabled() && mPassticket->isChecked());
    mPassticketTime->setEnabled(mPassticket->isEnabled() && mPassticket->isChecked());
}

bool RequestIdentityForm::validate(const QString &field)
{
    if (field == QLatin1String("userid")) {
        mUseridMessage->clear();
        if (mUserid->text().size() > kRacfNameLength)
            mUseridMessage->setMessage(FieldMessage::Kind::Warning,
                                       tr("Over %1 characters: RACF knows it only if it is mapped on the way "
                                          "(LDAP, distributed identity).").arg(kRacfNameLength));
    } else if (field == QLatin1String("group")) {
        mGroupMessage->clear();
        if (mGroup->text().size() > kRacfNameLength) {
            mGroupMessage->setMessage(FieldMessage::Kind::Error, tr("A RACF group name has at most %1 characters.").arg(kRacfNameLength));
            return false;
        }
    } else if (field == QLatin1String("jwt")) {
        mJwtMessage->clear();
        const QString t = mJwt->text().trimmed();
        if (t.startsWith(QLatin1Char('{'))) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(t.toUtf8(), &error);
            if (!doc.isObject()) {
                mJwtMessage->setMessage(FieldMessage::Kind::Error,
                                        tr("Not a JSON object (%1). Write {\"iss\": ..., \"sub\": ..., \"aud\": ..., \"exp\": ...}.")
                                            .arg(error.errorString()));
                return false;
            }
        } else if (!t.isEmpty() && t.count(QLatin1Char('.')) != 2) {
            mJwtMessage->setMessage(FieldMessage::Kind::Warning, tr("A compact JWT has three parts separated by dots."));
        }
    } else if (field == QLatin1String("passticketKey")) {
        mKeyMessage->clear();
        QString problem;
        if (!mPassticketKey->text().isEmpty() && !PassTicket::parseKey(mPassticketKey->text(), &problem)) {
            mKeyMessage->setMessage(FieldMessage::Kind::Error, tr("Not a usable key: %1.").arg(problem));
            return false;
        }
    } else if (field == QLatin1String("passticketTime")) {
        mTimeMessage->clear();
        if (!mPassticketTime->text().isEmpty() && !IsoTime::parse(mPassticketTime->text()).isValid()) {
            mTimeMessage->setMessage(FieldMessage::Kind::Error,
                                     tr("Not an ISO 8601 time. Write e.g. 2026-11-21T10:00:00Z, or leave it empty for "
                                        "the simulation time."));
            return false;
        }
    }
    return true;
}

void RequestIdentityForm::edited(const QString &field)
{
    if (!validate(field))
        return;  // kept in the field, not taken
    RequestIdentity id = mIdentity;
    if (field == QLatin1String("userid")) {
        id.userid = mUserid->text();
    } else if (field == QLatin1String("password")) {
        id.password = mPassword->text();
        id.hasPassword = !id.password.isEmpty();
    } else if (field == QLatin1String("group")) {
        id.group = mGroup->text().toUpper();  // as the loader reads it
    } else if (field == QLatin1String("token")) {
        id.token = mToken->currentData().toString();
    } else if (field == QLatin1String("samlSigner")) {
        id.samlSigner = mSamlSigner->currentData().toString();
    } else if (field == QLatin1String("netuid")) {
        id.netuid = mNetuid->text();
    } else if (field == QLatin1String("netsid")) {
        id.netsid = mNetsid->text();
    } else if (field == QLatin1String("jwt")) {
        const QString t = mJwt->text().trimmed();
        id.jwt = t.isEmpty() ? QJsonValue(QJsonValue::Null)
                 : t.startsWith(QLatin1Char('{')) ? QJsonValue(QJsonDocument::fromJson(t.toUtf8()).object())
                                                  : QJsonValue(t);
    } else if (field == QLatin1String("passticket")) {
        id.passticket = mPassticket->isChecked();
        updatePassticketFields();
    } else if (field == QLatin1String("passticketKey")) {
        id.passticketKey = mPassticketKey->text();
    } else if (field == QLatin1String("passticketTime")) {
        id.passticketTime = mPassticketTime->text();
    } else if (field == QLatin1String("trusted")) {
        id.trusted = mTrusted->isChecked();
    }
    emit identityEdited(id, QStringLiteral("identity.") + field);
}
