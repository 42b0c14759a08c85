#pragma once
// Timings of the db layer for /metrics:
//   sd_db_query_seconds{backend, kind="read|write"}  time of one Read/Write call, callback and
//                                                     commit included (queueing too, on SQLite)
//   sd_db_commit_batch_size                           requests per SQLite group commit

#include <chrono>

#include "base/metrics.h"
#include "db/database.h"

namespace sd::db {

struct QueryTimers {
  metrics::Histogram* read;
  metrics::Histogram* write;
};

// The histograms of a backend in the default registry. Thread-safe.
QueryTimers QueryTimersFor(Backend backend);
metrics::Histogram& CommitBatchSizes();

// Observes the seconds from construction to destruction into a histogram.
class ScopedTimer {
 public:
  explicit ScopedTimer(metrics::Histogram* h) : h_(h), start_(std::chrono::steady_clock::now()) {}
  ~ScopedTimer() {
    h_->Observe(std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count());
  }
  ScopedTimer(const ScopedTimer&) = delete;
  ScopedTimer& operator=(const ScopedTimer&) = delete;

 private:
  metrics::Histogram* h_;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace sd::db
