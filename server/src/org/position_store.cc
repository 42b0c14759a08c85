#include "org/position_store.h"

#include <map>
#include <sstream>

#include "db/errors.h"

namespace sd::org::store {
namespace {

// Positions list in the order people read an organisation: department by department (as the
// department tree is sorted), then the position's own sort order (template order), then code.
constexpr std::string_view kOrder = " ORDER BY d.sort_order, d.id, p.sort_order, p.code, p.id";

constexpr std::string_view kPositionColumns =
    "SELECT p.id, p.code, p.name, p.department_id, d.name, p.headcount, "
    "p.superior_position_id, COALESCE(s.name, ''), p.superior_note, p.summary, p.data_scope, "
    "p.internal_coordination, p.external_coordination, p.tools, p.work_environment, "
    "p.working_hours, p.records, p.education, p.experience, p.abilities, p.other_requirements, "
    "p.notes, p.source, p.template_code, p.sort_order, p.version, p.created_at_us, "
    "p.updated_at_us FROM org_positions p JOIN org_departments d ON d.id = p.department_id "
    "LEFT JOIN org_positions s ON s.id = p.superior_position_id";

// Permission codes are stored space-separated in one column of each child row.
std::string JoinCodes(const std::vector<std::string>& codes) {
  std::string out;
  for (const std::string& c : codes) out += (out.empty() ? "" : " ") + c;
  return out;
}

std::vector<std::string> SplitCodes(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string code; in >> code;) out.push_back(code);
  return out;
}

Position PositionFromRow(const db::Row& r) {
  Position p;
  PositionSpec& s = p.spec;
  p.id = r.Int(0);
  s.code = r.Text(1);
  s.name = r.Text(2);
  s.department_id = r.Int(3);
  p.department_name = r.Text(4);
  s.headcount = r.Int(5);
  s.superior_position_id = r.OptInt(6);
  p.superior_position_name = r.Text(7);
  s.superior_note = r.Text(8);
  s.summary = r.Text(9);
  s.data_scope = r.Text(10);
  s.internal_coordination = r.Text(11);
  s.external_coordination = r.Text(12);
  s.tools = r.Text(13);
  s.work_environment = r.Text(14);
  s.working_hours = r.Text(15);
  s.records = r.Text(16);
  s.qualifications = {r.Text(17), r.Text(18), r.Text(19), r.Text(20)};
  s.notes = r.Text(21);
  s.source = r.Text(22);
  s.template_code = r.OptText(23);
  p.sort_order = r.Int(24);
  p.version = r.Int(25);
  p.created_at_us = r.Int(26);
  p.updated_at_us = r.Int(27);
  return p;
}

// Runs `sql` (its first column a position id), restricted to one position when `id` is given,
// and hands each row to the position it belongs to.
template <typename F>
Result<void> ForChildRows(db::Tx& tx, std::string sql, std::string_view where_id,
                          std::string_view order, std::optional<int64_t> id,
                          std::map<int64_t, Position*>& by_id, F&& fn) {
  std::vector<db::Value> params;
  if (id) {
    sql += std::string(where_id);
    params.emplace_back(*id);
  }
  sql += std::string(order);
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(sql, params));
  for (const db::Row& r : rows) {
    auto it = by_id.find(r.Int(0));
    if (it != by_id.end()) fn(*it->second, r);
  }
  return Ok();
}

// Fills the child lists, permissions and holders; `id` set when `positions` is that one.
Result<void> AttachChildren(db::Tx& tx, std::vector<Position>* positions,
                            std::optional<int64_t> id) {
  std::map<int64_t, Position*> by_id;
  for (Position& p : *positions) by_id[p.id] = &p;
  SD_TRY(ForChildRows(
      tx,
      "SELECT position_id, category, description, standard, permissions "
      "FROM org_position_duties",
      " WHERE position_id = $1", " ORDER BY position_id, seq", id, by_id,
      [](Position& p, const db::Row& r) {
        p.spec.duties.push_back({r.Text(1), r.Text(2), r.Text(3), SplitCodes(r.Text(4))});
      }));
  SD_TRY(ForChildRows(tx,
                      "SELECT position_id, description, permissions FROM org_position_authorities",
                      " WHERE position_id = $1", " ORDER BY position_id, seq", id, by_id,
                      [](Position& p, const db::Row& r) {
                        p.spec.authorities.push_back({r.Text(1), SplitCodes(r.Text(2))});
                      }));
  SD_TRY(ForChildRows(
      tx,
      "SELECT i.position_id, i.metric, i.metric_code, i.target, i.weight_pct, i.period, "
      "i.assessor_position_id, COALESCE(a.name, ''), i.assessor_note "
      "FROM org_position_indicators i LEFT JOIN org_positions a ON a.id = i.assessor_position_id",
      " WHERE i.position_id = $1", " ORDER BY i.position_id, i.seq", id, by_id,
      [](Position& p, const db::Row& r) {
        p.spec.indicators.push_back({r.Text(1), r.OptText(2), r.Text(3), r.Int(4), r.Text(5),
                                     r.OptInt(6), r.Text(7), r.Text(8)});
      }));
  SD_TRY(ForChildRows(tx, "SELECT position_id, permission FROM org_position_permissions",
                      " WHERE position_id = $1", " ORDER BY position_id, permission", id, by_id,
                      [](Position& p, const db::Row& r) { p.permissions.push_back(r.Text(1)); }));
  SD_TRY(ForChildRows(tx,
                      "SELECT sp.position_id, s.id, s.name, s.code FROM org_staff_positions sp "
                      "JOIN org_staff s ON s.id = sp.staff_id WHERE s.status = 'active'",
                      " AND sp.position_id = $1", " ORDER BY sp.position_id, s.code", id, by_id,
                      [](Position& p, const db::Row& r) {
                        p.holders.push_back({r.Int(1), r.Text(2), r.Text(3)});
                      }));
  return Ok();
}

