// Throughput of the db layer, measured by hand (speed is not a pass/fail matter in unit tests):
//   db_test --gtest_also_run_disabled_tests --gtest_filter='*DISABLED_*Throughput*'
// Best on a build without sanitizers (-DSD_SANITIZE=OFF -DCMAKE_BUILD_TYPE=Release).

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

#include "db/database.h"
#include "db/db_metrics.h"
#include "db_test_support.h"

namespace sd::db {
namespace {

using testing::DbTest;

constexpr auto kRunTime = std::chrono::seconds(2);

class ThroughputTest : public DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    Script(
        "CREATE TABLE orders (id BIGINT PRIMARY KEY, code TEXT NOT NULL UNIQUE);"
        "CREATE TABLE order_lines (id BIGINT PRIMARY KEY,"
        " order_id BIGINT NOT NULL REFERENCES orders(id), qty_e4 BIGINT NOT NULL);"
        "CREATE TABLE sessions (token TEXT PRIMARY KEY, user_id BIGINT NOT NULL,"
        " expires_at_us BIGINT NOT NULL);");
  }

  // Runs body(thread, i) on `threads` threads for kRunTime; returns calls per second.
  template <typename F>
  double Measure(int threads, F body) {
    std::atomic<bool> stop{false};
    std::atomic<int64_t> calls{0};
    std::vector<std::thread> pool;
    auto start = std::chrono::steady_clock::now();
    for (int t = 0; t < threads; ++t) {
      pool.emplace_back([&, t] {
        for (int64_t i = 0; !stop.load(std::memory_order_relaxed); ++i) {
          body(t, i);
          calls.fetch_add(1, std::memory_order_relaxed);
        }
      });
    }
    std::this_thread::sleep_for(kRunTime);
    stop = true;
    for (auto& th : pool) th.join();
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return static_cast<double>(calls.load()) / secs;
  }
};
SD_INSTANTIATE_BACKENDS(ThroughputTest);

// Group commit: 32 threads each writing an order and its line per Write.
TEST_P(ThroughputTest, DISABLED_WriteThroughput) {
  constexpr int kWriters = 32;
  uint64_t batches_before = CommitBatchSizes().count();
  int64_t before = IntOf("SELECT COUNT(*) FROM orders");
  double rate = Measure(kWriters, [this](int t, int64_t i) {
    int64_t k = int64_t{t} * 100'000'000 + i + 1;
    auto r = db_->Write([k](Tx& tx) -> Result<void> {
      SD_TRY(tx.Exec("INSERT INTO orders (id, code) VALUES ($1, $2)", {k, std::to_string(k)}));
      SD_TRY(tx.Exec("INSERT INTO order_lines (id, order_id, qty_e4) VALUES ($1, $1, $2)",
                     {k, 10'000}));
      return Ok();
    });
    EXPECT_TRUE(r.has_value());
  });
  int64_t n = IntOf("SELECT COUNT(*) FROM orders") - before;
  std::printf("[          ] %d writer threads: %.0f writes/s", kWriters, rate);
  if (GetParam() == Backend::kSqlite) {
    uint64_t batches = CommitBatchSizes().count() - batches_before;
    std::printf(", %.1f writes per commit", static_cast<double>(n) / static_cast<double>(batches));
  }
  std::printf("\n");
}

// Authenticated reads: a session lookup by token and a small indexed query, as an HTTP request
// does before its handler runs.
TEST_P(ThroughputTest, DISABLED_ReadThroughput) {
  constexpr int kSessions = 1000;
  SD_ASSERT_OK(db_->Write([](Tx& tx) -> Result<void> {
    for (int i = 0; i < kSessions; ++i) {
      SD_TRY(tx.Exec("INSERT INTO sessions (token, user_id, expires_at_us) VALUES ($1, $2, $3)",
                     {"token-" + std::to_string(i), i, int64_t{1} << 60}));
      SD_TRY(tx.Exec("INSERT INTO orders (id, code) VALUES ($1, $2)", {i, std::to_string(i)}));
    }
    return Ok();
  }));
  for (int threads : {2, 8}) {
    double rate = Measure(threads, [this](int t, int64_t i) {
      std::string token = "token-" + std::to_string((i * 7 + t) % kSessions);
      auto r = db_->Read([&](Tx& tx) -> Result<void> {
        SD_TRY_ASSIGN(Rows s, tx.Query("SELECT user_id, expires_at_us FROM sessions"
                                       " WHERE token = $1",
                                       {token}));
        if (s.empty()) return Fail(Code::kUnauthenticated, "test.no_session");
        SD_TRY(tx.Query("SELECT id, code FROM orders WHERE id = $1", {s[0].Int(0)}));
        return Ok();
      });
      EXPECT_TRUE(r.has_value());
    });
    std::printf("[          ] %d reader threads: %.0f reads/s (2 queries each)\n", threads, rate);
  }
}

}  // namespace
}  // namespace sd::db
