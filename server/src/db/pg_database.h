#pragma once
// Database on PostgreSQL: a pool of connections; a Read is BEGIN ISOLATION LEVEL REPEATABLE READ
// READ ONLY … COMMIT (one snapshot for the whole callback), a Write is BEGIN … COMMIT. BEGIN
// goes out with the first statement (one round trip fewer per transaction).
//
// healthy() follows the connections: false after one was lost, true again once one is
// re-established. A failed COMMIT answers kUnavailable but does not
// latch unhealthy as on SQLite: the server, not this process, vouches for its files.

#include <atomic>
#include <memory>
#include <string>

#include "db/database.h"
#include "db/db_metrics.h"
#include "db/pg_backend.h"
#include "db/pool.h"

namespace sd::db {

class PgDatabase final : public Database {
 public:
  // Connects once to check the URL. Errors: kInvalidArgument "db.url_invalid",
  // kUnavailable "db.unavailable".
  static Result<std::unique_ptr<Database>> Open(const std::string& url, const Options& options);
  ~PgDatabase() override { Close(); }

  Backend backend() const override { return Backend::kPostgres; }
  Result<void> Read(const TxFn& fn) override;
  Result<void> Write(const TxFn& fn) override;
  bool healthy() const override { return healthy_.load(std::memory_order_acquire); }
  void Close() override { pool_.Close(); }

 private:
  PgDatabase(const std::string& url, const Options& options);
  Result<void> Run(const TxFn& fn, bool write);
  // Readies the connection (reconnecting one known to be lost) and has BEGIN sent with the
  // callback's first statement.
  Result<void> Begin(PgConn& conn, bool write);
  // Leaves the connection outside any transaction, or broken so the next user reconnects.
  static void Rollback(PgConn& conn);

  Pool<PgConn> pool_;
  QueryTimers timers_;
  std::atomic<bool> healthy_{true};
};

}  // namespace sd::db
