// Department use cases: create, change (rename, move with a cycle check), delete when unused.
#include "base/record.h"
#include "base/text.h"
#include "org/department.h"
#include "org/department_store.h"

namespace sd::org {
namespace {

audit::Snapshot Snap(const Department& d) {
  return {{"code", d.code},
          {"name", d.name},
          {"parent_id", audit::OrNull(d.parent_id)},
          {"sort_order", d.sort_order}};
}

// Field rules and the parent's existence, all reported at once.
Result<void> Check(db::Tx& tx, const std::string& code, const std::string& name,
                   std::optional<int64_t> parent_id) {
  std::vector<FieldError> errors;
  CheckTextField("code", code, kDepartmentCodeMax, true, &errors);
  CheckTextField("name", name, kDepartmentNameMax, true, &errors);
  if (parent_id) {
    SD_TRY_ASSIGN(bool parent_exists, DepartmentExists(tx, *parent_id));
    if (!parent_exists) errors.push_back({"parent_id", "org.department.parent_not_found", {}});
  }
  return FieldsOk(std::move(errors));
}

}  // namespace

Result<Department> CreateDepartment(db::Tx& tx, const audit::Context& ctx, const NewDepartment& d) {
  SD_TRY(Check(tx, d.code, d.name, d.parent_id));
  SD_TRY_ASSIGN(int64_t id, store::InsertDepartment(tx, d, ctx.at_us));
  Department out{id, d.parent_id, d.code, d.name, d.sort_order, 1};
  SD_TRY(audit::Record(tx, ctx, "department", out.id, "create", std::nullopt, Snap(out)));
  return out;
}

Result<Department> UpdateDepartment(db::Tx& tx, const audit::Context& ctx, int64_t id,
                                    const DepartmentPatch& patch) {
  SD_TRY_ASSIGN(Department before, FoundAtVersion(store::LoadDepartment(tx, id), patch.version));
  Department after = before;
  if (patch.code) after.code = *patch.code;
  if (patch.name) after.name = *patch.name;
  if (patch.parent_id) after.parent_id = *patch.parent_id;
  if (patch.sort_order) after.sort_order = *patch.sort_order;
  SD_TRY(Check(tx, after.code, after.name, after.parent_id));
  if (after.parent_id && after.parent_id != before.parent_id) {
    SD_TRY_ASSIGN(std::vector<Department> all, ListDepartments(tx));
    if (MoveWouldCycle(all, id, *after.parent_id)) {
      return Fail(Code::kFailedPrecondition, "org.department.cycle");
    }
  }
  SD_TRY_ASSIGN(bool updated, store::UpdateDepartment(tx, after));
  if (!updated) return Fail(Code::kAborted, "common.version_conflict");
  after.version = before.version + 1;
  SD_TRY(audit::Record(tx, ctx, "department", id, "update", Snap(before), Snap(after)));
  return after;
}

Result<void> DeleteDepartment(db::Tx& tx, const audit::Context& ctx, int64_t id, int64_t version) {
  SD_TRY_ASSIGN(Department before, FoundAtVersion(store::LoadDepartment(tx, id), version));
  SD_TRY_ASSIGN(int64_t usage, store::DepartmentUsage(tx, id));
  if (usage > 0) return Fail(Code::kFailedPrecondition, "org.department.in_use");
  SD_TRY_ASSIGN(bool deleted, store::DeleteDepartment(tx, id, version));
  if (!deleted) return Fail(Code::kAborted, "common.version_conflict");
  return audit::Record(tx, ctx, "department", id, "delete", Snap(before), std::nullopt);
}

Result<std::map<int64_t, DepartmentCounts>> CountByDepartment(db::Tx& tx) {
  return store::CountByDepartment(tx);
}

}  // namespace sd::org
