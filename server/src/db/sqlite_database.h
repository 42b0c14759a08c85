#pragma once
// Database on SQLite: the group-commit writer (sqlite_writer.h), its checkpointer
// (sqlite_checkpointer.h) and a pool of reader connections, each Read a BEGIN…COMMIT snapshot
// on one of them.

#include <memory>
#include <string>

#include "db/database.h"
#include "db/db_metrics.h"
#include "db/pool.h"
#include "db/sqlite_backend.h"
#include "db/sqlite_checkpointer.h"
#include "db/sqlite_writer.h"

namespace sd::db {

class SqliteDatabase final : public Database {
 public:
  // Opens (creating) the file at path. Errors: kUnavailable.
  static Result<std::unique_ptr<Database>> Open(const std::string& path, const Options& options);
  ~SqliteDatabase() override { Close(); }

  Backend backend() const override { return Backend::kSqlite; }
  Result<void> Read(const TxFn& fn) override;
  Result<void> Write(const TxFn& fn) override;
  bool healthy() const override { return writer_.healthy(); }
  void Close() override;

 private:
  SqliteDatabase(std::unique_ptr<SqliteConn> writer_conn,
                 std::unique_ptr<SqliteConn> checkpointer_conn, const std::string& path,
                 const Options& options);

  // Declared before writer_: the writer's commits report to it until the writer has stopped.
  SqliteCheckpointer checkpointer_;
  SqliteWriter writer_;
  Pool<SqliteConn> readers_;
  QueryTimers timers_;
};

}  // namespace sd::db
