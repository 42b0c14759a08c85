#pragma once
// Region use cases, validated, written and audited (entity "region") in the caller's
// transaction. Permissions are checked by the route table (org.read, org.manage).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit.h"
#include "db/database.h"
#include "org/region.h"

namespace sd::org {

// Every region, flat (the client builds the tree from parent_id). q: part of code or name.
Result<std::vector<Region>> ListRegions(db::Tx& tx, const std::optional<std::string>& q);
// Every region with its owner's status and superior (lead routing walks this tree).
Result<std::vector<RegionOwnerLink>> RegionOwnerLinks(db::Tx& tx);
// Whether a region with this id exists.
Result<bool> RegionExists(db::Tx& tx, int64_t id);

// Errors: kInvalidArgument (required/too long code or name; unknown parent or owner as field
// errors), kFailedPrecondition "org.region.level" (the level does not fit under the parent),
// kAlreadyExists "org.region.code_taken".
Result<Region> CreateRegion(db::Tx& tx, const audit::Context& ctx, const RegionFields& f);

struct RegionPatch {
  int64_t version = 0;
  std::optional<std::optional<int64_t>> parent_id;
  std::optional<std::string> code;
  std::optional<std::string> name;
  std::optional<RegionLevel> level;
  std::optional<std::optional<int64_t>> owner_staff_id;
  std::optional<int64_t> sort_order;
};

// Errors as CreateRegion, plus kNotFound, kAborted "common.version_conflict", and
// "org.region.level" when a child would no longer fit under the new level.
Result<Region> UpdateRegion(db::Tx& tx, const audit::Context& ctx, int64_t id,
                            const RegionPatch& patch);

// Errors: kNotFound, kAborted, kFailedPrecondition "org.region.in_use" (it has child regions
// or staff cover it).
Result<void> DeleteRegion(db::Tx& tx, const audit::Context& ctx, int64_t id, int64_t version);

}  // namespace sd::org
