#include "org/staff_store.h"

#include <map>

#include "db/errors.h"

namespace sd::org::store {
namespace {

constexpr std::string_view kStaffColumns =
    "SELECT s.id, s.code, s.name, s.department_id, COALESCE(d.name, ''), s.superior_staff_id, "
    "COALESCE(sup.name, ''), s.phone, s.email, s.status, s.joined_on, s.left_on, s.notes, "
    "s.version, s.created_at_us, s.updated_at_us FROM org_staff s "
    "LEFT JOIN org_departments d ON d.id = s.department_id "
    "LEFT JOIN org_staff sup ON sup.id = s.superior_staff_id";

Staff StaffFromRow(const db::Row& r) {
  Staff s;
  s.id = r.Int(0);
  s.f.code = r.Text(1);
  s.f.name = r.Text(2);
  s.f.department_id = r.Int(3);
  s.department_name = r.Text(4);
  s.f.superior_staff_id = r.OptInt(5);
  s.superior_name = r.Text(6);
  s.f.phone = r.Text(7);
  s.f.email = r.Text(8);
  s.f.status = r.Text(9);
  s.f.joined_on = r.OptText(10);
  s.f.left_on = r.OptText(11);
  s.f.notes = r.Text(12);
  s.version = r.Int(13);
  s.created_at_us = r.Int(14);
  s.updated_at_us = r.Int(15);
  return s;
}

struct LinkSql {
  const char* link_table;    // staff ↔ target rows
  const char* link_column;   // the target's id in the link table
  const char* target_table;  // the target rows, each with id, code, name
};

LinkSql SqlOf(StaffLink link) {
  switch (link) {
    case StaffLink::kPositions:
      return {"org_staff_positions", "position_id", "org_positions"};
    case StaffLink::kRegions:
      return {"org_staff_regions", "region_id", "org_regions"};
    case StaffLink::kProductLines:
      return {"org_staff_product_lines", "product_line_id", "org_product_lines"};
  }
  SD_ASSERT(false, "unknown StaffLink");
  return {};
}

std::vector<OrgRef>& ListOf(Staff& s, StaffLink link) {
  switch (link) {
    case StaffLink::kPositions:
      return s.positions;
    case StaffLink::kRegions:
      return s.regions;
    case StaffLink::kProductLines:
      return s.product_lines;
  }
  SD_ASSERT(false, "unknown StaffLink");
  return s.positions;
}

// Fills positions, regions and product lines of the given staff with one query each.
Result<void> AttachLinks(db::Tx& tx, std::vector<Staff>* staff) {
  if (staff->empty()) return Ok();
  std::map<int64_t, Staff*> by_id;
  std::vector<int64_t> ids;
  for (Staff& s : *staff) {
    by_id[s.id] = &s;
    ids.push_back(s.id);
  }
  for (StaffLink link : {StaffLink::kPositions, StaffLink::kRegions, StaffLink::kProductLines}) {
    const LinkSql q = SqlOf(link);
    std::string sql = std::string("SELECT l.staff_id, t.id, t.code, t.name FROM ") + q.link_table +
                      " l JOIN " + q.target_table + " t ON t.id = l." + q.link_column +
                      " WHERE l.staff_id IN ";
    std::vector<db::Value> params;
    db::AppendIdList(ids, &sql, &params);
    sql += " ORDER BY t.code, t.id";
    SD_TRY_ASSIGN(db::Rows rows, tx.Query(sql, params));
    for (const db::Row& r : rows) {
      ListOf(*by_id[r.Int(0)], link).push_back(OrgRef{r.Int(1), r.Text(2), r.Text(3)});
    }
  }
  return Ok();
}

}  // namespace

Result<std::optional<Staff>> LoadStaff(db::Tx& tx, int64_t id) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(std::string(kStaffColumns) + " WHERE s.id = $1", {id}));
  if (rows.empty()) return std::optional<Staff>();
  std::vector<Staff> out{StaffFromRow(rows[0])};
  SD_TRY(AttachLinks(tx, &out));
  return std::optional<Staff>(std::move(out[0]));
}

Result<bool> StaffHoldsPermission(db::Tx& tx, int64_t staff_id, std::string_view permission) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("SELECT 1 FROM org_staff_positions x JOIN org_position_permissions pp ON "
                         "pp.position_id = x.position_id WHERE x.staff_id = $1 AND "
                         "pp.permission = $2 LIMIT 1",
                         {staff_id, permission}));
  return !rows.empty();
}

