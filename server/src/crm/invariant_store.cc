#include "crm/invariant_store.h"

#include <string>

namespace sd::crm::store {

Result<int64_t> CustomersWithTwoPendingTransfers(db::Tx& tx) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("SELECT COUNT(*) FROM (SELECT customer_id FROM crm_transfers "
                         "WHERE state = 'requested' GROUP BY customer_id HAVING COUNT(*) > 1) t"));
  return rows[0].Int(0);
}

Result<int64_t> CustomersOffTheirRating(db::Tx& tx) {
  SD_TRY_ASSIGN(
      db::Rows rows,
      tx.Query("SELECT COUNT(*) FROM crm_customers c WHERE COALESCE(c.credit_rating, '') <> "
               "COALESCE((SELECT k.rating FROM crm_credit_ratings k WHERE k.customer_id = c.id "
               "AND k.state = 'approved' ORDER BY k.decided_at_us DESC, k.id DESC LIMIT 1), '')"));
  return rows[0].Int(0);
}

Result<int64_t> CustomersOffTheirSearchIndex(db::Tx& tx) {
  if (tx.backend() != db::Backend::kSqlite) return int64_t{0};
  SD_TRY_ASSIGN(
      db::Rows rows,
      tx.Query("SELECT (SELECT COUNT(*) FROM crm_customer_index_pending) + (SELECT COUNT(*) FROM "
               "crm_customers c LEFT JOIN crm_customer_index_docs d ON d.id = c.id WHERE d.id IS "
               "NULL OR d.search_text IS NOT c.search_text OR d.search_grams IS NOT "
               "c.search_grams OR d.owner_staff_id IS NOT c.owner_staff_id OR d.support_staff_id "
               "IS NOT c.support_staff_id OR d.name_key IS NOT c.name_key) + (SELECT COUNT(*) FROM "
               "crm_customer_index_docs d WHERE NOT EXISTS (SELECT 1 FROM crm_customers c WHERE "
               "c.id = d.id))"));
  return rows[0].Int(0);
}

Result<int64_t> StepsOutOfStep(db::Tx& tx, std::string_view table, std::string_view doc_type,
                               std::string_view waiting_state) {
  // table is one of three constants of crm/invariants.cc, never input.
  const std::string sql =
      "SELECT COUNT(*) FROM " + std::string(table) +
      " d WHERE (d.state = $2) <> ((SELECT COUNT(*) FROM doc_approvals a WHERE a.doc_type = $1 "
      "AND a.doc_id = d.id AND a.state = 'pending') = 1) OR (SELECT COUNT(*) FROM doc_approvals "
      "a WHERE a.doc_type = $1 AND a.doc_id = d.id AND a.state = 'pending') > 1";
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(sql, {doc_type, waiting_state}));
  return rows[0].Int(0);
}

}  // namespace sd::crm::store
