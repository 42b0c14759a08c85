#pragma once
// A thin adapter over one libpq connection: statements prepared once per connection and cached by
// their SQL text, parameters sent as text, int2/int4/int8/bool columns read back as integers,
// errors mapped by SQLSTATE to the db layer's (database.h).

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "db/database.h"
#include "db/guarded_tx.h"

struct pg_conn;
struct pg_result;

namespace sd::db {

class PgConn {
 public:
  // Connects with a libpq connection string or URL. Errors: kUnavailable. Not thread-safe: one
  // thread at a time uses a connection.
  static Result<std::unique_ptr<PgConn>> Open(const std::string& url, bool use_prepared);
  ~PgConn();
  PgConn(const PgConn&) = delete;
  PgConn& operator=(const PgConn&) = delete;

  // Makes `begin` (BEGIN …) go out together with the transaction's first statement, in one round
  // trip (libpq pipeline mode), instead of on its own. When that round trip finds the connection
  // lost (the server dropped it while it sat in the pool), the connection is re-established and
  // the pair sent again, once: nothing of the transaction had run.
  void BeginWithFirstStatement(const char* begin) { pending_begin_ = begin; }
  // True while that BEGIN still waits: the transaction has run no statement.
  bool begin_pending() const { return pending_begin_ != nullptr; }
  void DropPendingBegin() { pending_begin_ = nullptr; }

  // Runs one statement with params as $1…$n; appends its rows to *rows when rows is not null.
  // Returns the number of rows an INSERT/UPDATE/DELETE changed (0 for other statements).
  Result<int64_t> Run(std::string_view sql, const Value* params, size_t n, Rows* rows);
  // Runs a script of statements without parameters (simple query protocol).
  Result<void> ExecScript(std::string_view sql);
  // Runs a statement without parameters or rows, not prepared: BEGIN, COMMIT, ROLLBACK.
  Result<void> Control(const char* sql);

  // False once the connection is lost.
  bool ok() const;
  // True outside a transaction (neither in one nor in a failed one).
  bool idle() const;
  // Reconnects afresh with the same parameters; statements prepared before are forgotten.
  bool Reset();

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };

  PgConn(pg_conn* conn, std::string url, bool use_prepared)
      : conn_(conn), url_(std::move(url)), use_prepared_(use_prepared) {}
  // The name of the server-side statement for sql, preparing it on first use.
  Result<const std::string*> Prepared(std::string_view sql, int n);
  // A name for a statement about to be prepared (making room in the cache first).
  std::string NewStatementName();
  // Runs sql after the pending BEGIN, both in one pipeline.
  Result<int64_t> RunAfterBegin(const char* begin, std::string_view sql, const char* const* values,
                                int n, Rows* rows);
  // The rows or change count of a statement's result, or its error.
  Result<int64_t> Outcome(pg_result* res, std::string_view sql, Rows* rows);

  pg_conn* conn_;
  std::string url_;
  bool use_prepared_;
  const char* pending_begin_ = nullptr;
  std::unordered_map<std::string, std::string, Hash, std::equal_to<>> prepared_;
  uint64_t next_statement_ = 0;
};

// A transaction on one connection. The caller has begun it and ends it.
class PgTx final : public GuardedTx {
 public:
  PgTx(PgConn* conn, bool read_only) : conn_(conn), read_only_(read_only) {}
  Backend backend() const override { return Backend::kPostgres; }
  bool read_only() const override { return read_only_; }

 protected:
  Result<int64_t> Run(std::string_view sql, const Value* params, size_t n, Rows* rows) override {
    return conn_->Run(sql, params, n, rows);
  }
  Result<void> RunScript(std::string_view sql) override { return conn_->ExecScript(sql); }

 private:
  PgConn* conn_;
  bool read_only_;
};

}  // namespace sd::db
