#include "doc/approval_store.h"

namespace sd::doc::store {
namespace {

constexpr std::string_view kColumns =
    "SELECT id, doc_type, doc_id, decider_kind, decider_ref, decider_staff_id, maker_user_id, "
    "maker_staff_id, state, decided_by_user_id, decided_by_staff_id, decided_by_name, "
    "decided_at_us, note, created_at_us, version FROM doc_approvals";

ApprovalStep FromRow(const db::Row& r) {
  ApprovalStep s;
  s.id = r.Int(0);
  s.doc_type = r.Text(1);
  s.doc_id = r.Int(2);
  (void)ParseName(kDeciderKinds, r.Text(3), &s.decider.kind);  // the CHECK holds the names
  s.decider.ref = r.Text(4);
  s.decider.staff_id = r.OptInt(5);
  s.maker_user_id = r.Int(6);
  s.maker_staff_id = r.OptInt(7);
  (void)ParseName(kApprovalStates, r.Text(8), &s.state);
  s.decided_by_user_id = r.OptInt(9);
  s.decided_by_staff_id = r.OptInt(10);
  s.decided_by_name = r.Text(11);
  s.decided_at_us = r.OptInt(12);
  s.note = r.Text(13);
  s.created_at_us = r.Int(14);
  s.version = r.Int(15);
  return s;
}

}  // namespace

Result<int64_t> InsertStep(db::Tx& tx, const ApprovalStep& s) {
  SD_TRY_ASSIGN(
      db::Rows rows,
      tx.Query("INSERT INTO doc_approvals (doc_type, doc_id, decider_kind, decider_ref, "
               "decider_staff_id, maker_user_id, maker_staff_id, created_at_us) "
               "VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
               {s.doc_type, s.doc_id, NameOf(kDeciderKinds, s.decider.kind), s.decider.ref,
                s.decider.staff_id, s.maker_user_id, s.maker_staff_id, s.created_at_us}));
  return rows[0].Int(0);
}

Result<std::optional<ApprovalStep>> LoadStep(db::Tx& tx, int64_t id) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(std::string(kColumns) + " WHERE id = $1", {id}));
  return db::FirstRow(rows, FromRow);
}

Result<std::vector<ApprovalStep>> StepsOf(db::Tx& tx, std::string_view doc_type, int64_t doc_id) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query(std::string(kColumns) + " WHERE doc_type = $1 AND doc_id = $2 ORDER BY id",
                         {doc_type, doc_id}));
  return db::MapRows(rows, FromRow);
}

Result<std::vector<ApprovalStep>> PendingSteps(db::Tx& tx, std::string_view doc_type) {
  std::string sql = std::string(kColumns) + " WHERE state = 'pending'";
  std::vector<db::Value> params;
  if (!doc_type.empty()) {
    params.emplace_back(doc_type);
    sql += " AND doc_type = $1";
  }
  sql += " ORDER BY id LIMIT 1000";
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(sql, params));
  return db::MapRows(rows, FromRow);
}

Result<bool> WriteDecision(db::Tx& tx, const ApprovalStep& d, int64_t expected_version) {
  SD_TRY_ASSIGN(
      int64_t changed,
      tx.Exec("UPDATE doc_approvals SET state = $1, decided_by_user_id = $2, "
              "decided_by_staff_id = $3, decided_by_name = $4, decided_at_us = $5, "
              "note = $6, version = version + 1 "
              "WHERE id = $7 AND version = $8 AND state = 'pending'",
              {NameOf(kApprovalStates, d.state), d.decided_by_user_id, d.decided_by_staff_id,
               d.decided_by_name, d.decided_at_us, d.note, d.id, expected_version}));
  return changed == 1;
}

Result<int64_t> CountSelfDecided(db::Tx& tx) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("SELECT COUNT(*) FROM doc_approvals WHERE decided_by_user_id = "
                         "maker_user_id OR decided_by_staff_id = maker_staff_id"));
  return rows[0].Int(0);
}

}  // namespace sd::doc::store
