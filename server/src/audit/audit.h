#pragma once
// The append-only audit trail (DESIGN §2 audit): every change writes one record in the same
// transaction as the change. Nothing updates or deletes a record; triggers refuse it in both
// backends.
//
// Rank: audit sits directly above db (base ← db ← audit ← org, auth, …) because every module
// records its changes here inside its own transaction; a hook would hide that dependency.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "base/page.h"
#include "base/result.h"
#include "db/database.h"

namespace sd::audit {

// Who made the change, from where. Filled by the HTTP layer (or the CLI) once per request.
struct Context {
  std::optional<int64_t> user_id;
  std::string user_login;   // kept as text so the record reads without joins
  std::string client_addr;  // "127.0.0.1", or "cli" for command-line changes
  std::string request_id;
  int64_t at_us = 0;
};

using FieldValue =
    std::variant<std::nullptr_t, int64_t, bool, std::string, std::vector<std::string>>;
// A record's state as ordered name/value pairs, written as a JSON object.
using Snapshot = std::vector<std::pair<std::string, FieldValue>>;

// The value of an optional field: null when v is empty.
template <typename T>
FieldValue OrNull(const std::optional<T>& v) {
  return v ? FieldValue(*v) : FieldValue(nullptr);
}

// Appends one record. entity: table-like noun ("user", "session"); action: verb ("create",
// "update", "disable", "login"). Needs a write Tx. Errors: those of db::Tx::Exec.
Result<void> Record(db::Tx& tx, const Context& ctx, std::string_view entity, int64_t entity_id,
                    std::string_view action, const std::optional<Snapshot>& before,
                    const std::optional<Snapshot>& after);

// One record of RecordMany.
struct Change {
  int64_t entity_id = 0;
  std::optional<Snapshot> before;
  std::optional<Snapshot> after;
};
// Appends one record per change, all of one entity and action, in as few statements as the
// backend allows (db::InsertMany): what a bulk change (an import) records row by row.
Result<void> RecordMany(db::Tx& tx, const Context& ctx, std::string_view entity,
                        std::string_view action, std::span<const Change> changes);

struct Entry {
  int64_t id = 0;
  int64_t at_us = 0;
  std::optional<int64_t> user_id;
  std::string user_login;
  std::string client_addr;
  std::string request_id;
  std::string entity;
  int64_t entity_id = 0;
  std::string action;
  std::optional<std::string> before_json;  // JSON object text
  std::optional<std::string> after_json;
};

struct Filter {
  std::optional<std::string> entity;
  std::optional<int64_t> entity_id;
  std::optional<int64_t> user_id;
  std::optional<std::string> action;
  std::optional<int64_t> from_us;    // inclusive
  std::optional<int64_t> to_us;      // exclusive
  std::optional<std::string> login;  // user_login equals
  PageRequest page;
};

// Newest first. Needs any Tx.
Result<Page<Entry>> List(db::Tx& tx, const Filter& filter);

// Serialises a snapshot as a JSON object (exposed for tests).
std::string SnapshotJson(const Snapshot& s);

}  // namespace sd::audit
