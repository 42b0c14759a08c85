#pragma once
// Reporting lines: who is directly above whom. Positions (superior_position_id) and staff
// (superior_staff_id) share the rule that nobody may end up above themself. Pure; thread-safe.

#include <cstdint>
#include <optional>
#include <unordered_map>

namespace sd::org {

// id → its direct superior's id (nullopt: at the top). Ids absent from the map are at the top.
using SuperiorMap = std::unordered_map<int64_t, std::optional<int64_t>>;

// Whether making new_superior the direct superior of id closes a loop: new_superior is id
// itself or someone below id. Tolerates loops already in the map that do not pass through id
// (the walk stops at a repeat).
bool SuperiorWouldCycle(const SuperiorMap& superior_of, int64_t id, int64_t new_superior);

}  // namespace sd::org
