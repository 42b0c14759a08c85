#include "auth/session_store.h"

namespace sd::auth::store {

Result<int64_t> InsertSession(db::Tx& tx, const NewSession& s) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("INSERT INTO auth_sessions (token_hash, user_id, csrf_token, kind, "
                         "client_addr, created_at_us, last_seen_at_us, expires_at_us) "
                         "VALUES ($1, $2, $3, $4, $5, $6, $6, $7) RETURNING id",
                         {s.token_hash, s.user_id, s.csrf_token, s.kind, s.client_addr, s.now_us,
                          s.expires_at_us}));
  return rows[0].Int(0);
}

Result<std::optional<SessionRow>> FindSession(db::Tx& tx, std::string_view token_hash) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("SELECT s.id, s.user_id, s.csrf_token, s.kind, s.created_at_us, "
                         "s.last_seen_at_us, s.expires_at_us, u.login, u.display_name, u.locale, "
                         "COALESCE(st.department_id, u.department_id), u.disabled, "
                         "u.must_change_password, u.staff_id, st.code, st.name "
                         "FROM auth_sessions s JOIN auth_users u ON u.id = s.user_id "
                         "LEFT JOIN org_staff st ON st.id = u.staff_id "
                         "WHERE s.token_hash = $1 AND s.revoked_at_us IS NULL",
                         {token_hash}));
  if (rows.empty()) return std::optional<SessionRow>();
  const db::Row& r = rows[0];
  SessionRow s;
  s.id = r.Int(0);
  s.user_id = r.Int(1);
  s.csrf_token = r.Text(2);
  s.kind = r.Text(3);
  s.created_at_us = r.Int(4);
  s.last_seen_at_us = r.Int(5);
  s.expires_at_us = r.Int(6);
  s.login = r.Text(7);
  s.display_name = r.Text(8);
  ParseLocale(r.Text(9), &s.locale);
  s.department_id = r.OptInt(10);
  s.disabled = r.Int(11) != 0;
  s.must_change_password = r.Int(12) != 0;
  s.staff_id = r.OptInt(13);
  if (s.staff_id) {
    s.staff_code = r.Text(14);
    s.staff_name = r.Text(15);
  }
  return std::optional<SessionRow>(std::move(s));
}

Result<void> TouchSession(db::Tx& tx, int64_t id, int64_t now_us) {
  SD_TRY(tx.Exec("UPDATE auth_sessions SET last_seen_at_us = $1 WHERE id = $2", {now_us, id}));
  return Ok();
}

Result<void> RevokeSession(db::Tx& tx, int64_t id, int64_t now_us) {
  SD_TRY(
      tx.Exec("UPDATE auth_sessions SET revoked_at_us = $1 WHERE id = $2 AND revoked_at_us IS "
              "NULL",
              {now_us, id}));
  return Ok();
}

Result<void> RevokeUserSessions(db::Tx& tx, int64_t user_id, int64_t now_us) {
  SD_TRY(
      tx.Exec("UPDATE auth_sessions SET revoked_at_us = $1 WHERE user_id = $2 AND "
              "revoked_at_us IS NULL",
              {now_us, user_id}));
  return Ok();
}

Result<void> RevokeOtherSessions(db::Tx& tx, int64_t user_id, int64_t keep_id, int64_t now_us) {
  SD_TRY(
      tx.Exec("UPDATE auth_sessions SET revoked_at_us = $1 WHERE user_id = $2 AND id <> $3 "
              "AND revoked_at_us IS NULL",
              {now_us, user_id, keep_id}));
  return Ok();
}

Result<int64_t> CountFailures(db::Tx& tx, std::string_view login, int64_t since_us) {
  SD_TRY_ASSIGN(db::Rows rows,
                tx.Query("SELECT COUNT(*) FROM auth_login_failures WHERE login = $1 AND at_us >= "
                         "$2",
                         {login, since_us}));
  return rows[0].Int(0);
}

Result<void> InsertFailure(db::Tx& tx, std::string_view login, int64_t now_us,
                           std::string_view client_addr) {
  SD_TRY(tx.Exec("INSERT INTO auth_login_failures (login, at_us, client_addr) VALUES ($1, $2, $3)",
                 {login, now_us, client_addr}));
  return Ok();
}

Result<void> ClearFailures(db::Tx& tx, std::string_view login) {
  SD_TRY(tx.Exec("DELETE FROM auth_login_failures WHERE login = $1", {login}));
  return Ok();
}

}  // namespace sd::auth::store
