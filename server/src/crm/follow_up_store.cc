#include "crm/follow_up_store.h"

namespace sd::crm::store {
namespace {

constexpr std::string_view kPlanColumns =
    "SELECT p.id, p.kind, p.customer_id, p.contact_id, p.staff_id, p.planned_on, p.planned_time, "
    "p.purpose, p.state, p.version, p.created_at_us, c.name, COALESCE(ct.name, ''), s.name "
    "FROM crm_follow_up_plans p JOIN crm_customers c ON c.id = p.customer_id "
    "JOIN org_staff s ON s.id = p.staff_id LEFT JOIN crm_contacts ct ON ct.id = p.contact_id";

Plan PlanFromRow(const db::Row& r) {
  Plan p;
  p.id = r.Int(0);
  ParseFollowUpKind(r.Text(1), &p.f.kind);
  p.f.customer_id = r.Int(2);
  p.f.contact_id = r.OptInt(3);
  p.f.staff_id = r.Int(4);
  p.f.planned_on = r.Text(5);
  p.f.planned_time = r.Text(6);
  p.f.purpose = r.Text(7);
  ParsePlanState(r.Text(8), &p.state);
  p.version = r.Int(9);
  p.created_at_us = r.Int(10);
  p.customer_name = r.Text(11);
  p.contact_name = r.Text(12);
  p.staff_name = r.Text(13);
  return p;
}

constexpr std::string_view kFollowUpColumns =
    "SELECT f.id, f.kind, f.customer_id, f.contact_id, f.plan_id, f.staff_id, f.happened_on, "
    "f.duration_min, f.purpose, f.outcome, f.next_step, f.follow_up_on, f.created_at_us, "
    "COALESCE(ct.name, ''), s.name FROM crm_follow_ups f JOIN org_staff s ON s.id = f.staff_id "
    "LEFT JOIN crm_contacts ct ON ct.id = f.contact_id";

FollowUp FollowUpFromRow(const db::Row& r) {
  FollowUp f;
  f.id = r.Int(0);
  ParseFollowUpKind(r.Text(1), &f.f.kind);
  f.f.customer_id = r.Int(2);
  f.f.contact_id = r.OptInt(3);
  f.f.plan_id = r.OptInt(4);
  f.f.staff_id = r.Int(5);
  f.f.happened_on = r.Text(6);
  f.f.duration_min = r.Int(7);
  f.f.purpose = r.Text(8);
  f.f.outcome = r.Text(9);
  f.f.next_step = r.Text(10);
  f.f.follow_up_on = r.OptText(11);
  f.created_at_us = r.Int(12);
  f.contact_name = r.Text(13);
  f.staff_name = r.Text(14);
  return f;
}

}  // namespace

Result<std::vector<Plan>> ListPlans(db::Tx& tx, const PlanFilter& f) {
  std::string sql = std::string(kPlanColumns) +
                    " WHERE (CAST($1 AS BIGINT) IS NULL OR p.customer_id = $1)"
                    " AND (CAST($2 AS TEXT) IS NULL OR p.planned_on >= $2)"
                    " AND (CAST($3 AS TEXT) IS NULL OR p.planned_on <= $3)"
                    " AND (CAST($4 AS TEXT) IS NULL OR p.kind = $4)"
                    " AND (CAST($5 AS TEXT) IS NULL OR p.state = $5)";
  std::vector<db::Value> params = {f.customer_id, f.from, f.to, f.kind, f.state};
  if (f.staff_ids) {
    if (f.staff_ids->empty()) return std::vector<Plan>{};
    sql += " AND p.staff_id IN ";
    db::AppendIdList(*f.staff_ids, &sql, &params);
  }
  sql += " ORDER BY p.planned_on, p.planned_time, p.id LIMIT " + std::to_string(kPlansMax);
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(sql, params));
  return db::MapRows(rows, PlanFromRow);
}

Result<std::optional<Plan>> LoadPlan(db::Tx& tx, int64_t id) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(std::string(kPlanColumns) + " WHERE p.id = $1", {id}));
  return db::FirstRow(rows, PlanFromRow);
}

