// The group-commit writer: many concurrent Writes, some failing, each with its own outcome; a
// failed COMMIT turns the database unhealthy; batch sizes reach /metrics.

#include "db/sqlite_writer.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <set>
#include <thread>
#include <vector>

#include "base/metrics.h"
#include "db/db_metrics.h"
#include "db_test_support.h"
#include "failing_sync_vfs.h"

namespace sd::db {
namespace {

using testing::DbTest;
using testing::Describe;

class GroupCommitTest : public DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    Script(
        "CREATE TABLE orders (id BIGINT PRIMARY KEY, code TEXT NOT NULL UNIQUE);"
        "CREATE TABLE order_lines (id BIGINT PRIMARY KEY,"
        " order_id BIGINT NOT NULL REFERENCES orders(id), qty_e4 BIGINT NOT NULL);");
  }
};
SD_INSTANTIATE_BACKENDS(GroupCommitTest);

constexpr int kThreads = 64;
constexpr int kWritesPerThread = 50;

// Request k writes order k and its line; every 7th fails after writing, half of them by
// returning an error and half by breaking a unique constraint. Exactly the others must stay.
TEST_P(GroupCommitTest, EachRequestKeepsItsOwnOutcome) {
  uint64_t batches_before = CommitBatchSizes().count();
  std::vector<std::thread> threads;
  std::atomic<int> wrong_outcomes{0};
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kWritesPerThread; ++i) {
        int64_t k = t * kWritesPerThread + i + 1;
        bool fails = k % 7 == 0;
        auto r = db_->Write([&](Tx& tx) -> Result<void> {
          SD_TRY(tx.Exec("INSERT INTO orders (id, code) VALUES ($1, $2)",
                         {k, "HT-" + std::to_string(k)}));
          SD_TRY(tx.Exec("INSERT INTO order_lines (id, order_id, qty_e4) VALUES ($1, $1, $2)",
                         {k, k * 10'000}));
          if (fails && k % 2 == 0) return Fail(Code::kFailedPrecondition, "test.refused");
          if (fails) {  // the code this request has just written: a unique violation
            SD_TRY(tx.Exec("INSERT INTO orders (id, code) VALUES ($1, $2)",
                           {-k, "HT-" + std::to_string(k)}));
          }
          return Ok();
        });
        bool ok_expected = !fails;
        if (r.has_value() != ok_expected) {
          ++wrong_outcomes;
          ADD_FAILURE() << "request " << k << ": "
                        << (r.has_value() ? std::string("ok") : Describe(r.error()));
        } else if (!r.has_value()) {
          Code want = k % 2 == 0 ? Code::kFailedPrecondition : Code::kAlreadyExists;
          EXPECT_EQ(r.error().code, want) << k << " " << Describe(r.error());
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(wrong_outcomes.load(), 0);

  auto ids = ReadValue<std::set<int64_t>>(*db_, [](Tx& tx) -> Result<std::set<int64_t>> {
    SD_TRY_ASSIGN(Rows rows, tx.Query("SELECT o.id FROM orders o JOIN order_lines l"
                                      " ON l.order_id = o.id ORDER BY o.id"));
    std::set<int64_t> out;
    for (const Row& row : rows) out.insert(row.Int(0));
    return out;
  });
  ASSERT_TRUE(ids.has_value());
  std::set<int64_t> expected;
  for (int64_t k = 1; k <= kThreads * kWritesPerThread; ++k) {
    if (k % 7 != 0) expected.insert(k);
  }
  EXPECT_EQ(*ids, expected);
  EXPECT_EQ(IntOf("SELECT COUNT(*) FROM orders"), static_cast<int64_t>(expected.size()));
  EXPECT_EQ(IntOf("SELECT COUNT(*) FROM order_lines"), static_cast<int64_t>(expected.size()));

  if (GetParam() == Backend::kSqlite) {
    // Requests were grouped: fewer transactions than requests.
    uint64_t batches = CommitBatchSizes().count() - batches_before;
    EXPECT_LT(batches, static_cast<uint64_t>(kThreads * kWritesPerThread));
    std::printf("[          ] %d writes in %llu SQLite batches\n", kThreads * kWritesPerThread,
                static_cast<unsigned long long>(batches));
  }
}

TEST_P(GroupCommitTest, SmallBatchesGiveTheSameOutcome) {
  auto db = OpenAgain(Options{.max_batch = 3});
  ASSERT_NE(db, nullptr);
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 20; ++i) {
        int64_t k = t * 20 + i + 1;
        auto r = db->Write([&](Tx& tx) -> Result<void> {
          SD_TRY(tx.Exec("INSERT INTO orders (id, code) VALUES ($1, $2)", {k, std::to_string(k)}));
          if (k % 3 == 0) return Fail(Code::kAborted, "test.conflict");
          return Ok();
        });
        EXPECT_EQ(r.has_value(), k % 3 != 0) << k;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(IntOf("SELECT COUNT(*) FROM orders"), 160 - 53);
  EXPECT_EQ(IntOf("SELECT COUNT(*) FROM orders WHERE id % 3 = 0"), 0);
}

TEST_P(GroupCommitTest, TimingsReachTheMetricsRegistry) {
  ASSERT_TRUE(db_->Write([](Tx& tx) -> Result<void> {
                   SD_TRY(tx.Exec("INSERT INTO orders (id, code) VALUES (1, 'a')"));
                   return Ok();
                 })
                  .has_value());
  EXPECT_GE(IntOf("SELECT COUNT(*) FROM orders"), 1);
  std::string text = metrics::Registry::Default().Render();
  std::string backend = GetParam() == Backend::kSqlite ? "sqlite" : "postgres";
  EXPECT_NE(text.find("sd_db_query_seconds_count{backend=\"" + backend + "\",kind=\"write\"}"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("sd_db_query_seconds_bucket{backend=\"" + backend +
                      "\",kind=\"read\",le=\"+Inf\"}"),
            std::string::npos);
  if (GetParam() == Backend::kSqlite) {
    EXPECT_NE(text.find("# TYPE sd_db_commit_batch_size histogram"), std::string::npos);
  }
}

// A COMMIT that fails (here: fsync refused) leaves a file we cannot vouch for: the batch gets
// kUnavailable and so does every later Write, until the database is opened again.
TEST(SqliteWriterTest, FailedCommitMakesTheDatabaseUnhealthy) {
  std::string dir = testing::MakeTempDir();
  {
    testing::FailingSyncVfs vfs;
    auto opened = Database::Open("sqlite:" + dir + "/x.db");
    ASSERT_TRUE(opened.has_value());
    auto& db = **opened;
    auto insert = [&db](int64_t id) {
      return db.Write([id](Tx& tx) -> Result<void> {
        if (id == 1) SD_TRY(tx.ExecScript("CREATE TABLE t (id BIGINT PRIMARY KEY)"));
        SD_TRY(tx.Exec("INSERT INTO t (id) VALUES ($1)", {id}));
        return Ok();
      });
    };
    ASSERT_TRUE(insert(1).has_value());
    EXPECT_TRUE(db.healthy());
    vfs.FailSyncs(true);
    auto failed = insert(2);
    ASSERT_FALSE(failed.has_value());
    EXPECT_EQ(failed.error().code, Code::kUnavailable) << Describe(failed.error());
    EXPECT_FALSE(db.healthy());
    vfs.FailSyncs(false);
    auto later = insert(3);
    ASSERT_FALSE(later.has_value());
    EXPECT_EQ(later.error().code, Code::kUnavailable);
    EXPECT_TRUE(db.Read([](Tx& tx) -> Result<void> {
                    SD_TRY(tx.Query("SELECT COUNT(*) FROM t"));
                    return Ok();
                  }).has_value());
    db.Close();
  }
  auto reopened = Database::Open("sqlite:" + dir + "/x.db");
  ASSERT_TRUE(reopened.has_value());
  EXPECT_TRUE((*reopened)->healthy());
  auto n = ReadValue<int64_t>(**reopened, [](Tx& tx) -> Result<int64_t> {
    SD_TRY_ASSIGN(Rows rows, tx.Query("SELECT COUNT(*) FROM t WHERE id = 1"));
    return rows[0].Int(0);
  });
  ASSERT_TRUE(n.has_value());
  EXPECT_EQ(*n, 1);
  (*reopened)->Close();
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace sd::db
