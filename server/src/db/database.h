#pragma once
// Storage behind one interface for SQLite and PostgreSQL (DESIGN §4, STYLE §7).
//
// SQL is written once with $1…$n placeholders; SQLite binds them by name. Portable types only:
// BIGINT ids, TEXT, INTEGER 0/1 booleans, BIGINT microsecond timestamps, TEXT dates.
//
// Writes: Database::Write runs a function inside a write transaction and returns only after the
// change is durable. On SQLite one writer thread commits concurrent requests together (group
// commit: one transaction, each request in its own SAVEPOINT, one fsync per batch); a request
// that fails rolls back alone. On PostgreSQL each Write is its own transaction on a pooled
// connection. Reads: Database::Read runs a function in a read-only transaction on a pooled
// reader connection (a consistent snapshot).

#include <atomic>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "base/result.h"

namespace sd::db {

enum class Backend : uint8_t { kSqlite, kPostgres };

// A bound parameter or a column value: NULL, a 64-bit integer or text.
class Value {
 public:
  Value() = default;
  Value(std::nullptr_t) {}                                // NOLINT
  Value(int64_t v) : v_(v) {}                             // NOLINT
  Value(int v) : v_(static_cast<int64_t>(v)) {}           // NOLINT
  Value(bool v) : v_(static_cast<int64_t>(v ? 1 : 0)) {}  // NOLINT
  Value(std::string v) : v_(std::move(v)) {}              // NOLINT
  Value(std::string_view v) : v_(std::string(v)) {}       // NOLINT
  Value(const char* v) : v_(std::string(v)) {}            // NOLINT
  Value(const std::optional<int64_t>& v) {                // NOLINT
    if (v) v_ = *v;
  }
  Value(const std::optional<std::string>& v) {  // NOLINT
    if (v) v_ = *v;
  }

  bool is_null() const { return v_.index() == 0; }
  bool is_int() const { return v_.index() == 1; }
  bool is_text() const { return v_.index() == 2; }
  // Integer value; SD_ASSERTs that the value is an integer.
  int64_t AsInt() const;
  // Text value; SD_ASSERTs that the value is text.
  const std::string& AsText() const;

 private:
  std::variant<std::monostate, int64_t, std::string> v_;
};

// One result row. Columns are addressed by position, in SELECT order.
class Row {
 public:
  explicit Row(std::vector<Value> cells) : cells_(std::move(cells)) {}
  size_t size() const { return cells_.size(); }
  bool IsNull(size_t i) const { return At(i).is_null(); }
  // Integer column (SD_ASSERT if NULL or text).
  int64_t Int(size_t i) const { return At(i).AsInt(); }
  // Text column (SD_ASSERT if NULL or integer).
  const std::string& Text(size_t i) const { return At(i).AsText(); }
  std::optional<int64_t> OptInt(size_t i) const;
  std::optional<std::string> OptText(size_t i) const;
  const Value& At(size_t i) const;

 private:
  std::vector<Value> cells_;
};

struct Rows {
  std::vector<std::string> columns;
  std::vector<Row> rows;
  bool empty() const { return rows.empty(); }
  size_t size() const { return rows.size(); }
  const Row& operator[](size_t i) const { return rows[i]; }
  auto begin() const { return rows.begin(); }
  auto end() const { return rows.end(); }
};

// Appends "($k, $k+1, …)" to sql, one placeholder per id numbered after the params already
// there, and the ids to params: the list of an "IN" condition. SD_ASSERTs that ids is not
// empty (SQL has no empty list; callers leave the condition out instead).
void AppendIdList(const std::vector<int64_t>& ids, std::string* sql, std::vector<Value>* params);

// Each row through from_row (Row → T), in order: the list a store returns.
template <typename F>
auto MapRows(const Rows& rows, F&& from_row) {
  std::vector<std::decay_t<std::invoke_result_t<F&, const Row&>>> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(from_row(r));
  return out;
}

// The first row through from_row, nullopt when there is none: a store's load by key.
template <typename F>
auto FirstRow(const Rows& rows, F&& from_row) {
  using T = std::decay_t<std::invoke_result_t<F&, const Row&>>;
  if (rows.empty()) return std::optional<T>();
  return std::optional<T>(from_row(rows[0]));
}

// A transaction (or, for grouped SQLite writes, a savepoint inside one). Valid only inside the
// Read/Write callback that received it; not thread-safe.
//
// Errors from Query/Exec:
//   kAlreadyExists  key "db.unique_violation", param "target" (SQLite "table.col", PG constraint)
//   kFailedPrecondition  key "db.constraint_violation" (CHECK, FOREIGN KEY, NOT NULL, trigger
//                        refusals such as writes to append-only tables), param "target"
//   kAborted        key "db.conflict" (PostgreSQL serialization failure or deadlock: retry)
//   kUnavailable    key "db.unavailable" (connection lost, database unhealthy)
//   kInternal       key "db.error", detail holds the driver's message
// Targets: NOT NULL gives "table.col" on both; a trigger refusal gives its message (SQLite
// RAISE(ABORT, 'msg'), PostgreSQL RAISE EXCEPTION 'msg'); a SQLite FOREIGN KEY gives "".
// After a statement fails the transaction is spoiled, on both backends as PostgreSQL does:
// later statements fail, and a callback that returns Ok anyway gets kInternal, its changes
// rolled back. Return the error (or use ON CONFLICT) instead of carrying on.
class Tx {
 public:
  virtual ~Tx() = default;
  virtual Backend backend() const = 0;
  virtual bool read_only() const = 0;