Result<int64_t> InsertPlan(db::Tx& tx, const PlanFields& f, int64_t now_us) {
  SD_TRY_ASSIGN(
      db::Rows rows,
      tx.Query("INSERT INTO crm_follow_up_plans (kind, customer_id, contact_id, staff_id, "
               "planned_on, planned_time, purpose, created_at_us) VALUES ($1, $2, $3, $4, $5, $6, "
               "$7, $8) RETURNING id",
               {FollowUpKindName(f.kind), f.customer_id, f.contact_id, f.staff_id, f.planned_on,
                f.planned_time, f.purpose, now_us}));
  return rows[0].Int(0);
}

Result<bool> UpdatePlan(db::Tx& tx, int64_t id, int64_t expected_version, const PlanFields& f,
                        PlanState state) {
  SD_TRY_ASSIGN(int64_t n,
                tx.Exec("UPDATE crm_follow_up_plans SET contact_id = $1, planned_on = $2, "
                        "planned_time = $3, purpose = $4, state = $5, version = version + 1 "
                        "WHERE id = $6 AND version = $7",
                        {f.contact_id, f.planned_on, f.planned_time, f.purpose,
                         PlanStateName(state), id, expected_version}));
  return n == 1;
}

Result<std::vector<FollowUp>> ListFollowUps(db::Tx& tx, int64_t customer_id, int64_t limit) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(std::string(kFollowUpColumns) +
                                            " WHERE f.customer_id = $1 ORDER BY f.happened_on "
                                            "DESC, f.id DESC LIMIT $2",
                                        {customer_id, limit}));
  return db::MapRows(rows, FollowUpFromRow);
}

Result<std::optional<FollowUp>> LoadFollowUp(db::Tx& tx, int64_t id) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(std::string(kFollowUpColumns) + " WHERE f.id = $1", {id}));
  return db::FirstRow(rows, FollowUpFromRow);
}

Result<int64_t> InsertFollowUp(db::Tx& tx, const FollowUpFields& f, int64_t now_us) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("INSERT INTO crm_follow_ups (kind, customer_id, contact_id, plan_id, "
                         "staff_id, happened_on, duration_min, purpose, outcome, next_step, "
                         "follow_up_on, created_at_us) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, "
                         "$9, $10, $11, $12) RETURNING id",
                         {FollowUpKindName(f.kind), f.customer_id, f.contact_id, f.plan_id,
                          f.staff_id, f.happened_on, f.duration_min, f.purpose, f.outcome,
                          f.next_step, f.follow_up_on, now_us}));
  return rows[0].Int(0);
}

Result<bool> ContactOfCustomer(db::Tx& tx, int64_t contact_id, int64_t customer_id) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("SELECT 1 FROM crm_contacts WHERE id = $1 AND customer_id = $2",
                         {contact_id, customer_id}));
  return !rows.empty();
}

Result<std::vector<Plan>> DuePlans(db::Tx& tx, int64_t staff_id, const std::string& on) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query(std::string(kPlanColumns) +
                             " WHERE p.staff_id = $1 AND p.state = 'planned' AND p.planned_on "
                             "<= $2 ORDER BY p.planned_on, p.planned_time, p.id LIMIT 200",
                         {staff_id, on}));
  return db::MapRows(rows, PlanFromRow);
}

Result<std::vector<DueCustomer>> DueCustomers(db::Tx& tx, int64_t staff_id, const std::string& on) {
  SD_TRY_ASSIGN(
      db::Rows rows,
      tx.Query("SELECT id, code, name, next_follow_up_on FROM crm_customers WHERE "
               "owner_staff_id = $1 AND status = 'active' AND next_follow_up_on IS NOT "
               "NULL AND next_follow_up_on <= $2 ORDER BY next_follow_up_on, id LIMIT 200",
               {staff_id, on}));
  return db::MapRows(rows, [](const db::Row& r) {
    return DueCustomer{r.Int(0), r.Text(1), r.Text(2), r.Text(3)};
  });
}

}  // namespace sd::crm::store
