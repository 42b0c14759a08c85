#include "db/sqlite_database.h"

#include <algorithm>

#include "db/callback_scope.h"
#include "db/errors.h"

namespace sd::db {

Result<std::unique_ptr<Database>> SqliteDatabase::Open(const std::string& path,
                                                       const Options& options) {
  // The writer opens first: it creates the file and turns WAL on before any reader opens.
  SD_TRY_ASSIGN(std::unique_ptr<SqliteConn> writer,
                SqliteConn::Open(path, SqliteConn::Role::kWriter, options.busy_timeout_ms));
  SD_TRY_ASSIGN(std::unique_ptr<SqliteConn> checkpointer,
                SqliteConn::Open(path, SqliteConn::Role::kCheckpointer, options.busy_timeout_ms));
  return std::unique_ptr<Database>(
      new SqliteDatabase(std::move(writer), std::move(checkpointer), path, options));
}

SqliteDatabase::SqliteDatabase(std::unique_ptr<SqliteConn> writer_conn,
                               std::unique_ptr<SqliteConn> checkpointer_conn,
                               const std::string& path, const Options& options)
    : checkpointer_(std::move(checkpointer_conn)),
      writer_(std::move(writer_conn), static_cast<size_t>(std::max(options.max_batch, 1)),
              &checkpointer_),
      readers_(static_cast<size_t>(std::max(options.readers, 1)),
               [path, timeout_ms = options.busy_timeout_ms] {
                 return SqliteConn::Open(path, SqliteConn::Role::kReader, timeout_ms);
               }),
      timers_(QueryTimersFor(Backend::kSqlite)) {}

Result<void> SqliteDatabase::Read(const TxFn& fn) {
  ScopedTimer timer(timers_.read);
  SD_TRY_ASSIGN(SqliteConn * conn, readers_.Acquire());
  Lease<SqliteConn> lease(&readers_, conn);
  SD_TRY(conn->Control("BEGIN"));
  SqliteTx tx(conn, /*read_only=*/true);
  Result<void> r = RunCallback(fn, tx);
  if (r) r = conn->Control("COMMIT");
  if (conn->in_transaction()) (void)conn->Control("ROLLBACK");
  return r;
}

Result<void> SqliteDatabase::Write(const TxFn& fn) {
  SD_ASSERT(!CallbackScope::Active(),
            "Database::Write inside a Read or Write callback: use the Tx you were given");
  ScopedTimer timer(timers_.write);
  Result<void> r = writer_.Submit(fn);
  BumpWriteGeneration();
  return r;
}

void SqliteDatabase::Close() {
  writer_.Stop();
  checkpointer_.Stop();
  readers_.Close();
}

}  // namespace sd::db
