#include "crm/credit_store.h"

namespace sd::crm::store {
namespace {

constexpr std::string_view kColumns =
    "SELECT k.id, k.customer_id, c.code, c.name, k.rating, k.credit_limit_fen, k.credit_days, "
    "k.reason, k.state, k.proposed_by_staff_id, COALESCE(s.name, ''), k.proposed_by_user_id, "
    "k.proposed_at_us, k.decided_by_user_id, k.decided_by_name, k.decided_at_us, "
    "k.decision_note, k.version FROM crm_credit_ratings k "
    "JOIN crm_customers c ON c.id = k.customer_id "
    "LEFT JOIN org_staff s ON s.id = k.proposed_by_staff_id";

CreditRatingRecord FromRow(const db::Row& r) {
  CreditRatingRecord k;
  k.id = r.Int(0);
  k.customer_id = r.Int(1);
  k.customer_code = r.Text(2);
  k.customer_name = r.Text(3);
  k.rating = r.Text(4);
  k.credit_limit_fen = r.OptInt(5);
  k.credit_days = r.OptInt(6);
  k.reason = r.Text(7);
  (void)doc::ParseName(kCreditStates, r.Text(8), &k.state);  // the CHECK holds the names
  k.proposed_by_staff_id = r.OptInt(9);
  k.proposed_by_name = r.Text(10);
  k.proposed_by_user_id = r.Int(11);
  k.proposed_at_us = r.Int(12);
  k.decided_by_user_id = r.OptInt(13);
  k.decided_by_name = r.Text(14);
  k.decided_at_us = r.OptInt(15);
  k.decision_note = r.Text(16);
  k.version = r.Int(17);
  return k;
}

}  // namespace

Result<std::vector<CreditRatingRecord>> QueryCreditRatings(db::Tx& tx, const CreditFilter& f) {
  std::string sql = std::string(kColumns) + " WHERE 1 = 1";
  std::vector<db::Value> params;
  if (f.customer_id) {
    params.emplace_back(*f.customer_id);
    sql += " AND k.customer_id = $" + std::to_string(params.size());
  }
  if (f.state) {
    params.emplace_back(*f.state);
    sql += " AND k.state = $" + std::to_string(params.size());
  }
  sql += " ORDER BY k.proposed_at_us DESC, k.id DESC LIMIT 500";
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(sql, params));
  return db::MapRows(rows, FromRow);
}

Result<std::optional<CreditRatingRecord>> LoadCreditRating(db::Tx& tx, int64_t id) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(std::string(kColumns) + " WHERE k.id = $1", {id}));
  return db::FirstRow(rows, FromRow);
}

Result<int64_t> InsertCreditRating(db::Tx& tx, const CreditRatingRecord& r) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("INSERT INTO crm_credit_ratings (customer_id, rating, credit_limit_fen, "
                         "credit_days, reason, proposed_by_staff_id, proposed_by_user_id, "
                         "proposed_at_us) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
                         {r.customer_id, r.rating, r.credit_limit_fen, r.credit_days, r.reason,
                          r.proposed_by_staff_id, r.proposed_by_user_id, r.proposed_at_us}));
  return rows[0].Int(0);
}

Result<bool> DecideCreditRating(db::Tx& tx, int64_t id, int64_t expected_version,
                                std::string_view state, int64_t user_id,
                                const std::string& user_name, const std::string& note,
                                int64_t now_us) {
  SD_TRY_ASSIGN(int64_t changed,
                tx.Exec("UPDATE crm_credit_ratings SET state = $1, decided_by_user_id = $2, "
                        "decided_by_name = $3, decided_at_us = $4, decision_note = $5, "
                        "version = version + 1 WHERE id = $6 AND version = $7 AND "
                        "state = 'proposed'",
                        {state, user_id, user_name, now_us, note, id, expected_version}));
  return changed == 1;
}

}  // namespace sd::crm::store
