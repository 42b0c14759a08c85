#pragma once
// Periodic background work of the server: the pool sweep (crm::ReturnIdleCustomers) and the
// expiry of sent quotations past their validity (sales::ExpireQuotations), run once when the
// server starts and then every hour, each in its own db Write. One
// small thread; Stop wakes it and joins, so shutdown never waits for the next hour.

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>

#include "http/app.h"

namespace sd::http {

class PeriodicJobs {
 public:
  explicit PeriodicJobs(const App& app) : app_(app) {}
  ~PeriodicJobs();
  PeriodicJobs(const PeriodicJobs&) = delete;
  PeriodicJobs& operator=(const PeriodicJobs&) = delete;

  // Runs every job once now, on the caller's thread (errors are logged, never thrown).
  void RunOnce();
  // Starts the thread that runs every job each `interval` (first run one interval from now).
  // At most once; does nothing without a database or after Stop.
  void Start(std::chrono::milliseconds interval = std::chrono::hours(1));
  // Wakes and joins the thread. Thread-safe, idempotent.
  void Stop();

 private:
  void ExpireQuotations(int64_t now_us);

  const App& app_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace sd::http
