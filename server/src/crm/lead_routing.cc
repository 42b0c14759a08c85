#include "crm/lead_routing.h"

#include <unordered_map>

namespace sd::crm {

std::optional<int64_t> RouteLead(const std::vector<RouteRegion>& regions,
                                 std::optional<int64_t> region_id) {
  std::unordered_map<int64_t, const RouteRegion*> by_id;
  for (const RouteRegion& r : regions) by_id[r.id] = &r;
  std::optional<int64_t> at = region_id;
  // At most one step per region: a cycle in bad data ends the walk instead of looping.
  for (size_t steps = 0; at && steps <= regions.size(); ++steps) {
    auto it = by_id.find(*at);
    if (it == by_id.end()) return std::nullopt;
    const RouteRegion& r = *it->second;
    if (r.owner_staff_id) {
      if (r.owner_active) return r.owner_staff_id;
      if (r.owner_superior_id && r.owner_superior_active) return r.owner_superior_id;
    }
    at = r.parent_id;
  }
  return std::nullopt;
}

}  // namespace sd::crm
