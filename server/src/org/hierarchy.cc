#include "org/hierarchy.h"

#include <unordered_set>

namespace sd::org {

bool SuperiorWouldCycle(const SuperiorMap& superior_of, int64_t id, int64_t new_superior) {
  std::unordered_set<int64_t> seen;
  std::optional<int64_t> at = new_superior;
  while (at) {
    if (*at == id) return true;
    if (!seen.insert(*at).second) return false;  // an old loop elsewhere: not ours
    auto it = superior_of.find(*at);
    if (it == superior_of.end()) return false;
    at = it->second;
  }
  return false;
}

}  // namespace sd::org
