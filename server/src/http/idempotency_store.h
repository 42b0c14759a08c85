#pragma once
// SQL for http_idempotency_keys.

#include <cstdint>
#include <optional>
#include <string>

#include "db/database.h"
#include "http/reply.h"

namespace sd::http::idempotency {

struct Stored {
  std::string method;
  std::string path;
  std::string request_hash;
  Reply reply;
};

Result<std::optional<Stored>> Find(db::Tx& tx, int64_t user_id, std::string_view key);

// Errors: kAlreadyExists "common.idempotency_in_flight" when a twin request stored first.
Result<void> Save(db::Tx& tx, int64_t user_id, std::string_view key, const Stored& s,
                  int64_t now_us);

// Forgets keys older than before_us; returns how many.
Result<int64_t> Expire(db::Tx& tx, int64_t before_us);

}  // namespace sd::http::idempotency
