#include "optioneditorfactory.h"

#include "booleditor.h"
#include "credentialseditor.h"
#include "enumeditor.h"
#include "exiteditor.h"
#include "integereditor.h"
#include "namelisteditor.h"
#include "referenceeditor.h"
#include "remoteconneditor.h"
#include "secreteditor.h"
#include "textoptioneditor.h"
#include "topology.h"
#include "truststoreeditor.h"

#include <QCoreApplication>

namespace {

ReferenceEditor::ChoiceSource certificates(const Topology *topology)
{
    return [topology] {
        QList<ReferenceEditor::Choice> out;
        for (const Certificate &c : topology->data().certificates)
            out.append({c.id, c.subject.isEmpty() ? c.id : QStringLiteral("%1 \u2014 %2").arg(c.id, c.subject)});
        return out;
    };
}

} // namespace

OptionEditor *OptionEditorFactory::create(const OptionSpec &spec, const Topology *topology, QWidget *parent)
{
    using T = OptionSpec::Type;
    switch (spec.type) {
    case T::Enum: return new EnumEditor(spec, parent);
    case T::Bool: return new BoolEditor(spec, parent);
    case T::Int: return new IntegerEditor(spec, parent);
    case T::Text:
    case T::SafName: return new TextOptionEditor(spec, parent);
    case T::Secret: return new SecretEditor(spec, parent);
    case T::CertRef:
        return new ReferenceEditor(spec, certificates(topology),
                                   QCoreApplication::translate("OptionEditorFactory", "(none)"), QJsonValue::Null, parent);
    case T::CertList: return new TruststoreEditor(spec, topology, parent);
    case T::NameList:
    case T::TextList: return new NameListEditor(spec, parent);
    case T::Exit: return new ExitEditor(spec, parent);
    case T::RemoteConn: return new RemoteConnEditor(spec, parent);
    case T::Credentials: return new CredentialsEditor(spec, parent);
    }
    return new TextOptionEditor(spec, parent);
}
