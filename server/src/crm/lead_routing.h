#pragma once
// Lead routing (线索分配): a lead goes to the rep owning its region, walking up the region tree
// (county → city → province) to the first region with an owner. Pure; thread-safe.

#include <cstdint>
#include <optional>
#include <vector>

#include "org/region.h"

namespace sd::crm {

// One region of the tree with what routing needs of its owner (org::RegionOwnerLinks).
using RouteRegion = org::RegionOwnerLink;

// The staff member a lead from region_id goes to: the owner of the first region on the path
// from region_id up to the root that has one; an owner who left is replaced by their superior
// (when that superior is active; otherwise the walk goes on up). nullopt when the lead has no
// region, the region is unknown, or no region on the path yields anyone: the lead stays
// unassigned (state new, shown to lead.assign holders). Tolerates cycles (stops at a repeat).
std::optional<int64_t> RouteLead(const std::vector<RouteRegion>& regions,
                                 std::optional<int64_t> region_id);

}  // namespace sd::crm
