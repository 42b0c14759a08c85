#include "crm/transfer_store.h"

namespace sd::crm::store {
namespace {

constexpr std::string_view kColumns =
    "SELECT t.id, t.customer_id, c.code, c.name, t.from_staff_id, COALESCE(f.name, ''), "
    "t.to_staff_id, COALESCE(s.name, ''), t.reason, t.state, t.requested_by_user_id, "
    "t.requested_by_name, t.requested_at_us, t.decided_by_user_id, t.decided_by_name, "
    "t.decided_at_us, t.decision_note, t.version, COALESCE(f.code, ''), COALESCE(s.code, '') "
    "FROM crm_transfers t "
    "JOIN crm_customers c ON c.id = t.customer_id "
    "LEFT JOIN org_staff f ON f.id = t.from_staff_id "
    "LEFT JOIN org_staff s ON s.id = t.to_staff_id";

Transfer FromRow(const db::Row& r) {
  Transfer t;
  t.id = r.Int(0);
  t.customer_id = r.Int(1);
  t.customer_code = r.Text(2);
  t.customer_name = r.Text(3);
  t.from_staff_id = r.OptInt(4);
  t.from_name = r.Text(5);
  t.to_staff_id = r.Int(6);
  t.to_name = r.Text(7);
  t.reason = r.Text(8);
  (void)doc::ParseName(kTransferStates, r.Text(9), &t.state);  // the CHECK holds the names
  t.requested_by_user_id = r.Int(10);
  t.requested_by_name = r.Text(11);
  t.requested_at_us = r.Int(12);
  t.decided_by_user_id = r.OptInt(13);
  t.decided_by_name = r.Text(14);
  t.decided_at_us = r.OptInt(15);
  t.decision_note = r.Text(16);
  t.version = r.Int(17);
  t.from_code = r.Text(18);
  t.to_code = r.Text(19);
  return t;
}

}  // namespace

Result<std::vector<Transfer>> QueryTransfers(db::Tx& tx, const TransferFilter& f) {
  std::string sql = std::string(kColumns) + " WHERE 1 = 1";
  std::vector<db::Value> params;
  if (f.customer_id) {
    params.emplace_back(*f.customer_id);
    sql += " AND t.customer_id = $" + std::to_string(params.size());
  }
  if (f.state) {
    params.emplace_back(*f.state);
    sql += " AND t.state = $" + std::to_string(params.size());
  }
  sql += " ORDER BY t.requested_at_us DESC, t.id DESC LIMIT 500";
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(sql, params));
  return db::MapRows(rows, FromRow);
}

Result<std::optional<Transfer>> LoadTransfer(db::Tx& tx, int64_t id) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(std::string(kColumns) + " WHERE t.id = $1", {id}));
  return db::FirstRow(rows, FromRow);
}

Result<int64_t> InsertTransfer(db::Tx& tx, const Transfer& t) {
  SD_TRY_ASSIGN(
      db::Rows rows,
      tx.Query("INSERT INTO crm_transfers (customer_id, from_staff_id, to_staff_id, reason, "
               "state, requested_by_user_id, requested_by_name, requested_at_us, "
               "decided_by_user_id, decided_by_name, decided_at_us, decision_note) VALUES ($1, "
               "$2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
               {t.customer_id, t.from_staff_id, t.to_staff_id, t.reason,
                doc::NameOf(kTransferStates, t.state), t.requested_by_user_id, t.requested_by_name,
                t.requested_at_us, t.decided_by_user_id, t.decided_by_name, t.decided_at_us,
                t.decision_note}));
  return rows[0].Int(0);
}

Result<bool> DecideTransfer(db::Tx& tx, int64_t id, int64_t expected_version,
                            std::string_view state, int64_t user_id, const std::string& user_name,
                            const std::string& note, int64_t now_us) {
  SD_TRY_ASSIGN(int64_t changed,
                tx.Exec("UPDATE crm_transfers SET state = $1, decided_by_user_id = $2, "
                        "decided_by_name = $3, decided_at_us = $4, decision_note = $5, "
                        "version = version + 1 WHERE id = $6 AND version = $7 AND "
                        "state = 'requested'",
                        {state, user_id, user_name, now_us, note, id, expected_version}));
  return changed == 1;
}

}  // namespace sd::crm::store
