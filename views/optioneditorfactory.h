#pragma once

#include "optionspec.h"

class OptionEditor;
class Topology;
class QWidget;

// Chooses the editor for an option from its type alone, so that an option
// added to the model's tables (NodeKinds, LinkOptions) appears in the
// property editor with no new widget code.
namespace OptionEditorFactory {
OptionEditor *create(const OptionSpec &spec, const Topology *topology, QWidget *parent);
} // namespace OptionEditorFactory