std::vector<db::Value> RowValues(const PositionSpec& p) {
  return {p.code,
          p.name,
          p.department_id,
          p.headcount,
          p.superior_position_id,
          p.superior_note,
          p.summary,
          p.data_scope,
          p.internal_coordination,
          p.external_coordination,
          p.tools,
          p.work_environment,
          p.working_hours,
          p.records,
          p.qualifications.education,
          p.qualifications.experience,
          p.qualifications.abilities,
          p.qualifications.other,
          p.notes,
          p.source,
          p.template_code};
}

}  // namespace

Result<int64_t> InsertPosition(db::Tx& tx, const PositionSpec& p, int64_t sort_order,
                               int64_t now_us) {
  std::vector<db::Value> params = RowValues(p);
  params.emplace_back(sort_order);
  params.emplace_back(now_us);
  auto rows = tx.Query(
      "INSERT INTO org_positions (code, name, department_id, headcount, superior_position_id, "
      "superior_note, summary, data_scope, internal_coordination, external_coordination, tools, "
      "work_environment, working_hours, records, education, experience, abilities, "
      "other_requirements, notes, source, template_code, sort_order, created_at_us, "
      "updated_at_us) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, "
      "$16, $17, $18, $19, $20, $21, $22, $23, $23) RETURNING id",
      params);
  // The only unique column of org_positions is code.
  if (!rows) {
    return db::UniqueViolationAs(std::move(rows).error(), "org.position.code_taken",
                                 {{"code", p.code}});
  }
  return (*rows)[0].Int(0);
}

Result<bool> UpdatePosition(db::Tx& tx, int64_t id, int64_t version, const PositionSpec& p,
                            int64_t now_us) {
  std::vector<db::Value> params = RowValues(p);
  params.emplace_back(now_us);
  params.emplace_back(id);
  params.emplace_back(version);
  auto changed = tx.Exec(
      "UPDATE org_positions SET code = $1, name = $2, department_id = $3, headcount = $4, "
      "superior_position_id = $5, superior_note = $6, summary = $7, data_scope = $8, "
      "internal_coordination = $9, external_coordination = $10, tools = $11, "
      "work_environment = $12, working_hours = $13, records = $14, education = $15, "
      "experience = $16, abilities = $17, other_requirements = $18, notes = $19, source = $20, "
      "template_code = $21, updated_at_us = $22, version = version + 1 "
      "WHERE id = $23 AND version = $24",
      params);
  if (!changed) {
    return db::UniqueViolationAs(std::move(changed).error(), "org.position.code_taken",
                                 {{"code", p.code}});
  }
  return *changed == 1;
}

Result<void> ReplaceChildren(db::Tx& tx, int64_t id, const PositionSpec& p,
                             const std::vector<std::string>& permissions) {
  for (const char* table : {"org_position_duties", "org_position_authorities",
                            "org_position_indicators", "org_position_permissions"}) {
    SD_TRY(tx.Exec(std::string("DELETE FROM ") + table + " WHERE position_id = $1", {id}));
  }
  int64_t seq = 0;
  for (const Duty& d : p.duties) {
    SD_TRY(tx.Exec(
        "INSERT INTO org_position_duties (position_id, seq, category, description, standard, "
        "permissions) VALUES ($1, $2, $3, $4, $5, $6)",
        {id, ++seq, d.category, d.description, d.standard, JoinCodes(d.permissions)}));
  }
  seq = 0;
  for (const Authority& a : p.authorities) {
    SD_TRY(
        tx.Exec("INSERT INTO org_position_authorities (position_id, seq, description, permissions) "
                "VALUES ($1, $2, $3, $4)",
                {id, ++seq, a.description, JoinCodes(a.permissions)}));
  }
  seq = 0;
  for (const Indicator& k : p.indicators) {
    SD_TRY(tx.Exec(
        "INSERT INTO org_position_indicators (position_id, seq, metric, metric_code, target, "
        "weight_pct, period, assessor_position_id, assessor_note) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        {id, ++seq, k.metric, k.metric_code, k.target, k.weight, k.period, k.assessor_position_id,
         k.assessor_note}));
  }
  for (const std::string& code : permissions) {
    SD_TRY(tx.Exec("INSERT INTO org_position_permissions (position_id, permission) VALUES ($1, $2)",
                   {id, code}));
  }
  return Ok();
}

