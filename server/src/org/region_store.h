#pragma once
// SQL for org_regions. Only region_store.cc touches the table. Functions need a Tx (reads any,
// writes a write Tx) and return the db errors unchanged unless stated.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/database.h"
#include "org/region.h"

namespace sd::org::store {

// Every region (q: part of the code or name), ordered by sort_order, code.
Result<std::vector<Region>> ListRegions(db::Tx& tx, const std::optional<std::string>& q);
Result<std::optional<Region>> LoadRegion(db::Tx& tx, int64_t id);
// Errors: kAlreadyExists "org.region.code_taken".
Result<int64_t> InsertRegion(db::Tx& tx, const RegionFields& f, int64_t now_us);
// False on a version mismatch. Errors: kAlreadyExists "org.region.code_taken".
Result<bool> UpdateRegion(db::Tx& tx, int64_t id, int64_t expected_version, const RegionFields& f,
                          int64_t now_us);
// False on a version mismatch.
Result<bool> DeleteRegion(db::Tx& tx, int64_t id, int64_t expected_version);

// The levels of the region's direct children.
Result<std::vector<RegionLevel>> ChildLevels(db::Tx& tx, int64_t id);
// How many staff members cover the region (org_staff_regions).
Result<int64_t> CountRegionCoverage(db::Tx& tx, int64_t id);

// Every region with its owner's status and superior.
Result<std::vector<RegionOwnerLink>> RegionOwnerLinks(db::Tx& tx);
Result<bool> RegionExists(db::Tx& tx, int64_t id);

}  // namespace sd::org::store
