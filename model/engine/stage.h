#pragma once

class HopContext;
class TopologyIndex;
struct Node;

#include <memory>

// What one kind of component does to a message passing through it. A stage
// is built once per node (reading its options) and then decides any number
// of hops: it reads ctx.in(), records checks and fills ctx.out().
class Stage
{
public:
    virtual ~Stage() = default;
    virtual void process(HopContext &ctx) const = 0;
    // Called once when every stage exists, to precompute what depends on the
    // node's neighbours; `node` is the node this stage was built for.
    virtual void prepare(const TopologyIndex &, const Node &) {}

    static std::unique_ptr<Stage> create(const Node &node);
};
