#include "db/sqlite_checkpointer.h"

#include <spdlog/spdlog.h>

namespace sd::db {

SqliteCheckpointer::SqliteCheckpointer(std::unique_ptr<SqliteConn> conn) : conn_(std::move(conn)) {
  thread_ = std::thread([this] { Loop(); });
}

void SqliteCheckpointer::Committed(int pages) {
  std::lock_guard lock(mu_);
  if (pages < pages_) done_at_ = 0;  // the WAL started over
  pages_ = pages;
  if (pages_ - done_at_ >= kStartPages) wake_.notify_one();
}

void SqliteCheckpointer::Stop() {
  std::lock_guard stop_lock(stop_mu_);
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  wake_.notify_one();
  if (thread_.joinable()) thread_.join();
  conn_.reset();
}

void SqliteCheckpointer::Loop() {
  for (;;) {
    {
      std::unique_lock lock(mu_);
      wake_.wait(lock, [this] { return stopping_ || pages_ - done_at_ >= kStartPages; });
      if (stopping_) return;
      done_at_ = pages_;
    }
    if (Result<void> r = conn_->Checkpoint(); !r) spdlog::warn("{}", r.error().detail);
  }
}

}  // namespace sd::db
