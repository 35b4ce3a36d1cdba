#pragma once

#include "optioneditor.h"

class QLabel;
class QListWidget;
class Topology;

// The CA certificates a component trusts (OptionSpec::Type::CertList): one
// check box per CA certificate of the document.
class TruststoreEditor : public OptionEditor
{
    Q_OBJECT

public:
    TruststoreEditor(const OptionSpec &spec, const Topology *topology, QWidget *parent = nullptr);
    void setValue(const QJsonValue &value) override;
    void refreshChoices() override;

private:
    void onItemChanged();

    const Topology *mTopology;
    QListWidget *mList;
    QLabel *mEmpty;
    QStringList mValue;
    bool mUpdating = false;
};
