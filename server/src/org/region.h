#pragma once
// Sales regions (片区): a tree province → city → county, each with an owner (a staff member).
// Types and pure rules only; SQL in region_store.cc, use cases in region_service.h.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "audit/audit.h"

namespace sd::org {

enum class RegionLevel : uint8_t { kProvince = 0, kCity = 1, kCounty = 2 };

const char* RegionLevelName(RegionLevel level);  // "province", "city", "county"
bool ParseRegionLevel(std::string_view s, RegionLevel* out);

struct RegionFields {
  std::optional<int64_t> parent_id;
  std::string code;  // e.g. the administrative division code "430000"
  std::string name;
  RegionLevel level = RegionLevel::kProvince;
  std::optional<int64_t> owner_staff_id;
  int64_t sort_order = 0;
};

struct Region {
  int64_t id = 0;
  RegionFields f;
  std::string owner_name;  // empty without owner
  int64_t version = 1;
};

inline constexpr size_t kRegionCodeMax = 32;
inline constexpr size_t kRegionNameMax = 64;

// Whether a region of `level` may sit under a parent of parent_level (nullopt: no parent): a
// province has no parent, a city sits under a province, a county under a city.
bool RegionLevelFits(std::optional<RegionLevel> parent_level, RegionLevel level);

audit::Snapshot RegionSnapshot(const Region& r);

// One region of the tree with its owner's standing: what routing a lead by region needs.
struct RegionOwnerLink {
  int64_t id = 0;
  std::optional<int64_t> parent_id;
  std::optional<int64_t> owner_staff_id;
  bool owner_active = false;                 // the owner has not left
  std::optional<int64_t> owner_superior_id;  // the owner's direct superior (the region's manager)
  bool owner_superior_active = false;        // that superior has not left
};

}  // namespace sd::org
