#pragma once
// SQL for crm_notices: things that happened to a person (a customer returned to the pool, a
// lead assigned), shown in the inbox until read. Only notice_store.cc touches the table.
// Functions need a Tx (reads any, writes a write Tx) and return the db errors unchanged.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "db/database.h"

namespace sd::crm::store {

struct Notice {
  int64_t id = 0;
  int64_t staff_id = 0;
  std::string kind;  // "pool_returned", "lead_assigned", …
  std::optional<int64_t> customer_id;
  std::optional<int64_t> ref_id;  // the lead, transfer, … the notice is about
  std::string params;             // JSON object text: the message parameters
  int64_t created_at_us = 0;
  std::optional<int64_t> read_at_us;
};

// Adds a notice for staff_id. params_json: a JSON object as text ("{}" when empty).
Result<void> AddNotice(db::Tx& tx, int64_t staff_id, std::string_view kind,
                       std::optional<int64_t> customer_id, std::optional<int64_t> ref_id,
                       const std::string& params_json, int64_t now_us);

inline constexpr int64_t kNoticesMax = 200;
// The staff member's notices, newest first, at most kNoticesMax.
Result<std::vector<Notice>> ListNotices(db::Tx& tx, int64_t staff_id, bool unread_only);

// Marks the staff member's notice read (once: a second call keeps the first time). Errors:
// kNotFound "common.not_found" when the notice is not the staff member's.
Result<void> MarkNoticeRead(db::Tx& tx, int64_t staff_id, int64_t id, int64_t now_us);

}  // namespace sd::crm::store
