#include "crm/notice_store.h"

namespace sd::crm::store {

Result<void> AddNotice(db::Tx& tx, int64_t staff_id, std::string_view kind,
                       std::optional<int64_t> customer_id, std::optional<int64_t> ref_id,
                       const std::string& params_json, int64_t now_us) {
  SD_TRY(tx.Exec(
      "INSERT INTO crm_notices (staff_id, kind, customer_id, ref_id, params, "
      "created_at_us) VALUES ($1, $2, $3, $4, $5, $6)",
      {staff_id, kind, customer_id, ref_id, params_json.empty() ? "{}" : params_json, now_us}));
  return Ok();
}

Result<std::vector<Notice>> ListNotices(db::Tx& tx, int64_t staff_id, bool unread_only) {
  std::string sql =
      "SELECT id, staff_id, kind, customer_id, ref_id, params, created_at_us, read_at_us FROM "
      "crm_notices WHERE staff_id = $1";
  if (unread_only) sql += " AND read_at_us IS NULL";
  sql += " ORDER BY created_at_us DESC, id DESC LIMIT $2";
  SD_TRY_ASSIGN(db::Rows rows, tx.Query(sql, {staff_id, kNoticesMax}));
  return db::MapRows(rows, [](const db::Row& r) {
    return Notice{r.Int(0),    r.Int(1),  r.Text(2), r.OptInt(3),
                  r.OptInt(4), r.Text(5), r.Int(6),  r.OptInt(7)};
  });
}

Result<void> MarkNoticeRead(db::Tx& tx, int64_t staff_id, int64_t id, int64_t now_us) {
  SD_TRY_ASSIGN(db::Rows rows, tx.Query("SELECT read_at_us FROM crm_notices WHERE id = $1 AND "
                                        "staff_id = $2",
                                        {id, staff_id}));
  if (rows.empty()) return Fail(Code::kNotFound, "common.not_found");
  if (rows[0].IsNull(0)) {
    SD_TRY(tx.Exec("UPDATE crm_notices SET read_at_us = $1 WHERE id = $2", {now_us, id}));
  }
  return Ok();
}

}  // namespace sd::crm::store
