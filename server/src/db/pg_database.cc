#include "db/pg_database.h"

#include <libpq-fe.h>

#include <algorithm>

#include "db/callback_scope.h"
#include "db/errors.h"

namespace sd::db {
namespace {

constexpr char kBeginRead[] = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY";
constexpr char kBeginWrite[] = "BEGIN";

// Prepared statements save the parse and plan of every query after the first on a connection.
constexpr bool kUsePrepared = true;

}  // namespace

Result<std::unique_ptr<Database>> PgDatabase::Open(const std::string& url, const Options& options) {
  char* err = nullptr;
  PQconninfoOption* parsed = PQconninfoParse(url.c_str(), &err);
  if (parsed == nullptr) {
    Error e = MakeError(Code::kInvalidArgument, "db.url_invalid");
    e.detail = err != nullptr ? err : "cannot parse the PostgreSQL URL";
    PQfreemem(err);
    return e;
  }
  PQconninfoFree(parsed);
  std::unique_ptr<PgDatabase> db(new PgDatabase(url, options));
  SD_TRY_ASSIGN(PgConn * conn, db->pool_.Acquire());
  db->pool_.Release(conn);
  return std::unique_ptr<Database>(std::move(db));
}

PgDatabase::PgDatabase(const std::string& url, const Options& options)
    : pool_(static_cast<size_t>(std::max(options.pg_pool, 1)),
            [url] { return PgConn::Open(url, kUsePrepared); }),
      timers_(QueryTimersFor(Backend::kPostgres)) {}

Result<void> PgDatabase::Read(const TxFn& fn) {
  ScopedTimer timer(timers_.read);
  return Run(fn, /*write=*/false);
}

Result<void> PgDatabase::Write(const TxFn& fn) {
  SD_ASSERT(!CallbackScope::Active(),
            "Database::Write inside a Read or Write callback: use the Tx you were given");
  ScopedTimer timer(timers_.write);
  Result<void> r = Run(fn, /*write=*/true);
  BumpWriteGeneration();
  return r;
}

Result<void> PgDatabase::Run(const TxFn& fn, bool write) {
  SD_TRY_ASSIGN(PgConn * conn, pool_.Acquire());
  Lease<PgConn> lease(&pool_, conn);
  SD_TRY(Begin(*conn, write));
  PgTx tx(conn, /*read_only=*/!write);
  Result<void> r = RunCallback(fn, tx);
  if (!conn->ok()) healthy_.store(false, std::memory_order_release);
  if (conn->begin_pending()) {  // the callback ran no statement: no transaction was begun
    conn->DropPendingBegin();
    return r;
  }
  if (!r) {
    Rollback(*conn);
    return r;
  }
  // A deferred constraint refuses COMMIT (mapped like any statement); a connection lost during
  // COMMIT gives kUnavailable, the outcome unknown to us.
  if (Result<void> committed = conn->Control("COMMIT"); !committed) {
    Rollback(*conn);
    return committed;
  }
  return Ok();
}

Result<void> PgDatabase::Begin(PgConn& conn, bool write) {
  if (!conn.ok() || !conn.idle()) {
    bool back = conn.Reset();
    healthy_.store(back, std::memory_order_release);
    if (!back) return UnavailableError("cannot reconnect to PostgreSQL");
  }
  // BEGIN travels with the first statement, which also re-establishes a connection the server
  // dropped while it sat in the pool (pg_backend.h).
  conn.BeginWithFirstStatement(write ? kBeginWrite : kBeginRead);
  return Ok();
}

void PgDatabase::Rollback(PgConn& conn) {
  if (!conn.ok()) return;
  if (!conn.idle()) (void)conn.Control("ROLLBACK");
}

}  // namespace sd::db
