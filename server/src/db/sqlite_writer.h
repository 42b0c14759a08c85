#pragma once
// The SQLite write path, after leveldb's DBImpl::Write: callers queue requests; one writer thread
// takes up to max_batch of them, opens one transaction (BEGIN IMMEDIATE), runs each request's
// callback in its own SAVEPOINT (a failing request rolls back alone), commits once (one fsync
// with synchronous=FULL) and then answers every caller with its own result.
//
// Before COMMIT, after the batch's requests, the writer inserts a row into every view named
// *_at_commit (one column, `run`): a module's INSTEAD OF trigger there does once per transaction
// what would cost too much in every request's savepoint (crm: its FTS5 indexes, which write
// to disk at the end of every statement and savepoint; 40_040). If that fails, the batch fails.
//
// A failed COMMIT leaves the file in a state we cannot vouch for, so the writer turns unhealthy:
// that batch and every later request get kUnavailable (STYLE §7, "rather than guessing").

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "db/database.h"
#include "db/sqlite_backend.h"
#include "db/sqlite_checkpointer.h"

namespace sd::db {

class SqliteWriter {
 public:
  // Takes over the writer connection and starts the writer thread. Each commit reports the
  // WAL's size to checkpointer (when not null; it must outlive the writer), and the writer
  // checkpoints itself, between batches, once the WAL holds kForceCheckpointPages: under
  // steady writes the checkpointer's PASSIVE checkpoints never finish a WAL that is still
  // being written, and only a finished one lets the WAL start over instead of growing.
  SqliteWriter(std::unique_ptr<SqliteConn> conn, size_t max_batch,
               SqliteCheckpointer* checkpointer = nullptr);
  static constexpr int kForceCheckpointPages = 10'000;  // 40 MB of WAL
  ~SqliteWriter() { Stop(); }
  SqliteWriter(const SqliteWriter&) = delete;
  SqliteWriter& operator=(const SqliteWriter&) = delete;

  // Queues fn, blocks until its batch is durable or has failed, returns fn's own result.
  // fn runs on the writer thread. Errors: fn's; kUnavailable when stopped or unhealthy, or when
  // the batch's commit failed. Thread-safe.
  Result<void> Submit(const TxFn& fn);

  // Answers the requests already queued, then stops the thread and closes the connection.
  // Idempotent; later Submit calls get kUnavailable.
  void Stop();

  bool healthy() const { return healthy_.load(std::memory_order_acquire); }

 private:
  struct Request {
    const TxFn* fn;
    Result<void> result;
    bool done = false;
    std::condition_variable cv;
  };

  void Loop();
  void RunBatch(const std::vector<Request*>& batch);
  // Runs one request in its own savepoint. Sets broken_ when the batch's transaction is gone.
  Result<void> RunInSavepoint(const TxFn& fn);
  // Inserts into every *_at_commit view, outside the requests' savepoints.
  Result<void> RunAtCommit();
  // Ends the batch's transaction: COMMIT if any request succeeded, else ROLLBACK.
  Result<void> Finish(bool any_succeeded);
  void Answer(const std::vector<Request*>& batch);

  std::unique_ptr<SqliteConn> conn_;  // used by the writer thread only
  const size_t max_batch_;
  SqliteCheckpointer* checkpointer_;
  int wal_pages_ = 0;    // writer thread only: the WAL's size after the last commit
  bool broken_ = false;  // writer thread only: the current batch's transaction was lost

  std::mutex mu_;
  std::condition_variable work_;
  std::deque<Request*> queue_;  // guarded by mu_
  bool stopping_ = false;       // guarded by mu_
  std::atomic<bool> healthy_{true};

  std::mutex stop_mu_;
  std::thread thread_;
};

}  // namespace sd::db
