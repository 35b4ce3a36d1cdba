#include "propertyeditor.h"

#include "document.h"
#include "linkoptions.h"
#include "nodekinds.h"
#include "propertyeditorform.h"
#include "propertyeditorheader.h"
#include "propertyeditorhelp.h"
#include "referenceeditor.h"
#include "simulationtimeeditor.h"
#include "textoptioneditor.h"

#include <QApplication>
#include <QScrollArea>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

OptionSpec fieldSpec(const char *key, const QString &label, OptionSpec::Type type, const QString &help, int maxLength = 256)
{
    OptionSpec s = OptionSpec::make(key, "", type, QString(), "");
    s.label = label;
    s.help = help;
    s.maxLength = maxLength;
    return s;
}

} // namespace

PropertyEditor::PropertyEditor(Document *document, QWidget *parent)
    : QWidget(parent), mDocument(document), mHeader(new PropertyEditorHeader(this)), mScroll(new QScrollArea(this)),
      mHelp(new PropertyEditorHelp(this))
{
    mScroll->setWidgetResizable(true);
    mScroll->setFrameShape(QFrame::NoFrame);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(mScroll);
    splitter->addWidget(mHelp);
    splitter->setStretchFactor(0, 1);
    splitter->setCollapsible(0, false);
    splitter->setSizes({420, fontMetrics().lineSpacing() * 8});
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(mHeader);
    layout->addWidget(line);
    layout->addWidget(splitter, 1);
    setMinimumWidth(260);

    connect(mHelp, &PropertyEditorHelp::ruleActivated, this, &PropertyEditor::ruleActivated);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { onFocusChanged(now); });

    Topology *t = document->topology();
    connect(t, &Topology::nodeChanged, this, [this](const QString &id, const QString &key) {
        if (mMode != Mode::Nodes || !mIds.contains(id) || key == QLatin1String("position"))
            return;
        if (key == QLatin1String("label"))
            refreshKey(Target::NodeLabel, key);
        else if (key == QLatin1String("image"))
            refreshKey(Target::NodeImage, key);
        else
            refreshKey(Target::NodeOption, key);
    });
    connect(t, &Topology::linkChanged, this, [this](const QString &id, const QString &key) {
        if (mMode == Mode::Links && mIds.contains(id)) {
            refreshKey(Target::LinkAttribute, key);
            updateHeader();
        }
    });
    connect(t, &Topology::imageChanged, this, [this](const QString &id, const QString &key) {
        if (mMode == Mode::Images && mIds.contains(id))
            refreshKey(Target::ImageAttribute, key);
        else if (key == QLatin1String("label"))
            refreshChoices();
    });
    connect(t, &Topology::documentChanged, this, [this](const QString &key) {
        if (mMode == Mode::Document)
            refreshKey(key == QLatin1String("name") ? Target::DocumentName : Target::SimulationTime, key);
    });
    connect(t, &Topology::changed, this, [this] {
        if (mMode == Mode::Document)
            updateHeader();  // the counts
    });
    for (auto signal : {&Topology::imageAdded, &Topology::imageRemoved, &Topology::domainAdded, &Topology::domainRemoved})
        connect(t, signal, this, &PropertyEditor::refreshChoices);
    for (auto signal : {&Topology::nodeRemoved, &Topology::linkRemoved, &Topology::imageRemoved})
        connect(t, signal, this, &PropertyEditor::onEntityRemoved);
    connect(t, &Topology::resetDone, this, &PropertyEditor::onReset);
    rebuild();
}

PropertyEditor::~PropertyEditor() = default;

OptionEditor *PropertyEditor::editor(const QString &key) const
{
    const int i = mForm ? mForm->indexOf(key) : -1;
    return i < 0 ? nullptr : mForm->fields().at(i).editor;
}

QToolButton *PropertyEditor::resetButton(const QString &key) const
{
    const int i = mForm ? mForm->indexOf(key) : -1;
    return i < 0 ? nullptr : mForm->fields().at(i).reset;
}