Result<std::optional<Position>> LoadPosition(db::Tx& tx, int64_t id) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(std::string(kPositionColumns) + " WHERE p.id = $1", {id}));
  if (rows.empty()) return std::optional<Position>();
  std::vector<Position> one{PositionFromRow(rows[0])};
  SD_TRY(AttachChildren(tx, &one, id));
  return std::optional<Position>(std::move(one[0]));
}

Result<std::vector<Position>> LoadAllPositions(db::Tx& tx) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(std::string(kPositionColumns) + std::string(kOrder)));
  std::vector<Position> out = db::MapRows(rows, PositionFromRow);
  SD_TRY(AttachChildren(tx, &out, std::nullopt));
  return out;
}

Result<Page<PositionSummary>> QueryPositions(db::Tx& tx, const PositionFilter& f) {
  std::optional<std::string> like;
  if (f.q) like = "%" + *f.q + "%";
  std::vector<db::Value> params{like};
  std::string where = " WHERE (CAST($1 AS TEXT) IS NULL OR p.code LIKE $1 OR p.name LIKE $1)";
  if (!f.department_ids.empty()) {
    where += " AND p.department_id IN ";
    db::AppendIdList(f.department_ids, &where, &params);
  }
  constexpr std::string_view kFrom =
      " FROM org_positions p JOIN org_departments d ON d.id = p.department_id "
      "LEFT JOIN org_positions s ON s.id = p.superior_position_id";
  Page<PositionSummary> page;
  page.page = f.page.page;
  page.size = f.page.size;
  SD_TRY_ASSIGN(db::Rows count, tx.Query("SELECT COUNT(*)" + std::string(kFrom) + where, params));
  page.total = count[0].Int(0);
  std::string limit = " LIMIT $" + std::to_string(params.size() + 1) + " OFFSET $" +
                      std::to_string(params.size() + 2);
  params.emplace_back(static_cast<int64_t>(f.page.size));
  params.emplace_back(f.page.offset());
  SD_TRY_ASSIGN(
      db::Rows rows,
      tx.Query("SELECT p.id, p.code, p.name, p.department_id, d.name, p.headcount, "
               "(SELECT COUNT(*) FROM org_staff_positions sp JOIN org_staff st "
               "ON st.id = sp.staff_id WHERE sp.position_id = p.id AND st.status = 'active'), "
               "p.superior_position_id, COALESCE(s.name, ''), p.data_scope, p.template_code, "
               "p.version" +
                   std::string(kFrom) + where + std::string(kOrder) + limit,
               params));
  for (const db::Row& r : rows) {
    page.items.push_back({r.Int(0), r.Text(1), r.Text(2), r.Int(3), r.Text(4), r.Int(5), r.Int(6),
                          r.OptInt(7), r.Text(8), r.Text(9), r.OptText(10), r.Int(11)});
  }
  return page;
}

Result<SuperiorMap> Superiors(db::Tx& tx) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query("SELECT id, superior_position_id FROM org_positions"));
  SuperiorMap out;
  for (const db::Row& r : rows) out.emplace(r.Int(0), r.OptInt(1));
  return out;
}

Result<bool> PositionExists(db::Tx& tx, int64_t id) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query("SELECT id FROM org_positions WHERE id = $1", {id}));
  return !rows.empty();
}

Result<bool> PositionInUse(db::Tx& tx, int64_t id) {
  SD_TRY_ASSIGN(
      db::Rows rows,
      tx.Query("SELECT (SELECT COUNT(*) FROM org_staff_positions WHERE position_id = $1) + "
               "(SELECT COUNT(*) FROM org_positions WHERE superior_position_id = $1) + "
               "(SELECT COUNT(*) FROM org_position_indicators "
               "WHERE assessor_position_id = $1 AND position_id <> $1)",
               {id}));
  return rows[0].Int(0) > 0;
}

Result<bool> DeletePosition(db::Tx& tx, int64_t id, int64_t version) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query("SELECT version FROM org_positions WHERE id = $1", {id}));
  if (rows.empty() || rows[0].Int(0) != version) return false;
  SD_TRY(ReplaceChildren(tx, id, PositionSpec{}, {}));
  SD_TRY_ASSIGN(int64_t deleted,
                tx.Exec("DELETE FROM org_positions WHERE id = $1 AND version = $2", {id, version}));
  return deleted == 1;
}

Result<std::vector<PositionKey>> PositionKeys(db::Tx& tx) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("SELECT id, code, template_code FROM org_positions ORDER BY id"));
  return db::MapRows(rows, [](const db::Row& r) {
    return PositionKey{r.Int(0), r.Text(1), r.OptText(2)};
  });
}

}  // namespace sd::org::store
