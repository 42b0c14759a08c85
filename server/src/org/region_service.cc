#include "org/region_service.h"

#include "base/record.h"
#include "base/text.h"
#include "org/region_store.h"
#include "org/staff.h"
#include "org/staff_store.h"

namespace sd::org {
namespace {

// Field rules and references (parent, owner), then the level rule against the parent.
Result<void> Validate(db::Tx& tx, std::optional<int64_t> self_id, const RegionFields& f) {
  std::vector<FieldError> errors;
  CheckTextField("code", f.code, kRegionCodeMax, true, &errors);
  CheckTextField("name", f.name, kRegionNameMax, true, &errors);
  std::optional<Region> parent;
  if (f.parent_id) {
    SD_TRY_ASSIGN(parent, store::LoadRegion(tx, *f.parent_id));
    if (!parent) errors.push_back({"parent_id", "org.region.parent_unknown", {}});
  }
  if (f.owner_staff_id) {
    SD_TRY_ASSIGN(std::optional<OrgRef> owner, store::FindStaffRef(tx, *f.owner_staff_id));
    if (!owner) errors.push_back({"owner_staff_id", "org.region.owner_unknown", {}});
  }
  SD_TRY(FieldsOk(std::move(errors)));
  std::optional<RegionLevel> parent_level;
  if (parent) parent_level = parent->f.level;
  // A region under itself fails here too: it cannot sit below its own level.
  if (!RegionLevelFits(parent_level, f.level) || (self_id && f.parent_id == self_id)) {
    return Fail(Code::kFailedPrecondition, "org.region.level",
                {{"level", RegionLevelName(f.level)}});
  }
  return Ok();
}

}  // namespace

Result<std::vector<Region>> ListRegions(db::Tx& tx, const std::optional<std::string>& q) {
  return store::ListRegions(tx, q);
}

Result<std::vector<RegionOwnerLink>> RegionOwnerLinks(db::Tx& tx) {
  return store::RegionOwnerLinks(tx);
}

Result<bool> RegionExists(db::Tx& tx, int64_t id) { return store::RegionExists(tx, id); }

Result<Region> CreateRegion(db::Tx& tx, const audit::Context& ctx, const RegionFields& f) {
  SD_TRY(Validate(tx, std::nullopt, f));
  SD_TRY_ASSIGN(int64_t id, store::InsertRegion(tx, f, ctx.at_us));
  SD_TRY_ASSIGN(Region out, JustWritten(store::LoadRegion(tx, id)));
  SD_TRY(audit::Record(tx, ctx, "region", id, "create", std::nullopt, RegionSnapshot(out)));
  return out;
}

Result<Region> UpdateRegion(db::Tx& tx, const audit::Context& ctx, int64_t id,
                            const RegionPatch& patch) {
  SD_TRY_ASSIGN(Region before, FoundAtVersion(store::LoadRegion(tx, id), patch.version));
  RegionFields f = before.f;
  if (patch.parent_id) f.parent_id = *patch.parent_id;
  if (patch.code) f.code = *patch.code;
  if (patch.name) f.name = *patch.name;
  if (patch.level) f.level = *patch.level;
  if (patch.owner_staff_id) f.owner_staff_id = *patch.owner_staff_id;
  if (patch.sort_order) f.sort_order = *patch.sort_order;
  SD_TRY(Validate(tx, id, f));
  if (f.level != before.f.level) {
    SD_TRY_ASSIGN(std::vector<RegionLevel> children, store::ChildLevels(tx, id));
    for (RegionLevel child : children) {
      if (!RegionLevelFits(f.level, child)) {
        return Fail(Code::kFailedPrecondition, "org.region.level",
                    {{"level", RegionLevelName(child)}});
      }
    }
  }
  SD_TRY_ASSIGN(bool updated, store::UpdateRegion(tx, id, patch.version, f, ctx.at_us));
  if (!updated) return Fail(Code::kAborted, "common.version_conflict");
  SD_TRY_ASSIGN(Region after, JustWritten(store::LoadRegion(tx, id)));
  SD_TRY(audit::Record(tx, ctx, "region", id, "update", RegionSnapshot(before),
                       RegionSnapshot(after)));
  return after;
}

Result<void> DeleteRegion(db::Tx& tx, const audit::Context& ctx, int64_t id, int64_t version) {
  SD_TRY_ASSIGN(Region before, FoundAtVersion(store::LoadRegion(tx, id), version));
  SD_TRY_ASSIGN(std::vector<RegionLevel> children, store::ChildLevels(tx, id));
  SD_TRY_ASSIGN(int64_t coverage, store::CountRegionCoverage(tx, id));
  if (!children.empty() || coverage > 0) {
    return Fail(
        Code::kFailedPrecondition, "org.region.in_use",
        {{"children", std::to_string(children.size())}, {"staff", std::to_string(coverage)}});
  }
  SD_TRY_ASSIGN(bool deleted, store::DeleteRegion(tx, id, version));
  if (!deleted) return Fail(Code::kAborted, "common.version_conflict");
  return audit::Record(tx, ctx, "region", id, "delete", RegionSnapshot(before), std::nullopt);
}

}  // namespace sd::org
