#include "db/sqlite_backend.h"

#include <sqlite3.h>

#include <algorithm>
#include <vector>

#include "db/errors.h"

namespace sd::db {
namespace {

// Statements kept per connection; beyond this the cache starts over (SQL built at run time,
// such as IN lists of varying length, must not grow it without bound).
constexpr size_t kCacheMax = 512;

// "UNIQUE constraint failed: users.login" → "users.login"; a trigger's RAISE(ABORT, 'text')
// → "text"; "FOREIGN KEY constraint failed" → "".
std::string TargetOf(std::string_view msg) {
  constexpr std::string_view kFailed = "constraint failed";
  size_t at = msg.find(kFailed);
  if (at == std::string_view::npos) return std::string(msg);
  std::string_view rest = msg.substr(at + kFailed.size());
  if (rest.starts_with(": ")) rest.remove_prefix(2);
  return std::string(rest);
}

bool OnlySpaceOrSemicolons(std::string_view s) {
  return s.find_first_not_of(" \n\t\r;") == std::string_view::npos;
}

// sql with its placeholders $N (outside quotes and comments) in SQLite's positional form in
// *out — "?" for the next number, "?N" for a number seen before — and in *count the highest
// N; false when the numbers 1..N leave a gap. SQLite looks every "$N" or "?N" up in a list of
// names, when parsing and again when coding: quadratic in the placeholders, 80 % of the time of
// a 30,000-value db::InsertMany (perf: sqlite3VListNameToNum, sqlite3VListNumToName); a bare
// "?" is the next parameter, found without a search.
bool NumberedPlaceholders(std::string_view sql, std::string* out, int* count) {
  out->clear();
  out->reserve(sql.size());
  std::vector<bool> seen;
  size_t i = 0;
  auto copy_to = [&](size_t end) {
    end = std::min(end, sql.size());
    out->append(sql.substr(i, end - i));
    i = end;
  };
  while (i < sql.size()) {
    const char c = sql[i];
    if (c == '\'' || c == '"') {  // a literal or quoted name; a doubled quote reopens it
      const size_t close = sql.find(c, i + 1);
      copy_to(close == std::string_view::npos ? sql.size() : close + 1);
    } else if (c == '-' && sql.substr(i, 2) == "--") {
      copy_to(sql.find('\n', i));
    } else if (c == '/' && sql.substr(i, 2) == "/*") {
      const size_t close = sql.find("*/", i + 2);
      copy_to(close == std::string_view::npos ? sql.size() : close + 2);
    } else if (c == '$' && i + 1 < sql.size() && sql[i + 1] >= '0' && sql[i + 1] <= '9') {
      size_t end = i + 1;
      size_t n = 0;
      while (end < sql.size() && sql[end] >= '0' && sql[end] <= '9' && n < 1'000'000) {
        n = n * 10 + static_cast<size_t>(sql[end++] - '0');
      }
      if (n == 0) return false;
      out->push_back('?');
      if (n != seen.size() + 1) out->append(sql.substr(i + 1, end - i - 1));
      if (seen.size() < n) seen.resize(n, false);
      seen[n - 1] = true;
      i = end;
    } else {
      out->push_back(c);
      ++i;
    }
  }
  *count = static_cast<int>(seen.size());
  return std::find(seen.begin(), seen.end(), false) == seen.end();
}

Value ColumnValue(sqlite3_stmt* stmt, int i) {
  switch (sqlite3_column_type(stmt, i)) {
    case SQLITE_NULL:
      return Value();
    case SQLITE_INTEGER:
      return Value(static_cast<int64_t>(sqlite3_column_int64(stmt, i)));
    default: {  // TEXT; REAL and BLOB come out as their text
      const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
      auto len = static_cast<size_t>(sqlite3_column_bytes(stmt, i));
      return Value(std::string(text == nullptr ? "" : text, len));
    }
  }
}

Result<void> Bind(sqlite3_stmt* stmt, int slot, const Value& v) {
  int rc = SQLITE_OK;
  if (v.is_null()) {
    rc = sqlite3_bind_null(stmt, slot);
  } else if (v.is_int()) {
    rc = sqlite3_bind_int64(stmt, slot, v.AsInt());
  } else {
    const std::string& s = v.AsText();
    rc = sqlite3_bind_text64(stmt, slot, s.data(), s.size(), SQLITE_STATIC, SQLITE_UTF8);
  }
  if (rc != SQLITE_OK) return InternalError(std::string("bind: ") + sqlite3_errstr(rc));
  return Ok();
}

// Resets a statement when a Run ends, however it ends.
class ResetOnExit {
 public:
  explicit ResetOnExit(sqlite3_stmt* stmt) : stmt_(stmt) {}
  ~ResetOnExit() { sqlite3_reset(stmt_); }
  ResetOnExit(const ResetOnExit&) = delete;
  ResetOnExit& operator=(const ResetOnExit&) = delete;

