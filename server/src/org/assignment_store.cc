#include "org/assignment_store.h"

#include <string>

#include "db/errors.h"

namespace sd::org::store {
namespace {

constexpr std::string_view kColumns =
    "SELECT a.id, a.kind, a.staff_id, s.name, a.subject_staff_id, j.name, a.product_line_id, "
    "COALESCE(p.name, ''), a.notes, a.created_at_us FROM org_assignments a "
    "JOIN org_staff s ON s.id = a.staff_id JOIN org_staff j ON j.id = a.subject_staff_id "
    "LEFT JOIN org_product_lines p ON p.id = a.product_line_id";

Assignment FromRow(const db::Row& r) {
  Assignment a;
  a.id = r.Int(0);
  ParseAssignmentKind(r.Text(1), &a.kind);
  a.staff_id = r.Int(2);
  a.staff_name = r.Text(3);
  a.subject_staff_id = r.Int(4);
  a.subject_name = r.Text(5);
  a.product_line_id = r.OptInt(6);
  a.product_line_name = r.Text(7);
  a.notes = r.Text(8);
  a.created_at_us = r.Int(9);
  return a;
}

}  // namespace

Result<std::vector<Assignment>> QueryAssignments(db::Tx& tx, const AssignmentFilter& f) {
  std::optional<std::string> kind;
  if (f.kind) kind = AssignmentKindName(*f.kind);
  std::string sql = std::string(kColumns) +
                    " WHERE (CAST($1 AS BIGINT) IS NULL OR a.staff_id = $1)"
                    " AND (CAST($2 AS BIGINT) IS NULL OR a.subject_staff_id = $2)"
                    " AND (CAST($3 AS TEXT) IS NULL OR a.kind = $3)";
  if (f.active_staff_only) sql += " AND s.status = 'active' AND j.status = 'active'";
  sql += " ORDER BY a.kind, a.subject_staff_id, a.staff_id, a.id";
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(sql, {f.staff_id, f.subject_staff_id, kind}));
  return db::MapRows(rows, FromRow);
}

Result<std::optional<Assignment>> LoadAssignment(db::Tx& tx, int64_t id) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(std::string(kColumns) + " WHERE a.id = $1", {id}));
  return db::FirstRow(rows, FromRow);
}

Result<int64_t> InsertAssignment(db::Tx& tx, const Assignment& a, int64_t now_us) {
  auto rows = tx.Query(
      "INSERT INTO org_assignments (kind, staff_id, subject_staff_id, product_line_id, notes, "
      "created_at_us) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
      {AssignmentKindName(a.kind), a.staff_id, a.subject_staff_id, a.product_line_id, a.notes,
       now_us});
  if (!rows) return db::UniqueViolationAs(std::move(rows).error(), "org.assignment.duplicate");
  return (*rows)[0].Int(0);
}

Result<bool> DeleteAssignment(db::Tx& tx, int64_t id) {
  SD_TRY_ASSIGN(int64_t deleted, tx.Exec("DELETE FROM org_assignments WHERE id = $1", {id}));
  return deleted == 1;
}

}  // namespace sd::org::store