  // Runs one statement and returns its rows (RETURNING rows included).
  Result<Rows> Query(std::string_view sql, std::initializer_list<Value> params = {}) {
    return QueryV(sql, params.begin(), params.size());
  }
  Result<Rows> Query(std::string_view sql, const std::vector<Value>& params) {
    return QueryV(sql, params.data(), params.size());
  }
  // Runs one statement; returns the number of rows it changed.
  Result<int64_t> Exec(std::string_view sql, std::initializer_list<Value> params = {}) {
    return ExecV(sql, params.begin(), params.size());
  }
  Result<int64_t> Exec(std::string_view sql, const std::vector<Value>& params) {
    return ExecV(sql, params.data(), params.size());
  }
  Result<int64_t> ExecValues(std::string_view sql, std::span<const Value> params) {
    return ExecV(sql, params.data(), params.size());
  }
  // Runs a script of several statements without parameters (migrations).
  virtual Result<void> ExecScript(std::string_view sql) = 0;

 protected:
  virtual Result<Rows> QueryV(std::string_view sql, const Value* params, size_t n) = 0;
  virtual Result<int64_t> ExecV(std::string_view sql, const Value* params, size_t n) = 0;
};

// Inserts many rows with as few statements as the backends' parameter limits allow: head is
// the statement up to and including VALUES ("INSERT INTO t (a, b) VALUES"), values holds the
// rows one after another, per_row values each. One statement per row cost a round trip per
// row on PostgreSQL (an import of 100,000 customers made some 300,000). Returns the rows
// inserted. SD_ASSERTs that values is a whole number of rows.
Result<int64_t> InsertMany(Tx& tx, std::string_view head, size_t per_row,
                           std::span<const Value> values);

using TxFn = std::function<Result<void>(Tx&)>;

struct Options {
  int readers = 4;  // SQLite reader connections
  int pg_pool = 8;  // PostgreSQL connections (reads and writes)
  int busy_timeout_ms = 5000;
  int max_batch = 256;  // SQLite group commit: most requests in one transaction
};

class Database {
 public:
  virtual ~Database() = default;

  // Opens a database by URL:
  //   "sqlite:PATH", "sqlite://PATH" or a bare path  → SQLite (WAL, foreign keys on,
  //                                                     synchronous=FULL); the file is created
  //   "postgresql://…" or "postgres://…"              → PostgreSQL (libpq connection string)
  // Errors: kInvalidArgument "db.url_invalid", kUnavailable "db.unavailable".
  static Result<std::unique_ptr<Database>> Open(std::string_view url, const Options& options = {});

  virtual Backend backend() const = 0;

  // Runs fn in a read-only transaction. Blocks while all readers are busy. Thread-safe.
  virtual Result<void> Read(const TxFn& fn) = 0;

  // Runs fn in a write transaction; returns after the commit is durable. If fn returns an
  // error, its changes are rolled back (alone) and the error is returned. If the commit itself
  // fails the database becomes unhealthy and every later Write returns kUnavailable.
  // Must not be called from inside Read or Write (SD_ASSERT). Thread-safe.
  virtual Result<void> Write(const TxFn& fn) = 0;

  // False after a failed commit or a lost connection that could not be re-established.
  virtual bool healthy() const = 0;

  // Stops background threads; further calls fail with kUnavailable. Idempotent.
  virtual void Close() = 0;

  // Counts Write calls that have returned (committed or not). A cache filled by a Read that
  // began when this was G holds current data while it is still G (read it before the Read).
  // Only this process's writes count: caches also need a short time limit when other
  // processes write the same database.
  uint64_t write_generation() const { return write_generation_.load(std::memory_order_acquire); }

 protected:
  // Implementations call this after each Write has finished, never before its commit.
  void BumpWriteGeneration() { write_generation_.fetch_add(1, std::memory_order_acq_rel); }

 private:
  std::atomic<uint64_t> write_generation_{0};
};

// Typed helpers: run fn returning Result<T> and hand its value out.
template <typename T, typename F>
Result<T> ReadValue(Database& db, F&& fn) {
  std::optional<T> out;
  SD_TRY(db.Read([&](Tx& tx) -> Result<void> {
    SD_TRY_ASSIGN(T v, fn(tx));
    out.emplace(std::move(v));
    return Ok();
  }));
  return std::move(*out);
}

template <typename T, typename F>
Result<T> WriteValue(Database& db, F&& fn) {
  std::optional<T> out;
  SD_TRY(db.Write([&](Tx& tx) -> Result<void> {
    SD_TRY_ASSIGN(T v, fn(tx));
    out.emplace(std::move(v));
    return Ok();
  }));
  return std::move(*out);
}

}  // namespace sd::db