 private:
  sqlite3_stmt* stmt_;
};

}  // namespace

Result<std::unique_ptr<SqliteConn>> SqliteConn::Open(const std::string& path, Role role,
                                                     int busy_timeout_ms) {
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
  if (role == Role::kWriter) flags |= SQLITE_OPEN_CREATE;
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close_v2(db);
    return UnavailableError("cannot open " + path + ": " + msg);
  }
  sqlite3_extended_result_codes(db, 1);
  sqlite3_busy_timeout(db, busy_timeout_ms);
  std::unique_ptr<SqliteConn> conn(new SqliteConn(db));
  if (role == Role::kWriter) {
    Rows rows;
    Result<int64_t> wal = conn->Run("PRAGMA journal_mode=WAL", nullptr, 0, &rows);
    if (!wal || rows.empty() || !rows[0].At(0).is_text() || rows[0].Text(0) != "wal") {
      return UnavailableError("cannot switch " + path + " to WAL mode");
    }
  }
  // secure_delete=FAST: Debian's SQLite zeroes every freed page by default (SECURE_DELETE),
  // so an FTS5 merge that drops its input segments wrote thousands of zero pages into the
  // WAL inside one commit (a customer create waiting 1 s at 100,000 customers); FAST still
  // clears deleted content inside the pages that stay in use, at no extra I/O. The writer's
  // page cache (8 MB, default 2 MB) keeps the index pages a write touches.
  const char* setup =
      role == Role::kReader
          ? "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA query_only=ON;"
          : "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA secure_delete=FAST; "
            "PRAGMA cache_size=-8192;";
  Result<void> r = conn->ExecScript(setup);
  if (!r) return UnavailableError("cannot set up " + path + ": " + r.error().detail);
  return conn;
}

SqliteConn::~SqliteConn() {
  ClearCache();
  sqlite3_close_v2(db_);
}

void SqliteConn::ClearCache() {
  for (auto& [sql, cached] : cache_) sqlite3_finalize(cached.stmt);
  cache_.clear();
}

void SqliteConn::SetWalHook(std::function<void(int)> hook) {
  wal_hook_ = std::move(hook);
  sqlite3_wal_hook(
      db_,
      [](void* arg, sqlite3*, const char*, int pages) {
        (*static_cast<std::function<void(int)>*>(arg))(pages);
        return SQLITE_OK;
      },
      &wal_hook_);
}

Result<void> SqliteConn::Checkpoint() {
  int log = 0;
  int done = 0;
  int rc = sqlite3_wal_checkpoint_v2(db_, nullptr, SQLITE_CHECKPOINT_PASSIVE, &log, &done);
  if (rc != SQLITE_OK && rc != SQLITE_BUSY) {
    return UnavailableError(std::string("checkpoint failed: ") + sqlite3_errmsg(db_));
  }
  return Ok();
}

bool SqliteConn::in_transaction() const { return sqlite3_get_autocommit(db_) == 0; }

