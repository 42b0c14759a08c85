#include "org/department.h"

namespace sd::org {
namespace {

audit::Snapshot Snap(const Department& d) {
  return {{"code", d.code},
          {"name", d.name},
          {"parent_id", d.parent_id ? audit::FieldValue(*d.parent_id) : audit::FieldValue(nullptr)},
          {"sort_order", d.sort_order}};
}

}  // namespace

Result<std::vector<Department>> ListDepartments(db::Tx& tx) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query("SELECT id, parent_id, code, name, sort_order, version "
                                        "FROM org_departments ORDER BY sort_order, id"));
  std::vector<Department> out;
  out.reserve(rows.size());
  for (const db::Row& r : rows) {
    out.push_back(Department{r.Int(0), r.OptInt(1), r.Text(2), r.Text(3), r.Int(4), r.Int(5)});
  }
  return out;
}

Result<bool> DepartmentExists(db::Tx& tx, int64_t id) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query("SELECT id FROM org_departments WHERE id = $1", {id}));
  return !rows.empty();
}

Result<Department> CreateDepartment(db::Tx& tx, const audit::Context& ctx, const NewDepartment& d) {
  if (d.code.empty() || d.name.empty()) {
    Error e = MakeError(Code::kInvalidArgument, "common.validation_failed");
    if (d.code.empty()) e.fields.push_back({"code", "common.field.required", {}});
    if (d.name.empty()) e.fields.push_back({"name", "common.field.required", {}});
    return e;
  }
  if (d.parent_id) {
    SD_TRY_ASSIGN(bool parent_exists, DepartmentExists(tx, *d.parent_id));
    if (!parent_exists) return Fail(Code::kNotFound, "org.department.parent_not_found");
  }
  auto inserted = tx.Query(
      "INSERT INTO org_departments (parent_id, code, name, sort_order, created_at_us) "
      "VALUES ($1, $2, $3, $4, $5) RETURNING id",
      {d.parent_id, d.code, d.name, d.sort_order, ctx.at_us});
  if (!inserted) {
    if (inserted.error().code == Code::kAlreadyExists) {
      return Fail(Code::kAlreadyExists, "org.department.code_taken", {{"code", d.code}});
    }
    return Fail(std::move(inserted).error());
  }
  Department out{(*inserted)[0].Int(0), d.parent_id, d.code, d.name, d.sort_order, 1};
  SD_TRY(audit::Record(tx, ctx, "department", out.id, "create", std::nullopt, Snap(out)));
  return out;
}

}  // namespace sd::org