void PropertyEditor::showSelection(const QStringList &nodes, const QStringList &links, const QStringList &images)
{
    if (!mDocument)
        return;  // the window is closing: the scene is clearing its selection after the document went
    const int groups = int(!nodes.isEmpty()) + int(!links.isEmpty()) + int(!images.isEmpty());
    Mode mode = Mode::Document;
    QStringList ids;
    if (groups > 1) {
        mode = Mode::Mixed;
        ids = nodes + links + images;
    } else if (!nodes.isEmpty()) {
        mode = Mode::Nodes;
        ids = nodes;
        const TopologyData &d = mDocument->topology()->data();
        const Node *first = d.node(nodes.first());
        for (const QString &id : nodes) {
            const Node *n = d.node(id);
            if (!n || !first || n->kind != first->kind)
                mode = Mode::Mixed;  // only nodes of one kind share their options
        }
    } else if (!links.isEmpty()) {
        mode = Mode::Links;
        ids = links;
    } else if (!images.isEmpty()) {
        mode = Mode::Images;
        ids = images;
    }
    if (mode == mMode && ids == mIds && mForm)
        return;  // the same subject: keep the rows, and the focus in them
    mMode = mode;
    mIds = ids;
    rebuild();
}

void PropertyEditor::rebuild()
{
    if (QWidget *old = mScroll->takeWidget()) {
        old->hide();
        old->deleteLater();  // we may be inside one of its signals
    }
    mForm = new PropertyEditorForm(mDocument->topology());
    connect(mForm, &PropertyEditorForm::valueEdited, this, &PropertyEditor::commit);
    connect(mForm, &PropertyEditorForm::resetClicked, this, &PropertyEditor::reset);
    switch (mMode) {
    case Mode::Document: buildDocument(); break;
    case Mode::Nodes: buildNodes(); break;
    case Mode::Links: buildLinks(); break;
    case Mode::Images: buildImages(); break;
    case Mode::Mixed: break;
    }
    mForm->finish();
    mScroll->setWidget(mForm);
    updateHeader();
    for (int i = 0; i < mForm->fields().size(); ++i)
        refreshField(i);
}

void PropertyEditor::buildDocument()
{
    mForm->addSection(tr("Document"));
    mForm->addField(Target::DocumentName,
                    fieldSpec("name", tr("Name"), OptionSpec::Type::Text,
                              tr("The title of this topology, shown in the window title."), 1024),
                    false);
    OptionSpec time = fieldSpec("simulationTime", tr("Simulation time"), OptionSpec::Type::Text,
                                tr("Fixes the clock for PassTickets, certificate validity and JWT expiry, so the file "
                                   "always simulates the same way. Reset it to use the current time."));
    time.defaultValue = QJsonValue::Undefined;
    mForm->addField(Target::SimulationTime, time, true, new SimulationTimeEditor(time, mForm));
}

void PropertyEditor::buildNodes()
{
    const TopologyData &d = mDocument->topology()->data();
    const Node *first = d.node(mIds.first());
    if (!first)
        return;
    mForm->addSection(tr("General"));
    if (mIds.size() == 1) {
        mForm->addReadOnly(tr("Id"), first->id,
                           tr("The node's id: links and request paths refer to it, so it does not change."));
        mForm->addField(Target::NodeLabel,
                        fieldSpec("label", tr("Label"), OptionSpec::Type::Text, tr("The name shown on the canvas.")), false);
    }
    const OptionSpec image = fieldSpec("image", tr("z/OS image"), OptionSpec::Type::CertRef,
                                       tr("The z/OS image (LPAR) this component runs in; the image's RACF database "
                                          "answers its SAF calls. Off z/OS: a distributed component."));
    const Topology *t = mDocument->topology();
    auto *imageEditor = new ReferenceEditor(
        image,
        [t] {
            QList<ReferenceEditor::Choice> out;
            for (const ZosImage &img : t->data().images)
                out.append({img.id, img.label.isEmpty() ? img.id : QStringLiteral("%1 \u2014 %2").arg(img.id, img.label)});
            return out;
        },
        tr("(off z/OS)"), QString(), mForm);
    mForm->addField(Target::NodeImage, image, false, imageEditor);

    const NodeKindInfo *info = NodeKinds::info(first->kind);
    if (!info || info->options.isEmpty())
        return;
    mForm->addSection(tr("Options"));
    for (const OptionSpec &o : info->options)
        mForm->addField(Target::NodeOption, o, true);
}

