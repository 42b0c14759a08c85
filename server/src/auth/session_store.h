#pragma once
// SQL for auth_sessions and auth_login_failures.

#include <cstdint>
#include <optional>
#include <string>

#include "base/i18n.h"
#include "db/database.h"

namespace sd::auth::store {

struct SessionRow {
  int64_t id = 0;
  int64_t user_id = 0;
  std::string csrf_token;
  std::string kind;  // "web" | "api"
  int64_t created_at_us = 0;
  int64_t last_seen_at_us = 0;
  int64_t expires_at_us = 0;
  // The user, read in the same query.
  std::string login;
  std::string display_name;
  Locale locale = Locale::kZhCN;
  std::optional<int64_t> department_id;  // the linked staff member's, else the account's
  std::optional<int64_t> staff_id;
  std::string staff_code;  // the staff member's 工号 and name, when linked
  std::string staff_name;
  bool disabled = false;
  bool must_change_password = false;
};

struct NewSession {
  std::string token_hash;
  int64_t user_id = 0;
  std::string csrf_token;
  std::string kind;
  std::string client_addr;
  int64_t now_us = 0;
  int64_t expires_at_us = 0;
};

Result<int64_t> InsertSession(db::Tx& tx, const NewSession& s);
// A live (not revoked) session by token hash.
Result<std::optional<SessionRow>> FindSession(db::Tx& tx, std::string_view token_hash);
Result<void> TouchSession(db::Tx& tx, int64_t id, int64_t now_us);
Result<void> RevokeSession(db::Tx& tx, int64_t id, int64_t now_us);
Result<void> RevokeUserSessions(db::Tx& tx, int64_t user_id, int64_t now_us);
Result<void> RevokeOtherSessions(db::Tx& tx, int64_t user_id, int64_t keep_id, int64_t now_us);

Result<int64_t> CountFailures(db::Tx& tx, std::string_view login, int64_t since_us);
Result<void> InsertFailure(db::Tx& tx, std::string_view login, int64_t now_us,
                           std::string_view client_addr);
Result<void> ClearFailures(db::Tx& tx, std::string_view login);

}  // namespace sd::auth::store