Error SqliteConn::ErrorFor(std::string_view sql) const {
  int code = sqlite3_extended_errcode(db_);
  std::string msg = sqlite3_errmsg(db_);
  if (code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY) {
    return UniqueViolation(TargetOf(msg), msg);
  }
  switch (code & 0xff) {
    case SQLITE_CONSTRAINT:
      return ConstraintViolation(TargetOf(msg), msg);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return UnavailableError(msg);
    default:
      return InternalError(msg + " (in: " + std::string(sql) + ")");
  }
}

Result<SqliteConn::Cached*> SqliteConn::Prepare(std::string_view sql) {
  if (auto it = cache_.find(sql); it != cache_.end()) return &it->second;
  if (cache_.size() >= kCacheMax) ClearCache();
  Cached c;
  std::string text(sql);
  std::string numbered;
  int count = 0;
  if (!NumberedPlaceholders(sql, &numbered, &count)) {
    return InternalError("placeholders must be $1…$n without gaps: " + text);
  }
  const char* tail = nullptr;
  int rc = sqlite3_prepare_v3(db_, numbered.data(), static_cast<int>(numbered.size()),
                              SQLITE_PREPARE_PERSISTENT, &c.stmt, &tail);
  if (rc != SQLITE_OK) return ErrorFor(sql);
  if (c.stmt == nullptr) return InternalError("empty statement: " + text);
  if (!OnlySpaceOrSemicolons(
          std::string_view(numbered).substr(static_cast<size_t>(tail - numbered.data())))) {
    sqlite3_finalize(c.stmt);
    return InternalError("one statement expected (use ExecScript): " + text);
  }
  if (sqlite3_bind_parameter_count(c.stmt) != count) {
    sqlite3_finalize(c.stmt);
    return InternalError("placeholders must be $1…$n without gaps: " + text);
  }
  for (int i = 1; i <= count; ++i) c.slots.push_back(i);  // ?N is slot N
  return &cache_.emplace(std::move(text), std::move(c)).first->second;
}

Result<int64_t> SqliteConn::Run(std::string_view sql, const Value* params, size_t n, Rows* rows) {
  SD_TRY_ASSIGN(Cached * c, Prepare(sql));
  if (c->slots.size() != n) {
    return InternalError("statement takes " + std::to_string(c->slots.size()) +
                         " parameters, got " + std::to_string(n) + ": " + std::string(sql));
  }
  sqlite3_stmt* stmt = c->stmt;
  ResetOnExit reset(stmt);
  for (size_t i = 0; i < n; ++i) SD_TRY(Bind(stmt, c->slots[i], params[i]));
  int ncol = sqlite3_column_count(stmt);
  if (rows != nullptr && rows->columns.empty()) {
    for (int i = 0; i < ncol; ++i) rows->columns.emplace_back(sqlite3_column_name(stmt, i));
  }
  int64_t total_before = sqlite3_total_changes64(db_);
  for (;;) {
    int rc = sqlite3_step(stmt);
    if (rc == SQLITE_DONE) break;
    if (rc != SQLITE_ROW) return ErrorFor(sql);
    if (rows == nullptr) continue;
    std::vector<Value> cells;
    cells.reserve(static_cast<size_t>(ncol));
    for (int i = 0; i < ncol; ++i) cells.push_back(ColumnValue(stmt, i));
    rows->rows.emplace_back(std::move(cells));
  }
  // sqlite3_changes64 keeps the count of the last INSERT/UPDATE/DELETE, so a SELECT or DDL
  // would report a stale one; unchanged total changes mean this statement changed nothing.
  return sqlite3_total_changes64(db_) == total_before ? 0 : sqlite3_changes64(db_);
}

Result<void> SqliteConn::Control(std::string_view sql) {
  Result<int64_t> r = Run(sql, nullptr, 0, nullptr);
  if (!r) return std::move(r).error();
  return Ok();
}

Result<void> SqliteConn::ExecScript(std::string_view sql) {
  std::string text(sql);
  if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) {
    return ErrorFor(sql);
  }
  return Ok();
}

}  // namespace sd::db