void PropertyEditor::buildLinks()
{
    const TopologyData &d = mDocument->topology()->data();
    const Link *link = d.link(mIds.first());
    if (!link)
        return;
    if (mIds.size() == 1) {
        mForm->addSection(tr("General"));
        mForm->addReadOnly(tr("Id"), link->id, tr("The link's id: request paths refer to it."));
        const auto name = [&d](const QString &id) {
            const Node *n = d.node(id);
            return n && !n->label.isEmpty() ? QStringLiteral("%1 (%2)").arg(n->label, id) : id;
        };
        mForm->addReadOnly(tr("From"), name(link->from), tr("The side that opens the connection."));
        mForm->addReadOnly(tr("To"), name(link->to), tr("The side that accepts the connection."));
    }
    mForm->addSection(tr("Connection"));
    for (const OptionSpec &o : LinkOptions::all())
        mForm->addField(Target::LinkAttribute, o, true);
}

void PropertyEditor::buildImages()
{
    const TopologyData &d = mDocument->topology()->data();
    const ZosImage *image = d.image(mIds.first());
    if (!image)
        return;
    mForm->addSection(tr("General"));
    if (mIds.size() == 1) {
        mForm->addReadOnly(tr("Id"), image->id, tr("The image's id: nodes refer to it."));
        mForm->addField(Target::ImageAttribute,
                        fieldSpec("label", tr("Label"), OptionSpec::Type::Text, tr("The name shown on the image's frame.")),
                        false);
    }
    const OptionSpec domain = fieldSpec("domain", tr("RACF database"), OptionSpec::Type::CertRef,
                                        tr("The security domain every component in this image uses. Two images may "
                                           "share one RACF database, as in a sysplex."));
    const Topology *t = mDocument->topology();
    auto *editor = new ReferenceEditor(
        domain,
        [t] {
            QList<ReferenceEditor::Choice> out;
            for (const SecurityDomain &dom : t->data().domains)
                out.append({dom.id, dom.id});
            return out;
        },
        QString(), QString(), mForm);
    mForm->addField(Target::ImageAttribute, domain, false, editor);
}

QStringList PropertyEditor::entityIds() const
{
    return mMode == Mode::Document ? QStringList{QString()} : mIds;
}

QJsonValue PropertyEditor::valueOf(Target target, const QString &key, const QString &id) const
{
    if (target == Target::NodeOption) {
        const Node *n = mDocument->topology()->data().node(id);
        return n ? NodeKinds::option(*n, key) : QJsonValue();
    }
    return ChangeValueCommand::currentValue(mDocument->topology(), target, id, key);
}

void PropertyEditor::refreshField(int index)
{
    const PropertyEditorForm::Field &f = mForm->fields().at(index);
    QList<QJsonValue> values;
    for (const QString &id : entityIds())
        values.append(valueOf(f.target, f.key, id));
    mForm->showValues(index, values);
}

void PropertyEditor::refreshKey(Target target, const QString &key)
{
    for (int i = 0; mForm && i < mForm->fields().size(); ++i) {
        if (mForm->fields().at(i).target == target && mForm->fields().at(i).key == key)
            refreshField(i);
    }
}

void PropertyEditor::refreshChoices()
{
    // Only the lists change; values stay, and so does a refused text the user is still fixing.
    for (int i = 0; mForm && i < mForm->fields().size(); ++i)
        mForm->fields().at(i).editor->refreshChoices();
}

void PropertyEditor::commit(int index, const QJsonValue &value)
{
    const PropertyEditorForm::Field &f = mForm->fields().at(index);
    const QStringList ids = entityIds();
    bool changed = false;
    for (const QString &id : ids)
        changed = changed || valueOf(f.target, f.key, id) != value;
    if (!changed)
        return;  // never an undo step that does nothing
    // A node option set back to its default leaves the file, as a reset would.
    const bool toDefault = f.target == Target::NodeOption && value == f.spec.defaultValue;
    mDocument->undoStack()->push(new ChangeValueCommand(mDocument->topology(), f.target, ids, f.key,
                                                        toDefault ? QJsonValue(QJsonValue::Undefined) : value));
}

