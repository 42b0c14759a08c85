#include "http/idempotency_store.h"

namespace sd::http::idempotency {

Result<std::optional<Stored>> Find(db::Tx& tx, int64_t user_id, std::string_view key) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("SELECT method, path, request_hash, status, content_type, body "
                         "FROM http_idempotency_keys WHERE user_id = $1 AND idem_key = $2",
                         {user_id, key}));
  if (rows.empty()) return std::optional<Stored>();
  const db::Row& r = rows[0];
  Stored s;
  s.method = r.Text(0);
  s.path = r.Text(1);
  s.request_hash = r.Text(2);
  s.reply.status = static_cast<int>(r.Int(3));
  s.reply.content_type = r.Text(4);
  s.reply.body = r.Text(5);
  return std::optional<Stored>(std::move(s));
}

Result<void> Save(db::Tx& tx, int64_t user_id, std::string_view key, const Stored& s,
                  int64_t now_us) {
  auto done = tx.Exec(
      "INSERT INTO http_idempotency_keys (user_id, idem_key, method, path, request_hash, status, "
      "content_type, body, created_at_us) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
      {user_id, key, s.method, s.path, s.request_hash, static_cast<int64_t>(s.reply.status),
       s.reply.content_type, s.reply.body, now_us});
  if (!done) {
    if (done.error().code == Code::kAlreadyExists) {
      return Fail(Code::kAlreadyExists, "common.idempotency_in_flight");
    }
    return Fail(std::move(done).error());
  }
  return Ok();
}

Result<int64_t> Expire(db::Tx& tx, int64_t before_us) {
  return tx.Exec("DELETE FROM http_idempotency_keys WHERE created_at_us < $1", {before_us});
}

}  // namespace sd::http::idempotency
