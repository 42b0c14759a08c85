#include "org/department.h"

#include <unordered_map>
#include <unordered_set>

namespace sd::org {

std::vector<int64_t> Subtree(const std::vector<Department>& all, int64_t root) {
  std::unordered_map<int64_t, std::vector<int64_t>> children;
  for (const Department& d : all) {
    if (d.parent_id) children[*d.parent_id].push_back(d.id);
  }
  std::vector<int64_t> out{root};
  std::unordered_set<int64_t> seen{root};
  for (size_t i = 0; i < out.size(); ++i) {
    auto it = children.find(out[i]);
    if (it == children.end()) continue;
    for (int64_t child : it->second) {
      if (seen.insert(child).second) out.push_back(child);
    }
  }
  return out;
}

bool MoveWouldCycle(const std::vector<Department>& all, int64_t id, int64_t parent) {
  for (int64_t below : Subtree(all, id)) {
    if (below == parent) return true;
  }
  return false;
}

Result<std::vector<int64_t>> DepartmentSubtree(db::Tx& tx, int64_t root) {
  SD_TRY_ASSIGN(std::vector<Department> all, ListDepartments(tx));
  return Subtree(all, root);
}

}  // namespace sd::org