void PropertyEditor::reset(int index)
{
    const PropertyEditorForm::Field &f = mForm->fields().at(index);
    QStringList ids;
    for (const QString &id : entityIds()) {
        if (valueOf(f.target, f.key, id) != f.spec.defaultValue)
            ids.append(id);
    }
    if (ids.isEmpty())
        return;
    auto *command = new ChangeValueCommand(mDocument->topology(), f.target, ids, f.key, QJsonValue::Undefined);
    command->setText(tr("Reset %1").arg(f.spec.label));
    command->setMergeable(false);
    mDocument->undoStack()->push(command);
}

void PropertyEditor::updateHeader()
{
    const TopologyData &d = mDocument->topology()->data();
    switch (mMode) {
    case Mode::Document:
        mHeader->set(QStringLiteral("secflow"), d.name.isEmpty() ? tr("Untitled topology") : d.name,
                     QStringLiteral("%1, %2, %3")
                         .arg(d.nodes.size() == 1 ? tr("1 component") : tr("%1 components").arg(d.nodes.size()),
                              d.links.size() == 1 ? tr("1 link") : tr("%1 links").arg(d.links.size()),
                              d.images.size() == 1 ? tr("1 z/OS image") : tr("%1 z/OS images").arg(d.images.size())));
        break;
    case Mode::Nodes: {
        const Node *n = d.node(mIds.value(0));
        const NodeKindInfo *info = n ? NodeKinds::info(n->kind) : nullptr;
        const QString kind = info ? info->displayName : (n ? n->kind : QString());
        mHeader->set(n ? n->kind : QString(), mIds.size() == 1 ? kind : tr("%1 \u00d7 %2").arg(mIds.size()).arg(kind),
                     info ? info->description : QString());
        break;
    }
    case Mode::Links: {
        const Link *l = d.link(mIds.value(0));
        const bool open = l && l->transport == QLatin1String("none");
        QString subtitle;
        if (l && mIds.size() == 1) {
            const Node *from = d.node(l->from), *to = d.node(l->to);
            subtitle = tr("%1 \u2192 %2").arg(from ? from->label : l->from, to ? to->label : l->to);
        }
        mHeader->set(open ? QStringLiteral("lock-open") : QStringLiteral("lock"),
                     mIds.size() == 1 ? tr("Link") : tr("%1 links").arg(mIds.size()), subtitle);
        break;
    }
    case Mode::Images: {
        const ZosImage *img = d.image(mIds.value(0));
        mHeader->set(QString(), mIds.size() == 1 ? tr("z/OS image %1").arg(mIds.value(0)) : tr("%1 z/OS images").arg(mIds.size()),
                     mIds.size() == 1 && img ? img->label : QString());
        break;
    }
    case Mode::Mixed:
        mHeader->set(QString(), tr("%1 items selected").arg(mIds.size()),
                     tr("Select components of one kind, links or z/OS images to edit them together."));
        break;
    }
    if (mForm->focusedField() < 0)
        mHelp->showText(mHeader->title(), mMode == Mode::Document
                                              ? tr("Select a component, a link or a z/OS image on the canvas to edit it. "
                                                   "Click a property to read what it does and which rules it affects.")
                                              : tr("Click a property to read what it does and which rules it affects."));
}

void PropertyEditor::onFocusChanged(QWidget *now)
{
    if (!now || !mForm || !mForm->isAncestorOf(now))
        return;
    const int index = mForm->indexOfEditor(now);
    if (index < 0 || index == mForm->focusedField())
        return;
    mForm->setFocusedField(index);
    const PropertyEditorForm::Field &f = mForm->fields().at(index);
    const bool option = f.target == Target::NodeOption || f.target == Target::LinkAttribute;
    mHelp->showHelp(f.spec.label, option ? f.key : QString(), f.spec.help, f.spec.rules);
}

void PropertyEditor::onEntityRemoved(const QString &id)
{
    if (!mIds.contains(id))
        return;
    mIds.removeAll(id);
    if (mIds.isEmpty())
        mMode = Mode::Document;
    rebuild();
}

void PropertyEditor::onReset()
{
    // A new file: keep only what still exists, which is usually nothing.
    const TopologyData &d = mDocument->topology()->data();
    mIds.erase(std::remove_if(mIds.begin(), mIds.end(),
                              [&d](const QString &id) { return !d.node(id) && !d.link(id) && !d.image(id); }),
               mIds.end());
    if (mIds.isEmpty())
        mMode = Mode::Document;
    rebuild();
}
