#include "crm/calendar_store.h"

namespace sd::crm::store {
namespace {

// Appends " AND <column> IN (…)" for staff_ids; false when the list is empty (no rows).
bool AppendStaff(const std::optional<std::vector<int64_t>>& staff_ids, const char* column,
                 std::string* sql, std::vector<db::Value>* params) {
  if (!staff_ids) return true;
  if (staff_ids->empty()) return false;
  *sql += std::string(" AND ") + column + " IN ";
  db::AppendIdList(*staff_ids, sql, params);
  return true;
}

}  // namespace

Result<std::vector<CalendarItem>> FollowUpsBetween(
    db::Tx& tx, const std::optional<std::vector<int64_t>>& staff_ids, const std::string& from,
    const std::string& to) {
  std::string sql =
      "SELECT f.id, f.kind, f.happened_on, f.customer_id, c.code, c.name, f.staff_id, s.name, "
      "f.purpose, f.outcome FROM crm_follow_ups f JOIN crm_customers c ON c.id = f.customer_id "
      "JOIN org_staff s ON s.id = f.staff_id WHERE f.happened_on >= $1 AND f.happened_on <= $2";
  std::vector<db::Value> params = {from, to};
  if (!AppendStaff(staff_ids, "f.staff_id", &sql, &params)) return std::vector<CalendarItem>{};
  sql += " ORDER BY f.happened_on, f.id LIMIT " + std::to_string(kCalendarMax);
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(sql, params));
  return db::MapRows(rows, [](const db::Row& r) {
    const std::string& purpose = r.Text(8);
    const std::string& outcome = r.Text(9);
    return CalendarItem{r.Int(0), r.Text(1), r.Text(2),
                        r.Int(3), r.Text(4), r.Text(5),
                        r.Int(6), r.Text(7), purpose + (outcome.empty() ? "" : " — " + outcome)};
  });
}

Result<std::vector<CalendarItem>> NextFollowUpsBetween(
    db::Tx& tx, const std::optional<std::vector<int64_t>>& staff_ids, const std::string& from,
    const std::string& to) {
  std::string sql =
      "SELECT c.id, c.next_follow_up_on, c.code, c.name, c.owner_staff_id, COALESCE(s.name, '') "
      "FROM crm_customers c LEFT JOIN org_staff s ON s.id = c.owner_staff_id "
      "WHERE c.next_follow_up_on >= $1 AND c.next_follow_up_on <= $2";
  std::vector<db::Value> params = {from, to};
  if (!AppendStaff(staff_ids, "c.owner_staff_id", &sql, &params)) {
    return std::vector<CalendarItem>{};
  }
  sql += " ORDER BY c.next_follow_up_on, c.id LIMIT " + std::to_string(kCalendarMax);
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(sql, params));
  return db::MapRows(rows, [](const db::Row& r) {
    return CalendarItem{r.Int(0),  "",          r.Text(1), r.Int(0), r.Text(2),
                        r.Text(3), r.OptInt(4), r.Text(5), ""};
  });
}

}  // namespace sd::crm::store