Result<Page<Staff>> QueryStaff(db::Tx& tx, const StaffFilter& f) {
  std::string where = " WHERE 1 = 1";
  std::vector<db::Value> params;
  auto next = [&](db::Value v) {
    params.push_back(std::move(v));
    return "$" + std::to_string(params.size());
  };
  if (f.q) {
    const std::string p = next("%" + *f.q + "%");
    where += " AND (s.code LIKE " + p + " OR s.name LIKE " + p + ")";
  }
  if (f.department_ids) {
    where += " AND s.department_id IN ";
    db::AppendIdList(*f.department_ids, &where, &params);
  }
  if (f.position_id) {
    where +=
        " AND EXISTS (SELECT 1 FROM org_staff_positions x WHERE x.staff_id = s.id AND "
        "x.position_id = " +
        next(*f.position_id) + ")";
  }
  if (f.region_id) {
    where +=
        " AND EXISTS (SELECT 1 FROM org_staff_regions x WHERE x.staff_id = s.id AND "
        "x.region_id = " +
        next(*f.region_id) + ")";
  }
  if (f.status) where += " AND s.status = " + next(*f.status);
  if (f.permission) {
    where +=
        " AND EXISTS (SELECT 1 FROM org_staff_positions x JOIN org_position_permissions pp ON "
        "pp.position_id = x.position_id WHERE x.staff_id = s.id AND pp.permission = " +
        next(*f.permission) + ")";
  }

  Page<Staff> page;
  page.page = f.page.page;
  page.size = f.page.size;
  SD_TRY_ASSIGN(db::Rows count, tx.Query("SELECT COUNT(*) FROM org_staff s" + where, params));
  page.total = count[0].Int(0);
  std::string sql = std::string(kStaffColumns) + where + " ORDER BY s.code, s.id LIMIT " +
                    next(static_cast<int64_t>(f.page.size));
  sql += " OFFSET " + next(f.page.offset());
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(sql, params));
  for (const db::Row& r : rows) page.items.push_back(StaffFromRow(r));
  SD_TRY(AttachLinks(tx, &page.items));
  return page;
}

Result<int64_t> InsertStaff(db::Tx& tx, const StaffFields& f, int64_t now_us) {
  auto rows = tx.Query(
      "INSERT INTO org_staff (code, name, department_id, superior_staff_id, phone, email, "
      "status, joined_on, left_on, notes, created_at_us, updated_at_us) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id",
      {f.code, f.name, f.department_id, f.superior_staff_id, f.phone, f.email, f.status,
       f.joined_on, f.left_on, f.notes, now_us});
  // The only unique column of org_staff is code.
  if (!rows) {
    return db::UniqueViolationAs(std::move(rows).error(), "org.staff.code_taken",
                                 {{"code", f.code}});
  }
  return (*rows)[0].Int(0);
}

Result<bool> UpdateStaff(db::Tx& tx, int64_t id, int64_t expected_version, const StaffFields& f,
                         int64_t now_us) {
  auto changed = tx.Exec(
      "UPDATE org_staff SET code = $1, name = $2, department_id = $3, superior_staff_id = $4, "
      "phone = $5, email = $6, status = $7, joined_on = $8, left_on = $9, notes = $10, "
      "updated_at_us = $11, version = version + 1 WHERE id = $12 AND version = $13",
      {f.code, f.name, f.department_id, f.superior_staff_id, f.phone, f.email, f.status,
       f.joined_on, f.left_on, f.notes, now_us, id, expected_version});
  if (!changed) {
    return db::UniqueViolationAs(std::move(changed).error(), "org.staff.code_taken",
                                 {{"code", f.code}});
  }
  return *changed == 1;
}

Result<void> ReplaceStaffLinks(db::Tx& tx, int64_t staff_id, StaffLink link,
                               const std::vector<int64_t>& ids) {
  const LinkSql q = SqlOf(link);
  SD_TRY(tx.Exec(std::string("DELETE FROM ") + q.link_table + " WHERE staff_id = $1", {staff_id}));
  const std::string insert = std::string("INSERT INTO ") + q.link_table + " (staff_id, " +
                             q.link_column + ") VALUES ($1, $2)";
  for (int64_t id : ids) SD_TRY(tx.Exec(insert, {staff_id, id}));
  return Ok();
}

Result<std::vector<int64_t>> MissingLinkTargets(db::Tx& tx, StaffLink link,
                                                const std::vector<int64_t>& ids) {
  std::vector<int64_t> missing;
  if (ids.empty()) return missing;
  std::string sql = std::string("SELECT id FROM ") + SqlOf(link).target_table + " WHERE id IN ";
  std::vector<db::Value> params;
  db::AppendIdList(ids, &sql, &params);
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(sql, params));
  for (int64_t id : ids) {
    bool found = false;
    for (const db::Row& r : rows) found = found || r.Int(0) == id;
    if (!found) missing.push_back(id);
  }
  return missing;
}

Result<SuperiorMap> StaffSuperiors(db::Tx& tx) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query("SELECT id, superior_staff_id FROM org_staff"));
  SuperiorMap out;
  for (const db::Row& r : rows) out.emplace(r.Int(0), r.OptInt(1));
  return out;
}

Result<std::optional<OrgRef>> FindStaffRef(db::Tx& tx, int64_t id) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("SELECT id, code, name FROM org_staff WHERE id = $1", {id}));
  if (rows.empty()) return std::optional<OrgRef>();
  return std::optional<OrgRef>(OrgRef{rows[0].Int(0), rows[0].Text(1), rows[0].Text(2)});
}

Result<std::vector<int64_t>> StaffInDepartments(db::Tx& tx, const std::vector<int64_t>& ids) {
  std::vector<int64_t> out;
  if (ids.empty()) return out;
  std::string sql = "SELECT id FROM org_staff WHERE department_id IN ";
  std::vector<db::Value> params;
  db::AppendIdList(ids, &sql, &params);
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(sql, params));
  for (const db::Row& r : rows) out.push_back(r.Int(0));
  return out;
}

Result<bool> StaffActive(db::Tx& tx, int64_t id) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("SELECT 1 FROM org_staff WHERE id = $1 AND status = 'active'", {id}));
  return !rows.empty();
}

}  // namespace sd::org::store
