#include "db/sqlite_writer.h"

#include <spdlog/spdlog.h>

#include <algorithm>

#include "db/db_metrics.h"
#include "db/errors.h"

namespace sd::db {

SqliteWriter::SqliteWriter(std::unique_ptr<SqliteConn> conn, size_t max_batch,
                           SqliteCheckpointer* checkpointer)
    : conn_(std::move(conn)), max_batch_(max_batch), checkpointer_(checkpointer) {
  SD_ASSERT(max_batch_ >= 1, "a batch holds at least one request");
  if (checkpointer_ != nullptr) {
    conn_->SetWalHook([this](int pages) {
      wal_pages_ = pages;
      checkpointer_->Committed(pages);
    });
  }
  thread_ = std::thread([this] { Loop(); });
}

Result<void> SqliteWriter::Submit(const TxFn& fn) {
  Request req;
  req.fn = &fn;
  std::unique_lock lock(mu_);
  if (stopping_) return UnavailableError("database closed");
  queue_.push_back(&req);
  // The writer waits only while the queue is empty; otherwise it looks again after its batch.
  if (queue_.size() == 1) work_.notify_one();
  req.cv.wait(lock, [&req] { return req.done; });
  return std::move(req.result);
}

void SqliteWriter::Stop() {
  std::lock_guard stop_lock(stop_mu_);
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  work_.notify_one();
  if (thread_.joinable()) thread_.join();
  conn_.reset();
}

void SqliteWriter::Loop() {
  std::vector<Request*> batch;
  batch.reserve(std::min<size_t>(max_batch_, 1024));
  for (;;) {
    {
      std::unique_lock lock(mu_);
      work_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping, and every queued request is answered
      size_t n = std::min(queue_.size(), max_batch_);
      auto end = queue_.begin() + static_cast<std::ptrdiff_t>(n);
      batch.assign(queue_.begin(), end);
      queue_.erase(queue_.begin(), end);
    }
    RunBatch(batch);
    Answer(batch);
    if (wal_pages_ >= kForceCheckpointPages) {
      if (Result<void> r = conn_->Checkpoint(); !r) spdlog::warn("{}", r.error().detail);
      wal_pages_ = 0;
    }
  }
}

void SqliteWriter::RunBatch(const std::vector<Request*>& batch) {
  CommitBatchSizes().Observe(static_cast<double>(batch.size()));  // float-ok: a metric
  auto fail_all = [&batch](const Error& e) {
    for (Request* r : batch) r->result = e;
  };
  if (!healthy()) {
    fail_all(UnavailableError("database unhealthy after a failed commit"));
    return;
  }
  if (Result<void> begin = conn_->Control("BEGIN IMMEDIATE"); !begin) {
    fail_all(begin.error());
    return;
  }
  broken_ = false;
  bool any_succeeded = false;
  for (Request* r : batch) {
    if (broken_) break;
    r->result = RunInSavepoint(*r->fn);
    any_succeeded = any_succeeded || r->result.has_value();
  }
  if (broken_) {
    // SQLite rolled the whole transaction back (I/O error, disk full): nothing was written, but
    // requests that had succeeded are lost with it (and those not run yet still hold Ok).
    for (Request* r : batch) {
      if (r->result) r->result = UnavailableError("transaction rolled back by SQLite");
    }
    if (conn_->in_transaction()) (void)conn_->Control("ROLLBACK");
    return;
  }
  if (any_succeeded) {
    if (Result<void> hooks = RunAtCommit(); !hooks) {
      fail_all(hooks.error());
      if (conn_->in_transaction() && !conn_->Control("ROLLBACK")) {
        healthy_.store(false, std::memory_order_release);
      }
      return;
    }
  }
  if (Result<void> end = Finish(any_succeeded); !end) fail_all(end.error());
}

Result<void> SqliteWriter::RunAtCommit() {
  // Looked up each batch (a page of the schema SQLite holds in memory): a migration may have
  // just made one.
  Rows views;
  SD_TRY(
      conn_->Run("SELECT name FROM sqlite_schema WHERE type = 'view' AND name GLOB "
                 "'*_at_commit' ORDER BY name",
                 nullptr, 0, &views));
  for (const Row& v : views) {
    std::string name = v.Text(0);
    if (name.find('"') != std::string::npos) return InternalError("odd view name " + name);
    SD_TRY(conn_->Run("INSERT INTO \"" + name + "\" (run) VALUES (1)", nullptr, 0, nullptr));
  }
  return Ok();
}

Result<void> SqliteWriter::RunInSavepoint(const TxFn& fn) {
  SD_TRY(conn_->Control("SAVEPOINT sd_request"));
  SqliteTx tx(conn_.get(), /*read_only=*/false);
  Result<void> r = RunCallback(fn, tx);
  if (r) {
    Result<void> released = conn_->Control("RELEASE sd_request");
    if (released) return r;
    r = std::move(released).error();
  }
  if (!conn_->in_transaction() || !conn_->Control("ROLLBACK TO sd_request") ||
      !conn_->Control("RELEASE sd_request")) {
    broken_ = true;
  }
  return r;
}

Result<void> SqliteWriter::Finish(bool any_succeeded) {
  if (!any_succeeded) {
    Result<void> r = conn_->Control("ROLLBACK");
    if (r) return Ok();
    healthy_.store(false, std::memory_order_release);
    return UnavailableError("rollback failed: " + r.error().detail);
  }
  Result<void> r = conn_->Control("COMMIT");
  if (r) return Ok();
  // A deferred constraint refuses COMMIT before anything is written and leaves the transaction
  // open: after a rollback the file is in a known state and the writer stays healthy.
  if (r.error().code == Code::kFailedPrecondition && conn_->in_transaction() &&
      conn_->Control("ROLLBACK")) {
    return UnavailableError("commit refused by a deferred constraint: " + r.error().detail);
  }
  healthy_.store(false, std::memory_order_release);
  if (conn_->in_transaction()) (void)conn_->Control("ROLLBACK");
  return UnavailableError("commit failed: " + r.error().detail);
}

void SqliteWriter::Answer(const std::vector<Request*>& batch) {
  std::lock_guard lock(mu_);
  for (Request* r : batch) {
    r->done = true;
    r->cv.notify_one();
  }
}

}  // namespace sd::db
