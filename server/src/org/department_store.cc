#include "org/department_store.h"

#include "db/errors.h"

namespace sd::org {
namespace {

constexpr std::string_view kColumns =
    "SELECT id, parent_id, code, name, sort_order, version FROM org_departments";

Department FromRow(const db::Row& r) {
  return Department{r.Int(0), r.OptInt(1), r.Text(2), r.Text(3), r.Int(4), r.Int(5)};
}

}  // namespace

Result<std::vector<Department>> ListDepartments(db::Tx& tx) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(std::string(kColumns) + " ORDER BY sort_order, id"));
  return db::MapRows(rows, FromRow);
}

Result<bool> DepartmentExists(db::Tx& tx, int64_t id) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query("SELECT id FROM org_departments WHERE id = $1", {id}));
  return !rows.empty();
}

namespace store {

Result<int64_t> InsertDepartment(db::Tx& tx, const NewDepartment& d, int64_t now_us) {
  auto inserted = tx.Query(
      "INSERT INTO org_departments (parent_id, code, name, sort_order, created_at_us) "
      "VALUES ($1, $2, $3, $4, $5) RETURNING id",
      {d.parent_id, d.code, d.name, d.sort_order, now_us});
  // The only unique column of org_departments is code.
  if (!inserted) {
    return db::UniqueViolationAs(std::move(inserted).error(), "org.department.code_taken",
                                 {{"code", d.code}});
  }
  return (*inserted)[0].Int(0);
}

Result<std::optional<Department>> LoadDepartment(db::Tx& tx, int64_t id) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(std::string(kColumns) + " WHERE id = $1", {id}));
  return db::FirstRow(rows, FromRow);
}

Result<bool> UpdateDepartment(db::Tx& tx, const Department& d) {
  auto changed = tx.Exec(
      "UPDATE org_departments SET parent_id = $1, code = $2, name = $3, sort_order = $4, "
      "version = version + 1 WHERE id = $5 AND version = $6",
      {d.parent_id, d.code, d.name, d.sort_order, d.id, d.version});
  if (!changed) {
    return db::UniqueViolationAs(std::move(changed).error(), "org.department.code_taken",
                                 {{"code", d.code}});
  }
  return *changed == 1;
}

Result<int64_t> DepartmentUsage(db::Tx& tx, int64_t id) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("SELECT (SELECT COUNT(*) FROM org_departments WHERE parent_id = $1) + "
                         "(SELECT COUNT(*) FROM org_positions WHERE department_id = $1) + "
                         "(SELECT COUNT(*) FROM org_staff WHERE department_id = $1)",
                         {id}));
  return rows[0].Int(0);
}

Result<bool> DeleteDepartment(db::Tx& tx, int64_t id, int64_t version) {
  // Login accounts (auth_users.department_id) belong to a module above org, so org does not
  // read them; their foreign key refuses the delete instead.
  auto deleted =
      tx.Exec("DELETE FROM org_departments WHERE id = $1 AND version = $2", {id, version});
  if (!deleted) {
    if (deleted.error().code == Code::kFailedPrecondition) {
      return Fail(Code::kFailedPrecondition, "org.department.in_use");
    }
    return Fail(std::move(deleted).error());
  }
  return *deleted == 1;
}

Result<std::map<int64_t, DepartmentCounts>> CountByDepartment(db::Tx& tx) {
  std::map<int64_t, DepartmentCounts> out;
  SD_TRY_ASSIGN(db::Rows staff, tx.Query("SELECT department_id, COUNT(*) FROM org_staff "
                                         "WHERE status = 'active' GROUP BY department_id"));
  for (const db::Row& r : staff) out[r.Int(0)].staff = r.Int(1);
  SD_TRY_ASSIGN(db::Rows positions, tx.Query("SELECT department_id, COUNT(*) FROM org_positions "
                                             "GROUP BY department_id"));
  for (const db::Row& r : positions) out[r.Int(0)].positions = r.Int(1);
  return out;
}

}  // namespace store
}  // namespace sd::org
