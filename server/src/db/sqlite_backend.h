#pragma once
// A thin adapter over one sqlite3 connection: statements prepared once and cached by their SQL
// text, $1…$n bound by name, errors mapped to the db layer's (database.h).

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "db/database.h"
#include "db/guarded_tx.h"

struct sqlite3;
struct sqlite3_stmt;

namespace sd::db {

class SqliteConn {
 public:
  // kCheckpointer: read-write without creating the file or changing journal mode, for
  // SqliteCheckpointer.
  enum class Role : uint8_t { kWriter, kReader, kCheckpointer };

  // Opens the database file at path (the writer creates it and turns WAL on) with foreign keys
  // on and synchronous=FULL; a reader is query_only. Errors: kUnavailable. Not thread-safe: one
  // thread at a time uses a connection.
  static Result<std::unique_ptr<SqliteConn>> Open(const std::string& path, Role role,
                                                  int busy_timeout_ms);
  ~SqliteConn();
  SqliteConn(const SqliteConn&) = delete;
  SqliteConn& operator=(const SqliteConn&) = delete;

  // Runs one statement with params bound to $1…$n; appends its rows to *rows when rows is not
  // null. Returns the number of rows the statement itself changed (0 for SELECT and DDL).
  Result<int64_t> Run(std::string_view sql, const Value* params, size_t n, Rows* rows);
  // Runs a script of statements without parameters.
  Result<void> ExecScript(std::string_view sql);
  // Runs a statement without parameters or rows: BEGIN, COMMIT, SAVEPOINT…
  Result<void> Control(std::string_view sql);
  // Calls hook(pages in the WAL) on the committing thread after each commit of this connection,
  // in place of SQLite's own checkpoint at 1,000 pages, which would run inside that commit.
  void SetWalHook(std::function<void(int)> hook);
  // Copies into the database file what the WAL holds and no reader still needs, then syncs it
  // (PASSIVE: waits for no one). Errors: kUnavailable.
  Result<void> Checkpoint();
  // True between BEGIN and COMMIT/ROLLBACK. SQLite ends a transaction by itself after some
  // errors (I/O, disk full); callers check this after a failure.
  bool in_transaction() const;

 private:
  struct Cached {
    sqlite3_stmt* stmt = nullptr;
    std::vector<int> slots;  // slots[i]: SQLite's index of $(i+1), prepared as ?(i+1)
  };
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };

  explicit SqliteConn(sqlite3* db) : db_(db) {}
  Result<Cached*> Prepare(std::string_view sql);
  void ClearCache();
  Error ErrorFor(std::string_view sql) const;

  sqlite3* db_;
  std::function<void(int)> wal_hook_;
  std::unordered_map<std::string, Cached, Hash, std::equal_to<>> cache_;
};

// A transaction (or a savepoint inside the writer's batch) on one connection. The caller has
// begun it and ends it.
class SqliteTx final : public GuardedTx {
 public:
  SqliteTx(SqliteConn* conn, bool read_only) : conn_(conn), read_only_(read_only) {}
  Backend backend() const override { return Backend::kSqlite; }
  bool read_only() const override { return read_only_; }

 protected:
  Result<int64_t> Run(std::string_view sql, const Value* params, size_t n, Rows* rows) override {
    return conn_->Run(sql, params, n, rows);
  }
  Result<void> RunScript(std::string_view sql) override { return conn_->ExecScript(sql); }

 private:
  SqliteConn* conn_;
  bool read_only_;
};

}  // namespace sd::db
