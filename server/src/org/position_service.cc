#include "org/position_service.h"

#include "base/record.h"
#include "org/department.h"
#include "org/hierarchy.h"
#include "org/position_store.h"

namespace sd::org {
namespace {

// The ids the document names must exist: unknown ones are field errors (the body is wrong,
// not the path).
Result<void> CheckReferences(db::Tx& tx, const PositionSpec& spec,
                             std::vector<FieldError>* errors) {
  SD_TRY_ASSIGN(bool department, DepartmentExists(tx, spec.department_id));
  if (!department) errors->push_back({"department_id", "org.position.department_unknown", {}});
  if (spec.superior_position_id) {
    SD_TRY_ASSIGN(bool superior, store::PositionExists(tx, *spec.superior_position_id));
    if (!superior) {
      errors->push_back({"superior_position_id", "org.position.superior_unknown", {}});
    }
  }
  for (size_t i = 0; i < spec.indicators.size(); ++i) {
    const auto& assessor = spec.indicators[i].assessor_position_id;
    if (!assessor) continue;
    SD_TRY_ASSIGN(bool exists, store::PositionExists(tx, *assessor));
    if (!exists) {
      errors->push_back({"indicators[" + std::to_string(i) + "].assessor_position_id",
                         "org.position.assessor_unknown",
                         {}});
    }
  }
  return Ok();
}

// Every field error at once: the pure rules, then the references.
Result<void> Validate(db::Tx& tx, KnownPermissions known, const PositionSpec& spec) {
  std::vector<FieldError> errors;
  ValidatePosition(spec, known, &errors);
  SD_TRY(CheckReferences(tx, spec, &errors));
  return FieldsOk(std::move(errors));
}

}  // namespace

Result<Page<PositionSummary>> ListPositions(db::Tx& tx, const PositionListFilter& filter) {
  store::PositionFilter f;
  f.q = filter.q;
  f.page = filter.page;
  if (filter.department_id) {
    SD_TRY_ASSIGN(f.department_ids, DepartmentSubtree(tx, *filter.department_id));
  }
  return store::QueryPositions(tx, f);
}

Result<Position> GetPosition(db::Tx& tx, int64_t id) { return Found(store::LoadPosition(tx, id)); }

Result<std::vector<Position>> AllPositions(db::Tx& tx) { return store::LoadAllPositions(tx); }

Result<Position> CreatePosition(db::Tx& tx, const audit::Context& ctx, KnownPermissions known,
                                const PositionSpec& spec, int64_t sort_order) {
  SD_TRY(Validate(tx, known, spec));
  SD_TRY_ASSIGN(int64_t id, store::InsertPosition(tx, spec, sort_order, ctx.at_us));
  SD_TRY(store::ReplaceChildren(tx, id, spec, GrantedPermissions(spec)));
  SD_TRY_ASSIGN(Position after, JustWritten(store::LoadPosition(tx, id)));
  SD_TRY(audit::Record(tx, ctx, "position", id, "create", std::nullopt, PositionSnapshot(after)));
  return after;
}

Result<Position> UpdatePosition(db::Tx& tx, const audit::Context& ctx, KnownPermissions known,
                                int64_t id, int64_t version, const PositionSpec& spec) {
  SD_TRY_ASSIGN(Position before, FoundAtVersion(store::LoadPosition(tx, id), version));
  SD_TRY(Validate(tx, known, spec));
  if (spec.superior_position_id) {
    SD_TRY_ASSIGN(SuperiorMap superiors, store::Superiors(tx));
    if (SuperiorWouldCycle(superiors, id, *spec.superior_position_id)) {
      return Fail(Code::kFailedPrecondition, "org.position.cycle");
    }
  }
  SD_TRY_ASSIGN(bool updated, store::UpdatePosition(tx, id, version, spec, ctx.at_us));
  if (!updated) return Fail(Code::kAborted, "common.version_conflict");
  SD_TRY(store::ReplaceChildren(tx, id, spec, GrantedPermissions(spec)));
  SD_TRY_ASSIGN(Position after, JustWritten(store::LoadPosition(tx, id)));
  SD_TRY(audit::Record(tx, ctx, "position", id, "update", PositionSnapshot(before),
                       PositionSnapshot(after)));
  return after;
}

Result<void> DeletePosition(db::Tx& tx, const audit::Context& ctx, int64_t id, int64_t version) {
  SD_TRY_ASSIGN(Position before, FoundAtVersion(store::LoadPosition(tx, id), version));
  SD_TRY_ASSIGN(bool in_use, store::PositionInUse(tx, id));
  if (in_use)
    return Fail(Code::kFailedPrecondition, "org.position.in_use", {{"code", before.spec.code}});
  SD_TRY_ASSIGN(bool deleted, store::DeletePosition(tx, id, version));
  if (!deleted) return Fail(Code::kAborted, "common.version_conflict");
  return audit::Record(tx, ctx, "position", id, "delete", PositionSnapshot(before), std::nullopt);
}

}  // namespace sd::org
