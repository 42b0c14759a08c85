#include "org/region.h"

namespace sd::org {

const char* RegionLevelName(RegionLevel level) {
  switch (level) {
    case RegionLevel::kProvince:
      return "province";
    case RegionLevel::kCity:
      return "city";
    case RegionLevel::kCounty:
      return "county";
  }
  return "province";
}

bool ParseRegionLevel(std::string_view s, RegionLevel* out) {
  if (s == "province") {
    *out = RegionLevel::kProvince;
  } else if (s == "city") {
    *out = RegionLevel::kCity;
  } else if (s == "county") {
    *out = RegionLevel::kCounty;
  } else {
    return false;
  }
  return true;
}

bool RegionLevelFits(std::optional<RegionLevel> parent_level, RegionLevel level) {
  switch (level) {
    case RegionLevel::kProvince:
      return !parent_level.has_value();
    case RegionLevel::kCity:
      return parent_level == RegionLevel::kProvince;
    case RegionLevel::kCounty:
      return parent_level == RegionLevel::kCity;
  }
  return false;
}

audit::Snapshot RegionSnapshot(const Region& r) {
  return {{"parent_id", audit::OrNull(r.f.parent_id)},
          {"code", r.f.code},
          {"name", r.f.name},
          {"level", std::string(RegionLevelName(r.f.level))},
          {"owner_staff_id", audit::OrNull(r.f.owner_staff_id)},
          {"sort_order", r.f.sort_order}};
}

}  // namespace sd::org
